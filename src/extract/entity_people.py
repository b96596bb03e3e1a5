"""Names their own words or the words after them mark as people's: ``J.C. Matlock, chairman,
said``, ``Lloyd U. Noland III``.

Contract: ``marked_people(doc)`` returns the Doc's entities with two kinds of names labelled
PERSON where the NER read them as a firm, place or thing. Initials open a name here (``J.C.``,
not a country's ``U.S.``).

- A name of two to four words that a comma and a bare title follow: ``Kenzo Uchida,
  professor of political science``, ``Aldo Mazzaferro, analyst at C.J. Lawrence Inc``, ``Loh
  Hoon Sun, general manager of <Overseas Union Bank Ltd>``. The title is a title noun of
  ``relations/lexicon.json`` with at most two lower-case words before it, no verb (``Demico
  Futures, was elected treasurer``) and no article: ``Citibank, the head of Brazil's bank
  advisory committee`` and ``Fiat, the spokesman said`` name the firm's people, not the firm.
  The name must be shaped like a person's (``entity_titles.person_shaped``: no legal form, no
  word that ends organisation names), and no name may follow the title (``Reuters, chairman
  G. Robert Durham said``). Titles a firm holds as well stay out (``entities/titles.json``,
  ``firm_appositions``: ``Kohlberg Kravis Roberts, owner of Safeway``, ``Drexel Burnham,
  underwriter of the issue``), and so does a one-word name, which a firm's short name often
  is.
- A name of two or more words before a generational suffix, ``Jr`` or ``III`` (``J. Brion
  Foulke III``, ``Martin Luther King Jr.``); ``II`` and ``IV`` number funds and products as
  often (``ML Venture Partners II``, ``Mark IV``).

``titled_people(doc)`` returns the Doc's entities with a name the NER left unlabelled right
after a title noun (``relations/lexicon.json``, ``titles``) labelled PERSON: ``Finance Minister
Onno Ruding having said``, ``Acting Prime Minister Jules Wijdenbosch will open``. The name is
two to four proper nouns shaped like a person's (``entity_titles.person_shaped``: ``General
Motors Espanalo`` is none), none of them a title, outside any entity, and the word after it is
no capitalised one (where the NER read the next words, the name may run on into them).

``apposed_people(doc)`` returns the Doc's entities with a name the NER left unlabelled right
before a comma and a bare title labelled PERSON, as ``marked_people`` does for a name it
labelled, the title here perhaps opened by an indefinite article: ``Stanley Fishman, analyst
at Fahnestock and Co``, ``Garo Armen, an analyst with Dean Witter Reynolds``. The name is two
to four proper nouns shaped like a person's, none a title, outside any entity, and no
capitalised word right before it (it would be the end of a longer name).

``family_names(doc)`` returns the Doc's entities with one capitalised word between ``the``
and a lower-case ``family`` labelled PERSON where the NER read it as a firm (``a company
controlled by the Walker family``, read as the ``Walker`` of ``Brent Walker Group``; OntoNotes
v4 train: 25 of 29 such names PERSON). It runs after the consistency pass, which may have given
the surname a firm's label; a product family (``the 747 family``) has no capitalised word.

Entities change their label, never their tokens; ``titled_people`` and ``apposed_people`` add
entities, over words no entity had.

>>> import spacy
>>> words = ["J.C.", "Matlock", ",", "chairman", ",", "said", "."]
>>> doc = Doc(spacy.blank("en").vocab, words=words,
...           ents=["B-ORG", "I-ORG", "O", "O", "O", "O", "O"])
>>> [(e.text, e.label_) for e in marked_people(doc)]
[('J.C. Matlock', 'PERSON')]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.data_files import entries
from extract.entity_titles import (
    MAX_NAME_WORDS,
    NAME_LABELS,
    NAME_WORD,
    person_shaped,
    title_words,
    word_after,
)

# Lower-case words a title may open with: "general manager", "senior vice president".
MAX_TITLE_MODIFIERS = 2
# Suffixes that end people's names only; "II" and "IV" end as many funds' and products'.
GENERATIONAL_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "iii"})
ARTICLES = frozenset({"the", "a", "an"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


@cache
def apposed_titles() -> frozenset[str]:
    """Every title noun of ``relations/lexicon.json``, the words that open titles too
    ("chief executive", "general manager"): the title in apposition is read whole."""
    return frozenset(entry["lower"] for entry in entries("relations/lexicon.json", "titles")) | {
        entry["lower"] for entry in entries("relations/lexicon.json", "title_modifiers")
    }


@cache
def firm_appositions() -> frozenset[str]:
    """Title nouns a firm's name takes in apposition as well as a person's (``titles.json``)."""
    return frozenset(e["word"] for e in entries("entities/titles.json", "firm_appositions"))


def _name_shaped(words: list[Token]) -> bool:
    """Whether ``words`` can be a person's name of two words or more, initials first allowed
    ("J.C. Matlock"; not "U.S. Steel", whose initials are a country's)."""
    from extract.entity_countries import countries  # it imports entity_titles, as this does

    rest = words[1:] if words and _INITIALS.fullmatch(words[0].text) else words
    if rest is not words and words[0].lower_ in countries():
        return False
    return len(words) > 1 and person_shaped(rest)


def _title_word(word: Token) -> bool:
    """Whether ``word`` can be part of a title: no article and no verb but a participle in
    ``-ing`` ("managing director"; not "Demico Futures, was elected treasurer")."""
    if word.pos_ in ("VERB", "AUX"):
        return word.tag_ == "VBG"
    return word.pos_ != "DET" and word.lower_ not in ARTICLES


def _title_after_comma(comma: Token, unlabelled: bool = False) -> bool:
    """Whether a bare title follows ``comma``, with no name after it: ", chairman, said", ",
    general manager of"; not ", the spokesman said" or ", chairman Karsten Mahlmann said".
    After a name the NER left ``unlabelled``, an indefinite article may open the title (", an
    analyst with"), and no title a firm holds may be joined to it (", current manager and
    owner of all common shares" names a firm)."""
    doc = comma.doc
    word = word_after(doc, comma.i)
    if unlabelled and word is not None and word.lower_ in INDEFINITE_ARTICLES:
        word = word_after(doc, word.i)
    for _ in range(MAX_TITLE_MODIFIERS + 1):
        if word is None or not (word.is_lower and word.is_alpha and _title_word(word)):
            return False
        following = word_after(doc, word.i)
        # the title's last noun: "general manager", not "general" of it
        if word.lower_ in apposed_titles() and (
            following is None or following.lower_ not in apposed_titles()
        ):
            return (
                word.lower_ not in firm_appositions()
                and (following is None or not following.text[:1].isupper())
                and not (unlabelled and _firm_title_joined(following))
            )
        word = following
    return False


def _firm_title_joined(word: Token | None) -> bool:
    """Whether ``word`` joins a title a firm holds to the one before it ("and owner")."""
    if word is None or word.lower_ not in ("and", "or"):
        return False
    for _ in range(MAX_TITLE_MODIFIERS + 1):
        word = word_after(word.doc, word.i)
        if word is None or not word.is_lower:
            return False
        if word.lower_ in firm_appositions():
            return True
    return False


def _marked(ent: Span) -> bool:
    words = [t for t in ent if not t.is_space]
    if ent.label_ not in NAME_LABELS or not words:
        return False
    if words[-1].lower_ in GENERATIONAL_SUFFIXES:
        return _name_shaped(words[:-1])
    return _name_shaped(words) and title_apposed(ent)


def title_apposed(ent: Span) -> bool:
    """Whether a comma and a bare title follow ``ent``: "David M. Holland, president of US
    Sprint's Southwest Division"."""
    comma = word_after(ent.doc, ent.end - 1)
    return comma is not None and comma.text == "," and _title_after_comma(comma)


def marked_people(doc: Doc) -> list[Span]:
    """The Doc's entities with the names their words or a title in apposition mark as
    people's labelled PERSON (see the module docstring)."""
    return [
        Span(doc, ent.start, ent.end, label="PERSON") if _marked(ent) else ent for ent in doc.ents
    ]


def apposed_people(doc: Doc) -> list[Span]:
    """The Doc's entities with the unlabelled names a title in apposition follows labelled
    PERSON (see the module docstring).

    >>> import spacy
    >>> words = ["Garo", "Armen", ",", "an", "analyst", "with", "Dean", "Witter", ",", "said"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, pos=["PROPN", "PROPN", "PUNCT", "DET",
    ...           "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "VERB"])
    >>> [(e.text, e.label_) for e in apposed_people(doc)]
    [('Garo Armen', 'PERSON')]
    """
    covered = {t.i for ent in doc.ents for t in ent}
    found = []
    for name in _unlabelled_names(doc, covered):
        comma = word_after(doc, name[-1].i)
        if (
            comma is not None
            and comma.text == ","
            and _name_shaped(name)
            and not _has_title_word(name)
            and _title_after_comma(comma, unlabelled=True)
        ):
            found.append(Span(doc, name[0].i, name[-1].i + 1, label="PERSON"))
    return sorted([*doc.ents, *found], key=lambda span: span.start)


def _unlabelled_names(doc: Doc, covered: set[int]) -> list[list[Token]]:
    """Each longest run of two to four unlabelled proper nouns shaped like a name's words,
    no capitalised word right before it (it may be the end of a longer name)."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    before: Token | None = None
    for token in (t for t in doc if not t.is_space):  # "Mehdi\nVarzi"
        if _unlabelled_name_word(token, covered) and (run or not _capitalised(before)):
            run.append(token)
        else:
            if 2 <= len(run) <= MAX_NAME_WORDS:
                runs.append(run)
            run = []
        before = token
    return runs


def _unlabelled_name_word(token: Token, covered: set[int]) -> bool:
    """Whether ``token`` is a proper noun shaped like a word of a name, outside any entity."""
    return (
        token.i not in covered and token.pos_ == "PROPN" and bool(NAME_WORD.fullmatch(token.text))
    )


def _has_title_word(words: list[Token]) -> bool:
    return any(w.lower_ in title_words() for w in words)


def _capitalised(token: Token | None) -> bool:
    return token is not None and token.text[:1].isupper()


def titled_people(doc: Doc) -> list[Span]:
    """The Doc's entities with the unlabelled names after a title labelled PERSON (see the
    module docstring).

    >>> import spacy
    >>> words = ["Finance", "Minister", "Onno", "Ruding", "said", "."]
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"])
    >>> [(e.text, e.label_) for e in titled_people(doc)]
    [('Onno Ruding', 'PERSON')]
    """
    covered = {t.i for ent in doc.ents for t in ent}
    found = [
        Span(doc, name[0].i, name[-1].i + 1, label="PERSON")
        for token in doc
        if token.i not in covered
        and token.lower_ in title_words()
        and token.pos_ not in ("VERB", "AUX")
        and (name := _name_after(token, covered))
    ]
    return sorted([*doc.ents, *found], key=lambda span: span.start)


def _name_after(title: Token, covered: set[int]) -> list[Token]:
    """The unlabelled person's name right after ``title``, else an empty list."""
    doc = title.doc
    words: list[Token] = []
    word = word_after(doc, title.i)
    while (
        word is not None and _unlabelled_name_word(word, covered) and len(words) <= MAX_NAME_WORDS
    ):
        words.append(word)
        word = word_after(doc, word.i)
    if word is not None and (word.i in covered or _capitalised(word)):
        return []  # the name may run on into what comes next
    shaped = 2 <= len(words) <= MAX_NAME_WORDS and person_shaped(words)
    return words if shaped and not _has_title_word(words) else []


def family_names(doc: Doc) -> list[Span]:
    """The Doc's entities with a surname before "family" labelled PERSON (see above)."""
    return [
        Span(doc, ent.start, ent.end, label="PERSON") if _a_family(ent) else ent for ent in doc.ents
    ]


def _a_family(ent: Span) -> bool:
    doc = ent.doc
    word = ent[0]
    if ent.label_ != "ORG" or len(ent) != 1 or ent.start == 0 or ent.end >= len(doc):
        return False
    shaped = word.is_alpha and word.text[:1].isupper() and word.text[1:].islower()
    return shaped and doc[ent.start - 1].lower_ == "the" and doc[ent.end].text == "family"
