"""The catalogue holds every word a finding says (catalogue.py): every code and variant in Vietnamese and
English with the same placeholders, NFC, and the emit sites pass data only, read from the code (ast):
no argument ends in "_en", and every variant they name exists for their code."""
import ast
import string
import unicodedata

import pytest

from cchc.catalogue import CATALOGUE, LANGS, TERMS
from cchc.findings import Finding

from conftest import ROOT

PACKAGE = ROOT / "scripts" / "cchc"
PARTS = ("message", "hint")


def _templates():
    """(where, {"vi": ..., "en": ...}) of every message and hint, the codes' own and their variants'."""
    for code in CATALOGUE.values():
        yield f"{code.code} title", code.title
        for part in PARTS:
            yield f"{code.code} {part}", getattr(code, part)
        for name, variant in code.variants.items():
            for part in PARTS:
                texts = getattr(variant, part)
                if texts is not None:
                    yield f"{code.code} {name} {part}", texts


def _fields(template: str) -> set:
    """The placeholders of a template, with their term vocabulary: {("expected", "type"), ("field", "")}."""
    return {(name, spec) for _, name, spec, _ in string.Formatter().parse(template) if name is not None}


def test_every_template_has_both_languages():
    assert [where for where, texts in _templates() if set(texts) != set(LANGS) or not all(texts.values())] == []


def test_every_variant_says_something_of_its_own():
    assert [(c.code, name) for c in CATALOGUE.values() for name, v in c.variants.items()
            if v.message is None and v.hint is None] == []


def test_both_languages_name_the_same_placeholders():
    wrong = [(where, _fields(texts["vi"]) ^ _fields(texts["en"])) for where, texts in _templates()
             if _fields(texts["vi"]) != _fields(texts["en"])]
    assert wrong == []


def test_placeholders_are_names_and_terms_are_known_vocabularies():
    wrong = [(where, name, spec) for where, texts in _templates() for text in texts.values()
             for name, spec in _fields(text) if not name.isidentifier() or (spec and spec not in TERMS)]
    assert wrong == []


def test_texts_are_nfc():
    texts = [text for _, t in _templates() for text in t.values()]
    texts += [w for terms in TERMS.values() for words in terms.words.values() for w in words.values()]
    assert [t for t in texts if not unicodedata.is_normalized("NFC", t)] == []


def test_terms_have_both_languages():
    assert [(name, key) for name, terms in TERMS.items() for key, words in terms.words.items()
            if set(words) != set(LANGS) or not all(words.values())] == []
    assert [name for name, terms in TERMS.items() if set(terms.join) != set(LANGS) or set(terms.last) != set(LANGS)] == []


def test_a_variant_replaces_the_codes_own_texts_and_an_unknown_one_does_not():
    code = CATALOGUE["CCHC-R009"]
    own = Finding("CCHC-R009", "content/province.yml").message("vi")
    missing = Finding("CCHC-R009", "content/province.yml", args={"variant": "missing_file"})
    assert own == code.message["vi"] and missing.message("vi") == "Không có tệp content/province.yml."
    assert missing.message("en") == "content/province.yml is missing." and missing.hint("en") == code.hint["en"]
    assert Finding("CCHC-R009", "x", args={"variant": "no such"}).message("vi") == own
    close = Finding("CCHC-R003", "x", args={"field": "cap_tren", "value": "so-a", "variant": "close", "names": "so-b"})
    assert close.hint("vi") == "Có thể là: so-b." and "so-a" in close.message("vi")


