"""Short names of a document's organisations, the names its other mentions go by.

Contract: ``short_names(doc, places)`` yields the words of every short name the document's
organisations give (see ``entity_consistency`` for the conventions: a firm without its legal
form, the place it is of or a generic last word, its distinctive first word or founder's
surname, an acronym after a generic first word, the person's name it opens with
(``entity_founders``) and its surname where the NER reads that name alone as a person's, the
words before a firm word, the last of two words the NER reads alone as the firm, an alias in
brackets, a name after a company noun, the whole name of two words or more where it recurs,
and a name written in capitals as running text writes it); ``places`` are the places the
document evidently names, which no short name may be (``entity_described`` finds the names
given beside a firm: after a company noun, in brackets).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache

from spacy.tokens import Doc, Span

from extract.entities import PLACE_LABELS, name_words
from extract.entity_countries import cities, known_places, nationality_words, regions
from extract.entity_described import bracketed_alias, described_names
from extract.entity_founders import founder_name, people_read
from extract.entity_name_words import (
    firm_last_words,
    generic_first_words,
    generic_last_words,
)
from extract.entity_titles import PARTICLES
from extract.linking import legal_forms

# A first word the document names as a place is the place ("Texas" of "Texas Oil Corp").
MIN_FIRST_WORD = 3
# Words ``linking.json`` lists with the legal forms that join a firm's name ("Boesky and Co").
CONNECTORS = frozenset({"and", "&", "the"})
# Lower-case words inside a name ("Bank of Tokyo", "Banco do Brasil").
NAME_PARTICLES = frozenset({"of", "and", "&", "de", "do", "da", "du", "del", "la", "le", "für"})
# Legal forms and company words that begin names of their own ("Group Lotus", "Company Store");
# the others, first in a name, are a form written before it ("AB Volvo", "PJSC Rosneft").
NOT_LEADING_FORMS = CONNECTORS | {"group", "holding", "holdings", "company", "corporation",
                                  "limited", "co", "co."}  # fmt: skip
INITIAL = re.compile(r"(?:[A-Z]\.)+")
ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,5}")


def short_names(doc: Doc, places: frozenset[str]) -> Iterator[tuple[str, ...]]:
    """The words of every short name the document's organisations give, and of one a firm
    written in capitals with its legal form gives as running text writes it: ``Rogers`` of
    ``ROGERS COMMUNICATIONS Inc.`` (a newspaper's first words; not a price table's ``ARAB
    LIGHT``)."""
    forms = legal_forms()
    formal = (name_words(e) for e in doc.ents if e.label_ == "ORG" and e[-1].lower_ in forms)
    in_capitals = {words[0] for words in formal if words and _in_capitals(words[0])}
    for words in _short_names(doc, places):
        yield words
        cased = _in_running_text(words)
        # one word the document evidently names as a place is the place in running text: "The
        # Oneida, N.Y., maker" of "ONEIDA Ltd."
        if (
            cased != words
            and words[0] in in_capitals
            and (len(cased) > 1 or cased[0].lower() not in places)
        ):
            yield cased


def _in_running_text(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words written in capitals as running text writes them; an acronym (three letters or
    fewer) as it is.

    >>> _in_running_text(("ROGERS", "COMMUNICATIONS", "AND", "CSX"))
    ('Rogers', 'Communications', 'and', 'CSX')
    >>> _in_running_text(("Du", "Plessis"))
    ('Du', 'Plessis')
    """
    if not any(_in_capitals(word) for word in words):
        return words
    return tuple(
        word.lower()
        if word.isupper() and word.lower() in NAME_PARTICLES
        else word.title()
        if _in_capitals(word)
        else word
        for word in words
    )


def _in_capitals(word: str) -> bool:
    """A word of four letters or more written in capitals (fewer may be an acronym: "CSX")."""
    return word.isupper() and word.isalpha() and len(word) > 3


