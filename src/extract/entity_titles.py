"""Names around a title: the department before it is an ORG, the name after it a PERSON.

Contract: ``titled_entities(doc)`` returns the Doc's entities with the labels GUIDELINES.md
3.2-3.3 give the words next to a title noun (``relations/lexicon.json``, ``titles``), which the
NER often gets wrong because it reads them without the title's help:

- **A government department** right before the office it heads (``Secretary``, ``Minister``),
  or after ``Secretary of``, is an ORG of its own (``data/entities/titles.json``,
  ``departments``): ``U.S. Commerce Secretary`` gives GPE ``U.S.`` and ORG ``Commerce``,
  ``Saudi Arabian Interior Minister`` the ORG ``Interior``, ``Secretary of State`` the ORG
  ``State``. A portfolio that is no department stays unlabelled (``Finance Minister``; one
  OntoNotes never labels there is no ORG even where the NER read it so, ``titles.json``,
  ``unlabelled_portfolios``), and is cut off a country or nationality the NER ran it into
  (``U.S. Trade Representative`` gives GPE ``U.S.``).
- **A name right after a title** that the NER labelled as something else is a PERSON when it is
  shaped like a person's name: one to four capitalised words or initials, with particles such as
  ``de`` or ``bin`` only inside, none of them a legal form or a word that ends organisation
  names (``titles.json``, ``organisation_words``): ``director general Noboru Hatakeyama``,
  ``Prime Minister-designate Noboru Takeshita``, ``astronaut Bertalan Farkas``. ``President
  Bank of Tokyo`` and ``Chairman NASA`` keep their labels, and so does a name after a title or
  trade that a firm's name follows as often (``titles.json``, ``not_before_names``: ``lead
  manager Merrill Lynch``, ``investment banker Drexel Burnham``).
- **A title the NER read into a person's name** is cut off it (``titles.json``,
  ``leading_titles``): ``Crown Prince Hassan`` is the PERSON ``Hassan``, ``King Fahd`` the
  PERSON ``Fahd`` (GUIDELINES.md 3.3).
- **A given name the NER left out** between a title and a surname it read is the person's:
  ``Rwandan President Juvenal Habyarimana``, read ``Habyarimana``; not an honorific (``Sir``,
  ``Lord``: ``chairman Sir John Egan``) or a title word (``Deputy Minister Ali``).
- **A leader's administration** is the leader's (GUIDELINES.md 3.3, "People vs
  administrations"): where the NER read ``the Reagan Administration`` as an ORG, the name
  before ``administration`` is a PERSON and the rest unlabelled, when it is a head of government
  whose administrations are named so (``titles.json``, ``administration_heads``) or a person
  the document names elsewhere. Agencies keep their name (``the Maritime Administration``,
  ``the Food and Drug Administration``).

Entities change which tokens they cover, never their offsets.

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab,
...           words=["U.S.", "Commerce", "Secretary", "Malcolm", "Baldrige", "said"],
...           ents=["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O"])
>>> [(e.text, e.label_) for e in titled_entities(doc)]
[('U.S.', 'GPE'), ('Commerce', 'ORG'), ('Malcolm Baldrige', 'PERSON')]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.data_files import entries
from extract.linking import legal_forms
from extract.relation_complements import fixed_complement_head
from extract.relation_lexicon import lexicon

# Labels a name after a title may carry wrongly; a number, date or amount keeps its own.
# A nationality stays one ("official Yugoslav figures").
NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
MAX_NAME_WORDS = 4
# Lower-case words inside a person's name ("Jacques de Larosiere", "Naif bin Abdul-Aziz").
PARTICLES = frozenset({"de", "la", "le", "du", "des", "del", "della", "da", "di", "van", "von",
                       "der", "den", "bin", "ibn", "al", "el", "y"})  # fmt: skip
# A word of a person's name: "Hatakeyama", "Abdul-Aziz", one with a short prefix before a
# capital inside it ("O'Reilly", "McDonald", "DeConcini"), an initial "A." ("U.S." is no
# initial).
NAME_WORD = re.compile(
    r"(?:[A-Z]['\u2019]|[A-Z][a-z]{1,2}(?=[A-Z][a-z]))?[A-Z][a-z]+(?:['\u2019-][A-Za-z][a-z]*)*"
    r"|[A-Z]\."
)
# Suffixes of nationality adjectives: what the rest of "Saudi Arabian Interior" is.
_NATIONALITY = re.compile(r".*(?:an|ese|ish|i)$")
# The parts of a title after a hyphen: "Prime Minister-designate", "President-elect".
TITLE_SUFFIXES = frozenset({"designate", "elect"})


# Parts of speech of a capitalised word that is no name's ("The", "But", "In", "Also").
FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "ADV", "PRON", "AUX", "PART"})


@cache
def title_words() -> frozenset[str]:
    """Lower-case title nouns a name may follow (``relations/lexicon.json``, ``titles``, shared
    with ROLE, occupations included), without words that only open a title (``Deputy Energy
    Minister``; ``title_modifiers``) and ``titles.json`` ``not_before_names``."""
    excluded = _words("not_before_names") | {
        entry["lower"] for entry in entries("relations/lexicon.json", "title_modifiers")
    }
    return frozenset(
        entry["lower"]
        for entry in entries("relations/lexicon.json", "titles")
        if entry["lower"] not in excluded
    )


@cache
def departments() -> dict[str, bool]:
    """Department words, each with whether it is one only after ``Secretary of``."""
    words = entries("entities/titles.json", "departments")
    return {entry["word"]: bool(entry.get("after_of")) for entry in words}


@cache
def department_titles(after_of: bool) -> frozenset[str]:
    """The offices a department heads: right after it, or before ``of`` it."""
    titles = entries("entities/titles.json", "department_titles")
    return frozenset(e["word"] for e in titles if e.get("after_of") or not after_of)


@cache
def organisation_words() -> frozenset[str]:
    """Lower-case words that end an organisation's name (``titles.json``)."""
    return _words("organisation_words")


