"""Wire-copy dates: clock times as four digits with a time zone or "hrs" ("1900 gmt"), days
written as words ("Pay May One")."""

from __future__ import annotations

import pytest

from extract.dates import Dct, find_dates

DCT = Dct("1987-04-08", "metadata")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[m.start : m.end], m.timex.type, m.timex.value) for m in find_dates(text, DCT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Talks began at 1900 gmt.", [("1900 gmt", "TIME", "1987-04-08T19:00")], id="gmt"
        ),
        pytest.param(
            "Bids are due by 1200 hrs EDT, April 13.",
            [("1200 hrs EDT, April 13", "TIME", "1987-04-13T12:00")],
            id="hrs-zone-and-day",
        ),
        pytest.param(
            "The market closed at 0930 local time.",
            [("0930 local time", "TIME", "1987-04-08T09:30")],
            id="local-time",
        ),
        pytest.param(
            "Trading ends at 1600 hrs.", [("1600 hrs", "TIME", "1987-04-08T16:00")], id="hrs"
        ),
    ],
)
def test_wire_clock_times(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Output fell in 1900.", [("1900", "DATE", "1900")], id="a-year-alone"),
        pytest.param("In 1987 GMT shares rose.", [("1987", "DATE", "1987")], id="no-such-minute"),
    ],
)
def test_four_digits_without_a_zone_stay_years(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pay May One\n    Record April Three",
            [("May One", "DATE", "1987-05-01"), ("April Three", "DATE", "1987-04-03")],
            id="dividend-table",
        ),
        pytest.param(
            "The increases are effective March nine.",
            [("March nine", "DATE", "1987-03-09")],
            id="effective-date",
        ),
        pytest.param(
            "It extended the offer until Dec twenty-one, 1987.",
            [("Dec twenty-one, 1987", "DATE", "1987-12-21")],
            id="compound-word-and-year",
        ),
    ],
)
def test_days_written_as_words(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In May one of its units closed.", id="one-of"),
        pytest.param("In April two mln dlrs were lent.", id="a-scale"),
        pytest.param("In June two plants closed.", id="a-plural-noun"),
    ],
)
def test_number_words_after_a_month_that_are_no_day(text: str) -> None:
    assert [span for span, _, _ in found(text)] == [text.split()[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dreyfus sold 18,000 tonnes of barley for April 14/30 delivery.",
            [("April 14/30", "1987-04", "1987-04-14", "1987-04-30")],
            id="slash-laydays",
        ),
        pytest.param(
            "The board will meet on November 3/4.",
            [("November 3/4", "1987-11", "1987-11-03", "1987-11-04")],
            id="slash-meeting-days",
        ),
        pytest.param(
            "They agreed to postpone the hearings to April 19/20 from April 3/4.",
            [
                ("April 19/20", "1987-04", "1987-04-19", "1987-04-20"),
                ("April 3/4", "1987-04", "1987-04-03", "1987-04-04"),
            ],
            id="a-range-just-over-stays-in-reach-of-the-future-tense",
        ),
        pytest.param(
            "The tin council meets on April 5-6 in London.",
            [("April 5-6", "1987-04", "1987-04-05", "1987-04-06")],
            id="a-dash-range-a-few-days-back",
        ),
    ],
)
def test_day_ranges_of_commodity_copy(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = find_dates(text, DCT)
    got = [
        (text[m.start : m.end], m.timex.value, m.timex.interval_start, m.timex.interval_end)
        for m in found
    ]
    assert got == expected
