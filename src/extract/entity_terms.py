"""Common words the NER reads as names: a term's acronym, a country's government, a currency,
a credit rating, a market's term; and as an ordinal.

Contract: ``without_term_acronyms(doc)`` returns the Doc's entities without those that are only
the acronym of a common term the document spells out in lower case before it in brackets or
between commas: ``crude palm oil (CPO)``, ``letter of credit (LOC)``, ``public sector borrowing
requirement (PSBR)``, ``the export enhancement program, EEP,``. The NER reads such an acronym
as an organisation, a place or a person wherever it recurs; the words it stands for say it
names a thing of the trade, no entity (GUIDELINES.md 3.2: common nouns are not names). Its
mentions lose their entity; a longer name holding it keeps it, and so does a number, date or
amount. Offsets stay the Doc's.

``without_generic_governments(doc)`` returns the Doc's entities with an ORG that is only a
government, ``the Government`` or ``the Japanese government``, read word by word as OntoNotes
does (GUIDELINES.md 3.2): the nationality a NORP (``Japanese``), a place a GPE (``Ontario`` of
``the Ontario Government``; ``Federal`` says no place), and the noun no entity (OntoNotes:
``the government`` is no name 273 times of 274, ``Russian`` NORP in ``Russian government`` 16
of 16). Three words or more before the noun are left as read: a party's or a body's name may
stand there as well as a place's.

``without_generic_heads(doc)`` returns the Doc's entities with an ORG that ends in a body's
lower-case noun (``data/entities/common_words.json``, ``generic_heads``) cut to the capitalised
name before it: ``the House committee`` is ORG ``House``, ``Sinn Fein party`` ORG ``Sinn
Fein``, ``the Democratic party`` NORP ``Democratic`` (a nationality or a party's adjective of
``relations/lexicon.json``), ``the U.S. Senate committee`` ORG ``U.S. Senate``, ``the JIJI
Press news agency`` ORG ``JIJI Press`` (lower-case words before the noun are its own); the
noun and what opens its phrase are outside the name (GUIDELINES.md 3.2-3.3). A modifier that
only says which kind of body (``a Federal agency``) is no name.

``without_currency_names(doc)`` returns the Doc's entities without a currency the NER read as a
name where no amount goes with it: ``the European Currency Unit (ECU)``, ``the ECU was fixed``
(OntoNotes: ``ECU`` only ever inside a MONEY; GUIDELINES 4.1: a currency without an amount is
no money). The currencies are the money stage's (``money/currencies.json``) that name nothing
else (``money_tables.currency_names``), every word capitalised but perhaps the unit: ``ECU``,
``SDR``, ``European Currency Units``, ``South Korean Won``, ``Hong Kong dollar``; not
``Sterling``, ``Mark`` or ``CTS``, as often a firm or a person. The place a currency's name
opens with is a GPE or NORP of its own, whether the NER read the whole name or none of it
(``the New Zealand dollar``: GPE ``New Zealand``; GUIDELINES 3.2).

``without_rating_grades(doc)`` returns the Doc's entities without a credit rating grade the NER
read as a name, ``BBB``, ``Baa-2``, ``A-2`` (``data/entities/ratings.json``), in a sentence
that speaks of a rating: ``lowered to BB-plus from BBB``, ``rated AAA by Moody's``; not ``CCC``
in ``the freeze on CCC payments``, nor where the document gives it as a name's alias: ``the
Commodity Credit Corporation (CCC)``, ``<Arabian Auto Agency>, known as AAA``.

``without_common_words(doc)`` returns the Doc's entities without a common word the NER read as
an ordinal or a number where it is neither (``data/entities/common_words.json``): ``secondary``
of ``the secondary market`` as an ORDINAL; and without a common noun of the markets read as a
name with any label (``terms``): ``Eurobonds``, ``Euroyen``, ``Eurocheques`` are kinds of bond,
deposit or cheque (GUIDELINES.md 3.2). Only the word alone loses its entity.

>>> import spacy
>>> from spacy.tokens import Span
>>> doc = spacy.blank("en")("a duty on crude palm oil ( CPO ) . CPO rose .")
>>> doc.ents = [Span(doc, 7, 8, "ORG"), Span(doc, 10, 11, "LOC")]
>>> without_term_acronyms(doc)
[]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.data_files import entries
from extract.entities import name_words
from extract.entity_acronyms import bracketed
from extract.entity_countries import countries, names_country, nationalities
from extract.entity_titles import organisation_words
from extract.money_tables import currency_names, form_key
from extract.relation_lexicon import lexicon

# Labels of names an acronym may wrongly carry; numbers, dates and amounts keep theirs.
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"})
# Words a term's acronym may leave out: "barrels per day (BPD)", "letter of credit (LOC)".
FUNCTION_WORDS = frozenset({"of", "and", "per", "the", "for", "on", "in", "to", "a", "&"})
MAX_TERM_WORDS = 8  # tokens looked back over, hyphens and quotes included


def without_term_acronyms(doc: Doc) -> list[Span]:
    """The Doc's entities without the mentions of term acronyms (see the module's doc)."""
    terms = {token.text for token in doc if _defined_for_a_term(token)}
    if not terms:
        return list(doc.ents)
    return [e for e in doc.ents if not (e.label_ in NAME_LABELS and e.text in terms)]


def _defined_for_a_term(token: Token) -> bool:
    """Whether ``token`` is an acronym in brackets, or between commas, right after the
    lower-case words it spells ("the export enhancement program, EEP, to include")."""
    doc, i = token.doc, token.i
    acronym = token.text
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    if i < 2 or not (bracketed(token) or _between_commas(token)):
        return False
    pieces: list[str] = []
    for word in reversed(doc[max(0, i - 1 - MAX_TERM_WORDS) : i - 1]):
        if word.text == "-" or word.is_quote:
            continue  # 'the "market-on-close" (MOC)'
        opening = word.is_sent_start and word.text.istitle()  # "Crude palm oil (CPO) rose"
        if not word.text.replace("-", "").isalpha() or not (word.text.islower() or opening):
            break
        pieces[:0] = [p.lower() for p in word.text.split("-") if p]
        if opening:
            break
    if pieces and pieces[-1] in organisation_words():
        return False  # "the federal open market committee, FOMC": a body named in lower case
    return _spells(acronym.lower(), pieces)


def _between_commas(token: Token) -> bool:
    """Whether ``token`` stands alone between a comma and a comma or full stop: ", EEP,"."""
    doc = token.doc
    return (
        0 < token.i < len(doc) - 1
        and doc[token.i - 1].text == ","
        and doc[token.i + 1].text in (",", ".", ";")
    )


def _spells(acronym: str, pieces: list[str]) -> bool:
    """Whether the initials of a run of ``pieces`` that ends at the last or the one before it
    (``gross domestic product growth (GDP)``), function words in or out, are ``acronym``.

    >>> _spells("loc", ["letter", "of", "credit"]), _spells("bpd", ["barrels", "per", "day"])
    (True, True)
    >>> _spells("gdp", ["gross", "domestic", "product", "growth"]), _spells("gdp", ["gross"])
    (True, False)
    """
    for end in (len(pieces), len(pieces) - 1):
        for start in range(end):
            run = pieces[start:end]
            if run[0] in FUNCTION_WORDS:
                continue
            every = "".join(p[0] for p in run)
            content = "".join(p[0] for p in run if p not in FUNCTION_WORDS)
            if acronym in (every, content):
                return True
    return False


GOVERNMENT_NOUNS = frozenset({"government", "govt"})
# Words that say which kind of government, not whose: "the Federal Government" names no place.
KINDS = frozenset({"federal", "national", "central", "state", "provincial", "local", "military",
                   "interim", "coalition", "new", "present", "current", "previous", "former",
                   "socialist", "communist", "civilian", "transitional", "metropolitan",
                   "municipal", "city", "regional"})  # fmt: skip


def without_generic_governments(doc: Doc) -> list[Span]:
    """The Doc's entities with governments read word by word (see the module doc).

    >>> import spacy
    >>> doc = spacy.blank("en")("The Japanese Government and the Government said so .")
    >>> doc.ents = [Span(doc, 0, 3, "ORG"), Span(doc, 4, 6, "ORG")]
    >>> [(e.text, e.label_) for e in without_generic_governments(doc)]
    [('Japanese', 'NORP')]
    """
    found: list[Span] = []
    for ent in doc.ents:
        words = [t for t in ent if not t.is_space]
        if words and words[0].lower_ == "the":
            words = words[1:]
        if ent.label_ != "ORG" or not words or words[-1].lower_.rstrip(".") not in GOVERNMENT_NOUNS:
            found.append(ent)
            continue
        owner = words[:-1]
        while owner and owner[-1].lower_ in KINDS:
            owner = owner[:-1]  # "the Swiss Federal Government": Swiss
        name = " ".join(t.text for t in owner)
        if len(owner) > 2:
            found.append(ent)  # a party's or a body's name as well as a place's
        elif name in nationalities():
            found.append(Span(doc, owner[0].i, owner[-1].i + 1, "NORP"))
        elif owner and all(t.text[:1].isupper() for t in owner):
            found.append(Span(doc, owner[0].i, owner[-1].i + 1, "GPE"))  # "Ontario", "U.S."
    return found


def without_generic_heads(doc: Doc) -> list[Span]:
    """The Doc's entities with a body's lower-case noun cut from a name that only modifies it
    (see the module doc).

    >>> import spacy
    >>> doc = spacy.blank("en")("the House committee , the Democratic party and a Federal agency")
    >>> doc.ents = [Span(doc, 0, 3, "ORG"), Span(doc, 4, 7, "ORG"), Span(doc, 9, 11, "ORG")]
    >>> [(e.text, e.label_) for e in without_generic_heads(doc)]
    [('House', 'ORG'), ('Democratic', 'NORP')]
    """
    found: list[Span] = []
    for ent in doc.ents:
        words = [t for t in ent if not t.is_space]
        if ent.label_ != "ORG" or len(words) < 2 or words[-1].text not in _generic_heads():
            found.append(ent)
            continue
        body = words[:-1]
        while len(body) > 1 and body[-1].is_lower and not body[-1].is_stop:
            body = body[:-1]  # "the JIJI Press news agency": the noun's own modifiers
        name = _name_before(body)
        tail = " ".join(t.text.capitalize() for t in words[len(body) :])
        written = doc[name[0].i : name[-1].i + 1].text if name else ""
        if not name or f"{written} {tail}" in doc.text:
            # "the senate agriculture committee": a text in lower case; "the Securities and
            # Exchange commission" where the text writes "Commission" too: a slip of case
            found.append(ent)
            continue
        label = _label_alone(name)
        if label != "ORG" or not all(t.lower_ in KINDS for t in name):  # "a Federal agency"
            found.append(Span(doc, name[0].i, name[-1].i + 1, label))
    return found


# Words inside a name between capitalised ones: "the Ways and Means committee", "the United
# Food and Commercial Workers union", "the IG-Metall union", "the Department of Energy agency".
_NAME_JOINERS = frozenset({"and", "&", "of", "for", "-"})


def _name_before(words: list[Token]) -> list[Token]:
    """The capitalised words that end ``words``, with the joiners between them."""
    name: list[Token] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        joined = word.lower_ in _NAME_JOINERS and i > 0 and words[i - 1].text[:1].isupper()
        if not (joined and name) and (not word.text[:1].isupper() or word.lower_ == "the"):
            break
        name.insert(0, word)
    return name


def _label_alone(name: list[Token]) -> str:
    """The label of a body's modifier: a nationality's or party's adjective NORP ("the Irish
    party", "the Democratic party", "the Socialist party"), a country GPE, else the body's own
    name, ORG."""
    text = " ".join(name[0].doc[name[0].i : name[-1].i + 1].text.split())
    if text in nationalities() or text.lower() in lexicon()["parties"]:
        return "NORP"
    return "GPE" if text.lower() in countries() else "ORG"


@cache
def _generic_heads() -> frozenset[str]:
    return frozenset(e["word"] for e in entries("entities/common_words.json", "generic_heads"))


def without_currency_names(doc: Doc) -> list[Span]:
    """The Doc's entities without currencies named as names (see the module doc); the place a
    currency's name opens with keeps its own entity, or gets one where the NER gave the name
    none ("the U.S. Dollar plunged": GPE "U.S.", "the Hong Kong dollar": GPE "Hong Kong",
    "South Korean Won": NORP "South Korean").

    >>> import spacy
    >>> doc = spacy.blank("en")("The European Currency Unit ( ECU ) and the U.S. Dollar rose .")
    >>> doc.ents = [Span(doc, 0, 4, "ORG"), Span(doc, 5, 6, "ORG"), Span(doc, 9, 11, "ORG")]
    >>> [(e.text, e.label_) for e in without_currency_names(doc)]
    [('U.S.', 'GPE')]
    >>> doc = spacy.blank("en")("a float for the New Zealand dollar")
    >>> [(e.text, e.label_) for e in without_currency_names(doc)]
    [('New Zealand', 'GPE')]
    """
    found: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS or not _currency_name(ent):
            found.append(ent)
            continue
        place = _currency_place(Span(doc, ent.start, ent.end - 1))  # "U.S." of "U.S. Dollar"
        if place is not None:
            found.append(place)
    for start, end in _currency_names_without_entity(doc):
        place = _currency_place(Span(doc, start, end - 1))
        if place is not None:
            found.append(place)
    return sorted(found, key=lambda e: e.start)


def _currency_place(place: Span) -> Span | None:
    """The nationality (a NORP) or country (a GPE) a currency's name opens with, if any."""
    while len(place) and place[0].lower_ == "the":
        place = place[1:]
    if place.text in nationalities():
        return Span(place.doc, place.start, place.end, "NORP")
    if len(place) and names_country(place.text):
        return Span(place.doc, place.start, place.end, "GPE")
    return None