@cache
def administration_heads() -> frozenset[str]:
    """Lower-case surnames of leaders whose terms are administrations (``titles.json``)."""
    return _words("administration_heads")


@cache
def unlabelled_portfolios() -> frozenset[str]:
    """Portfolio words OntoNotes leaves unlabelled before a title (``titles.json``)."""
    return _words("unlabelled_portfolios")


def _words(key: str) -> frozenset[str]:
    return frozenset(e["word"] for e in entries("entities/titles.json", key))


def word_before(doc: Doc, i: int) -> Token | None:
    """The last token before token ``i`` that is no whitespace, within its paragraph."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        if "\n\n" in doc[j].text:
            return None
        j -= 1
    return doc[j] if j >= 0 and "\n\n" not in doc[j].whitespace_ else None


def word_after(doc: Doc, i: int) -> Token | None:
    j = i + 1
    while j < len(doc) and doc[j].is_space:
        if "\n\n" in doc[j].text:
            return None
        j += 1
    return doc[j] if j < len(doc) and "\n\n" not in doc[i].whitespace_ else None


def _is_title(token: Token | None) -> bool:
    """A title noun, or the ``designate`` of ``Minister-designate`` (not a verb: "will head
    Hudson's Bay Wholesale")."""
    if token is None or token.pos_ in ("VERB", "AUX"):
        return False
    if token.lower_ in TITLE_SUFFIXES and token.i >= 2 and token.nbor(-1).text == "-":
        return token.nbor(-2).lower_ in title_words()
    return token.lower_ in title_words() or _completes_a_title(token)


def _completes_a_title(token: Token) -> bool:
    """Whether ``token`` ends a title's complement after its title word: the "state" of "head
    of state", the "staff" of "chief of staff" (``relations/lexicon.json``,
    ``title_complements``)."""
    head = fixed_complement_head(token.doc, token.i)
    return head is not None and head.lower_ in title_words()


def _is_department(token: Token) -> bool:
    after_of = departments().get(token.lower_)
    if after_of is None or not token.text[:1].isupper():
        return False
    if after_of:  # "Secretary of State", "Under-Secretary of State"
        of = word_before(token.doc, token.i)
        office = word_before(token.doc, of.i) if of is not None and of.lower_ == "of" else None
        return office is not None and office.lower_ in department_titles(after_of=True)
    office = word_after(token.doc, token.i)
    return office is not None and office.lower_ in department_titles(after_of=False)


def person_shaped(words: list[Token]) -> bool:
    """Whether the words can be a person's name: one to four capitalised words or initials,
    particles only inside, no legal form and no word that ends organisation names.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> [person_shaped(list(nlp(text))) for text in ("Jacques de Larosiere", "Bank of Tokyo")]
    [True, False]
    """
    if not 0 < len(words) <= MAX_NAME_WORDS:
        return False
    if words[0].lower_ in PARTICLES or words[-1].lower_ in PARTICLES:
        return False
    forms, org_words = legal_forms(), organisation_words()
    return all(
        (NAME_WORD.fullmatch(t.text) is not None or t.lower_ in PARTICLES)
        and t.lower_ not in forms
        and t.lower_ not in org_words
        for t in words
    )


def follows_title(ent: Span) -> bool:
    """Whether ``ent`` is shaped like a person's name and follows a title noun outside any
    entity: ``astronaut Bertalan Farkas``.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["astronaut", "Bertalan", "Farkas"],
    ...           ents=["O", "B-PERSON", "I-PERSON"])
    >>> follows_title(doc.ents[0])
    True
    """
    return _titled_name(ent, {t.i for e in ent.doc.ents for t in e})


def _titled_name(ent: Span, covered: set[int]) -> bool:
    """Whether ``ent`` is a person's name right after a title noun outside any entity, and
    itself no part of a title ("Deputy Energy Minister", "chief U.K. Economist")."""
    words = [t for t in ent if not t.is_space]
    before = word_before(ent.doc, ent.start)
    return (
        person_shaped(words)
        and before is not None
        and before.i not in covered
        and _is_title(before)
        and words[-1].lower_ not in title_words()
        and not _is_title(word_after(ent.doc, ent.end - 1))
    )


def _without_portfolio(ent: Span) -> Span | None:
    """``ent`` without the portfolio words that end it right before a capitalised title, when
    a country or nationality comes before them: the portfolio is the title's and no name
    (GUIDELINES.md 3.2, ``Finance Minister``), so ``U.S. Trade`` before ``Representative`` is
    the GPE ``U.S.``; so are a title's first words (``U.S. Surgeon`` before ``General``). None,
    to leave ``ent`` as it is, otherwise: an entity of portfolio words alone keeps the NER's
    label (OntoNotes labels ``Agriculture`` before ``Secretary`` an ORG), and a firm's name
    stays whole (``Acme Energy Chairman``)."""
    from extract.entity_countries import countries, nationalities  # it imports this module

    doc = ent.doc
    office = word_after(doc, ent.end - 1)
    if office is None or not office.text[:1].isupper() or not _is_title(office):
        return None
    end = ent.end
    # A title's own first word, too: "U.S. Surgeon" before "General"
    while (
        end > ent.start
        and doc[end - 1].is_title
        and (doc[end - 1].lower_ in portfolios() or _is_title(doc[end - 1]))
    ):
        end -= 1
    if end in (ent.start, ent.end):
        return None
    rest = doc[ent.start : end].text
    if rest in nationalities():
        return Span(doc, ent.start, end, label="NORP")
    return Span(doc, ent.start, end, label="GPE") if rest.lower() in countries() else None


@cache
def portfolios() -> frozenset[str]:
    """Lower-case portfolio words (``relations/lexicon.json``): ``trade``, ``energy``."""
    return frozenset(entry["lower"] for entry in entries("relations/lexicon.json", "portfolios"))


def _label_of_rest(span: Span) -> str:
    """The label of what is left of an entity once its department is cut off: a nationality
    (``British``, ``Saudi Arabian``) or a country (``U.S.``), or the label the document gives
    the same words elsewhere."""
    for ent in span.doc.ents:
        if ent.text == span.text and ent.label_ in ("GPE", "NORP"):
            return ent.label_
    return "NORP" if _NATIONALITY.fullmatch(span[-1].text) else "GPE"


def _split_department(ent: Span, dept: Token) -> list[Span]:
    """``ent`` cut around the department word it holds: what precedes stays a name (a place or
    nationality), the department is an ORG, and what follows it keeps its label unless it opens
    with a lower-case word ("State for Economic Affairs ...")."""
    doc = ent.doc
    parts = [Span(doc, dept.i, dept.i + 1, label="ORG")]
    if dept.i > ent.start:
        rest = Span(doc, ent.start, dept.i)
        parts.insert(0, Span(doc, ent.start, dept.i, label=_label_of_rest(rest)))
    if dept.i + 1 < ent.end and doc[dept.i + 1].text[:1].isupper():
        parts.append(Span(doc, dept.i + 1, ent.end, label=ent.label_))
    return parts


def titled_entities(doc: Doc) -> list[Span]:
    """The Doc's entities with departments and titled names labelled (see the module
    docstring)."""
    ents: list[Span] = []
    covered = {t.i for ent in doc.ents for t in ent}
    for ent in doc.ents:
        dept = next((t for t in ent if _is_department(t)), None)
        if dept is not None and (len(ent) > 1 or ent.label_ != "ORG"):
            ents.extend(_split_department(ent, dept))
        elif (rest := _without_portfolio(ent)) is not None:
            ents.append(rest)  # "U.S. Trade Representative"
        elif ent.label_ == "PERSON" and _only_a_title(ent):
            continue  # "the Pope", "The King": a title names no one (GUIDELINES.md 3.1)
        elif ent.label_ == "PERSON" and (name := _past_leading_title(ent)) > ent.start:
            ents.append(Span(doc, name, ent.end, label="PERSON"))  # "Prince" + "Charles"
        elif ent.label_ == "ORG" and _unlabelled_portfolio(ent):
            continue  # "Finance Minister": OntoNotes leaves the portfolio unlabelled (3.2)
        elif ent.label_ in NAME_LABELS and _titled_name(ent, covered):
            ents.append(Span(doc, ent.start, ent.end, label="PERSON"))
        elif ent.label_ == "PERSON" and (given := _given_name_before(ent, covered)) is not None:
            ents.append(Span(doc, given, ent.end, label="PERSON"))  # "President Juvenal"
        else:
            ents.append(ent)
    for token in doc:
        if token.i not in covered and _is_department(token):
            ents.append(Span(doc, token.i, token.i + 1, label="ORG"))
    ents = [_leader(ent) or ent for ent in ents]
    return sorted(ents, key=lambda span: span.start)


def _given_name_before(ent: Span, covered: set[int]) -> int | None:
    """Where a PERSON starts with the given name the NER left out between a title and the
    surname ("Rwandan President Juvenal Habyarimana", read "Habyarimana"), else None.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["President", "Juvenal", "Habyarimana"],
    ...           ents=["O", "O", "B-PERSON"])
    >>> _given_name_before(doc.ents[0], {2})
    1
    """
    doc = ent.doc
    given = word_before(doc, ent.start)
    if given is None or given.i in covered or given.pos_ in FUNCTION_POS:
        return None
    title = word_before(doc, given.i)
    if title is None or title.i in covered or not _is_title(title) or _is_title(given):
        return None
    if given.lower_ in lexicon()["honorifics"]:
        return None  # "chairman Sir John Egan": the honorific is outside the name
    name = [given, *(t for t in ent if not t.is_space)]
    return given.i if NAME_WORD.fullmatch(given.text) and person_shaped(name) else None


def _unlabelled_portfolio(ent: Span) -> bool:
    """Whether ``ent`` is one portfolio word of ``titles.json`` ``unlabelled_portfolios`` right
    before a department title ("Finance Minister", "Foreign Secretary")."""
    office = word_after(ent.doc, ent.end - 1)
    return (
        len(ent) == 1
        and ent[0].lower_ in unlabelled_portfolios()
        and office is not None
        and office.lower_ in department_titles(after_of=False) | department_titles(after_of=True)
    )


@cache
def leading_titles() -> tuple[tuple[str, ...], ...]:
    """Titles and forms of address the NER reads into a person's name (``titles.json``,
    ``leading_titles``), the longest first: ``crown prince``, ``king``, ``mrs``."""
    titles = (tuple(e["words"].split()) for e in entries("entities/titles.json", "leading_titles"))
    return tuple(sorted(titles, key=len, reverse=True))


def _past_leading_title(ent: Span) -> int:
    """Where a PERSON's name starts past the capitalised title the NER read into it ("Crown
    Prince Hassan", "King Fahd", "Mrs Thatcher": GUIDELINES.md 3.3, titles are outside a
    PERSON), when a name word that is no title is left; else the entity's start."""
    words = [t for t in ent if not t.is_space]
    for title in leading_titles():
        n = len(title)
        head = words[:n]
        if (
            len(words) > n
            and [t.lower_.rstrip(".") for t in head] == list(title)
            and all(t.text[:1].isupper() for t in head)
            and NAME_WORD.fullmatch(words[n].text) is not None
            and words[n].lower_ not in title_words()  # "Lord King" is a peer named King
        ):
            return words[n].i
    return ent.start


def _only_a_title(ent: Span) -> bool:
    """Whether the entity is a title noun alone, with its article ("Pope", "the King"), and
    not a surname the document gives in a longer name ("Roger King" ... "King")."""
    words = [t for t in ent if not t.is_space and t.lower_ != "the"]
    if len(words) != 1 or words[0].lower_ not in title_words():
        return False
    others = (e for e in ent.doc.ents if e.start != ent.start)
    return not any(_named_with(words[0].text, other) for other in others)


def _named_with(word: str, ent: Span) -> bool:
    """Whether ``word`` is part of a longer name: a firm's ("Pope and Talbot Inc") or a
    person's after the first word ("Roger King"; "King Hassan" gives a title)."""
    words = [w for w in ent.text.split() if w.lower() != "the"]
    if ent.label_ == "ORG":
        return len(words) > 1 and word in words
    return ent.label_ == "PERSON" and word in words[1:]


def _leader(ent: Span) -> Span | None:
    """The PERSON of an ORG that is a leader's administration ("the Reagan Administration"),
    else None."""
    words = [t for t in ent if not t.is_space and t.lower_ != "the"]
    if ent.label_ != "ORG" or len(words) != 2 or words[1].lower_ != "administration":
        return None
    name = words[0]
    people = {e[-1].text for e in ent.doc.ents if e.label_ == "PERSON"}
    if name.text.lower() not in administration_heads() and name.text not in people:
        return None
    return Span(ent.doc, name.i, name.i + 1, label="PERSON")
