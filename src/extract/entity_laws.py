"""Named documents: treaties, accords, acts and laws are LAW over their whole name.

Contract: ``law_entities(doc)`` returns the Doc's entities with every named document labelled LAW
(GUIDELINES.md 3.2, LAW and "Named accords"). The NER learnt from OntoNotes, where most of
these are ORGs or go unlabelled, and reads the place that names an accord as a person or a
town; the document noun at the end says what the name is. Two shapes
(``data/entities/laws.json``):

- **A capitalised document noun** (``title_heads``: ``Act``, ``Agreement``, ``Treaty``,
  ``Protocol``, ``Law`` ...) closes a name of capitalised words before it, ``and``, ``of``,
  ``to`` ... inside where the NER read both sides as one name (``the Freedom of Access to Clinic
  Entrances Act``), a list of words that are no parties (``the Financial
  Institutions Reform, Recovery and Enforcement Act``), and an ``of``/``on`` complement of
  capitalised words after it: ``the Tax Reform Act``, ``The INF Treaty``, ``the Treaty of
  Rome``, ``Protocol on the Scope and Form of Reimbursement``, with a number after ``Law``
  (``Public Law 480``). A date after it stays a DATE (``the Intergovernmental Agreement`` of
  ``October 18, 1991``). A bare ``Agreement`` names nothing, and names that are organisations
  (``organisations``: the ``General Agreement on Tariffs and Trade``, the ``Andean Pact``) are
  ORGs.
- **A lower-case accord noun** (``accord_nouns``: ``accord``, ``agreement``, ``pact``,
  ``treaty``) closes a name when the proper noun before it names the accord, not a party to it:
  the place where it was made (``the Louvre accord``, ``the Plaza agreement``, ``the Paris
  accord``), a person (``the Baker-Miyazawa accord``) or an acronym before ``treaty`` (``the
  ABM treaty``). A party is a country (``data/entities/countries.json``: ``the Japan accord``,
  ``a U.S.-Canada pact``), a nationality (``the Sino-British agreement``), an acronym before
  other nouns (``the OPEC accord``, ``a UAW agreement``), an organisation (``the Paris Club
  accord``, ``an International Monetary Fund agreement``) or a firm the document names in full
  (``the Contel agreement`` where ``Contel Corp`` appears). A date, a number or a possessive
  ends the name (``the February`` / ``Louvre accord``, ``OPEC's agreement``).

``the`` directly before the name is inside it. Entities inside the name are replaced by it;
one the NER ran past the name over names of its own is left as read, and an NER LAW that
already holds the name is kept. Offsets stay the Doc's.

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["since", "the", "Louvre", "accord", "in", "Paris"],
...           pos=["SCONJ", "DET", "PROPN", "NOUN", "ADP", "PROPN"],
...           ents=["O", "O", "B-PERSON", "O", "O", "B-GPE"])
>>> [(e.text, e.label_) for e in law_entities(doc)]
[('the Louvre accord', 'LAW'), ('Paris', 'GPE')]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.data_files import entries
from extract.entities import in_place_of_overlapped, named_in_full
from extract.entity_countries import in_countries, names_country
from extract.entity_titles import FUNCTION_POS, organisation_words
from extract.linking import legal_forms

# Labels of names a document's name may swallow; a number, date or amount ends it.
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART",
                         "EVENT", "LAW"})  # fmt: skip
COMPLEMENT_OPENERS = frozenset({"of", "on"})
# Lower-case words inside a complement: "on the Scope and Form of Reimbursement".
COMPLEMENT_INNER = frozenset({"the", "and", "of", "on", "in", "for", "to", "&"})
# Labels of an organisation named before a document noun; the NER reads "the Paris Club" as
# either.
ORGANISATION_LABELS = frozenset({"ORG", "EVENT"})
# Lower-case words inside a place's name: "Punta del Este".
PARTICLES = frozenset({"de", "del", "la", "le", "du", "des", "da", "di"})
MAX_TITLE_WORDS = 8
MAX_ACCORD_WORDS = 4
MAX_COMPLEMENT_WORDS = 12
# A nationality adjective opening an organisation's name: "European Community", "Arab League".
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]*[A-Z0-9]")
# A capitalised word, an initialism or a pair: "Louvre", "U.S.", "Anti-Ballistic", "U.K./Soviet".
_CAPITALISED = re.compile(r"[A-Z][\w.'\u2019/-]*")


@cache
def _numbered_heads() -> frozenset[str]:
    """Title heads a number names the document after (``laws.json``: ``Public Law 480``)."""
    return frozenset(
        e["word"] for e in entries("entities/laws.json", "title_heads") if e.get("numbered")
    )


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(e["word"] for e in entries("entities/laws.json", key))


@cache
def organisations() -> tuple[str, ...]:
    """First words (lower case) of names that end in a document noun but are organisations."""
    return tuple(e["words"] for e in entries("entities/laws.json", "organisations"))


def law_entities(doc: Doc) -> list[Span]:
    """The Doc's entities with its named documents labelled LAW (see above)."""
    holder = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    found: list[Span] = []
    for token in doc:
        if found and token.i < found[-1].end:
            continue
        span = _title_document(doc, token, holder) or _named_accord(doc, token, holder)
        if span is not None and (not found or span.start >= found[-1].end) and _fits(span, holder):
            found.append(span)
    return in_place_of_overlapped(doc, found)


