"""Names a document gives an organisation beside a word that says what it is.

Contract: ``described_names(doc)`` yields the words of every name right after a company noun
("oil major Rosneft", "the newspaper Granma") or before an apposition one heads ("Polly Peck,
a fast-growing British conglomerate"), and ``bracketed_alias(ent)`` the capitalised
words in brackets right after an entity ("Den Norske Stats Oljeselskap (Statoil)"), or None.
``entity_short_names`` gives both as short names of the document's organisations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from extract.entity_countries import known_places
from extract.entity_name_words import apposed_company_nouns, company_nouns, publication_nouns
from extract.entity_titles import person_shaped

# Words of a name after a company noun ("regional airline Acme Air"): more is a description.
MAX_DESCRIBED_WORDS = 4
# Words that open an apposition describing a company ("Polly Peck, a ... conglomerate").
ARTICLES = frozenset({"a", "an", "the"})
# Words of such an apposition up to its noun, and their parts of speech.
MAX_APPOSITION_WORDS = 8
MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "ADV", "SYM"})
# Tags of a verb after the noun that make it a clause's subject ("the company has turned out").
FINITE_TAGS = frozenset({"VBZ", "VBP", "MD"})
# Words in brackets an alias may have.
MAX_ALIAS_TOKENS = 3
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def described_names(doc: Doc) -> Iterator[tuple[str, ...]]:
    """Names right after a company noun ("oil major Rosneft", "carmaker Avtovaz", "regional
    airline Acme Air", "the newspaper Granma", "the Communist Party daily Granma"): the noun says
    what the name is, whatever the NER read, but for a known place ("the much smaller producer
    Ecuador") and after a newspaper's own name ("Al-Rai al-Aam newspaper Moscow will answer").
    A name of more than one word is capitalised words only, "&" and "of" inside ("Pacific Gas
    and Electric" is left as read), and not a person's name the NER read as one."""
    nouns = company_nouns()
    for ent in doc.ents:
        # a nationality is never a company ("major Swiss banks": "major" is no noun there),
        # nor a country after a noun countries share with firms ("the producer Ecuador")
        if ent.start == 0 or ent.label_ == "NORP" or len(ent) > MAX_DESCRIBED_WORDS:
            continue
        if ent.text.lower() in known_places():
            continue
        before = doc[ent.start - 1]
        publication = before.lower_ in publication_nouns()
        if publication and _after_a_name(before):
            continue  # "Al-Rai al-Aam newspaper Moscow will answer": the paper is named before
        # "the daily Granma": the tagger reads a publication noun as an adjective there; but
        # "three daily Atlanta flights" is about flights
        noun = before.pos_ == "NOUN" or (publication and before.pos_ == "ADJ" and _heads(ent))
        if before.lower_ in nouns and before.text.islower() and noun:
            if len(ent) == 1:
                yield (ent.text,)
            # a person the NER read is one after a noun that names a trade too ("Hollywood
            # producer Burt Sugarman")
            elif _capitalised_name(ent) and not (
                ent.label_ == "PERSON" and person_shaped(list(ent))
            ):
                yield tuple(t.text for t in ent)
    yield from _apposed_names(doc)


def _apposed_names(doc: Doc) -> Iterator[tuple[str, ...]]:
    """Names an apposition right after them, opened by an article, calls a company ("Honeywell
    Bull, a 1.9 billion dlr computer systems company formed March 27", "Polly Peck, a
    fast-growing British conglomerate"): the NER reads many firms named after people as
    people. Read from the words, since the parser often takes the apposition for the clause's
    subject. Not a known place, nor a nationality."""
    for ent in doc.ents:
        if ent.label_ == "NORP" or ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
            continue
        if ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].ent_type_:
            continue  # "Wyrough and Loser Inc of Trenton, a maker of": a place of the name before
        if (
            doc[ent.end + 1].lower_ in ARTICLES
            and _company_head(doc, ent.end + 2)
            and ent.text.lower() not in known_places()
        ):
            yield tuple(t.text for t in ent)


def _company_head(doc: Doc, start: int) -> bool:
    """Whether the noun phrase after the article at ``start - 1``, modifiers only, ends in a
    company noun that heads it ("a 1.9 billion dlr computer systems company formed by", "the
    big Texas bank hit hardest"); not "a company director", "the company's president", nor a
    clause that reports ("Palo Alto, the company said": after "the", at least a modifier and no
    verb in the past, which after "a" is mostly a participle the tagger misread, "formed")."""
    nouns = apposed_company_nouns()
    definite = doc[start - 1].lower_ == "the"
    finite = FINITE_TAGS | ({"VBD"} if definite else set())
    for token in doc[start : start + MAX_APPOSITION_WORDS]:
        if token.pos_ not in MODIFIER_POS and token.text != "-":
            return False
        if token.lower_ not in nouns:
            continue
        after = token.nbor(1) if token.i + 1 < len(doc) else None
        if after is None:
            return True
        if after.pos_ in ("NOUN", "PROPN", "PART") or after.tag_ in finite:
            return False
        return not definite or token.i > start
    return False


def _after_a_name(noun: Token) -> bool:
    """Whether the name of an organisation or person ends right before ``noun`` (a country or
    nationality describes the paper: "the Soviet newspaper Pravda"), with no "the" before the
    name: "the Communist Party daily Granma" is the party's paper, named after it."""
    if noun.i == 0 or noun.nbor(-1).ent_type_ not in ("ORG", "PERSON"):
        return False
    name = next((e for e in noun.doc.ents if e.end == noun.i), None)
    if name is None:
        return True
    return name[0].lower_ != "the" and (name.start == 0 or name.doc[name.start - 1].lower_ != "the")


def _heads(ent: Span) -> bool:
    """Whether ``ent`` heads its phrase: no lower-case noun right after it ("daily Atlanta
    flights")."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is None or not (after.is_lower and after.pos_ == "NOUN")


def _capitalised_name(ent: Span) -> bool:
    """Capitalised words, with "&" or "of" only inside: "Acme Air", "Bank of Tokyo"."""
    words = [t.text for t in ent]
    return all(
        w[:1].isupper() or (w in ("&", "of") and 0 < i < len(words) - 1)
        for i, w in enumerate(words)
    )


def bracketed_alias(ent: Span) -> tuple[str, ...] | None:
    """The capitalised words in brackets right after ``ent``: ``(Statoil)``, ``(RZD)``; not a
    place (``(Japan)``)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != "(":
        return None
    closing = next(
        (t.i for t in doc[ent.end + 1 : ent.end + 2 + MAX_ALIAS_TOKENS] if t.text == ")"), None
    )
    if closing is None or closing == ent.end + 1:
        return None
    words = tuple(t.text for t in doc[ent.end + 1 : closing])
    if " ".join(words).lower() in known_places():
        return None  # "Bache Securities (Japan)": where the firm is, not its name
    # "(FECs)": a plural acronym names things, not the organisation
    if all(w[:1].isupper() and not _PLURAL_ACRONYM.fullmatch(w) for w in words):
        return words
    return None
