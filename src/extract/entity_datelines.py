"""The place of a dateline: the capitalised city that opens a wire story is a GPE.

Contract: ``dateline_entities(doc)`` returns the Doc's entities with the place of a dateline at
the start of its text labelled GPE, and its region GPE and its wire's agency ORG (GUIDELINES.md
3.2): ``HAVANA (Reuters) -``, ``MOSCOW, November 1. /TASS/.``, ``BUDAPEST, Hungary (AP) _``.
The NER sees that place in capitals, on a line of its own, with no sentence around it, and reads
it as an ORG about as often as a place (OntoNotes has few datelines to learn it from). A
dateline (``data/entities/datelines.json``) is one to four capitalised words, then optionally a
region (``, N.Y.``), a date (``, March 24``), the wire (``(Reuters)``, ``/TASS/.``) and a dash,
of which it needs at least the date, the wire or the dash: ``IBM, which ...`` is no dateline.
A dateline that names no place (``UNITED NATIONS``, ``not_places``) gets the label given there.

A digest of short items opens each paragraph with a dateline of its own (``    LUXEMBOURG -
Industrial production ...``, ``    TOKYO - The Bank of Japan ...``). Inside the text the same
pattern is a dateline only where its place is a known one (a country, US state, Canadian
province or world city of the gazetteers, or a city ``paragraph_places`` adds): paragraphs of
market copy open the same way with a commodity (``    ZINC HIGH GRADE - ``, ``    NOTE - ``).

Entities these names' words hold alone are replaced (``N.Y.`` read as an ORG); one that runs
past a name (``BUDAPEST, Hungary`` as one entity) is left as the NER read it, unless it runs on
over the dateline's dash (``LONDON - Sharp Corp`` as one ORG): that is cut at the dash, and
what follows keeps the label where it is a name of two words or more (``Sharp Corp``; a lone
``Gold`` or ``Over`` is the item's first word). Offsets stay the Doc's.

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["HAVANA", "(", "Reuters", ")", "-", "Cars"],
...           spaces=[True, False, False, True, True, False],
...           ents=["B-ORG", "O", "B-ORG", "O", "O", "O"])
>>> [(e.text, e.label_) for e in dateline_entities(doc)]
[('HAVANA', 'GPE'), ('Reuters', 'ORG')]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from extract.data_files import entries
from extract.entities import trimmed_tokens
from extract.entity_countries import cities, known_places

# The name inside a dateline's region (", N.Y.") and wire ("(AP)", "/TASS/.").
_REGION = re.compile(r"[A-Z][A-Za-z.'\u2019-]*(?:[ \t][A-Z][A-Za-z.'\u2019-]*)*")
_AGENCY = re.compile(r"[A-Za-z][A-Za-z-]*(?:[ \t][A-Za-z-]+)?")
# Where a paragraph of a digest starts: after a line break and the next line's indent.
_PARAGRAPH = re.compile(r"\n[ \t]*(?=[A-Z])")

# A dateline's parts (start, end, label) and the end of its dash (None without one).
Dateline = tuple[list[tuple[int, int, str]], int | None]


@cache
def datelines() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(id, pattern)`` of every dateline form (``datelines.json``)."""
    return tuple(
        (e["id"], re.compile(e["pattern"])) for e in entries("entities/datelines.json", "datelines")
    )


@cache
def not_places() -> dict[str, str]:
    """Upper-case dateline words that name no place, each with its label."""
    return {e["words"]: e["label"] for e in entries("entities/datelines.json", "not_places")}


def dateline_place(text: str) -> tuple[int, int] | None:
    """Character offsets of the place of the dateline that opens ``text``, or None.

    >>> text = "SMITHTOWN, N.Y., March 24 - Showers"
    >>> start, end = dateline_place(text)
    >>> text[start:end]
    'SMITHTOWN'
    >>> dateline_place("IBM, which makes computers, said") is None
    True
    """
    parts = dateline_parts(text)
    return (parts[0][0], parts[0][1]) if parts else None