def _title_document(doc: Doc, head: Token, holder: dict[int, Span]) -> Span | None:
    """``the Tax Reform Act``, ``Protocol on the Scope ...``, ``Public Law 480``."""
    word = head.lower_
    titled = word in _words("title_heads") or word in _words("complement_heads")
    if not head.text[:1].isupper() or not titled:
        return None
    after = _next_word(doc, head.i + 1)
    if after is not None and _capitalised(after) and after.lower_ not in COMPLEMENT_OPENERS:
        return None  # "Treaty Organization", "Law School": the noun is no name's last
    owner = holder.get(head.i)
    if owner is not None and owner.label_ == "PRODUCT":
        return None  # "Accord cars"
    if owner is not None and owner.label_ == "PERSON" and word == "law":
        return None  # "John Law"
    start = _title_start(doc, head, holder)
    end = _complement_end(doc, head, holder)
    if any(doc[start:end].text.lower().startswith(words) for words in organisations()):
        return Span(doc, _with_article(doc, start), end, label="ORG")  # "the Andean Pact"
    name = doc[start : head.i]
    if word in _words("model_heads") and _maker(name, holder):
        return None  # "the Honda Accord"
    if end == head.i + 1:  # no complement
        parties = _parties(name, head, holder)
        if not parties or all(parties):
            return None  # a bare "Agreement"; "the U.S. Agreement", "the Soviet Union Treaty"
        if word in _words("complement_heads") and not _names_town(name, holder):
            return None  # "Apple File Protocol"
    return Span(doc, _with_article(doc, start), end, label="LAW")


def _title_start(doc: Doc, head: Token, holder: dict[int, Span]) -> int:
    """The first word of the capitalised name ``head`` closes."""
    start = head.i
    owner = holder.get(head.i)
    i = head.i - 1
    while i >= 0 and head.i - i <= MAX_TITLE_WORDS:
        token = doc[i]
        if _soft_space(token) or _joining_mark(token):
            i -= 1
            continue
        joined = token.lower_ in COMPLEMENT_INNER and owner is not None and holder.get(i) == owner
        if joined and i > 0 and holder.get(i - 1) == owner and _capitalised(doc[i - 1]):
            # "Racketeer Influenced and Corrupt Organization Act", "the Freedom of Access to
            # Clinic Entrances Act", read as one name
            i -= 1
            continue
        if _in_a_list(doc, i, holder):
            i -= 1  # "Financial Institutions Reform, Recovery and Enforcement Act"
            continue
        if not _capitalised(token) or token.pos_ in FUNCTION_POS or _value(token, holder):
            break
        start = i
        i -= 1
    return start