def _short_names(doc: Doc, places: frozenset[str]) -> Iterator[tuple[str, ...]]:
    """The short names as the organisations' entities write them."""
    forms = legal_forms()
    leading = forms - NOT_LEADING_FORMS
    # A name without a legal form says less: its first word must be no place the document
    # names (``places`` holds the evident ones) or the NER read as a place after "the" or in
    # capitals ("the London potato futures" of "London Potato Futures Association", a dateline
    # "ROME -"; a bare "acquisition of Starpointe" read as a place is still "Starpointe
    # Savings Bank"), no word the NER read as a nationality ("African" of "African Development
    # Bank") and no word the document also writes in lower case ("Port" of "Port Workers
    # Association" ... "at the port").
    placed = places | {e.text.lower() for e in doc.ents if _place_by_its_words(e)}
    lowered = {t.text for t in doc if t.is_lower}
    ordinary = placed | lowered
    # a whole name the NER also reads otherwise ("New York" a place, "Noboru Takeshita" a
    # person) is no firm's for sure: the NER's readings (or the people's names) decide, unless
    # it reads the name as an ORG more often ("Hk Hotels" nine times, and four times a place)
    read_otherwise = _read_otherwise(doc, places) | known_places()
    read_otherwise |= _surnames_with_a_particle(doc)  # "De Clercq" of "Willy de Clercq"
    whole_names: set[tuple[str, ...]] = set()  # read once: a firm's name recurs, the scan is long
    people_read_alone, titled = people_read(doc)
    alone_orgs = {e.text for e in doc.ents if e.label_ == "ORG" and len(e) == 1}
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        bare = _without_brackets(name_words(ent))
        core = list(bare)
        while len(core) > 1 and core[-1].lower() in forms:
            core.pop()
        while len(core) > 1 and core[0].lower() in leading:
            core.pop(0)  # "AB Catena", "PJSC Rosneft": a form some countries write first
        has_form = 0 < len(core) < len(bare)
        core = _without_home_place(core, places)
        while len(core) > 1 and core[-1].lower() in forms:
            core.pop()  # "Anglo American" of "Anglo American Corp of South Africa Ltd"
            has_form = True
        if has_form:
            yield tuple(core)
            if len(core) > 2 and core[-1].lower() in generic_last_words():
                yield tuple(core[:-1])  # "Polly Peck" of "Polly Peck International Plc"
            elif (
                len(core) > 2
                and core[-1].lower() in firm_last_words()
                and _distinctive_words(core[:-1], placed, place_first=True)
                # some word the text never writes in lower case: "First City" of "First
                # City Bancorp of Texas Inc" beside "first quarter"
                and not all(w.lower() in lowered for w in core[:-1])
                and tuple(core[:-1]) not in titled  # not "its chairman Hal Roach"
            ):
                yield tuple(core[:-1])  # "Lai Sun" of "Lai Sun Garment Co ltd"
        elif (
            len(core) > 2
            and core[-1].lower() in firm_last_words()
            and _distinctive_words(core[:-1], ordinary)
        ):
            yield tuple(core[:-1])  # "La Jolla" of "La Jolla Bancorp"
        if len(core) > 1 and (has_form or core[-1].lower() in firm_last_words()):
            known = places if has_form else ordinary
            founder = founder_name(core, people_read_alone)
            if founder is not None:  # "Hal Roach" and "Roach" of "Hal Roach Studios Inc"
                yield founder
                if _distinctive(founder[-1], known):  # not "Nevada" of "Franco Nevada Mining"
                    yield founder[-1:]
            surname = _surname_of_a_founder(core, known)
            if surname is not None:
                yield (surname,)  # "Hall" of "Frank B. Hall and Co Inc"
            elif _distinctive(core[0], known):
                yield (core[0],)  # "Bayou" of "Bayou Resources Inc"
            elif _acronym_after_a_generic_word(core, known):
                yield (core[1],)  # "H.R.S." of "International H.R.S. Industries Inc"
            two_words = has_form and len(core) == 2
            if two_words and core[1] in alone_orgs and _distinctive(core[1], ordinary):
                # "Labatt" of "John Labatt Ltd", "Kodak" of "Eastman Kodak Co": the NER reads
                # the last word alone as the firm somewhere, so it is the firm's elsewhere too;
                # not a word the text writes in lower case ("the Fund" of "Japan Fund Inc")
                yield (core[1],)
        alias = bracketed_alias(ent)
        if alias:
            yield alias
        if (
            tuple(bare) not in whole_names
            and _name_shaped(bare)
            and " ".join(bare).lower() not in read_otherwise
            # a country or state opens no firm's name for sure ("U.S. Dollar", "Turkey Point");
            # a nationality may ("British Petroleum", read "British" where the text runs on)
            and bare[0].lower() not in known_places() - nationality_words()
            and _read_as_a_name(doc, tuple(bare))
        ):
            yield tuple(bare)  # "First Boston" ... "First Boston's analyst", read "Boston"
        whole_names.add(tuple(bare))
    yield from described_names(doc)


