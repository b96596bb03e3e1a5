"""Quantities for the entity layer: numbers with units, and scaled numbers."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from extract.entities import with_mention_spans
from extract.quantities import find_quantities, units


def found(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], label) for start, end, label in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Stocks were 193,400 tons.", [("193,400 tons", "QUANTITY")], id="tons"),
        pytest.param(
            "a gift of 500 pounds (225 kilograms) of supplies; 25.7 mln pounds of wheat flour",
            [
                ("500 pounds", "QUANTITY"),
                ("225 kilograms", "QUANTITY"),
                ("25.7 mln pounds", "QUANTITY"),
            ],
            id="pounds-of-goods-or-restated-in-kilograms-are-a-weight",
        ),
        pytest.param(
            "raised 5 mln pounds of new capital; the fee was 500 pounds.",
            [("5 mln", "CARDINAL")],
            id="pounds-of-money-or-alone-are-no-weight",
        ),
        pytest.param(
            "pumping above 18 mln bpd, or 16.6 mln b/d",
            [("above 18 mln bpd", "QUANTITY"), ("16.6 mln b/d", "QUANTITY")],
            id="barrels-per-day",
        ),
        pytest.param(
            "declared a two-for-one stock split", [("two-for-one", "CARDINAL")], id="ratio-words"
        ),
        pytest.param("a 3-for-2 split", [("3-for-2", "CARDINAL")], id="ratio-digits"),
        pytest.param("a One-for-10 reverse split", [("One-for-10", "CARDINAL")], id="ratio-mixed"),
        pytest.param("a debt-for-equity swap", [], id="no-ratio-without-numbers"),
        pytest.param(
            "a one for four rights issue and a two for\none stock split",
            [("one for four", "CARDINAL"), ("two for\none", "CARDINAL")],
            id="ratio-written-apart-before-what-it-divides",
        ),
        pytest.param("sold two for one dollar", [], id="no-ratio-apart-before-other-words"),
        pytest.param(
            "cut by between 59 and 84 basis points, for between two and three",
            [("between 59 and 84", "CARDINAL"), ("between two and three", "CARDINAL")],
            id="a-range-of-counts-after-between",
        ),
        pytest.param(
            "Between 1980 and 1985, between 5 and 6 pct",
            [],
            id="a-range-of-years-or-percentages-is-no-count",
        ),
        pytest.param(
            "will trim only about 275 to 350 of its jobs, some 20-25 ships",
            [("about 275 to 350", "CARDINAL"), ("some 20-25", "CARDINAL")],
            id="a-range-of-counts-after-a-hedge-of-about",
        ),
        pytest.param(
            "rose from about 275 to 350, settled around 97-21/32, about 1985 to 1990",
            [],
            id="a-change-a-fraction-or-years-is-no-hedged-range",
        ),
        pytest.param(
            "arrivals of\n523,000 tonnes", [("523,000 tonnes", "QUANTITY")], id="wrapped-line"
        ),
        pytest.param(
            "more than 10,000 gross tonnes",
            [("more than 10,000 gross tonnes", "QUANTITY")],
            id="hedge-and-modifier-inside",
        ),
        pytest.param(
            "sold 7,500-9,500 tonnes", [("7,500-9,500 tonnes", "QUANTITY")], id="dash-range"
        ),
        pytest.param(
            "between 50,000 and 100,000 tonnes",
            [("between 50,000 and 100,000 tonnes", "QUANTITY")],
            id="between-and-range",
        ),
        pytest.param(
            "a crop of 3.14 mln hectares", [("3.14 mln hectares", "QUANTITY")], id="scaled-unit"
        ),
        pytest.param("a 60-kilo bag", [("60-kilo", "QUANTITY")], id="hyphenated-attributive"),
        pytest.param(
            "about three km of track", [("about three km", "QUANTITY")], id="number-words"
        ),
        pytest.param(
            "output of 1.2 mln barrels per day",
            [("1.2 mln barrels", "QUANTITY")],
            id="per-unit-tail-outside",
        ),
        pytest.param("issued 32 mln shares", [("32 mln", "CARDINAL")], id="scaled-count"),
        pytest.param(
            "Revs 60.8 mln vs 32.9 mln",
            [("60.8 mln", "CARDINAL"), ("32.9 mln", "CARDINAL")],
            id="scaled-numbers-in-a-table",
        ),
        pytest.param(
            "up to 1.5 billion shares", [("up to 1.5 billion", "CARDINAL")], id="scaled-hedge"
        ),
    ],
)
def test_quantities_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It fell 3.2 billion dlrs.", id="money-suffix-is-money"),
        pytest.param("It paid $5 mln and C$ 3 billion.", id="money-prefix-is-money"),
        pytest.param("It paid DM\n2.6 billion.", id="money-prefix-across-a-wrap"),
        pytest.param("He sold 200,000 pounds of stock.", id="pounds-may-be-sterling"),
        pytest.param("It shipped 60,000 bags and 2,000 bales.", id="counted-containers"),
        pytest.param("Profits rose 12 pct to 500,000.", id="plain-numbers"),
        pytest.param("a 5 m car", id="single-letter-scale-needs-digits-glued"),
        pytest.param("in 1987 Tonnesen said", id="unit-is-a-whole-word"),
    ],
)
def test_no_quantity(text: str) -> None:
    assert found(text) == []


def test_quantity_replaces_the_ners_bare_number_but_not_money() -> None:
    text = "It sold 175,600 tonnes for 32 mln dlrs."
    ner = [(8, 15, "CARDINAL"), (27, 29, "CARDINAL")]
    money = with_mention_spans(ner, [(27, 38, "MONEY")])
    merged = with_mention_spans(
        money, find_quantities(text), replaces=frozenset({"CARDINAL", "QUANTITY"})
    )
    assert [(text[s:e], label) for s, e, label in merged] == [
        ("175,600 tonnes", "QUANTITY"),
        ("32 mln dlrs", "MONEY"),
    ]


def test_units_file_integrity() -> None:
    """Every entry has a unique id and forms; no form is listed twice or is also a modifier."""
    path = resources.files("extract") / "data" / "quantities" / "units.json"
    assert path.is_file()
    tables = units()
    forms: list[str] = []
    for key in ("units", "modifiers"):
        ids = [entry["id"] for entry in tables[key]]
        assert len(ids) == len(set(ids)), key
        forms += [form.lower() for entry in tables[key] for form in entry["forms"]]
    assert len(forms) == len(set(forms))
    # Currency words are the money stage's: a unit form may never be one, but for one that is
    # a unit only before what its "followed_by" says ("pounds of wheat flour").
    plain = {f.lower() for e in tables["units"] if "followed_by" not in e for f in e["forms"]}
    assert not {"pound", "pounds", "dlrs", "stg", "marks"} & plain
    assert all(re.compile(e["followed_by"]) for e in tables["units"] if "followed_by" in e)


def test_doctests() -> None:
    import doctest

    from extract import quantities

    result = doctest.testmod(quantities)
    assert result.attempted > 0 and result.failed == 0