def test_terms_say_keys_in_each_language_and_lists_the_vocabulary_s_way():
    s003 = Finding("CCHC-S003", "x", args={"field": "nam", "expected": ["integer", "string"], "variant": "text",
                                           "value": "hai"})
    assert s003.message("vi") == "Trường \"nam\" phải là số nguyên hoặc chữ nhưng đang là chữ \"hai\"."
    assert s003.message("en") == "Field \"nam\" must be a whole number or text but is the text \"hai\"."
    p005 = Finding("CCHC-P005", "x", args={"task": "NV1", "missing": ["san_pham", "kinh_phi"]})
    assert p005.message("vi") == "Nhiệm vụ \"NV1\" chưa ghi sản phẩm, nguồn kinh phí."
    g002 = Finding("CCHC-G002", "x", args={"missing": ["chuc_vu", "ho_ten"]})
    assert "thiếu chức vụ và họ tên của" in g002.message("vi") and "lacks a title and a name." in g002.message("en")
    s011 = Finding("CCHC-S011", "x", args={"variant": "unknown", "value": "x", "allowed": ["a", "b", "c"]})
    assert s011.message("vi").endswith("không phải a, b hay c.") and s011.message("en").endswith("not a, b or c.")
    assert TERMS["type"].say("datetime", "vi") == "datetime"            # a key the vocabulary lacks stays as it is


def test_a_missing_argument_shows_its_placeholder():
    assert Finding("CCHC-S004", "x").message("vi") == "Trường \"{field}\" không được để trống."


def test_adjustable_is_set_per_code_for_the_groups_the_c003_hint_names():
    """Only checks of documents' content (dates, plans, reports, references) may be adjusted, as the
    hint of CCHC-C003 tells authors: change both together."""
    adjustable = {c for c, entry in CATALOGUE.items() if entry.adjustable}
    assert adjustable == {c for c in CATALOGUE if c[5] in "DPBX"}
    assert "D, P, B, X" in CATALOGUE["CCHC-C003"].hint["vi"]


# --- the emit sites (ast) --------------------------------------------------------------------------------

