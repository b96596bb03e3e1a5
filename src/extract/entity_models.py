"""Model designations of aircraft and weapons the NER reads as firms, people, places or counts:
``MD-82s`` GPE, ``Douglas DC-10`` PERSON, ``10 A320`` QUANTITY, ``MiG-29s`` ORG.

Contract: ``model_names(doc)`` returns the Doc's entities with every mention of a model of
``data/entities/models.json`` a PRODUCT, and the maker named right before it an ORG
(GUIDELINES.md 3.2: in ``Boeing 747``, ``Boeing`` is ORG and ``747`` PRODUCT; OntoNotes v4
train: ``F - 16``, ``MiG - 29s``, ``T - 72 tanks`` and ``747`` are PRODUCT). A mention is
one token, or a token and its hyphenated series (``757-200``); a plural's ``s`` is inside it,
a possessive's ``'s`` outside. Where it is one:

- a code of a ``families`` pattern, only a model bears (``DC-10s``, ``A-340``, ``MiG-29``),
  wherever it stands;
- any other code (``F-16``, ``C-130``, ``B-2``) where the text marks it: a maker right before
  it, or a vehicle noun after it or after the list it ends (``B-2 bombers``, ``B727, DC9 and
  MD80 aircraft``); then at its other mentions in the text too. Unmarked it may be a rating
  (``rated B-2 by Moody's``) or a bill (``Bill C-40``);
- a bare number, right after a maker (``Boeing 737``), or in a list of models it opens
  (``Boeing 737, 747, 757 and 767 aircraft``), a number of as many digits.

The vehicle noun stays outside, as the common noun it is. An entity the NER stretched over a
mention loses it: the maker before it becomes an ORG (``McDonnell`` ORG + ``Douglas DC-10``
PERSON is the ORG ``McDonnell Douglas``), a number before it a CARDINAL (``10 A320``), other
words keep their label (``Japan Air Lines`` of ``Japan Air Lines Boeing``). A mention inside a
name that goes on after it is left alone (``E-3A AWACS``). Offsets stay the Doc's.

>>> import spacy
>>> words = ["six", "MD-82s", "and", "Boeing", "747", "planes", "rated", "B-2"]
>>> doc = Doc(spacy.blank("en").vocab, words=words,
...           ents=["B-CARDINAL", "B-GPE", "O", "B-ORG", "O", "O", "O", "B-ORG"])
>>> [(e.text, e.label_) for e in model_names(doc)]
[('six', 'CARDINAL'), ('MD-82s', 'PRODUCT'), ('Boeing', 'ORG'), ('747', 'PRODUCT'), ('B-2', 'ORG')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.data_files import entries
from extract.entity_titles import word_after

MODEL_LABEL = "PRODUCT"
MAKER_LABEL = "ORG"
NUMBER_LABEL = "CARDINAL"
# Words that join the models of a list ("B727, B737, DC9 and MD80 aircraft").
LIST_WORDS = frozenset({",", "and", "or", "/"})
# The series after a hyphen ("757-200", "A300-600R").
SERIES = re.compile(r"\d{1,4}[A-Z]{0,2}s?")


@dataclass(frozen=True)
class _Tables:
    families: re.Pattern[str]
    codes: re.Pattern[str]
    numbers: re.Pattern[str]
    makers: dict[str, list[tuple[str, ...]]]  # by last word, the longest name first
    nouns: frozenset[str]


@dataclass(frozen=True)
class _Mention:
    """Tokens ``start:end`` of a code, the form its pattern matched (the text, or the text
    without a plural's ``s``: "DC-10s" is "DC-10"), and its kind."""

    start: int
    end: int
    code: str
    kind: str  # "family", "code" or "number"


def model_names(doc: Doc) -> list[Span]:
    """The Doc's entities, each mention of a model a PRODUCT (see the module doc)."""
    mentions, makers = _models(doc)
    if not mentions:
        return list(doc.ents)
    ents = list(doc.ents)
    for mention in mentions:
        maker_start = makers.get(mention.start)
        ents = _with_model(doc, ents, mention, maker_start)
    return sorted(ents, key=lambda e: e.start)


def _models(doc: Doc) -> tuple[list[_Mention], dict[int, int]]:
    """The mentions that are models, and where the maker before each such mention starts."""
    runs = _runs(doc)
    marked: list[_Mention] = []
    makers: dict[int, int] = {}
    for run in runs:
        maker = _maker_before(doc, run[0].start)
        by_noun = _is_vehicle_noun(word_after(doc, run[-1].end - 1))
        for k, mention in enumerate(run):
            if mention.kind == "number" and not (
                maker is not None and len(_digits(mention.code)) == len(_digits(run[0].code))
            ):
                continue  # "ordered 100 jets"; "Boeing 737 and 100 other planes"
            if mention.kind == "family" or maker is not None or by_noun:
                marked.append(mention)
                if k == 0 and maker is not None:
                    makers[mention.start] = maker
    # an unmarked code is a model where the text marks the same code elsewhere
    codes = {m.code for m in marked if m.kind == "code"}
    seen = {m.start for m in marked}
    for run in runs:
        marked.extend(
            m for m in run if m.kind == "code" and m.code in codes and m.start not in seen
        )
    return sorted(marked, key=lambda m: m.start), makers


def _runs(doc: Doc) -> list[list[_Mention]]:
    """The code-shaped mentions of the Doc, grouped in lists ("737, 747 and 767")."""
    runs: list[list[_Mention]] = []
    i = 0
    while i < len(doc):
        mention = _mention_at(doc, i)
        if mention is None:
            i += 1
            continue
        run = [mention]
        j = mention.end
        while True:
            k = j
            while k < len(doc) and (doc[k].is_space or doc[k].text in LIST_WORDS):
                k += 1
            following = _mention_at(doc, k) if k > j and k < len(doc) else None
            if following is None:
                break
            run.append(following)
            j = following.end
        runs.append(run)
        i = j
    return runs


def _mention_at(doc: Doc, i: int) -> _Mention | None:
    """The code starting at token ``i`` with its series, if its text has a code's shape."""
    token = doc[i]
    if token.is_space or not any(ch.isdigit() for ch in token.text) or _hyphen_before(doc, i):
        return None
    end = i + 1
    if _hyphen_before(doc, end + 1) and SERIES.fullmatch(doc[end + 1].text):
        end += 2
    if _hyphen_before(doc, end + 1):
        return None  # part of a longer designation: "CFM56-5-S3", "F-110-GE-100"
    text = doc[i:end].text
    code = text[:-1] if text.endswith("s") else text
    tables = _tables()
    for kind, pattern in (
        ("family", tables.families),
        ("code", tables.codes),
        ("number", tables.numbers),
    ):
        for form in (text, code):
            if pattern.fullmatch(form):
                return _Mention(i, end, form, kind)
    return None


def _hyphen_before(doc: Doc, i: int) -> bool:
    """Whether a hyphen joins token ``i`` to the token before the hyphen ("757" "-" "200")."""
    return (
        2 <= i < len(doc)
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    )


def _maker_before(doc: Doc, start: int) -> int | None:
    """Where a maker's name ending right before token ``start`` starts ("Boeing 747"), line
    breaks aside ("McDonnell Douglas\nDC-10")."""
    before = [t for t in doc[max(0, start - 8) : start] if not t.is_space]
    if not before or (before[-1].i == start - 1 and not before[-1].whitespace_):
        return None  # "X-Boeing747" is no maker's model
    for words in _tables().makers.get(before[-1].text, ()):
        name = before[-len(words) :]
        if len(name) == len(words) and tuple(t.text for t in name) == words:
            return name[0].i
    return None


def _is_vehicle_noun(token: Token | None) -> bool:
    return token is not None and token.lower_ in _tables().nouns


def _digits(code: str) -> str:
    return "".join(ch for ch in code.split("-")[0] if ch.isdigit())


def _with_model(
    doc: Doc, ents: list[Span], mention: _Mention, maker_start: int | None
) -> list[Span]:
    """``ents`` with ``mention`` a PRODUCT and its maker an ORG, what the entities over them
    held before them kept (see the module doc); unchanged if an entity goes on after it."""
    start = mention.start if maker_start is None else maker_start
    over = [e for e in ents if e.start < mention.end and start < e.end]
    if any(e.end > mention.end for e in over):
        return ents
    kept = [e for e in ents if not any(e is o for o in over)]
    for ent in over:
        rest = doc[ent.start : start]
        if rest and all(t.like_num for t in rest):
            kept.append(Span(doc, ent.start, start, label=NUMBER_LABEL))  # "10 A320"
        elif not all(t.is_stop or t.is_punct or t.is_space for t in rest):
            kept.append(Span(doc, ent.start, start, label=ent.label_))  # not "the Saab SF340"
    if maker_start is not None:
        kept.append(Span(doc, maker_start, mention.start, label=MAKER_LABEL))
    kept.append(Span(doc, mention.start, mention.end, label=MODEL_LABEL))
    return kept


@cache
def _tables() -> _Tables:
    path = "entities/models.json"

    def pattern(key: str) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{e['pattern']})" for e in entries(path, key)))

    makers: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries(path, "makers"):
        words = tuple(entry["name"].split())
        makers.setdefault(words[-1], []).append(words)
    for names in makers.values():
        names.sort(key=lambda name: -len(name))
    nouns = frozenset(word for entry in entries(path, "nouns") for word in entry["words"])
    return _Tables(pattern("families"), pattern("codes"), pattern("numbers"), makers, nouns)