def _currency_names_without_entity(doc: Doc) -> list[tuple[int, int]]:
    """The token spans of currencies' names that no entity touches ("the New Zealand dollar",
    which the NER may leave whole)."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    spans = []
    for token in doc:
        if token.lower_ not in _currency_units() or token.i in taken:
            continue
        for start in range(max(0, token.i - 3), token.i):
            span = doc[start : token.i + 1]
            if not taken.intersection(range(start, token.i)) and _currency_name(span):
                spans.append((start, token.i + 1))
                break
    return spans


@cache
def _currency_units() -> frozenset[str]:
    """The last words of the currencies' names, lower case ("dollar" of "U.S. dollar")."""
    return frozenset(key.split()[-1] for key in currency_names() if " " in key)


def _currency_name(ent: Span) -> bool:
    """Whether a span is a currency's name, its words capitalised but for the unit, which may
    be lower case ("U.S. Dollar", "Hong Kong dollar"; not "a dollar")."""
    words = name_words(ent)
    if not words or not all(w[:1].isupper() for w in words[:-1]):
        return False
    if not (words[-1][:1].isupper() or len(words) > 1):
        return False
    return form_key(" ".join(words)) in currency_names()


@cache
def _grade_regex() -> re.Pattern[str]:
    grades = entries("entities/ratings.json", "grades")
    return re.compile("|".join(f"(?:{e['pattern']})" for e in grades))


