"""Ages and ``annual``: DATE entities the dates layer leaves out (GUIDELINES.md 3.1, 5.10)."""

from __future__ import annotations

import pytest

from extract.dates_entity_only import with_entity_only_dates
from tests.entity_docs import entity_offsets


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        pytest.param(
            "Pham Hung, 74, the Vietnam News Agency said.",
            [("Pham Hung", "PERSON"), ("74", "CARDINAL")],
            [("Pham Hung", "PERSON"), ("74", "DATE")],
            id="age-between-commas-after-a-name",
        ),
        pytest.param(
            "said Angela Esparragera, 71.",
            [("Angela Esparragera", "PERSON"), ("71", "CARDINAL")],
            [("Angela Esparragera", "PERSON"), ("71", "DATE")],
            id="age-at-the-sentence-end",
        ),
        pytest.param(
            "Buenos Aires, 1, 4, 9",
            [("Buenos Aires", "PERSON"), ("1", "CARDINAL")],
            [("Buenos Aires", "PERSON"), ("1", "CARDINAL")],
            id="a-table-row-is-no-age",
        ),
        pytest.param(
            "Smith, 250, was named.",
            [("Smith", "PERSON"), ("250", "CARDINAL")],
            [("Smith", "PERSON"), ("250", "CARDINAL")],
            id="no-age-past-the-bound",
        ),
        pytest.param(
            "Acme Corp, 42, said.",
            [("Acme Corp", "ORG"), ("42", "CARDINAL")],
            [("Acme Corp", "ORG"), ("42", "CARDINAL")],
            id="only-a-person-has-an-age",
        ),
        pytest.param(
            "In the 1986 annual report it cut by an annual 50,000.",
            [("1986", "DATE"), ("50,000", "CARDINAL")],
            [("1986", "DATE"), ("annual", "DATE"), ("annual", "DATE"), ("50,000", "CARDINAL")],
            id="annual-before-a-noun-or-number",
        ),
        pytest.param(
            "Annual inflation rose; semi-annual and annualised rates did not.",
            [],
            [("Annual", "DATE")],
            id="annual-opening-a-sentence-not-inside-a-word",
        ),
        pytest.param(
            "at the Annual Meeting of the annual shareholders' meeting",
            [("the annual shareholders' meeting", "EVENT")],
            [("the annual shareholders' meeting", "EVENT")],
            id="no-annual-in-a-name-or-an-entity",
        ),
    ],
)
def test_entity_only_dates(
    text: str, ner: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    found = with_entity_only_dates(text, entity_offsets(text, *ner))
    assert [(text[s:e], label) for s, e, label in found] == expected
    assert found == sorted(found)
