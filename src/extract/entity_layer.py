"""The record's entity layer made to agree with the value stages (GUIDELINES 4.1, 5.10).

Contract: ``agreed_entities`` takes the NER's entities (character offsets into the cleaned
text, labels) and the money, percentage, date and quantity mentions read in the same text, and
returns the entity layer of the record: each value mention is the entity over exactly its span
(see ``entities.with_mention_spans``), an NER amount, date or number that a value stage read
otherwise gives way, and one that names nothing is dropped. ``ner_money`` picks the NER's
amounts that the money stage should read.

>>> text = "The index closed at 274.01, up 5 pct, on the payment date."
>>> ner = [(20, 26, "DATE"), (31, 36, "PERCENT"), (45, 57, "DATE")]
>>> agreed_entities(text, ner, money=[], percents=[(31, 36)], date_matches=[], quantities=[])
[(20, 26, 'CARDINAL'), (31, 36, 'PERCENT')]
"""

from __future__ import annotations

from collections.abc import Sequence

from extract import dates as dates_stage
from extract import money as money_stage
from extract.dates_entity_only import with_entity_only_dates
from extract.entities import with_mention_spans

Entities = list[tuple[int, int, str]]


def ner_money(
    ner: Sequence[tuple[int, int, str]], quantities: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """The NER's MONEY spans for the money stage to read, but not one inside a quantity:
    "19.00 mln\ntonnes" is the quantity's number.

    >>> ner_money([(0, 9, "MONEY"), (20, 29, "MONEY")], [(20, 36, "QUANTITY")])
    [(0, 9)]
    """
    measures = [q for q in quantities if q[2] == "QUANTITY"]
    return [(s, e) for s, e, label in ner if label == "MONEY" and not _inside(s, e, measures)]


def agreed_entities(
    text: str,
    ner: Entities,
    money: Sequence[money_stage.MoneyMatch],
    percents: Sequence[tuple[int, int]],
    date_matches: Sequence[dates_stage.DateMatch],
    quantities: Sequence[tuple[int, int, str]],
) -> Entities:
    """The entity layer of a record: ``ner`` agreeing with the value stages' mentions."""
    entities = with_mention_spans(ner, [(m.start, m.end, "MONEY") for m in money])
    # "the dollar fell": a currency the NER read as an amount is no entity (GUIDELINES 4.1)
    entities = [
        (s, e, label)
        for s, e, label in entities
        if label != "MONEY"
        or _overlaps_money(s, e, money)
        or not money_stage.names_no_amount(text[s:e])
    ]
    entities = with_mention_spans(entities, [(s, e, "PERCENT") for s, e in percents])
    # A holiday the NER read as a name over its very span ("before Easter" as an ORG), and
    # a mention's unit the NER read as a name inside it ("mths" of "Six mths", an ORG).
    holidays = {(d.start, d.end) for d in date_matches if dates_stage.over_a_name(d)}
    dated = [(d.start, d.end) for d in date_matches]
    # A clock time's zone or "P.M." the NER read as a name ("1530 EST" with an ORG "EST").
    clocks = [(d.start, d.end, "TIME") for d in date_matches if d.timex.type == "TIME"]
    # Dates before quantities: an NER date that ran on into a number ("June, 1986 two" of
    # "a June, 1986 two-for-one split") gives way to the date stage's span first, and so
    # does a date the NER read as a number ("1986/87" crop year, "Six mths") or as a MONEY
    # the money stage did not keep ("a post-1949 record").
    entities = with_mention_spans(
        entities,
        [
            (
                *dates_stage.entity_span(d, text),
                dates_stage.entity_label(d, text),
            )
            for d in date_matches
        ],
        replaces=lambda s, e, label: (
            label in ("DATE", "TIME", "CARDINAL")
            or (label == "MONEY" and not _overlaps_money(s, e, money))
            or (s, e) in holidays
            or _inside(s, e, clocks)
            or (any(a <= s and e <= b for a, b in dated) and dates_stage.only_time_words(text[s:e]))
        ),
    )
    # An NER date the date stage read nothing in and that names no time ("payment date",
    # "the end of the") is no entity: the two layers agree (GUIDELINES 5.10). One that is a
    # price, an index level, a count or a fraction ("closed at 274.01", "at 31") is a CARDINAL.
    kept: list[tuple[int, int, str]] = []
    for s, e, label in entities:
        undated = label in ("DATE", "TIME") and not any(a < e and s < b for a, b in dated)
        entity = _undated(s, e, label, text) if undated else (s, e, label)
        if entity is not None:
            kept.append(entity)
    entities = kept
    # A quantity gives way to an amount; it replaces the NER's numbers, and a MONEY the
    # money stage did not keep.
    entities = with_mention_spans(
        entities,
        [(s, e, label) for s, e, label in quantities if not _overlaps_money(s, e, money)],
        replaces=frozenset({"CARDINAL", "QUANTITY", "MONEY"}),
    )
    # Ages and "annual", DATEs the dates layer leaves out and the NER often misses
    return with_entity_only_dates(text, entities)


def _undated(start: int, end: int, label: str, text: str) -> tuple[int, int, str] | None:
    """An NER DATE or TIME the date stage read nothing in: none when it names no time or lies
    in a phrase that names none ("the back months"), a CARDINAL when it is a price, an index
    level, a count or a fraction ("closed at 274.01", "at 31", "about a quarter of its
    exports"), an ORDINAL when it is a rank ("the sixth straight increase"), else as read."""
    words = text[start:end]
    if (
        dates_stage.is_level(words)
        or dates_stage.is_count(text, start, end)
        or dates_stage.is_fraction(text, start, end)
    ):
        return (start, end, "CARDINAL")
    rank = dates_stage.rank_in(text, start, end)
    if rank is not None:
        return (*rank, "ORDINAL")
    if dates_stage.names_no_time(words) or dates_stage.in_a_phrase_of_no_time(text, start, end):
        return None
    return (start, end, label)


def _inside(start: int, end: int, spans: Sequence[tuple[int, int, str]]) -> bool:
    """Whether ``start:end`` lies within one of ``spans``."""
    return any(s <= start and end <= e for s, e, _ in spans)


def _overlaps_money(start: int, end: int, money: Sequence[money_stage.MoneyMatch]) -> bool:
    """Whether ``start:end`` overlaps one of the money mentions."""
    return any(m.start < end and start < m.end for m in money)