@cache
def _cue_regex() -> re.Pattern[str]:
    cues = entries("entities/ratings.json", "cues")
    grade = f"(?-i:{_grade_regex().pattern})"  # "to A" is a grade, "to a" is not
    joined = "|".join(f"(?:{e['pattern'].replace('{GRADE}', grade)})" for e in cues)
    return re.compile(rf"\b(?:{joined})(?!\w)", re.IGNORECASE)


def without_rating_grades(doc: Doc) -> list[Span]:
    """The Doc's entities without credit rating grades (see the module doc).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("It cut the debt to BB from BBB. CCC stocks rose.")
    >>> doc.ents = [Span(doc, 5, 6, "ORG"), Span(doc, 7, 8, "ORG"), Span(doc, 9, 10, "ORG")]
    >>> [e.text for e in without_rating_grades(doc)]
    ['CCC']
    """
    grades = [e for e in doc.ents if e.label_ in NAME_LABELS and _grade_regex().fullmatch(e.text)]
    if not grades:
        return list(doc.ents)
    aliases = {t.text for t in doc if _alias(t)}
    dropped = {
        (e.start, e.end)
        for e in grades
        if e.text not in aliases and _cue_regex().search(_sentence(e).text) is not None
    }
    return [e for e in doc.ents if (e.start, e.end) not in dropped]


