"""Names spelled by the acronym in brackets after them: ``Welsh, Carson, Anderson and Stowe
(WCAS)`` is one ORG.

Contract: ``spelled_names(doc)`` returns the Doc's entities with every name whose capitalised
words' initials spell the acronym in brackets right after it labelled as one entity. Words of
``and``, ``of``, ``the``, ``for``, ``&`` and the like (``ACRONYM_GAPS``) spell nothing and may
stand inside, and so may commas between partners. The acronym says where the name starts and
that it is one: the statistical NER splits such a name at ``and`` (``Federal Savings`` + ``Loan
Insurance Corp`` of ``(FSLIC)``, ``International Lead`` + ``Zinc Study Group`` of
``(ILZSG)``) or at its commas (``Welsh`` ORG, ``Carson`` PERSON ...). The name is an ORG
where the NER read part of it as one, else it takes the label the NER gave the acronym; it
replaces the entities inside it. A name the NER read none of, already holds whole, or holds
with more words around it, is left, and so is an ORG whose last word names a measure or a
programme (``NOT_ORGANISATION_HEADS``: ``London Inter Bank Offered Rate (LIBOR)``). Offsets
stay the Doc's.

``acronyms_as_named(doc)`` returns the Doc's entities with an acronym in brackets right after
the whole name it spells, and its other mentions, labelled as the name is: the NER calls most
acronyms ORGs, also that of a pact (``the International Tin Agreement (ITA)``, LAW) or a
country (``the United Arab Emirates (UAE)``, GPE). A name it read as a person is an ORG where
its acronym is one (``Archer Daniels Midland (ADM)``).

``repeated_acronyms(doc)`` returns the Doc's entities with each mention of an acronym of three
to eight letters that the NER read as an ORG elsewhere in the document, and as nothing else,
labelled ORG where it has no entity: the NER reads each sentence on its own and misses ``USDA``
at a sentence's start or before ``analysts`` as often as it finds it. So is an acronym that
spells the initials of an ORG of the document (``initialisms``) and is read as nothing else:
``IADB loans`` after ``the Inter-American Development Bank``, which wires name in full once and
then by its initials, unbracketed. Only a mention in prose
that ends there counts, a lower-case word beside it (past a line break's indent and a comma
or possessive after it: ``SOGENAL, founded in 1881``) and no capitalised word, number or hyphen
joined to it: a table's heading (``5 UND MAY UP 1``) is no name, nor is the start of a longer
one (``TWA Flight 800``); nor is a word the document also writes in lower case (``WHEAT``).

>>> import spacy
>>> words = ["Welsh", ",", "Carson", ",", "Anderson", "and", "Stowe", "(", "WCAS", ")", "said"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, ents=["B-ORG", "O", "B-PERSON", "O",
...           "B-PERSON", "O", "B-ORG", "O", "B-ORG", "O", "O"])
>>> [(e.text, e.label_) for e in spelled_names(doc)]
[('Welsh , Carson , Anderson and Stowe', 'ORG'), ('WCAS', 'ORG')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.entities import in_place_of_overlapped
from extract.linking import legal_forms

# Words inside a name that its acronym leaves out.
ACRONYM_GAPS = frozenset({"and", "&", "of", "the", "for", "on", "in", "de", "du", "des", "la"})
# An acronym: two to six capitals.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Last words of names that are measures, rates or programmes, not organisations.
NOT_ORGANISATION_HEADS = frozenset(
    {"Index", "Rate", "Rates", "Amount", "Amounts", "Price", "Prices", "Product", "Tax"}
    | {"System", "Satellite", "Program", "Programme", "Plan", "Scheme", "Standard"}
)
# Labels a name spelled by an acronym may take from the acronym.
ACRONYM_LABELS = frozenset({"ORG", "FAC", "LAW", "EVENT", "PRODUCT", "WORK_OF_ART"})


def spelled_names(doc: Doc) -> list[Span]:
    """The Doc's entities with the names their bracketed acronyms spell (see above)."""
    found: list[Span] = []
    for token in doc:
        if not (_ACRONYM.fullmatch(token.text) and bracketed(token)):
            continue
        name = _spelled(doc, token)
        if name is not None and (not found or name.start >= found[-1].end):
            found.append(name)
    return in_place_of_overlapped(doc, found)


def bracketed(token: Token) -> bool:
    """Whether ``token`` stands alone in brackets: "(WCAS)", "(CCC)"."""
    doc = token.doc
    return (
        0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"
    )


