"""Towns written with their US state or Canadian province: ``Coral Gables, Fla.`` is two GPEs.

Contract: ``state_entities(doc)`` returns the Doc's entities with every town written with its
state or province (``data/entities/states.json``) labelled as GUIDELINES.md 3.1 and 3.3 say:
the town a GPE, the state a GPE (``Elkhart, Ind.``, ``Nassau County, N.Y.``, ``Dallas, Texas``,
``Ancaster, Ontario``), and a legislator's party and state, in brackets or between commas, a
NORP and a GPE (``Kika de la Garza (D-Tex.)``, ``Sen. Richard Lugar, R-Ind., said``).
The NER reads the town alone and guesses: a person (``Winnemucca``), a facility
(``Rutherford``), a place (``the New Albany``) or the end of the company before it
(``Kabivitrum Inc of Alameda``); the state after it says what it is. An entity that ran from a
company's name into the town is cut before it (``Kabivitrum Inc``), others on the town or the
state give way. Offsets stay the Doc's.

>>> import spacy
>>> doc = spacy.blank("en")("a plant near Winnemucca, Nev., it said")
>>> [(e.text, e.label_) for e in state_entities(doc)]
[('Winnemucca', 'GPE'), ('Nev.', 'GPE')]

``based_places(doc)`` returns the Doc's entities with a name in title case (capital
initials, then lower case) right before ``-based`` labelled GPE where the NER read it as a
firm or a person: ``Oporto-based <Banco Portugues>``, ``the Lyons-based <Rhodic>``; a word
in capitals is often a product or firm (``VAX-based computers``, ``PC-based software``) and
stays. What is based there is a firm: a name right after ``-based`` that the NER read as a
place, and that is no country or known place, is an ORG (``Portland, Ore.-based <Central
Point>``, ``Paris-based <Citroen>``), unless it modifies a noun after it (``a London-based
Nordic banking expert``).

>>> doc = spacy.blank("en")("a stake in Oporto-based Banco Portugues")
>>> doc.ents = [Span(doc, 3, 4, "ORG"), Span(doc, 6, 8, "ORG")]
>>> [(e.text, e.label_) for e in based_places(doc)]
[('Oporto', 'GPE'), ('Banco Portugues', 'ORG')]

``named_places(doc)`` returns the Doc's entities with a name right after a place noun and
``of`` (``data/entities/cities.json``, ``place_nouns``: ``the northern city of Kiel``, ``the
Angolan port of Lobito``, ``the Indonesian island of Sumatra``) labelled as the noun says, a
GPE or (after ``island``) a LOC, where the NER read it as a firm, a person or a thing; a name
read as a place keeps its label, and a firm's or body's name stays (``the city of London
Corporation``).

>>> doc = spacy.blank("en")("in the northern city of Kiel today")
>>> doc.ents = [Span(doc, 5, 6, "ORG")]
>>> [(e.text, e.label_) for e in named_places(doc)]
[('Kiel', 'GPE')]

``without_place_words(doc)`` returns the Doc's entities with a place's name that the NER ran on
into a generic place word in lower case (``cities.json``, ``generic_place_words``) ending
before it: ``Loudon county`` is the GPE ``Loudon``, ``the Asia-Pacific region`` the LOC
``Asia-Pacific`` (GUIDELINES.md 3.2: a lower-case generic word is no part of the name, and
3.3: ``the`` is outside a name that modifies a noun). Not a name written in lower case
(``west coast``) or a point of the compass (``the East coast``), nor one the document also
writes with the word capitalised (``Loudon County``): a slip of case.

>>> doc = spacy.blank("en")("land in Loudon county, Virginia")
>>> doc.ents = [Span(doc, 2, 4, "GPE"), Span(doc, 5, 6, "GPE")]
>>> [(e.text, e.label_) for e in without_place_words(doc)]
[('Loudon', 'GPE'), ('Virginia', 'GPE')]

``feature_names(doc)`` returns the Doc's entities with a name the NER read right before a
capitalised head of a natural feature (``cities.json``, ``feature_heads``: ``Valley``,
``River``, ``Basin``) taking the head in, as a LOC: ``the lower Rio Grande Valley`` read
the FAC ``Rio Grande``, ``the Mississippi River`` the GPE ``Mississippi`` (GUIDELINES.md 3.2:
a capitalised generic word is part of the name). Not where a capitalised word follows the head,
which goes on into another name (``Valley Bancorp``, ``River Bend nuclear plant``).

>>> doc = spacy.blank("en")("barges on the Mississippi River rose")
>>> doc.ents = [Span(doc, 3, 4, "GPE")]
>>> [(e.text, e.label_) for e in feature_names(doc)]
[('Mississippi River', 'LOC')]
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from spacy.tokens import Doc, Span

from extract.data_files import entries
from extract.entity_countries import cities, known_places, names_country
from extract.entity_titles import organisation_words
from extract.linking import legal_forms

MAX_TOWN_WORDS = 3
# Capitalised words a match may start with that are no part of a town's name; a month or a
# weekday is a date ("In February, Texas Air acquired").
NOT_TOWN_WORDS = frozenset({"The", "A", "An", "In", "At", "Of", "On", "From", "To", "For", "And",
                            "But", "Based", "Near", "Its", "His", "Her", "Their"}
                           | {calendar.month_name[m] for m in range(1, 13)}
                           | {calendar.day_name[d] for d in range(7)})  # fmt: skip
# Words that end the part of an entity kept before a town: "Kabivitrum Inc of" Alameda,
# "Fleet and" Albany.
JOINING_WORDS = frozenset({"of", "in", "at", "near", ",", "the", "and", "&"})
PARTY_LABEL = "NORP"
# Words of a firm's name, besides legal forms and organisation words: "Philipp Brothers, N.Y.".
FIRM_WORDS = frozenset({"brothers", "bros", "bros."})


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    forms = sorted((e["form"] for e in entries("entities/states.json", "states")), key=len)
    # A state written in full ends there: "Texas Air", "Ohio Edison" are firms' names.
    state = "|".join(
        re.escape(f) if f.endswith(".") else rf"{re.escape(f)}(?![ ]+[A-Z][a-z])"
        for f in reversed(forms)
    )
    word = r"[A-Z][a-z][\w-]*"
    prefix = r"(?:(?:Ft|Pt|Mt|St|Ste)\.[ ])?"  # "Ft. Drum", "St. Louis", "Ste. Therese"
    town = re.compile(
        rf"(?<![\w'\u2019.-])(?P<town>{prefix}{word}(?:[ ]{word}){{0,{MAX_TOWN_WORDS - 1}}}),[ ]"
        rf"(?P<state>{state})(?![\w])"
    )
    # In brackets or, AP style, between commas after the name: "(D-Tex.)", "Lugar, R-Ind., said"
    # (or at the end of the sentence, whose full stop the abbreviation's is: "Burton, R-Ind. The").
    # In brackets any state's name or abbreviation will do: "(D-Cal.)", "(R-NY)", "(D-Wisc)".
    bracketed = r"[A-Z][A-Za-z]*\.?(?:[A-Z][a-z]?\.)*(?:[ ][A-Z][a-z]+)?"
    party = re.compile(
        rf"(?:(?<=\()(?P<party>[DRI])-(?P<state>{bracketed})(?=\))"
        rf"|(?<=,[ \t\n])(?P<party2>[DRI])-(?P<state2>{state})(?=[),;]|(?<=\.)\s|$))"
    )
    return town, party


def state_entities(doc: Doc) -> list[Span]:
    """The Doc's entities with towns and states labelled (see the module docstring)."""
    town_pattern, party_pattern = _patterns()
    found: list[Span] = []
    for match in town_pattern.finditer(doc.text):
        town = _town(doc, match.start("town"), match.end("town"))
        state = doc.char_span(match.start("state"), match.end("state"), label="GPE")
        found += [span for span in (town, state) if span is not None]
    for match in party_pattern.finditer(doc.text):
        which = "" if match["party"] else "2"
        party = doc.char_span(*match.span(f"party{which}"), label=PARTY_LABEL)
        state = doc.char_span(*match.span(f"state{which}"), label="GPE")
        if party is not None and state is not None:
            found += [party, state]
    if not found:
        return list(doc.ents)
    return _with(doc, found)