def _without_home_place(core: list[str], places: frozenset[str]) -> list[str]:
    """A firm's name without the country or state it is of, after its legal form or firm word
    (``Anglo American Corp`` of ``Anglo American Corp of South Africa``, ``First City
    Bancorp`` of ``First City Bancorp of Texas``); an organisation word alone before it stays
    (``Bank of Tokyo``).

    >>> _without_home_place(["First", "City", "Bancorp", "of", "Texas"], frozenset())
    ['First', 'City', 'Bancorp']
    >>> _without_home_place(["Bank", "of", "Texas"], frozenset())
    ['Bank', 'of', 'Texas']
    """
    if "of" not in core[2:]:
        return core
    k = len(core) - 1 - core[::-1].index("of")
    head, home = core[k - 1].lower(), " ".join(core[k + 1 :]).lower()
    if (head in legal_forms() or head in firm_last_words()) and (
        home in places or home in known_places()
    ):
        return core[:k]
    return core


def _surnames_with_a_particle(doc: Doc) -> set[str]:
    """Lower-case surnames with their particle of the people the NER reads: "de clercq" of
    "Willy de Clercq"."""
    return {
        " ".join(words[i:]).lower()
        for words in (name_words(e) for e in doc.ents if e.label_ == "PERSON")
        for i in range(1, len(words) - 1)
        if words[i].lower() in PARTICLES
    }


def _read_otherwise(doc: Doc, places: frozenset[str]) -> set[str]:
    """Lower-case names the NER labels other than ORG somewhere, but for one it labels an ORG
    more often, once at least not as a modifier ("Third World loans"), and nowhere where the
    document evidently names a place (``places``: "sown in Santa Fe", read thrice an ORG).

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Hk Hotels , Hk Hotels . in Hk Hotels , Air Lanka")
    >>> doc.ents = [Span(doc, 0, 2, "ORG"), Span(doc, 3, 5, "ORG"), Span(doc, 7, 9, "GPE"),
    ...             Span(doc, 10, 12, "PERSON")]
    >>> sorted(_read_otherwise(doc, frozenset())), sorted(_read_otherwise(doc, {"hk hotels"}))
    (['air lanka'], ['air lanka', 'hk hotels'])
    """
    votes: Counter[str] = Counter()
    alone, others = set(), set()
    for ent in doc.ents:
        name = " ".join(ent.text.split()).lower()
        if ent.label_ != "ORG":
            votes[name] -= 1
            others.add(name)
            continue
        votes[name] += 1
        after = next((t for t in doc[ent.end :] if not t.is_space), None)
        if not (after and after.is_lower and after.pos_ == "NOUN"):
            alone.add(name)
    return {name for name in others if votes[name] <= 0 or name in places or name not in alone}


def _read_as_a_name(doc: Doc, words: tuple[str, ...]) -> bool:
    """Whether the NER labels the words an ORG at least as often as it leaves them all
    unlabelled: "Prev Wk" of a table's headings, once an ORG and four times nothing, is none."""
    size, labelled, unlabelled = len(words), 0, 0
    for i in range(len(doc) - size + 1):
        if doc[i].text != words[0] or tuple(t.text for t in doc[i : i + size]) != words:
            continue
        span = doc[i : i + size]
        if not any(t.ent_type_ for t in span):
            unlabelled += 1
        elif all(t.ent_type_ == "ORG" for t in span) and span[0].ent_iob_ == "B":
            labelled += 1
    return labelled >= unlabelled


def _name_shaped(words: Sequence[str]) -> bool:
    """Whether words are a name of two words or more: capitalised, or a particle between
    capitalised ones ("Banco do Brasil")."""
    return (
        len(words) > 1
        and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
    )


def _place_by_its_words(ent: Span) -> bool:
    """Whether the NER's reading of ``ent`` as a place or nationality is one its words back: a
    nationality, or a place after "the" or written in capitals."""
    if ent.label_ == "NORP":
        return True
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return ent.label_ in PLACE_LABELS and (before == "the" or ent.text.isupper())


