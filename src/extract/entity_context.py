"""Entity boundaries read from the words around an entity.

Contract: like ``entity_bounds``, each function returns the Doc's entities with one convention
applied, and the pipeline sets ``doc.ents`` to them in turn:

- ``name_articles(doc)``: ``the`` is outside a name that only modifies the noun after it
  (``the New United Motor plant``), and inside one of two words or more that heads its phrase
  (``of the Arab American Institute says``; GUIDELINES.md 3.3);
- ``without_period_comparisons(doc)``: no DATE inside ``year-on-year`` (GUIDELINES.md 5.1);
- ``employers(doc)``: a facility after a title and ``at``, ``of``, ``with`` or ``for`` is the
  organisation the title holder works for (``Director at the Adrienne Arsht Latin America
  Center``, ``analyst at Golden Gate Futures``; GUIDELINES.md 3.2: an institution is an ORG);
- ``joined_firm_names(doc)``: an organisation and the place after it are one organisation
  where the document names it so elsewhere (``Merrill Lynch`` + ``Canada`` after ``Merrill
  Lynch Canada Inc``; GUIDELINES.md 3.2, the longest name wins);
- ``vessel_names(doc)``: a name right after a ship noun is a PRODUCT, a named vehicle, and so
  are its repeats (``the tanker Ocean City``, ``the frigate Ford``; ``data/entities/
  consistency.json``, ``vessel_nouns``; GUIDELINES.md 3.1), whatever the NER read it as;
- ``publication_names(doc)``: a name the NER read as a person or a building right before a
  lower-case publication noun is the publication, an ORG (``the Handelsblatt newspaper``, ``the
  Le Monde daily``; ``consistency.json``, ``company_nouns`` marked ``publication``; GUIDELINES.md
  3.1), and so is every other mention of it read so (``released early by Die Welt``). A place
  there is left: it is as often where the paper is (``the Milan daily``).
- ``with_number_words(doc)``: a capitalised number word right before a name, inside a
  sentence, is the name's first word (``the Three Mile Island nuclear plant``, read ``Mile
  Island``; ``One Valley Bancorp``; GUIDELINES.md 3.1: a number in a name is never CARDINAL).
- ``language_adjectives(doc)``: a language's name right before a lower-case noun is the
  people's adjective, a NORP (``English takeovers``, ``French nuclear missiles``; GUIDELINES.md
  3.2: an adjective or demonym is NORP), unless the noun is about the language
  (``data/entities/common_words.json``, ``language_nouns``: ``the English language``, ``a
  French teacher``).
"""

from __future__ import annotations

import calendar
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span

from extract.data_files import entries
from extract.dates_context import context
from extract.dates_spans import has_time_word
from extract.entities import name_words
from extract.entity_bounds import NAME_LABELS
from extract.entity_countries import countries
from extract.entity_name_words import publication_nouns
from extract.linking import legal_forms
from extract.relation_lexicon import lexicon


def name_articles(doc: Doc) -> list[Span]:
    """The Doc's entities, ``the`` outside a name that only modifies the lower-case noun right
    after it (GUIDELINES.md 3.3: the article is the noun's; OntoNotes leaves it out three times
    in four there), and inside a name of two words or more that heads its phrase.

    >>> import spacy
    >>> words = ["the", "New", "United", "Motor", "plant", "and", "the", "Soviet", "Union"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, pos=["DET", "PROPN", "PROPN", "PROPN",
    ...           "NOUN", "CCONJ", "DET", "PROPN", "PROPN"], heads=[4, 3, 3, 4, 4, 8, 8, 8, 4],
    ...           deps=["det", "compound", "compound", "compound", "ROOT", "cc", "det",
    ...           "compound", "conj"], ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O",
    ...           "B-GPE", "I-GPE", "I-GPE"])
    >>> [e.text for e in name_articles(doc)]
    ['New United Motor', 'the Soviet Union']
    """
    ents = []
    for ent in doc.ents:
        modifier = ent.label_ in NAME_LABELS and len(ent) > 1 and doc[ent.start].lower_ == "the"
        if modifier and (_modifies_next_noun(ent) or _article_of_a_later_noun(ent)):
            ents.append(Span(doc, ent.start + 1, ent.end, ent.label_))
        elif _heads_after_article(ent):
            ents.append(Span(doc, ent.start - 1, ent.end, ent.label_))
        else:
            ents.append(ent)
    return ents