@cache
def _firm_words() -> frozenset[str]:
    return organisation_words() | legal_forms() | FIRM_WORDS


def _town(doc: Doc, start: int, end: int) -> Span | None:
    """The town's span, without the capitalised function words a match may begin with; None
    where the words are a firm's ("Philipp Brothers, N.Y.") or the town is already in a name:
    a longer place ("the City of Clanton") or an organisation named after it ("the Red River
    National Bank of Clarksville"; but "Kabivitrum Inc of Alameda" is a firm and its town)."""
    words = doc.text[start:end].split(" ")
    while len(words) > 1 and words[0] in NOT_TOWN_WORDS:
        start += len(words.pop(0)) + 1
    if words[0] in NOT_TOWN_WORDS or any(w.lower() in _firm_words() for w in words):
        return None
    town = doc.char_span(start, end, label="GPE")
    holder = next((e for e in doc.ents if e.start < town.start < e.end), None) if town else None
    if town is None or holder is None:
        return town
    if holder.label_ == "GPE" and holder.end == town.end:
        return None
    joined = doc[town.start - 1].lower_ == "of" and town.start - 2 >= holder.start
    if joined and doc[town.start - 2].lower_ in organisation_words():
        return None
    return town


def _with(doc: Doc, found: list[Span]) -> list[Span]:
    """The Doc's entities with ``found`` in place: an entity that starts before a found span
    keeps its part before it (without joining words), any other overlapping one gives way."""
    taken = {i for span in found for i in range(span.start, span.end)}
    ents: list[Span] = []
    for ent in doc.ents:
        inside = [i for i in range(ent.start, ent.end) if i in taken]
        if not inside:
            ents.append(ent)
            continue
        end = inside[0]
        while end > ent.start and (doc[end - 1].lower_ in JOINING_WORDS or doc[end - 1].is_space):
            end -= 1
        if end > ent.start and not any(i in taken for i in range(ent.start, end)):
            ents.append(Span(doc, ent.start, end, label=ent.label_))
    return sorted([*ents, *found], key=lambda span: span.start)