def _alias(token: Token) -> bool:
    """Whether ``token`` is an alias the document gives a name: "the Commodity Credit
    Corporation (CCC)", "<Arabian Auto Agency>, known as AAA"."""
    doc, i = token.doc, token.i
    if bracketed(token):
        return True
    return i > 1 and doc[i - 2].lower_ == "known" and doc[i - 1].lower_ == "as"


def _sentence(ent: Span) -> Span:
    """The sentence of ``ent``, or the Doc where it has no sentences (a blank pipeline's)."""
    doc = ent.doc
    return ent.sent if doc.has_annotation("SENT_START") else doc[:]


@cache
def _common_words() -> frozenset[tuple[str, str]]:
    return frozenset(
        (e["word"].lower(), e["label"]) for e in entries("entities/common_words.json", "words")
    )


@cache
def _market_terms() -> frozenset[str]:
    return frozenset(e["word"] for e in entries("entities/common_words.json", "terms"))


def without_common_words(doc: Doc) -> list[Span]:
    """The Doc's entities without common words read as an ordinal, and without the market's
    common nouns read as names (see the module doc).

    >>> import spacy
    >>> doc = spacy.blank("en")("Secondary market sales of Eurobonds rose in the second month .")
    >>> doc.ents = [Span(doc, 0, 1, "ORDINAL"), Span(doc, 4, 5, "ORG"), Span(doc, 8, 9, "ORDINAL")]
    >>> [e.text for e in without_common_words(doc)]
    ['second']
    """
    words, terms = _common_words(), _market_terms()
    return [
        e
        for e in doc.ents
        if (e.text.lower(), e.label_) not in words and e.text.lower() not in terms
    ]