# Labels of a name whose article is inside where it heads its phrase.
_ARTICLE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})


def _heads_after_article(ent: Span) -> bool:
    """Whether ``ent`` is a name of two words or more right after "the" that heads its phrase,
    so the article is inside (GUIDELINES.md 3.3: "James Zogby of the Arab American Institute
    says", "comes to the United States."): a verb, a preposition or a stop follows it, not a
    noun it modifies, a possessive or a hyphen."""
    doc = ent.doc
    words = [t for t in ent if not t.is_space]
    if ent.label_ not in _ARTICLE_LABELS or len(words) < 2 or ent.start == 0:
        return False
    if doc[ent.start - 1].lower_ != "the" or words[0].lower_ == "the":
        return False
    if ent.label_ == "GPE" and ent.text.lower() not in countries():
        return False  # "the New York exchanges": a city or state takes no article
    if ent.end == len(doc):
        return True
    # what follows says the phrase ends with the name: a verb, a preposition, or a stop that
    # no place follows ("the Corpus Christi, Texas refinery", "the New York-based firm")
    after = doc[ent.end]
    if after.pos_ in _PHRASE_ENDERS and after.text[:1].islower():
        return True
    # "in the U.K. High Court today", "the Higher Labour Court Saturday ruled": a day said
    # as an adverb ends the phrase
    if after.lower_ in DEICTIC or after.text in _WEEKDAYS:
        return True
    beyond = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    stop = after.text in (",", ".", ";", ":", ")") and not after.is_space
    return stop and (beyond is None or beyond.ent_type_ not in ("GPE", "NORP"))


# Parts of speech after a name that end its phrase: "the Arab American Institute says".
_PHRASE_ENDERS = frozenset({"VERB", "AUX", "ADP"})
_WEEKDAYS = frozenset(calendar.day_name)


def _modifies_next_noun(ent: Span) -> bool:
    """Whether a word of ``ent`` hangs on the common noun right after it ("plant"), or the
    name's ticker stands between them ("the Distillers Co Plc <DIST.L> takeover"), where the
    parse goes astray and the noun alone says it."""
    if ent.end >= len(ent.doc):
        return False
    after_ticker = _after_ticker(ent)
    if after_ticker is not None:
        noun = ent.doc[after_ticker]
        return noun.is_alpha and noun.is_lower and noun.pos_ == "NOUN"
    noun = ent.doc[ent.end]
    if not noun.is_alpha or not noun.is_lower or noun.lower_ in DEICTIC:
        return False
    # "figures from the Ministry of Agriculture show imports rose": a verb read as a noun
    # compound of the next one is no head of the name
    hanging = [t for t in ent[1:] if t.head == noun]
    if noun.dep_ == "compound" or not hanging:
        return False
    # the tagger's slip on a lower-case head ("the Jomo Kenyatta airport" PROPN, "the
    # Zortman/Landusky mine" PRON): a compound of the name hanging on it says it is a noun
    slip = noun.pos_ in ("PROPN", "PRON") and any(t.dep_ == "compound" for t in hanging)
    return noun.pos_ == "NOUN" or slip


def _article_of_a_later_noun(ent: Span) -> bool:
    """Whether the "the" opening ``ent`` hangs on a common noun after it, with only common nouns
    between ("the Security Council embargo resolution": the parse hangs the name on
    "resolution" through "embargo", which ``_modifies_next_noun`` leaves alone)."""
    head = ent.doc[ent.start].head
    if not ent.end < head.i <= ent.end + _NOUNS_AFTER:
        return False
    nouns = ent.doc[ent.end : head.i + 1]
    # "in the Aegean Sea tomorrow morning": a time the tagger read as a noun heads nothing
    if has_time_word([t.lower_ for t in nouns]) or any(t.lower_ in DEICTIC for t in nouns):
        return False
    return all(t.is_alpha and t.is_lower and t.pos_ == "NOUN" for t in nouns)


