"""Entity boundaries at brackets: Reuters' angle brackets and unclosed round ones.

Contract: as ``entity_bounds``, each function returns the Doc's entities with one convention
applied, the pipeline setting ``doc.ents`` to them in turn; offsets stay the Doc's.

- ``bracket_names(doc)``: Reuters' angle brackets. ``<Hudson's Bay Co> said`` gives the ORG
  ``Hudson's Bay Co`` (the statistical NER splits it, or lets it run into a bracket), and the
  ticker in ``Ford Motor Co <F>``, ``Swedish Match <SMBS ST>`` or ``Citicorp's <CCI> lead`` is
  not a name of its own, nor is a lone upper-case code with a dot anywhere (``<DIS.N>``);
  dotted initials open a name (``<S.E.S.M.>``, ``<P.W. Stephens>``). No entity starts or ends
  on a bracket.
- ``without_open_brackets(doc)``: an entity never holds an opening bracket it does not close
  (``Organisations (Keidanren``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.entity_bounds import POSSESSIVES

# A bracket group longer than this is not a company name (a stray "<" in a table).
MAX_NAME_TOKENS = 12
# A ticker: short, upper-case, may carry a class or exchange suffix ("BRK.A", "F.N", "T").
MAX_TICKER_CHARS = 8


def _is_ticker(words: Span) -> bool:
    """``<F>``, ``<GM.N>``: one upper-case token (no lower-case letter) right after a name, or
    such a token and an exchange's code after a space (``<SMBS ST>``, Stockholm's)."""
    if len(words) == 2 and _EXCHANGE.fullmatch(words[1].text):
        words = words[:1]
    text = words.text
    return (
        len(words) == 1
        and len(text) <= MAX_TICKER_CHARS
        and any(c.isalpha() for c in text)
        and not any(c.islower() for c in text)
        and all(c.isalnum() or c in ".-" for c in text)
    )


# Labels of a possessor whose bracket names a firm, no ticker: "France's <SNECMA>".
_PLACE_OWNERS = frozenset({"GPE", "LOC", "NORP"})
# Initials alone: "S.E.S.M.", a firm's name, no ticker.
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# An exchange's code after a ticker: one or two capitals ("ST", "L", "N").
_EXCHANGE = re.compile(r"[A-Z]{1,2}")


def _groups(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``(open, close)`` of ``<`` ... ``>`` pairs within one paragraph (Reuters
    wraps lines inside names: ``<Ecolab\\nCo>``): ``doc[open]`` is ``<``, ``doc[close]`` ``>``.
    Only the brackets are visited (found by their token ids), not every token."""
    orth = doc.to_array("ORTH")
    opens = (orth == doc.vocab.strings["<"]).nonzero()[0].tolist()
    closes = (orth == doc.vocab.strings[">"]).nonzero()[0].tolist()
    found: list[tuple[int, int]] = []
    for opened in opens:
        # the first ">" after it, if no later "<" and no paragraph break come first
        closed = next((c for c in closes if c > opened), None)
        if closed is None or any(opened < o < closed for o in opens):
            continue
        if 0 < closed - opened - 1 <= MAX_NAME_TOKENS and not any(
            "\n\n" in doc[i].text for i in range(opened + 1, closed)
        ):
            found.append((opened, closed))
    return found


def bracket_names(doc: Doc) -> list[Span]:
    """The Doc's entities with Reuters' bracket conventions applied (see the module docstring)."""
    groups = _groups(doc)
    if not groups:
        return list(doc.ents)
    ents = list(doc.ents)
    for opened, closed in groups:
        inner = doc[opened + 1 : closed]
        follows_name = opened > 0 and (
            doc[opened - 1].ent_type_ != "" or doc[opened - 1].pos_ == "PROPN"
        )
        # "Citicorp's <CCI> lead": the ticker repeats the firm's name ("France's <SNECMA>"
        # names a firm)
        owner = doc[opened - 2] if opened > 1 and doc[opened - 1].text in POSSESSIVES else None
        follows_name = follows_name or (
            owner is not None
            and owner.ent_type_ not in _PLACE_OWNERS
            and (owner.ent_type_ != "" or owner.pos_ == "PROPN")
        )
        ticker = _is_ticker(inner) and follows_name  # "Ford Motor Co <F>": repeats the name
        if not ticker and not _opens_a_name(inner):
            continue  # not a name ("<5 pct>"): entities inside stay, trimmed below
        # Entities reaching into the group give way to it; a name that runs into it from
        # outside ("Ford Motor Co <F") keeps its part outside.
        ents = [part for e in ents for part in _outside(e, opened, closed)]
        if not ticker:
            ents.append(Span(doc, inner.start, inner.end, label="ORG"))
    ents = [t for t in (_trimmed(e, e.start, e.end) for e in ents) if t is not None]
    return sorted(ents, key=lambda e: e.start)


def _opens_a_name(inner: Span) -> bool:
    """Whether a bracket group opens like a firm's name: a capitalised word, or one with dots
    between initials before further words (``<SO.M.A. Europe Transmissions>``, ``<P.W.
    Stephens>``) or alone as initials or with lower-case letters (``<S.E.S.M.>``,
    ``<G.H.Stool>``); not a number (``<5 pct>``) and not a lone upper-case code with a dot, an
    exchange's ticker wherever it stands (``<DIS.N>``, ``<PGLO.AS.>``).
    """
    word = inner[0].text
    if not word[0].isupper() or not word.replace(".", "").isalpha():
        return False
    if "." not in word or any(t.is_alpha for t in inner[1:]):
        return True
    return _INITIALS.fullmatch(word) is not None or not word.isupper()


def _outside(ent: Span, opened: int, closed: int) -> list[Span]:
    """The parts of ``ent`` before ``opened`` and after ``closed``, without edge brackets."""
    parts = [(ent.start, min(ent.end, opened)), (max(ent.start, closed + 1), ent.end)]
    return [s for s in (_trimmed(ent, a, b) for a, b in parts if a < b) if s is not None]


def _trimmed(ent: Span, start: int, end: int) -> Span | None:
    doc = ent.doc
    while start < end and (doc[start].text in ("<", ">") or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in ("<", ">") or doc[end - 1].is_space):
        end -= 1
    return Span(doc, start, end, label=ent.label_) if start < end else None


def without_open_brackets(doc: Doc) -> list[Span]:
    """The Doc's entities, one that holds an opening bracket its span does not close cut there:
    ``the Federation of Economic Organisations (Keidanren`` (the ``)`` left outside) gives
    ``the Federation of Economic Organisations`` and, when the bracket closes right after the
    entity, the alias ``Keidanren`` with the same label.

    >>> import spacy
    >>> words = ["the", "Federation", "(", "Keidanren", ")", "said"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"])
    >>> [(e.text, e.label_) for e in without_open_brackets(doc)]
    [('the Federation', 'ORG'), ('Keidanren', 'ORG')]
    """
    ents: list[Span] = []
    for ent in doc.ents:
        opened = [t.i for t in ent if t.text == "("]
        if not opened or any(t.text == ")" for t in doc[opened[-1] : ent.end]):
            ents.append(ent)
            continue
        cut = opened[-1]
        if cut > ent.start:
            ents.append(Span(doc, ent.start, cut, label=ent.label_))
        closes = ent.end < len(doc) and doc[ent.end].text == ")"
        if closes and cut + 1 < ent.end:
            ents.append(Span(doc, cut + 1, ent.end, label=ent.label_))
    return ents
