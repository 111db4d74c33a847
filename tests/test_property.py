"""No input of any kind yields an exception: arbitrary bytes and arbitrary YAML give findings."""
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc import document

ROLES = ("province", "rules", "criteria", "unit", "document")
PATHS = {"province": "content/province.yml", "rules": "content/rules/2026.yml",
         "criteria": "content/rules/par/xa.yml", "unit": "units/so-a/unit.yml",
         "document": "units/so-a/2026/ke-hoach.md"}

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=20), st.dates().map(str))
keys = st.one_of(st.sampled_from(["loai", "nam", "nhiem_vu", "ma", "ten", "ngay_ban_hanh", "noi_nhan",
                                  "linh_vuc", "diem", "phu_luc", "dong", "tien_do", "extends"]),
                 st.text(max_size=10))
trees = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(keys, inner, max_size=5)),
                     max_leaves=25)
fixed = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _load(tmp_path, role, raw):
    path = tmp_path / PATHS[role]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    doc = document.load(tmp_path, PATHS[role], role)
    assert [f for f in doc.findings if f.code == "CCHC-E001"] == []
    for f in doc.findings:
        assert f.line >= 1 and f.column >= 1
        assert f.message("vi") and f.message("en")
    return doc


@fixed
@given(role=st.sampled_from(ROLES), raw=st.binary(max_size=400))
def test_arbitrary_bytes(tmp_path, role, raw):
    _load(tmp_path, role, raw)


@fixed
@given(role=st.sampled_from(ROLES), tree=trees)
def test_arbitrary_yaml(tmp_path, role, tree):
    text = yaml.safe_dump(tree, allow_unicode=True)
    if role == "document":
        text = f"---\n{text}---\nNội dung\n"
    _load(tmp_path, role, text.encode())


@fixed
@given(tree=st.dictionaries(keys, trees, max_size=6))
def test_arbitrary_plan_fields(tmp_path, tree):
    base = {"loai": "ke_hoach", "nam": 2026, "nhiem_vu": [{"ma": "A", "linh_vuc": "the_che"}]}
    base.update(tree)
    text = "---\n" + yaml.safe_dump(base, allow_unicode=True) + "---\n"
    _load(tmp_path, "document", text.encode())