# How many common nouns may follow a name before the one its article hangs on.
_NOUNS_AFTER = 3


# Tokens of a Reuters ticker in angle brackets: "<", "DIST.L", ">".
MAX_TICKER_TOKENS = 4


def _after_ticker(ent: Span) -> int | None:
    """The index of the token right after a bracketed ticker that follows ``ent``, if one
    does ("Distillers Co Plc <DIST.L> takeover")."""
    doc = ent.doc
    if doc[ent.end].text != "<":
        return None
    for i in range(ent.end + 1, min(ent.end + MAX_TICKER_TOKENS, len(doc) - 1)):
        if doc[i].text == ">":
            return i + 1
    return None


# Days the tagger reads as nouns after a name ("listed on the New York Stock Exchange today").
DEICTIC = frozenset({"today", "tomorrow", "yesterday", "tonight"})


def without_period_comparisons(doc: Doc) -> list[Span]:
    """The Doc's entities without a DATE inside a period-on-period compound ("the year-on-year
    rise": no time is named, GUIDELINES.md 5.1; OntoNotes leaves "year-on-year" out).

    >>> import spacy
    >>> words = ["the", "year", "-", "on", "-", "year", "rise", "last", "year"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, False, False, False,
    ...           False, True, True, True, False], ents=["O", "O", "O", "O", "O", "B-DATE", "O",
    ...           "B-DATE", "I-DATE"])
    >>> [e.text for e in without_period_comparisons(doc)]
    ['last year']
    """
    return [e for e in doc.ents if e.label_ != "DATE" or not _in_period_comparison(e)]


def _in_period_comparison(ent: Span) -> bool:
    """Whether the DATE ``ent`` names no time but that of a period comparison it overlaps: the
    rest of it is words with no digit nor capital ("the third consecutive year-on-year drop",
    "The February year on year fall": 'year fall' goes, 'February' stays)."""
    doc = ent.doc
    start = max(0, ent.start - 4)
    words = doc[start : min(len(doc), ent.end + 4)]
    offset = words.start_char
    for match in context().period_comparison.finditer(words.text):
        low, high = offset + match.start(), offset + match.end()
        if ent.end_char <= low or high <= ent.start_char:
            continue
        rest = [t for t in ent if t.idx + len(t) <= low or t.idx >= high]
        if all(t.is_lower or t.is_punct or t.lower_ == "the" for t in rest):
            return True
    return False


# What joins a title to the organisation its holder works for.
_EMPLOYER_CASES = frozenset({"at", "of", "with", "for"})


def employers(doc: Doc) -> list[Span]:
    """The Doc's entities, a FAC right after a title word (``relations/lexicon.json``
    ``titles``, maybe plural) and ``at``, ``of``, ``with`` or ``for`` (maybe ``the``) an ORG,
    unless it modifies a noun after it ("the owners of the Seabrook nuclear power plant").

    >>> import spacy
    >>> words = ["Marczak", ",", "Director", "at", "the", "Arsht", "Center", "said"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, ents=["B-PERSON", "O", "O", "O",
    ...           "B-FAC", "I-FAC", "I-FAC", "O"])
    >>> [(e.text, e.label_) for e in employers(doc)]
    [('Marczak', 'PERSON'), ('the Arsht Center', 'ORG')]
    """
    titles = lexicon()["titles"]
    ents = []
    for ent in doc.ents:
        i = ent.start - 1
        if i >= 0 and doc[i].lower_ == "the" and ent[0].lower_ != "the":
            i -= 1
        after = doc[ent.end] if ent.end < len(doc) else None
        employer = (
            ent.label_ == "FAC"
            and not (after is not None and after.is_lower and after.pos_ in ("NOUN", "ADJ"))
            and i >= 1
            and doc[i].lower_ in _EMPLOYER_CASES
            and (doc[i - 1].lower_ in titles or doc[i - 1].lower_.rstrip("s") in titles)
        )
        ents.append(Span(doc, ent.start, ent.end, label="ORG") if employer else ent)
    return ents