def _emit_sites():
    """(module path, line, code or None, {argument: value node}, enclosing function, module tree) of every
    call that may report a finding: Collector.add / .at and Finding(...) (others, set.add, have no keywords)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if {"templates", "skeleton"} & set(path.relative_to(PACKAGE).parts) or path.name == "catalogue.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                     and isinstance(n.value, ast.Constant) for t in n.targets if isinstance(t, ast.Name)}
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in ("at", "add", "Finding"):
                continue
            first = node.args[0]
            code = first.value if isinstance(first, ast.Constant) else constants.get(getattr(first, "id", None))
            code = code if isinstance(code, str) and code in CATALOGUE else None
            args = {k.arg: k.value for k in node.keywords if k.arg}
            if name == "Finding":
                given = args.pop("args", None) or (node.args[4] if len(node.args) > 4 else None)
                if isinstance(given, ast.Dict):
                    args.update({k.value: v for k, v in zip(given.keys, given.values) if isinstance(k, ast.Constant)})
                elif isinstance(given, ast.Call) and getattr(given.func, "id", "") == "dict":
                    args.update({k.arg: k.value for k in given.keywords if k.arg})
            enclosing = next((f for f in functions if f.lineno <= node.lineno <= f.end_lineno
                              and not any(g is not f and f.lineno <= g.lineno and g.end_lineno <= f.end_lineno
                                          and g.lineno <= node.lineno <= g.end_lineno for g in functions)), None)
            yield path.relative_to(PACKAGE).as_posix(), node.lineno, code, args, enclosing, tree


def test_no_emit_site_passes_an_english_argument():
    wrong = [(path, line, name) for path, line, _, args, _, _ in _emit_sites() for name in args
             if name.endswith("_en")]
    assert wrong == []


def test_no_dictionary_of_finding_args_is_written_with_an_english_key():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "catalogue.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                wrong += [(str(path), node.lineno, k.value) for k in node.keys if isinstance(k, ast.Constant)
                          and isinstance(k.value, str) and k.value.endswith("_en")]
    assert wrong == []


def _strings(node) -> set:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _variant_names(value, function, tree):
    """The variant names an emit site's ``variant=`` may take, read from the code: the strings written in
    it, else those assigned to its name in the function or returned by the module's function it calls;
    None when they are not written there (a value computed elsewhere: _dynamic lists those)."""
    if _strings(value):
        return _strings(value)
    if isinstance(value, ast.Name) and function is not None:
        assigned = [n.value for n in ast.walk(function) if isinstance(n, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == value.id for t in n.targets)]
        return set().union(*map(_strings, assigned)) if assigned else None
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
        called = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == value.func.id]
        if called:
            return set().union(*(_strings(r.value) for r in ast.walk(called[0])
                                 if isinstance(r, ast.Return) and r.value is not None))
    return None


def _dict_variants(module: str) -> set:
    """The values of "variant" in the dictionary literals of a module (args built apart from the call)."""
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    return {v.value for n in ast.walk(tree) if isinstance(n, ast.Dict) for k, v in zip(n.keys, n.values)
            if isinstance(k, ast.Constant) and k.value == "variant" and isinstance(v, ast.Constant)}


# Emit sites whose variant is computed away from them, each with the variants it may take, read from the
# module that computes them (and checked against the catalogue below).
def _dynamic():
    from cchc import document, kinds, severity, validate, yamlpos
    from cchc.vnformat import check_symbol
    reasons = {check_symbol(text, kind).reason for text, kind in (
        ("5/KH-UBND", "ke_hoach"), ("KH-UBND", "ke_hoach"), ("05/KH", "ke_hoach"), ("117/BC-UBND", "ke_hoach"),
        ("05/SNV-VP", "bao_cao"))}
    assert reasons == set(document._SYMBOL_CODES)        # every reason of check_symbol has its code
    waivers = {severity._invalid({"ma": code}, None)[1] for code in ("CCHC-X999", "CCHC-W001", "CCHC-P004")}
    return {
        ("document.py", "CCHC-N001"): {r for r, c in document._SYMBOL_CODES.items() if c == "CCHC-N001"},
        ("document.py", "CCHC-N002"): {r for r, c in document._SYMBOL_CODES.items() if c == "CCHC-N002"},
        ("severity.py", "CCHC-W003"): waivers,                                  # severity._invalid
        ("checks/references.py", "CCHC-X001"): {k.plan_reference[1] for k in kinds.KINDS.values()
                                                 if k.plan_reference},          # whose plan
        ("yamlpos.py", "CCHC-L002"): {v for _, v in yamlpos._PROBLEMS} | {"unknown"},   # yamlpos._explain
        ("validate.py", "CCHC-S003"): {validate._found(v).get("variant") for v in (None, True, 1, "x", [], {})},
        ("layout/fit.py", "CCHC-G001"): _dict_variants("layout/fit.py"),       # the annex tables of each kind
    }


def test_every_variant_an_emit_site_names_exists_for_its_code():
    unknown, unread = [], []
    for path, line, code, args, function, tree in _emit_sites():
        if "variant" not in args:
            continue
        names = _variant_names(args["variant"], function, tree)
        if names is None or code is None:       # computed elsewhere (or the code is): listed in _dynamic
            unread.append((path, line, code))
            continue
        unknown += [(path, line, code, n) for n in sorted(names) if n not in CATALOGUE[code].variants]
    assert unknown == []
    dynamic = _dynamic()
    assert [(path, line) for path, line, code in unread
            if (path, code) not in dynamic and not (code is None and any(p == path for p, _ in dynamic))] == []


@pytest.mark.parametrize("site", sorted(_dynamic()), ids=lambda s: f"{s[0]}:{s[1]}")
def test_every_variant_computed_away_from_its_emit_site_exists(site):
    names = _dynamic()[site]
    code = CATALOGUE[site[1]]
    assert names - {None} and sorted(n for n in names - {None} if n not in code.variants) == []


def test_the_file_kinds_of_messages_cover_every_schema():
    from cchc.schemas import SCHEMAS
    assert sorted(set(SCHEMAS) - set(TERMS["file_kind"].words)) == []


def test_findings_with_variants_stay_apart_and_render_in_both_languages():
    from cchc.check import _unique
    a = Finding("CCHC-P004", "p.md", 3, 5, {"value": "Sở A", "variant": "group"})
    b = Finding("CCHC-P004", "p.md", 3, 5, {"value": "Sở A", "variant": "several", "count": 2})
    assert len(_unique([a, b, a])) == 2
    assert "nhóm cơ quan" in a.message("vi") and "2 agencies" in b.message("en")