# Labels the NER gives a town before "-based" that it reads as no place.
_NOT_PLACES = frozenset({"ORG", "PERSON"})
# Labels the NER gives the firm after "-based" that it reads as a place.
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def based_places(doc: Doc) -> list[Span]:
    """The Doc's entities with a title-case name right before "-based" a GPE, and a name
    after it that the NER read as a place an ORG (see above)."""
    ents = []
    for ent in doc.ents:
        based = ent.end + 1 < len(doc) and doc[ent.end].text == "-"
        based = based and doc[ent.end + 1].lower_ == "based" and not ent[-1].whitespace_
        words = [t for t in ent if not t.is_space]
        title_case = all(w.text[:1].isupper() and w.text[1:].islower() for w in words)
        if based and ent.label_ in _NOT_PLACES and title_case:
            ents.append(Span(doc, ent.start, ent.end, label="GPE"))
        elif _based_firm(ent):
            ents.append(Span(doc, ent.start, ent.end, label="ORG"))
        else:
            ents.append(ent)
    return ents


def _based_firm(ent: Span) -> bool:
    """Whether ``ent``, read as a place, is what a place before it is the base of: "Portland,
    Ore.-based <Central Point>", "Hartford, Conn.-based <United>", "Paris-based <Citroen>"; a
    country or a known place stays ("London-based U.S. banks"), and so does a name that
    modifies a noun after it ("a London-based Nordic banking expert")."""
    doc = ent.doc
    based = ent.start >= 2 and doc[ent.start - 1].lower_ == "based"
    based = based and doc[ent.start - 2].text == "-" and not doc[ent.start - 2].whitespace_
    name = " ".join(t.text for t in ent if not t.is_space)
    modifier = ent.root.dep_ in _MODIFIER_DEPS and ent.root.head.i >= ent.end
    return based and ent.label_ in _PLACES and not modifier and not _known_place(name)