def joined_firm_names(doc: Doc) -> list[Span]:
    """The Doc's entities with an ORG and the GPE right after it made one ORG where another ORG
    of the document is, or begins with, the two ("Texaco Canada chief executive Peter Bijur"
    after "Texaco Canada Inc": the NER split the name at the country).

    >>> import spacy
    >>> words = ["Texaco", "Canada", "Inc", "rose", ".", "Texaco", "Canada", "said"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, ents=["B-ORG", "I-ORG", "I-ORG", "O",
    ...           "O", "B-ORG", "B-GPE", "O"])
    >>> [(e.text, e.label_) for e in joined_firm_names(doc)]
    [('Texaco Canada Inc', 'ORG'), ('Texaco Canada', 'ORG')]
    """
    ents = list(doc.ents)
    names = {_words(e) for e in ents if e.label_ == "ORG"}
    joined: list[Span] = []
    for ent in ents:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.label_ == "ORG"
            and ent.label_ == "GPE"
            and previous.end == ent.start  # no break, no bracket between
            and _named_elsewhere(_words(previous) + _words(ent), names)
        ):
            joined[-1] = Span(doc, previous.start, ent.end, "ORG")
            continue
        joined.append(ent)
    return joined


def _words(ent: Span) -> tuple[str, ...]:
    return tuple(t.text for t in ent if not t.is_space)


def _named_elsewhere(words: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    return any(name[: len(words)] == words for name in names)


# Labels a ship's name gets from an NER that reads it without its noun.
_SHIP_MISREADS = NAME_LABELS | {"WORK_OF_ART", "LAW", "EVENT"}


def vessel_names(doc: Doc) -> list[Span]:
    """The Doc's entities, a name right after a ship noun (``consistency.json``,
    ``vessel_nouns``) a PRODUCT, and every entity of the same words; a firm's name (with a
    legal form) keeps its label.

    >>> import spacy
    >>> words = ["the", "tanker", "Ocean", "City", "was", "hit", ".", "Ocean", "City", "sank"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, ents=["O", "O", "B-GPE", "I-GPE", "O",
    ...           "O", "O", "B-GPE", "I-GPE", "O"])
    >>> [(e.text, e.label_) for e in vessel_names(doc)]
    [('Ocean City', 'PRODUCT'), ('Ocean City', 'PRODUCT')]
    """
    ships = {_words(e) for e in doc.ents if _after_a_ship_noun(e)}
    return [
        Span(doc, e.start, e.end, label="PRODUCT")
        if e.label_ in _SHIP_MISREADS and _words(e) in ships
        else e
        for e in doc.ents
    ]


def _after_a_ship_noun(ent: Span) -> bool:
    """Whether ``ent`` is a name (no firm's) right after a lower-case ship noun."""
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if ent.label_ not in _SHIP_MISREADS or i < 0 or not doc[i].is_lower:
        return False
    if ent[-1].lower_ in legal_forms():
        return False  # "carrier Air Atlanta Inc": the airline
    noun = _vessel_nouns().get(doc[i].lower_)
    if noun is None or (noun.get("noun_only") and doc[i].pos_ != "NOUN"):
        return False
    if i > 0 and doc[i - 1].text == "-":
        return False  # "its seven-ship Middle East Task Force": a compound, no ship named
    return not noun.get("after") or (i > 0 and doc[i - 1].lower_ in noun["after"])


@cache
def _vessel_nouns() -> dict[str, dict[str, Any]]:
    return {entry["word"]: entry for entry in entries("entities/consistency.json", "vessel_nouns")}


# Labels the NER gives a newspaper's name that are never right for it.
_PUBLICATION_MISREADS = frozenset({"PERSON", "FAC", "WORK_OF_ART"})


def publication_names(doc: Doc) -> list[Span]:
    """The Doc's entities, a person's or building's name right before a lower-case publication
    noun an ORG (see the module doc).

    >>> import spacy
    >>> words = ["the", "Handelsblatt", "newspaper", "said"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, ents=["O", "B-PERSON", "O", "O"])
    >>> [(e.text, e.label_) for e in publication_names(doc)]
    [('Handelsblatt', 'ORG')]
    """
    papers = {
        name_words(ent)
        for ent in doc.ents
        if ent.label_ in _PUBLICATION_MISREADS
        and ent.end < len(doc)
        and doc[ent.end].is_lower
        and doc[ent.end].text in publication_nouns()
    }
    # every mention of the paper: "tomorrow's Die Welt newspaper ... released by Die Welt"
    return [
        Span(doc, e.start, e.end, label="ORG")
        if e.label_ in _PUBLICATION_MISREADS and name_words(e) in papers
        else e
        for e in doc.ents
    ]


def language_adjectives(doc: Doc) -> list[Span]:
    """The Doc's entities with a LANGUAGE right before a lower-case noun that is no language
    noun labelled NORP (see the module docstring).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["English", "takeovers", "in", "English"],
    ...           ents=["B-LANGUAGE", "O", "O", "B-LANGUAGE"])
    >>> [(e.text, e.label_) for e in language_adjectives(doc)]
    [('English', 'NORP'), ('English', 'LANGUAGE')]
    """
    return [
        Span(doc, ent.start, ent.end, label="NORP") if _before_a_noun(ent) else ent
        for ent in doc.ents
    ]


def _before_a_noun(ent: Span) -> bool:
    """Whether ``ent`` is a LANGUAGE right before a lower-case word that is no function word,
    verb or language noun ("English takeovers"; not "in English to", "English language")."""
    if ent.label_ != "LANGUAGE" or ent.end >= len(ent.doc):
        return False
    noun = ent.doc[ent.end]
    return (
        noun.is_alpha
        and noun.is_lower
        and noun.pos_ not in ("ADP", "CCONJ", "SCONJ", "VERB", "AUX", "DET", "PRON", "PART")
        and noun.lower_ not in _language_nouns()
    )


@cache
def _language_nouns() -> frozenset[str]:
    return frozenset(e["word"] for e in entries("entities/common_words.json", "language_nouns"))


# Number words a name may open with ("Three Mile Island", "Six Flags", "One Valley Bancorp").
NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "twenty", "hundred", "thousand"}
)  # fmt: skip