def _in_a_list(doc: Doc, i: int, holder: dict[int, Span]) -> bool:
    """Whether the token at ``i`` joins a list of capitalised words inside a name: its comma,
    or its "and" after a comma and one word ("Reform, Recovery and Enforcement Act"); not a
    list of parties (acronyms, places, people: "IBM, Apple and", "France, Britain and")."""
    token = doc[i]
    if i < 2 or not all(_list_word(doc[k], holder) for k in (i - 1, i + 1)):
        return False
    if token.text == ",":
        return any(t.lower_ in ("and", "&") for t in doc[i + 2 : i + 4])
    return token.lower_ in ("and", "&") and doc[i - 2].text == ","


def _list_word(token: Token, holder: dict[int, Span]) -> bool:
    ent = holder.get(token.i)
    party = ent is not None and ent.label_ in ("GPE", "NORP", "PERSON")
    return _capitalised(token) and not token.text.isupper() and not party


def _complement_end(doc: Doc, head: Token, holder: dict[int, Span]) -> int:
    """The end of the name after ``head``: an ``of``/``on`` complement of capitalised words
    (``Treaty of Rome``, ``Agreement on Trade and Economic Cooperation``) or, after a numbered
    head, a number (``Public Law 480``, ``Resolution 598``)."""
    after = _next_word(doc, head.i + 1)
    if after is None:
        return head.i + 1
    if head.lower_ in _numbered_heads():
        return after.i + 1 if after.like_num else head.i + 1
    if after.lower_ not in COMPLEMENT_OPENERS:
        return head.i + 1
    end = head.i + 1
    for token in doc[after.i + 1 : after.i + 1 + MAX_COMPLEMENT_WORDS]:
        if _value(token, holder):
            break  # "of October 18, 1991": a date stays a DATE
        if _capitalised(token):
            end = token.i + 1
        elif not (_soft_space(token) or token.lower_ in COMPLEMENT_INNER):
            break
    return end


def _named_accord(doc: Doc, head: Token, holder: dict[int, Span]) -> Span | None:
    """``the Louvre accord``, ``the ABM treaty``; not ``the OPEC accord``."""
    if not head.is_lower or head.lower_ not in _words("accord_nouns"):
        return None
    start = head.i
    i = head.i - 1
    while i >= 0:
        token = doc[i]
        if _soft_space(token) or _joining_mark(token):
            i -= 1
            continue
        if token.lower_ in PARTICLES and i > 0 and _capitalised(doc[i - 1]) and start < head.i:
            i -= 1  # "Punta del Este"
            continue
        # a capitalised word inside a sentence is a name's; at its start only a proper noun
        # ("Financing agreements were reached", "International agreements exist")
        named = token.pos_ == "PROPN" or i in holder or not token.is_sent_start
        if not (_capitalised(token) and named) or token.pos_ in FUNCTION_POS:
            break
        if _value(token, holder):
            break
        if head.i - i > MAX_ACCORD_WORDS:
            return None  # a longer name than an accord's, read no further
        start = i
        i -= 1
    if start == head.i or any(_parties(doc[start : head.i], head, holder)):
        return None
    return Span(doc, _with_article(doc, start), head.i + 1, label="LAW")


def _parties(name: Span, head: Token, holder: dict[int, Span]) -> list[bool]:
    """For each word of the name before a document noun, whether it names a party to the
    document (see the module's doc): a country alone or in a pair ("Japan", "U.S.-Canada",
    "Soviet Union"), a nationality, an acronym (but "the ABM treaty"), or an organisation the
    NER read apart from the noun ("Paris Club", "Contel" of "Contel Corp"; not the ORG "the
    Financial Services Act")."""
    words = [t for t in name if not t.is_space and not _joining_mark(t)]
    in_country = in_countries([t.text for t in words])
    return [k in in_country or _party_word(t, head, holder) for k, t in enumerate(words)]


