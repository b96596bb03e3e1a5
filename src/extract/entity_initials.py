"""Firms named by initials joined with "and": ``S and P``, ``AT and T``, ``B and D Industries Inc``.

Contract: ``initials_entities(doc)`` returns the Doc's entities with every firm written as one or
two capital letters, ``and`` and one capital letter labelled ORG whole. Reuters spells ``&`` as
``and`` (``S and P`` for ``S&P``, 296 times in Reuters-21578), which the NER, trained on text
that writes ``S&P``, cuts at the ``and``: it labels ``P`` alone an ORG, or ``R Advertising`` of
``AC and R Advertising``, or nothing. The initials are a firm's:

- where an ORG begins at the letter after ``and`` or ends at the initials before it: the ORG
  then runs over both (``S and P``; ``AC and R Advertising``), taking in a one-word entity the
  initials were given (``AC`` read as a person);
- where no entity touches them and a legal form, ``said`` or a possessive follows (``EG and G
  said``, ``S and P's``);
- and wherever else the document writes initials it has found to be a firm's.

Pairs that abbreviate common terms are none (``R and D``, ``S and L``, ``M and A``; ``data/
entities/firms.json``, ``initials_not_firms``), nor are longer runs, which are more often two
names or two products (``CTS and DCA``, ``XT and PC``).

``joined_names(doc)`` returns the Doc's entities with two ORGs that ``and`` joins into one name
made one ORG, where the words either side of the ``and`` are a compound firms' names hold
(``firms.json``, ``joined_words``): ``the Federal Savings`` + ``Loan Insurance Corp`` is ``the
Federal Savings and Loan Insurance Corp``, ``Texas Savings`` + ``Loan`` of ``Texas Savings and
Loan Commissioner`` is ``Texas Savings and Loan``. The NER cuts such a name at the ``and``.

``surnames_after_initials(doc)`` returns the Doc's entities with a PERSON that ends in a middle
initial run on over the capitalised word right after it, the surname the NER cut off and
read as something else or as nothing (``David M.`` + GPE ``Holland``: PERSON ``David M.
Holland``). A name does not end in a middle initial; the word after it is a function word
(``P. The``) or a title's abbreviation (``Rep``) only where the text says so, and then it stays.
It also runs a PERSON back over the first initial the NER left before it (``H.`` + ``Marshall
Schwarz``, ``T.`` + ``Boone Pickens``; GUIDELINES 3.1: initials belong to the name): a lone
capital and full stop one space before the name, in no entity, after no capitalised word (``Plan
B. Smith``) and not at a sentence's end (``vitamins A and E.``).

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["S", "and", "P", "said", "."],
...           ents=["O", "O", "B-ORG", "O", "O"])
>>> [(e.text, e.label_) for e in initials_entities(doc)]
[('S and P', 'ORG')]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.data_files import entries
from extract.linking import legal_forms

FIRST = re.compile(r"[A-Z]{1,2}")
SECOND = re.compile(r"[A-Z]")
# Words after bare initials that say they name a firm ("EG and G said", "S and P's").
FIRM_CUES = frozenset({"said", "says", "'s", "\u2019s"})


@cache
def initials_not_firms() -> frozenset[str]:
    """Initials joined with "and" that abbreviate common terms (``firms.json``)."""
    return frozenset(e["initials"] for e in entries("entities/firms.json", "initials_not_firms"))


def _pairs(doc: Doc) -> list[tuple[int, str]]:
    """(index of the first letter, the initials) of every "X and Y" in the Doc."""
    found = []
    for token in doc[1:-1]:
        if token.lower_ != "and":
            continue
        first, second = doc[token.i - 1], doc[token.i + 1]
        if not (FIRST.fullmatch(first.text) and SECOND.fullmatch(second.text)):
            continue
        if "\n\n" in first.whitespace_ + token.whitespace_:
            continue
        if token.i + 2 < len(doc) and SECOND.fullmatch(doc[token.i + 2].text):
            continue  # "A and B C": a list of classes, not initials
        initials = f"{first.text} and {second.text}"
        if initials not in initials_not_firms():
            found.append((first.i, initials))
    return found


def initials_entities(doc: Doc) -> list[Span]:
    """The Doc's entities with firms named by initials and "and" labelled ORG (see above)."""
    pairs = _pairs(doc)
    if not pairs:
        return list(doc.ents)
    holder = {t.i: ent for ent in doc.ents for t in ent}
    forms = legal_forms()
    spans: dict[int, tuple[int, int]] = {}  # first letter -> the firm's (start, end)
    firms: set[str] = set()
    rest: dict[int, tuple[int, int]] = {}  # first letter -> a second firm the NER joined on
    for start, initials in pairs:
        first, second = holder.get(start), holder.get(start + 2)
        if second is not None and len(second) == 1 and second.label_ != "ORG":
            second = None  # a lone letter read as a person or place: "EG and G said"
        if first is not None and (first.start != start or len(first) > 1):
            continue  # the initials end a longer name: "Bank of America NT and SA"
        if second is not None and (second.start != start + 2 or second.label_ != "ORG"):
            continue  # the NER read something else there ("S and P 500", an index)
        end = second.end if second is not None else start + 3  # "AC and R Advertising"
        if second is not None and len(second) > 2 and second[1].lower_ in ("and", "&"):
            # "AT and T and Philips NV": the NER's ORG ran on over a second firm
            end = start + 3
            rest[start] = (second.start + 2, second.end)
        if second is None and not (first is not None and first.label_ == "ORG"):
            after = doc[end] if end < len(doc) else None
            cue = after is not None and (after.lower_ in FIRM_CUES or after.lower_ in forms)
            if first is not None or not cue:
                continue
        spans[start] = (start, end)
        firms.add(initials)
    # Repeats of initials found to be a firm's, where nothing else was read.
    for start, initials in pairs:
        unread = all(i not in holder for i in range(start, start + 3))
        if start not in spans and initials in firms and unread:
            spans[start] = (start, start + 3)
    if not spans:
        return list(doc.ents)
    taken = {i for s, e in spans.values() for i in range(s, e)}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    new = [Span(doc, s, e, label="ORG") for s, e in [*spans.values(), *rest.values()]]
    return sorted([*kept, *new], key=lambda span: span.start)