def _distinctive_words(
    words: Sequence[str], places: frozenset[str], place_first: bool = False
) -> bool:
    """Whether words before a firm's last word can stand for it: capitalised words none of
    which is a place ("La Jolla" of "La Jolla Bancorp"; not "Mexico City" of "Mexico City
    Bank"). With ``place_first`` (a name written with its legal form) a place may open them
    where a word that is none ends them and they are no place together ("America West" of
    "America West Airlines Inc"; not "West Germany" of "West Germany Trade Co").

    >>> none = frozenset()
    >>> _distinctive_words(["La", "Jolla"], none), _distinctive_words(["Mexico", "City"], none)
    (True, False)
    >>> [_distinctive_words(w, none, place_first=True) for w in
    ...  (["America", "West"], ["Mexico", "City"], ["West", "Germany"], ["Texas", "New", "Mexico"])]
    [True, False, False, False]
    """
    phrase = " ".join(words).lower()
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if phrase in places or phrase in known_places() or phrase in _city_and_region_names():
        return False
    checked = words[-1:] if place_first else words
    return not any(w.lower() in places or w.lower() in known_places() for w in checked)


@cache
def _city_and_region_names() -> frozenset[str]:
    """Lower-case cities and regions: names that are a place only as a whole ("mexico city")."""
    return frozenset(c.lower() for c in cities()) | regions()


def _without_brackets(words: Sequence[str]) -> list[str]:
    """The words of a name without a part in brackets inside it: "Cheung Kong (Holdings) Ltd"
    is "Cheung Kong Ltd"; an alias after the name is no part of it.

    >>> _without_brackets(["Cheung", "Kong", "(", "Holdings", ")", "Ltd"])
    ['Cheung', 'Kong', 'Ltd']
    >>> _without_brackets(["Singapore", ")", "Ltd"])
    ['Ltd']
    """
    kept: list[str] = []
    inside = False
    for word in words:
        if word == ")" and not inside:
            kept = []  # "Singapore) Ltd", the NER's span opening inside the brackets
        elif word in "()":
            inside = word == "("
        elif not inside:
            kept.append(word)
    return kept


def _distinctive(word: str, places: frozenset[str]) -> bool:
    """Whether a firm's first word can stand for it: capitalised, long enough, not a word many
    names begin with, a place or a legal form."""
    return (
        len(word) >= MIN_FIRST_WORD
        and word[0].isupper()
        and word.replace("-", "").isalpha()
        and word.lower() not in generic_first_words()
        and word.lower() not in places
        and word.lower() not in known_places()  # "Texas" of "Texas Oil Corp" is the state
        and word.lower() not in legal_forms()
    )


def _acronym_after_a_generic_word(core: Sequence[str], places: frozenset[str]) -> bool:
    """Whether a firm's name opens with a word many names begin with and then an acronym,
    which stands for the firm: ``H.R.S.`` of ``International H.R.S. Industries``; not
    ``U.S.`` of ``American U.S. Lines``.

    >>> _acronym_after_a_generic_word(["International", "H.R.S.", "Industries"], frozenset())
    True
    """
    return (
        len(core) > 2
        and core[0].lower() in generic_first_words()
        and ACRONYM.fullmatch(core[1]) is not None
        and core[1].lower() not in places
        and core[1].lower() not in known_places()
    )


def _surname_of_a_founder(core: Sequence[str], places: frozenset[str]) -> str | None:
    """The surname a firm named after a person goes by: the last word after initials, with at
    most a first name before them ("Frank B. Hall", "E.F. Hutton"; not "U.S. Lines"), else
    None.

    >>> no_places = frozenset()
    >>> _surname_of_a_founder(["Frank", "B.", "Hall"], no_places)
    'Hall'
    >>> _surname_of_a_founder(["Bayou", "Oil"], no_places) is None
    True
    >>> _surname_of_a_founder(["International", "H.R.S.", "Industries"], no_places) is None
    True
    """
    *given, surname = core
    if given and given[0].lower() in generic_first_words():
        return None  # "International H.R.S. Industries": a firm's words, no founder's name
    if given and not INITIAL.fullmatch(given[0]) and given[0].isalpha():
        given = given[1:]  # the first name
    if not given or not all(INITIAL.fullmatch(w) for w in given):
        return None
    if any(w.lower() in known_places() for w in given):
        return None  # "U.S. Lines": a country, not a founder's initials
    return surname if surname.isalpha() and _distinctive(surname, places) else None