def _party_word(token: Token, head: Token, holder: dict[int, Span]) -> bool:
    ent = holder.get(token.i)
    label = ent.label_ if ent is not None else ""
    if label == "NORP" or names_country(token.text):
        return True
    if label == "LAW":
        return False
    if _ACRONYM.fullmatch(token.text) and head.lower_ not in _words("acronym_heads"):
        return True
    return (
        label in ORGANISATION_LABELS
        and ent is not None
        and ent.end <= head.i
        and _organisation(ent)
    )


def _organisation(ent: Span) -> bool:
    """Whether a name the NER labelled ORG (or EVENT) is an organisation: a nationality opening
    it ("European Community"), an organisation word or legal form in it ("Paris Club",
    "International Monetary Fund"), or a firm the document names in full ("Contel" of "Contel
    Corp", "Amoco" of "U.S. firm Amoco Corp"). A single name the NER took for an ORG ("Louvre",
    "Plaza") is not."""
    words = [t for t in ent if not t.is_space and t.lower_ != "the"]
    if words and _NATIONALITY.fullmatch(words[0].text):
        return True
    if any(t.lower_ in organisation_words() or t.lower_ in legal_forms() for t in words[1:]):
        return True
    return named_in_full(ent, words)


def _maker(name: Span, holder: dict[int, Span]) -> bool:
    """Whether the name before a product's model (``Accord``) is its maker's: an organisation the
    document names elsewhere, on its own or in full ("Honda" ... "the Honda Accord"), not before
    a document noun ("the Paris Accord", read as an ORG)."""
    words = [t for t in name if not t.is_space and t.lower_ != "the"]
    if not words or (ent := holder.get(words[0].i)) is None or ent.label_ != "ORG":
        return False
    doc = name.doc
    for other in doc.ents:
        if other.label_ != "ORG" or other.start == ent.start or other[0].text != words[0].text:
            continue
        after = _next_word(doc, other.end)
        if after is None or after.lower_ not in _words("title_heads") | _words("accord_nouns"):
            return True
    return _organisation(ent) and ent.end <= name.end


def _names_town(name: Span, holder: dict[int, Span]) -> bool:
    """Whether the name holds a place that is no country: "the Montreal Protocol"."""
    return any(
        (ent := holder.get(t.i)) is not None and ent.label_ == "GPE" and not names_country(t.text)
        for t in name
    )


def _fits(span: Span, holder: dict[int, Span]) -> bool:
    """Whether a found name may replace the entities it overlaps: none runs past it over a name
    word of its own, and no NER LAW already holds a document's name."""
    for i in range(span.start, span.end):
        ent = holder.get(i)
        if ent is None:
            continue
        held = ent.start <= span.start and ent.end >= span.end
        if ent.label_ == "LAW" and span.label_ == "LAW" and held:
            return False
        outside = [*ent.doc[ent.start : span.start], *ent.doc[span.end : ent.end]]
        if any(_capitalised(t) or t.like_num for t in outside):
            return False
    return True


def _with_article(doc: Doc, start: int) -> int:
    """``start`` moved onto a ``the`` right before it."""
    if start > 0 and doc[start - 1].lower_ == "the" and "\n\n" not in doc[start - 1].whitespace_:
        return start - 1
    return start


def _next_word(doc: Doc, i: int) -> Token | None:
    while i < len(doc) and _soft_space(doc[i]):
        i += 1
    return doc[i] if i < len(doc) and not doc[i].is_space else None


def _soft_space(token: Token) -> bool:
    """A whitespace token inside a paragraph: a name runs over a line break, not a blank line."""
    return token.is_space and "\n\n" not in token.text


def _joining_mark(token: Token) -> bool:
    """A hyphen or slash inside a name: "Anti-Ballistic", "EC/U.S."."""
    return token.text in ("-", "/") and not token.whitespace_


def _capitalised(token: Token) -> bool:
    return _CAPITALISED.fullmatch(token.text) is not None


def _value(token: Token, holder: dict[int, Span]) -> bool:
    """Whether ``token`` is in a number, date or amount, or carries an owner's possessive."""
    ent = holder.get(token.i)
    return (ent is not None and ent.label_ not in NAME_LABELS) or token.like_num