def _spelled(doc: Doc, acronym: Token) -> Span | None:
    """The name before ``acronym``'s bracket whose initials spell it, labelled, or None."""
    letters = acronym.text
    end = acronym.i - 1  # the bracket
    i, spelled = end - 1, ""
    while i >= 0 and len(spelled) < len(letters):
        word = doc[i]
        if (
            (word.is_space and "\n\n" not in word.text)
            or word.text == ","
            or word.lower_ in ACRONYM_GAPS
        ):
            i -= 1
            continue
        if not word.text[:1].isupper():
            return None
        spelled = word.text[0] + spelled
        i -= 1
    start = i + 1
    if spelled != letters or doc[start].lower_ in ACRONYM_GAPS or doc[start].text == ",":
        return None
    if start > 0 and doc[start - 1].lower_ == "the" and doc[start - 1].ent_iob_ == "B":
        start -= 1  # "The Federal Savings" + "Loan Insurance Corp": the NER's "the" stays in
    label = _label(doc, start, end, acronym)
    if label is None:
        return None
    return Span(doc, start, end, label=label)


def _label(doc: Doc, start: int, end: int, acronym: Token) -> str | None:
    """The name's label: ORG where the NER read part of it as an ORG, else the acronym's label
    where it read part of it as any name; None where it read none of it, where an entity
    already holds the whole name or runs past its edges, and for an ORG that ends in a word of
    a measure or a programme (``London Inter Bank Offered Rate (LIBOR)``, ``Retail Price Index
    (RPI)``: the NER calls those acronyms ORGs too)."""
    inside = [e for e in doc.ents if e.start < end and start < e.end]
    if not inside or any(e.start <= start and e.end >= end for e in inside):
        return None  # none of it a name, or already whole
    if any(e.start < start or e.end > end for e in inside):
        return None  # an entity runs past the name: leave the NER's reading
    if any(e.label_ == "ORG" for e in inside):
        return None if doc[end - 1].text in NOT_ORGANISATION_HEADS else "ORG"
    return acronym.ent_type_ if acronym.ent_type_ in ACRONYM_LABELS else None


# An acronym a repeat may be labelled by: three to eight capitals ("SOGENAL").
_REPEATED_ACRONYM = re.compile(r"[A-Z]{3,8}")


def repeated_acronyms(doc: Doc) -> list[Span]:
    """The Doc's entities with the unlabelled prose mentions of an acronym the NER read as an
    ORG elsewhere, or that spells an ORG's initials, and that it read as nothing else, labelled
    ORG (see above).

    >>> import spacy
    >>> words = ["USDA", "said", ".", "USDA", "analysts", "said", "."]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, ents=["B-ORG"] + ["O"] * 6)
    >>> [(e.start, e.text) for e in repeated_acronyms(doc)]
    [(0, 'USDA'), (3, 'USDA')]
    """
    labels: dict[str, set[str]] = {}
    for ent in doc.ents:
        if len(ent) == 1 and _REPEATED_ACRONYM.fullmatch(ent.text):
            labels.setdefault(ent.text, set()).add(ent.label_)
    organisations = {a for a, found in labels.items() if found == {"ORG"}}
    organisations |= {a for a in initialisms(doc) if labels.get(a, {"ORG"}) == {"ORG"}}
    if not organisations:
        return list(doc.ents)
    lower = {t.text for t in doc if t.is_lower}
    added = [
        Span(doc, t.i, t.i + 1, label="ORG")
        for t in doc
        if t.text in organisations
        and not t.ent_type_
        and t.text.lower() not in lower
        and _in_prose(t)
    ]
    return sorted([*doc.ents, *added], key=lambda e: e.start)


# A name's words for its initials: "Inter-American" gives two, "S.A." two.
_NAME_WORD = re.compile(r"[^\W\d_]+")


def initialisms(doc: Doc) -> set[str]:
    """The initials of the Doc's ORGs (``initials``) that run to three letters or more: "the
    Inter-American Development Bank" gives IADB, "Manufacturers Hanover Corp" MHC (its MH is
    too short to count). An ORG that ends in a word of a measure or a programme gives none
    ("Gross National Product").

    >>> import spacy
    >>> words = ["the", "Inter", "-", "American", "Development", "Bank", "said"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, ents=["B-ORG"] + ["I-ORG"] * 5 + ["O"])
    >>> sorted(initialisms(doc))
    ['IADB']
    """
    found: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "ORG":
            found |= {letters for letters in initials(ent.text) if len(letters) >= 3}
    return found


