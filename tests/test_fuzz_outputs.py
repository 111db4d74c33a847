"""Bounded fuzzing of the whole chain (SECURITY.md): bodies and fields made of Markdown, HTML, raw
format blocks, images, control characters and Vietnamese text go through check, render (HTML, DOCX)
and the site build. Nothing may raise, every document is printed or has a finding, and no page of
the site carries live markup. `make test` runs a few examples; the weekly fuzz job
(.github/workflows/fuzz.yml) sets CCHC_FUZZ_EXAMPLES higher.
"""
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc import cli

from conftest import BASE

EXAMPLES = int(os.environ.get("CCHC_FUZZ_EXAMPLES", "2"))
PIECES = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "![a](/etc/passwd)", "![b](http://127.0.0.1:9/x)",
          "```{=openxml}\n<w:p/>\n```", "`x`{=typst}", "```{=typst}\n#read(\"/etc/passwd\")\n```", "[l](javascript:alert(1))",
          "\x1b[31m", "\u202e", "]]>", "&amp;", "{{ 7*7 }}", "{% raw %}", "::: {#cchc-body}\n:::", ":::", "---",
          "| a | b |\n|---|---|\n| 1 | 2 |", "# I. TIÊU ĐỀ", "- mục", "1. mục", "Cải cách hành chính", "\\", "`", "*", "_",
          "<!-- ghi chú -->", "<!--", "\n\n", "ờ", "Ǹ"]
bodies = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), min_size=1, max_size=12).map(" ".join)
fields = st.one_of(st.sampled_from(PIECES), st.text(min_size=1, max_size=40))
# The hostile pieces all call alert(1): live markup of theirs is a tag or attribute that reaches it.
LIVE = re.compile(r"<script>alert|<img[^>]*onerror|\son[a-z]+=[\"']?alert|href=[\"']?javascript:", re.IGNORECASE)


def _report(template: str, body: str, summary: str) -> str:
    head, _, _ = template.partition("\n---\n")
    head = re.sub(r"(?m)^trich_yeu: .*$", lambda _: "trich_yeu: " + _quoted(summary), head)
    return f"{head}\n---\n\n# I. TÌNH HÌNH\n\n{body}\n"


def _quoted(text: str) -> str:
    return '"' + "".join(f"\\u{ord(c):04x}" if ord(c) < 32 or c in '"\\' else c for c in text) + '"'


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=bodies, summary=fields)
def test_check_render_and_site_take_anything(tmp_path_factory, body, summary):
    root = tmp_path_factory.mktemp("fuzz") / "ws"
    shutil.copytree(BASE, root)
    report = root / "units/so-a/2026/bao-cao-quy-1.md"
    report.write_text(_report(report.read_text(encoding="utf-8"), body, summary), encoding="utf-8")
    for argv in (["check", "--as-of", "2026-11-23"], ["render", "--format", "html,docx"],
                 ["build", "--as-of", "2026-11-23", "--no-render"]):
        code = cli.main([*argv, "--workspace", str(root)])
        assert code in (0, 1), argv
    html = root / "build/documents/so-a/2026/bao-cao-quy-1.html"
    if html.exists():
        assert not LIVE.search(html.read_text(encoding="utf-8"))
    for page in Path(root / "site").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not LIVE.search(text), page
    ET.fromstring((root / "site/van-ban-moi.xml").read_bytes())