def dateline_parts(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of the names in the dateline that opens ``text``: its place
    (GPE, or the label ``not_places`` gives), its region (GPE: ``N.Y.``, ``Hungary``) and its
    wire's agency (ORG: ``AP``, ``TASS``); none without a dateline.

    >>> text = "BUFFALO, N.Y. (AP) -- Police"
    >>> [(text[s:e], label) for s, e, label in dateline_parts(text)]
    [('BUFFALO', 'GPE'), ('N.Y.', 'GPE'), ('AP', 'ORG')]
    """
    found = _dateline_at(text, 0)
    return found[0] if found else []


def paragraph_datelines(text: str) -> list[Dateline]:
    """The datelines of ``text``: the one that opens it, and one opening a later paragraph
    where its place is a known one (see above), each with the end of its dash (or None).

    >>> text = "Prices rose. (NRBK 0622)\\n    LUXEMBOURG - Output fell.\\n    NOTE - Revised."
    >>> [[text[s:e] for s, e, _ in parts] for parts, _ in paragraph_datelines(text)]
    [['LUXEMBOURG']]
    """
    found = [_dateline_at(text, 0)]
    for paragraph in _PARAGRAPH.finditer(text):
        dateline = _dateline_at(text, paragraph.end())
        if dateline is not None:
            start, end, _ = dateline[0][0]
            if " ".join(text[start:end].split()).lower() in _gazetteer():
                found.append(dateline)
    return [dateline for dateline in found if dateline is not None]


@cache
def _gazetteer() -> frozenset[str]:
    """Lower-case places a dateline inside a text may name."""
    extra = (e["words"].lower() for e in entries("entities/datelines.json", "paragraph_places"))
    return known_places() | {city.lower() for city in cities()} | frozenset(extra)


def _dateline_at(text: str, pos: int) -> Dateline | None:
    """The parts of the dateline that starts at ``pos`` of ``text`` and the end of its dash
    (None without one), or None."""
    for _, pattern in datelines():
        match = pattern.match(text, pos)
        if not (match and (match["date"] or match["wire"] or match["dash"])):
            continue
        place = " ".join(match["place"].split())
        parts = [(match.start("place"), match.end("place"), not_places().get(place, "GPE"))]
        for group, name, label in (("region", _REGION, "GPE"), ("wire", _AGENCY, "ORG")):
            found = name.search(match[group]) if match[group] else None
            if found is not None:
                start = match.start(group)
                parts.append((start + found.start(), start + found.end(), label))
        return parts, match.end("dash") if match["dash"] else None
    return None


def _runs_past(ent: Span, name: Span) -> bool:
    """Whether ``ent`` holds words outside ``name``: not just its dash ("WASHINGTON _")."""
    start, end = trimmed_tokens(ent.doc, ent.start, ent.end)
    return start < name.start or end > name.end


def dateline_entities(doc: Doc) -> list[Span]:
    """The Doc's entities with its datelines' names labelled (see above)."""
    ents = list(doc.ents)
    for parts, dash_end in paragraph_datelines(doc.text):
        if dash_end is not None:
            ents = _over_the_dash(doc, ents, parts[0][0], dash_end)
        for start, stop, label in parts:
            span = doc.char_span(start, stop)
            if span is None:
                continue
            held = [e for e in ents if e.start < span.end and span.start < e.end]
            if any(_runs_past(e, span) for e in held):
                continue  # an entity running past the name ("BUDAPEST, Hungary") is left
            ents = [e for e in ents if e not in held] + [Span(doc, span.start, span.end, label)]
    return sorted(ents, key=lambda e: e.start)


def _over_the_dash(doc: Doc, ents: list[Span], start: int, end: int) -> list[Span]:
    """``ents`` with one that runs from the dateline starting at character ``start`` over its
    dash (ending at ``end``) cut there: the words after the dash keep its label where they are
    two or more (see above)."""
    kept = []
    for ent in ents:
        if not start <= ent.start_char < end < ent.end_char:
            kept.append(ent)
            continue
        rest = doc.char_span(end, ent.end_char, alignment_mode="expand")
        if rest is not None and rest.start > ent.start:
            words = [t for t in rest if not t.is_space]
            if len(words) >= 2:
                kept.append(Span(doc, rest.start, ent.end, ent.label_))
    return kept
