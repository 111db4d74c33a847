"""The fast path accepts exactly what Cerberus accepts, and normalises the same way."""
import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc import document, fastcheck, validate

from conftest import ROOT

SAMPLES = {
    "ke_hoach": "units/so-tu-phap/2026/ke-hoach.md",
    "bao_cao": "units/so-tu-phap/2026/bao-cao-quy-1.md",
    "unit": "units/so-tu-phap/unit.yml",
    "rules": "content/rules/2025.yml",
    "province": "content/province.yml",
    "tu_danh_gia": "units/so-tu-phap/2026/tu-danh-gia-par.md",
    "criteria": "content/rules/par/so-nganh.yml",
    "waivers": "content/waivers.yml",
}


def _raw(kind):
    role = "document" if kind in ("ke_hoach", "bao_cao", "tu_danh_gia") else kind
    return document.load(ROOT, SAMPLES[kind], role).raw


def _cerberus(kind, data, partial=False):
    v = validate.validator(kind)
    return v.document if v.validate(copy.deepcopy(data), update=partial) else None


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, prefix + (i,))


def _set(data, path, new):
    data = copy.deepcopy(data)
    if not path:
        return new
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = new
    return data


mutations = st.one_of(st.none(), st.just(""), st.just([]), st.just({}), st.integers(-5, 3000),
                      st.floats(allow_nan=False), st.booleans(), st.text(max_size=8),
                      st.sampled_from(["2026-02-30", "05/01/2026", "quy_1", "the_che", "KT. GIÁM ĐỐC",
                                       "03/KH-STP", "so-noi-vu", "hoan_thanh", "x@y.vn"]))


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_samples_agree(kind):
    data = _raw(kind)
    assert fastcheck.accept(kind, data) == _cerberus(kind, data)


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(sorted(SAMPLES)), pick=st.integers(0, 10_000), new=mutations,
       drop=st.booleans(), partial=st.booleans())
def test_mutations_agree(kind, pick, new, drop, partial):
    data = _raw(kind)
    paths = list(_paths(data))[1:]
    path = paths[pick % len(paths)]
    if drop:
        mutated = copy.deepcopy(data)
        node = mutated
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]
    else:
        mutated = _set(data, path, new)
    assert fastcheck.accept(kind, mutated, partial) == _cerberus(kind, mutated, partial)


def test_every_schema_kind_has_an_agreement_sample():
    from cchc.schemas import SCHEMAS
    assert sorted(SAMPLES) == sorted(SCHEMAS)


@pytest.mark.parametrize("rule", [{"type": "string", "maxlength": 3}, {"type": "list", "items": [{"type": "string"}]},
                                  {"type": "dict", "schema": {"a": {"type": "integer", "forbidden": [1]}}}])
def test_the_fast_path_refuses_rules_it_does_not_implement(rule):
    with pytest.raises(fastcheck.NotImplementedRule):
        fastcheck.compile_rule(rule)