def with_number_words(doc: Doc) -> list[Span]:
    """The Doc's entities with a capitalised number word the NER left out of the name after
    it, or read as a number of its own, taken in (see the module docstring).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["of", "the", "Three", "Mile", "Island"],
    ...           ents=["O", "O", "B-CARDINAL", "B-LOC", "I-LOC"])
    >>> [(e.text, e.label_) for e in with_number_words(doc)]
    [('Three Mile Island', 'LOC')]
    """
    grown = {
        ent.start: Span(doc, ent.start - 1, ent.end, label=ent.label_)
        for ent in doc.ents
        if ent.label_ in NAME_LABELS and ent.start >= 2 and _number_word_before(doc, ent.start)
    }
    if not grown:
        return list(doc.ents)
    numbers = {(start - 1, start) for start in grown}  # a number read alone: taken in
    return [
        grown.get(ent.start, ent)
        for ent in doc.ents
        if not (ent.label_ == "CARDINAL" and (ent.start, ent.end) in numbers)
    ]


def _number_word_before(doc: Doc, start: int) -> bool:
    """Whether a capitalised number word stands right before ``start``, outside any entity or
    a number alone, after a lower-case word or a comma (a sentence's first word is capitalised
    anyway): "the Three Mile Island plant", not "said. Three Kuwaiti tankers"."""
    number, before = doc[start - 1], doc[start - 2]
    alone = not number.ent_type_ or (number.ent_type_ == "CARDINAL" and number.ent_iob_ == "B")
    return (
        number.text[:1].isupper()
        and number.lower_ in NUMBER_WORDS
        and alone
        and (before.is_lower or before.text == ",")
    )