@cache
def _joined_words() -> frozenset[tuple[str, str]]:
    """Word pairs a firm's name joins with "and" (``firms.json``, ``joined_words``)."""
    return frozenset(tuple(e["words"]) for e in entries("entities/firms.json", "joined_words"))


def joined_names(doc: Doc) -> list[Span]:
    """The Doc's entities with two ORGs that "and" joins into one name made one (see above).

    >>> import spacy
    >>> words = ["the", "Federal", "Savings", "and", "Loan", "Insurance", "Corp", "said"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           ents=["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    >>> [(e.text, e.label_) for e in joined_names(doc)]
    [('the Federal Savings and Loan Insurance Corp', 'ORG')]
    """
    ents = list(doc.ents)
    pairs = _joined_words()
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label_ == "ORG"
            and ent.label_ == "ORG"
            and ent.start == last.end + 1
            and doc[last.end].lower_ in ("and", "&")
            and (last[-1].lower_, ent[0].lower_) in pairs
        ):
            joined[-1] = Span(doc, last.start, ent.end, label="ORG")
            continue
        joined.append(ent)
    return joined


# A middle initial: one capital and its full stop ("M.", also "J.P." of "Anthony J.P.").
_INITIAL = re.compile(r"(?:[A-Z]\.)+")
# Labels the NER gives a surname it cut off a person's name.
SURNAME_MISREADS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "PERSON"})


def surnames_after_initials(doc: Doc) -> list[Span]:
    """The Doc's entities with a person's name cut after a middle initial run on over the
    surname after it, and one cut after its first initial run back over it (see above).

    >>> import spacy
    >>> words = ["David", "M.", "Holland", "said"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, ents=["B-PERSON", "I-PERSON", "B-GPE", "O"])
    >>> [(e.text, e.label_) for e in surnames_after_initials(doc)]
    [('David M. Holland', 'PERSON')]
    """
    holder = {t.i: ent for ent in doc.ents for t in ent}
    ents: list[Span] = []
    skip: set[int] = set()
    for ent in doc.ents:
        if ent.start in skip:
            continue
        surname = _surname_after(ent, holder)
        if surname is not None:
            skip.add(surname.i)
            ent = Span(doc, ent.start, surname.i + 1, label="PERSON")
        if _first_initial_before(ent, holder):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        ents.append(ent)
    return ents


# A first initial: one capital and its full stop.
_FIRST_INITIAL = re.compile(r"[A-Z]\.")


def _first_initial_before(ent: Span, holder: dict[int, Span]) -> bool:
    """Whether a PERSON begins one space after a first initial in no entity ("H. Marshall
    Schwarz"), which neither ends a sentence nor follows a capitalised word."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.start == 0 or not ent[0].text[:1].isupper():
        return False
    initial = doc[ent.start - 1]
    if not _FIRST_INITIAL.fullmatch(initial.text) or initial.whitespace_ != " ":
        return False
    if initial.i in holder or ent[0].is_sent_start:
        return False
    before = doc[initial.i - 1] if initial.i > 0 else None
    return before is None or not (before.is_alpha and before.text[:1].isupper())


def _surname_after(ent: Span, holder: dict[int, Span]) -> Token | None:
    """The capitalised word right after a PERSON of two words or more that ends in a middle
    initial, if it is a word of its own or the whole of a one-word entity."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or not _INITIAL.fullmatch(ent[-1].text):
        return None
    if ent.end >= len(doc) or ent[-1].whitespace_ != " ":
        return None
    word = doc[ent.end]
    if not (word.is_alpha and word.text[:1].isupper() and word.text[1:].islower()):
        return None
    if word.is_stop or word.lower_ in legal_forms():
        return None
    other = holder.get(word.i)
    if other is not None and (len(other) > 1 or other.label_ not in SURNAME_MISREADS):
        return None
    return word