def initials(name: str) -> set[str]:
    """The initials an acronym of ``name`` would be written with, with and without a closing
    designator; none for a name of fewer than two capitalised words (gap words aside) or one
    ending in a measure's or programme's word.

    >>> sorted(initials("Manufacturers Hanover Corp")), initials("the Retail Price Index")
    (['MH', 'MHC'], set())
    """
    words = [w for w in _NAME_WORD.findall(name) if w.lower() not in ACRONYM_GAPS]
    if len(words) < 2 or words[-1] in NOT_ORGANISATION_HEADS:
        return set()
    if not all(w[:1].isupper() for w in words):
        return set()
    # a legal form the initialism may stand for or leave out: MHC of "Manufacturers Hanover
    # Corp", IBM of "International Business Machines Corp"
    kept = words[:-1] if words[-1].lower() in legal_forms() else words
    return {"".join(w[0] for w in words), "".join(w[0] for w in kept)}


# Labels a name gives the acronym in brackets after it.
_NAMED_LABELS = ACRONYM_LABELS | {"GPE", "LOC", "NORP"}


def acronyms_as_named(doc: Doc) -> list[Span]:
    """The Doc's entities with an acronym in brackets right after the whole name it spells
    labelled as the name is, and so its other mentions: "the International Natural Rubber
    Agreement (INRA)" is a LAW, and so is INRA, which the NER calls an ORG as it does most
    acronyms; "the United Arab Emirates (UAE)" GPEs both. A name the NER read as a PERSON is
    an ORG where its acronym is one ("Archer Daniels Midland (ADM)"): people are not written
    with their initials in brackets.

    >>> import spacy
    >>> words = "the International Natural Rubber Agreement ( INRA ) . INRA met".split()
    >>> ents = ["B-LAW"] + ["I-LAW"] * 4 + ["O", "B-ORG", "O", "O", "B-ORG", "O"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    >>> [(e.text, e.label_) for e in acronyms_as_named(doc)]
    [('the International Natural Rubber Agreement', 'LAW'), ('INRA', 'LAW'), ('INRA', 'LAW')]
    """
    holder = {t.i: ent for ent in doc.ents for t in ent}
    names: list[Span] = []
    labels: dict[str, tuple[str, str]] = {}  # acronym: (its label, the name's)
    for token in doc:
        if not (_ACRONYM.fullmatch(token.text) and bracketed(token)):
            continue
        acronym, name = holder.get(token.i), holder.get(token.i - 2)
        if acronym is None or name is None or len(acronym) > 1 or name.end != token.i - 1:
            continue
        if acronym.label_ == name.label_ or token.text not in initials(name.text):
            continue
        if name.label_ == "PERSON" and acronym.label_ == "ORG":
            names.append(Span(doc, name.start, name.end, label="ORG"))
        elif name.label_ in _NAMED_LABELS:
            labels.setdefault(token.text, (acronym.label_, name.label_))
    relabelled = names + [
        Span(doc, ent.start, ent.end, label=labels[ent.text][1])
        for ent in doc.ents
        if ent.text in labels and ent.label_ == labels[ent.text][0]
    ]
    return in_place_of_overlapped(doc, sorted(relabelled, key=lambda e: e.start))


# Marks a word beside an acronym may stand behind ("SOGENAL, founded in 1881", "SOGENAL's").
_STEPPED_OVER = frozenset({",", "'s", "\u2019s"})


def _word_beside(token: Token, step: int) -> Token | None:
    """The word before (``step`` -1) or after (1) ``token``: past a line break's indent and a
    comma or possessive right after it."""
    doc, i = token.doc, token.i + step
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    if step == 1 and 0 <= i < len(doc) and doc[i].text in _STEPPED_OVER:
        i += step
    return doc[i] if 0 <= i < len(doc) else None


def _in_prose(token: Token) -> bool:
    """Whether a word beside ``token`` is a lower-case word, a sentence and not a table's row,
    and the acronym ends there: no capitalised word or number goes on with it into a longer
    name ("TWA Flight 800", "TWA eight hundred")."""
    doc = token.doc
    beside = [word for step in (-1, 1) if (word := _word_beside(token, step)) is not None]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and (after.text[:1].isupper() or after.like_num or after.text == "-"):
        return False
    if token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
        return False  # "the APT-SAT offer", "Euro-MTN programs": part of a compound
    return any(t.is_lower and t.is_alpha for t in beside)