def _known_place(name: str) -> bool:
    return name.lower() in known_places() or name in cities() or names_country(name)


# Labels the NER gives a place after "the city of" that are no place's.
_NOT_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


@cache
def place_nouns() -> dict[str, str]:
    """Lower-case place nouns, each with the label of the name after it and ``of``."""
    return {e["word"]: e["label"] for e in entries("entities/cities.json", "place_nouns")}


def named_places(doc: Doc) -> list[Span]:
    """The Doc's entities with a name after a place noun and "of" a place (see above)."""
    return [_named_place(ent) or ent for ent in doc.ents]


def _named_place(ent: Span) -> Span | None:
    doc = ent.doc
    if ent.label_ not in _NOT_PLACE_LABELS or ent.start < 3 or doc[ent.start - 1].lower_ != "of":
        return None
    noun = doc[ent.start - 2]
    label = place_nouns().get(noun.text)  # lower case only: "the District of Columbia"
    words = [t for t in ent if not t.is_space]
    if label is None or not all(w.text[:1].isupper() for w in words):
        return None
    if any(w.lower_ in organisation_words() or w.lower_ in legal_forms() for w in words):
        return None  # "the city of London Corporation"
    return Span(doc, ent.start, ent.end, label=label)


@cache
def generic_place_words() -> frozenset[str]:
    """Lower-case generic words of places that are no part of a name: "county", "airport"."""
    return frozenset(e["word"] for e in entries("entities/cities.json", "generic_place_words"))


def without_place_words(doc: Doc) -> list[Span]:
    """The Doc's entities with a place's name ending before a generic place word (see above)."""
    return [_without_place_word(ent) or ent for ent in doc.ents]


# Labels of a place's name.
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Points of the compass: "the East coast" is no place named "East".
COMPASS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south",
                     "east", "west", "northeastern", "northwestern", "southeastern",
                     "southwestern"})  # fmt: skip


def _without_place_word(ent: Span) -> Span | None:
    doc = ent.doc
    if ent.label_ not in _PLACES or ent[-1].text not in generic_place_words():
        return None
    words = [t for t in ent[:-1] if not t.is_space]
    # "the" goes with the place word the name modifies: "the Asia-Pacific region"
    name = words[1:] if words and words[0].lower_ == "the" else words
    if not name or not name[0].text[:1].isupper() or not name[-1].text[:1].isupper():
        return None  # "west coast", "the middle east": a text in lower case
    if len(name) == 1 and name[0].lower_ in COMPASS:
        return None  # "the East coast"
    if f"{doc[name[0].i : name[-1].i + 1].text} {ent[-1].text.capitalize()}" in doc.text:
        return None  # "Fish lake" where the text writes "Fish Lake" too: a slip of case
    return Span(doc, name[0].i, name[-1].i + 1, label=ent.label_)


@cache
def feature_heads() -> frozenset[str]:
    """Capitalised heads of natural features' names: "Valley", "River"."""
    return frozenset(e["word"] for e in entries("entities/cities.json", "feature_heads"))


# Labels of a name the NER may have read without the feature's head after it.
_BEFORE_FEATURE = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG"})


def feature_names(doc: Doc) -> list[Span]:
    """The Doc's entities with a natural feature's head taken into the name before it (see
    the module doc)."""
    return [_with_feature_head(ent) or ent for ent in doc.ents]


def _with_feature_head(ent: Span) -> Span | None:
    doc = ent.doc
    if ent.label_ not in _BEFORE_FEATURE or ent.end >= len(doc):
        return None
    last, head = ent[-1], doc[ent.end]
    if not (last.is_alpha and last.text[:1].isupper()) or not last.whitespace_:
        return None
    if head.text not in feature_heads() or head.ent_type_:
        return None
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is not None and (after.text == "&" or (after.is_alpha and after.text[:1].isupper())):
        return None  # "One Valley Bancorp", "the River Bend nuclear plant": another name
    return Span(doc, ent.start, head.i + 1, label="LOC")
