"""Templates come from the package; a workspace may override Jinja templates and stylesheets only."""
import os
import shutil

import jinja2.sandbox

from cchc import cli, resources
from cchc.render import markdown
from cchc.site import pages

from conftest import ROOT

MARKER = "Mẫu riêng của tỉnh Bình An"


def _override(root, rel, text):
    path = root / "templates" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _plan_template_with_marker():
    text = resources.builtin("render/ke_hoach.md.j2").read_text(encoding="utf-8")
    assert text.count("{% endblock %}") == 1
    return text.replace("{% endblock %}", f"\n{MARKER}\n{{% endblock %}}")


def _render_html(root, capsys):
    code = cli.main(["render", "units/so-a/2026/ke-hoach.md", "--format", "html", "--workspace", str(root),
                     "--no-cache"])
    printed = capsys.readouterr()
    return code, printed.out, (root / "build/documents/so-a/2026/ke-hoach.html")


def test_package_templates_are_the_repository_templates():
    assert resources.builtin("render").resolve() == (ROOT / "templates" / "render").resolve()
    # In this checkout the workspace's templates/ is the package's own: nothing overrides anything.
    assert resources.overrides(ROOT, "render") == [] and resources.overrides(ROOT, "site") == []
    assert not isinstance(markdown.environment(ROOT), jinja2.sandbox.SandboxedEnvironment)


def test_workspace_overrides_a_document_template(workspace, capsys):
    root = workspace()
    code, _, html = _render_html(root, capsys)
    assert code == 0 and MARKER not in html.read_text(encoding="utf-8")
    _override(root, "render/ke_hoach.md.j2", _plan_template_with_marker())
    code, _, html = _render_html(root, capsys)
    assert code == 0 and MARKER in html.read_text(encoding="utf-8")
    assert isinstance(markdown.environment(root), jinja2.sandbox.SandboxedEnvironment)


def test_override_changes_the_render_cache_key(workspace):
    root = workspace()
    before = markdown.template_digest(root)
    _override(root, "render/ke_hoach.md.j2", _plan_template_with_marker())
    assert markdown.template_digest(root) != before


def test_code_and_links_are_never_taken_from_the_workspace(workspace, tmp_path):
    root = workspace()
    for name in ("official.lua", "batch.lua", "preamble.typ"):
        _override(root, f"render/{name}", "-- not ours\n")
        assert resources.find(f"render/{name}", root) == resources.builtin(f"render/{name}")
    _override(root, "site/assets/search-vi.js", "alert(1)\n")
    assert resources.find("site/assets/search-vi.js", root) == resources.builtin("site/assets/search-vi.js")
    outside = tmp_path / "elsewhere.css"
    outside.write_text("body { display: none }\n", encoding="utf-8")
    os.symlink(outside, root / "templates/site/assets/cchc-site.css")
    assert resources.find("site/assets/cchc-site.css", root) == resources.builtin("site/assets/cchc-site.css")


def test_workspace_overrides_the_site_stylesheet_and_a_page(workspace, tmp_path):
    root = workspace()
    _override(root, "site/assets/cchc-site.css", "/* riêng */\n")
    target = tmp_path / "docs" / "style.css"
    resources.copy("site/assets/cchc-site.css", target, root)
    assert target.read_text(encoding="utf-8") == "/* riêng */\n"
    _override(root, "site/catalogue.md.j2", "# Mã riêng\n{{ codes | length }}\n")
    writer = pages.Writer(root, tmp_path / "docs")
    writer.render("catalogue.md.j2", "ma/index.md", codes=[1, 2])
    assert (tmp_path / "docs/ma/index.md").read_text(encoding="utf-8") == "# Mã riêng\n2\n"


def test_override_templates_run_in_the_sandbox(workspace, capsys):
    root = workspace()
    text = resources.builtin("render/ke_hoach.md.j2").read_text(encoding="utf-8")
    _override(root, "render/ke_hoach.md.j2", "{{ ''.__class__.__mro__[1].__subclasses__() }}\n" + text)
    code, out, html = _render_html(root, capsys)
    assert code == 1 and "CCHC-G004" in out and not html.exists()
    assert "mẫu văn bản không dùng được: access to attribute '__class__'" in out
    assert "<class" not in out and "SecurityError" not in out


def test_a_linked_templates_folder_is_not_followed(workspace, tmp_path):
    root = workspace()
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(resources.builtin("render"), elsewhere)
    (elsewhere / "ke_hoach.md.j2").write_text(_plan_template_with_marker(), encoding="utf-8")
    (root / "templates").mkdir()
    os.symlink(elsewhere, root / "templates" / "render")
    assert resources.overrides(root, "render") == []
    assert resources.find("render/ke_hoach.md.j2", root) == resources.builtin("render/ke_hoach.md.j2")
