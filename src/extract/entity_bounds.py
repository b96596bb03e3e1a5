"""Entity boundaries the guideline fixes and the NER gets wrong.

Contract: each function returns the Doc's entities with one convention applied; the pipeline
sets ``doc.ents`` to them in turn, before anything reads the entities. Entities change which
tokens they cover, never their offsets: those stay the Doc's. The bracket conventions are in
``entity_brackets``.

- ``without_ranks(doc)``: a rank abbreviation is outside a name (``U.S. Army Brig.``).
- ``without_leading_common_words(doc)``: ``a`` and ``an`` are outside a name (``in a
  Securities and Exchange Commission filing``: OntoNotes leaves them out about nine times in
  ten), and so is any other lower-case word before its first capital (``messenger Purolator
  Courier Corp``), but not a prefix hyphenated to it (``anti-Japanese``); an entity that is
  only an article (the ``the`` of ``the <Overseas Union Bank Ltd>`` once the brackets took the
  name) is none. A focus particle is outside a number, a date or an amount (``only three``:
  ``three``), but not one that makes a hedge (``just over``; GUIDELINES.md 3.4).
- ``without_lowercase_names(doc)``: in a document that writes names capitalised, lower-case
  words the NER labelled a name are none (``treasury bills``, ``the kingdom``, ``the gulf``,
  ``the central bank``; GUIDELINES.md 3.2: a lower-case generic word is no name; OntoNotes
  tags lower-case ``treasury`` 0 times in 5, ``navy`` 0 in 10, and has 11 names of two or more
  words all in lower case in its newswire), unless the document also writes each word
  capitalised, linking words aside, or it is a country, nationality or US state (a slip of
  case: ``china``) or a name the wire writes so (``contra``; ``consistency.json``,
  ``lowercase_names``). A person's name of two or more words stays (``domingo cordovez``: a
  name's case slips; a description of a body does not).
- ``without_trailing_function_words(doc)``: no name ends in a lower-case preposition,
  conjunction or article (``Chapter 11 of the`` of ``Chapter 11 of the federal bankruptcy
  laws``, ``the University of Rochester for``; OntoNotes: ``Chapter 11``), nor in a title
  modifier that opens the title after it (``IMF Managing`` + ``Director Michel Camdessus``: a
  title is outside a name, GUIDELINES.md 3.3; ``opens_title(token)``).
- ``names_through_particles(doc)``: a person's name never ends in a particle; one that does
  runs on to the capitalised word after it (``Kika de la`` ``Garza``: ``Kika de la Garza``).
- ``numbered_groups(doc)``: ``Group of Seven``, ``Group of 77`` is one ORG, which the NER
  splits into an ORG and a CARDINAL (``the Group of`` + ``Seven``) or leaves half unread;
  ``the`` is inside where the name heads its noun phrase (GUIDELINES.md 3.3: ``the Group of
  Seven agreed``, but ``the Group of Seven meeting``). One the NER ran on past the number (``the
  Group of Seven Finance Ministers``) is left as read. Its acronym (``G-7``, ``G-10``, ``G5``)
  is an ORG, which the NER leaves out or reads as a person or nationality.
- ``without_possessives(doc)``: a final possessive (``'s`` and its curly form, ``'``, and the
  lost-apostrophe ``s`` of ``Fidel Castro s``) is cut off, as GUIDELINES.md 3.3 says
  ("Possessive 's is outside unless it belongs to the name"). The NER learnt to keep it from
  its training data, where about one possessive in ten was annotated inside a name (``Hong
  Kong 's``). A name that ends in one keeps it: a one-word organisation (``Moody's``,
  ``Lloyd's``: too often a store or firm name to cut, unless the document also writes the
  name without it) and ``Standard & Poor's``.
- ``without_amounts(doc)``: a name ends before an amount the NER ran it on into. In ``has
  loaned Uganda 92.1 mln dlrs`` the NER reads ``Uganda 92.1`` as one ORG, and the country and
  its indirect object are lost (``parse_repairs.repair_double_objects``). A name's first
  number in digits before a scale or currency word, or a currency before such a number
  (``opens_amount(token)``), and all after it, are cut off; a name that a number ends with no
  amount after it stays whole (``Group of 77``, ``Airbus A300``). A one-word PERSON so cut is
  dropped: it is the label of a table's row or a price report's item (``Revs 290.9 mln vs``,
  ``Heifers 65.00 dlrs``), which the NER reads as a name only with the number after it.

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["New", "Zealand", "'s", "Moody", "'s", "rose"],
...           ents=["B-GPE", "I-GPE", "I-GPE", "B-ORG", "I-ORG", "O"])
>>> [e.text for e in without_possessives(doc)]
['New Zealand', "Moody 's"]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.entities import abbreviations
from extract.entity_countries import known_places
from extract.entity_name_words import lowercase_names
from extract.entity_titles import NAME_WORD, PARTICLES
from extract.money_tables import form_key, load_tables
from extract.relation_lexicon import lexicon

POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019", "'S", "\u2019S"})


def _is_possessive(token: Token) -> bool:
    if token.text in POSSESSIVES:
        return True
    # "Fidel Castro s": an apostrophe lost in the text leaves a lone "s" after a name
    return token.text == "s" and token.i > 0 and token.doc[token.i - 1].whitespace_ != ""


def _keeps_its_possessive(ent: Span) -> bool:
    """``Moody's``, ``Standard & Poor's``: organisation names that end in one. A one-word name
    the document also writes without it (``Takeshita's`` ... ``Takeshita``) does not."""
    if ent.label_ != "ORG":
        return False
    words = len(ent) - 1
    if words >= 3:
        return ent.doc[ent.end - 3].text in ("&", "and")
    if words != 1:
        return False
    name = ent[0].text
    doc = ent.doc
    return not any(
        t.text == name and (t.i + 1 == len(doc) or not _is_possessive(doc[t.i + 1])) for t in doc
    )


def without_ranks(doc: Doc) -> list[Span]:
    """The Doc's entities with a rank abbreviation cut off either edge (``data/tokenizer/
    abbreviations.json``): ``U.S. Army Brig.`` before ``Gen. David McGinnis`` is the ORG
    ``U.S. Army``, and titles are outside a PERSON (GUIDELINES.md 3.3).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["U.S.", "Army", "Brig.", "Gen.", "Lee"],
    ...           ents=["B-ORG", "I-ORG", "I-ORG", "O", "B-PERSON"])
    >>> [e.text for e in without_ranks(doc)]
    ['U.S. Army', 'Lee']
    """
    ranks = frozenset(abbreviations())
    ents = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].text in ranks:
            start += 1
        while end > start and doc[end - 1].text in ranks:
            end -= 1
        if start < end:
            ents.append(
                ent
                if (start, end) == (ent.start, ent.end)
                else Span(doc, start, end, label=ent.label_)
            )
    return ents


def names_through_particles(doc: Doc) -> list[Span]:
    """The Doc's entities, a name that ends in a particle run on over the capitalised words
    after it, two at most for a person and one for another name (an entity the NER gave those
    words is taken in): "Kika de la" + "Garza", "Dar es" + "Salaam", "Caisse de depot et
    placement du" + "Quebec".

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Chairman", "Kika", "de", "la", "Garza", "said"],
    ...           ents=["O", "B-PERSON", "I-PERSON", "I-PERSON", "B-GPE", "O"])
    >>> [(e.text, e.label_) for e in names_through_particles(doc)]
    [('Kika de la Garza', 'PERSON')]
    >>> doc = Doc(doc.vocab, words=["in", "Dar", "es", "Salaam", "Thursday"],
    ...           ents=["O", "B-GPE", "I-GPE", "O", "B-DATE"])
    >>> [(e.text, e.label_) for e in names_through_particles(doc)]
    [('Dar es Salaam', 'GPE'), ('Thursday', 'DATE')]
    """
    ents = list(doc.ents)
    ended = [
        e
        for e in ents
        if e.label_ in NAME_LABELS and len(e) > 1 and doc[e.end - 1].lower_ in NAME_PARTICLES
    ]
    for ent in ended:
        end, most, words, k = ent.end, 2 if ent.label_ == "PERSON" else 1, 0, ent.end
        while k < len(doc) and words < most:
            if doc[k].is_space and "\n\n" not in doc[k].text:
                k += 1  # a line break inside the name
                continue
            if not NAME_WORD.fullmatch(doc[k].text):
                break
            words, k, end = words + 1, k + 1, k + 1
        if end > ent.end:
            ents = [e for e in ents if not (e.start < end and ent.start < e.end)]  # ent too
            ents.append(Span(doc, ent.start, end, label=ent.label_))
    return sorted(ents, key=lambda e: e.start) if ended else ents


# The particles of a person's name, and of places and firms: "Dar es Salaam".
NAME_PARTICLES = PARTICLES | {"es", "do", "dos"}


ARTICLES = frozenset({"a", "an", "the"})


# Lower-case words that may open a name: "the" (GUIDELINES.md 3.3), particles ("de la Garza"),
# and a compass point, which a typist may have left lower case ("south Africa").
OPENING_WORDS = ARTICLES - {"a", "an"} | PARTICLES | {"north", "south", "east", "west"}


def without_leading_common_words(doc: Doc) -> list[Span]:
    """The Doc's entities, names without the lower-case words the NER let them start with (an
    ``a`` or ``an``, a description: ``messenger`` + ``Purolator Courier Corp`` over a line
    break, ``all Rexnord Inc``, ``provisional Bank of Korea``), and no entity that is only an
    article (see the module doc). A name all in lower case (``new york`` of a lower-case
    story) stays, and so does one that opens with ``the`` or a particle (``OPENING_WORDS``).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "<", "Acme", ">", "and", "a", "US",
    ...           "Steel", "unit"], ents=["B-ORG", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG",
    ...           "I-ORG", "O"])
    >>> [e.text for e in without_leading_common_words(doc)]
    ['Acme', 'US Steel']
    """
    ents = []
    for ent in doc.ents:
        start = ent.start
        if ent.label_ in NAME_LABELS:
            start = _first_capitalised(ent)
        elif _focus_particle(ent):
            start += 1  # "one of only three doctors": CARDINAL "three"
        if not all(t.lower_ in ARTICLES for t in doc[start : ent.end]):
            ents.append(ent if start == ent.start else Span(doc, start, ent.end, ent.label_))
    return ents


# A story with fewer capitalised words inside its sentences than one in this many words is
# written in lower case (some Reuters-21578 stories are), names too.
LOWER_CASE_STORY = 50

# lower-case words inside a name that need no capital of their own ("Bank of Japan")
NAME_LINKS = frozenset({"of", "and", "for", "the", "on", "in", "&"})


def without_lowercase_names(doc: Doc) -> list[Span]:
    """The Doc's entities without a name written all in lower case, in a document that
    capitalises words inside its sentences (one in ``LOWER_CASE_STORY`` or more; see the module
    doc).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Japan", "sold", "treasury", "bills", "to",
    ...           "Brazil", "and", "china", "the", "central", "bank"], ents=["B-GPE", "O",
    ...           "B-ORG", "O", "O", "B-GPE", "O", "B-GPE", "B-ORG", "I-ORG", "I-ORG"])
    >>> [e.text for e in without_lowercase_names(doc)]
    ['Japan', 'Brazil', 'china']
    """
    words = [t for t in doc if t.is_alpha]
    inner_capitals = sum(
        t.text[:1].isupper() and t.i > 0 and not doc[t.i - 1].is_punct and not t.is_sent_start
        for t in words
    )
    if inner_capitals * LOWER_CASE_STORY < len(words):
        return list(doc.ents)  # a lower-case story names things in lower case
    capitalised = {t.lower_ for t in doc if t.text[:1].isupper()}
    places = known_places() | lowercase_names()

    def lower_case_name(entity: Span) -> bool:
        name = entity[1:] if entity[0].lower_ == "the" else entity
        words = [t.text for t in name if t.text not in NAME_LINKS]
        return (
            entity.label_ in NAME_LABELS
            and entity.label_ != "NORP"
            and bool(words)
            and (len(words) == 1 or entity.label_ != "PERSON")  # "jose lopez": a slip of case
            and all(t.is_alpha and t.is_lower for t in entity)
            and not all(w in capitalised for w in words)  # "the Treasury", "the treasury"
            and " ".join(t.text for t in name) not in places
        )

    return [e for e in doc.ents if not lower_case_name(e)]


# Words no name ends in, written in lower case: the NER runs a name on into the phrase after it
# ("Chapter 11 of the federal bankruptcy laws" read "Chapter 11 of the", "the University of
# Rochester for"); a capital is a name's ("Paul A", "Tranche A", "PC AT").
TRAILING_WORDS = frozenset({"of", "the", "for", "and", "or", "to", "on", "by", "at", "with",
                            "from", "in", "&", "a", "an"})  # fmt: skip


def without_trailing_function_words(doc: Doc) -> list[Span]:
    """The Doc's entities, names without the function words the NER let them end in, or the
    title they ran on into; a name that is nothing else is none.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["under", "Chapter", "11", "of", "the",
    ...           "federal", "laws"], ents=["O", "B-LAW", "I-LAW", "I-LAW", "I-LAW", "O", "O"])
    >>> [e.text for e in without_trailing_function_words(doc)]
    ['Chapter 11']
    """
    ents = []
    for ent in doc.ents:
        end = ent.end
        if ent.label_ in NAME_LABELS or ent.label_ in ("LAW", "EVENT", "PRODUCT"):
            while end > ent.start and (
                doc[end - 1].text in TRAILING_WORDS or doc[end - 1].is_space
            ):
                end -= 1
        if ent.label_ in NAME_LABELS:
            # "IMF Managing" + "Director Michel Camdessus", "the Bank of Japan Executive
            # Director": the name ends before the title it runs into
            end = next((t.i for t in doc[ent.start + 1 : end] if opens_title(t)), end)
            while end > ent.start and doc[end - 1].is_space:
                end -= 1
        if end > ent.start:
            ents.append(ent if end == ent.end else Span(doc, ent.start, end, ent.label_))
    return ents


def opens_title(token: Token) -> bool:
    """Whether ``token`` is a title modifier (``relations/lexicon.json``, ``title_modifiers``)
    that opens the capitalised title right after it, so no word of a name before it ("ICCO
    Executive" + "Director Kobena Erbynn", "Liffe Chief" + "Executive")."""
    words = lexicon()
    if token.lower_ not in words["title_modifiers"]:
        return False
    after = token.i + 1
    while after < len(token.doc) and token.doc[after].is_space:
        after += 1
    if after == len(token.doc) or not token.doc[after].text[:1].isupper():
        return False
    return token.doc[after].lower_ in words["titles"] | words["title_modifiers"]


def _first_capitalised(ent: Span) -> int:
    """Where ``ent`` starts once the lower-case words (and the punctuation between them) before
    its first capitalised word are off; with no capitalised word after them, once a leading
    ``a`` or ``an`` is."""
    for token in ent:
        if token.text[:1].isupper():
            return token.i
        if _joins_a_compound(token):
            break  # "anti-Japanese", "non-Swedish": one word (GUIDELINES 3.2)
        if token.is_space or token.is_punct:
            continue
        if not (token.is_alpha or _lower_compound(token)) or not token.is_lower:
            break
        if token.lower_ in OPENING_WORDS:
            break
    indefinite = ent[0].text in ("a", "an") and len(ent) > 1
    return ent.start + 1 if indefinite else ent.start


# Focus particles (GUIDELINES.md 3.4), and the words that make a hedge of them ("just over").
FOCUS_PARTICLES = frozenset({"only", "just"})
NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "ORDINAL", "DATE", "TIME", "MONEY", "PERCENT"})
HEDGED_BY = frozenset({"over", "under", "above", "below", "short"})


def _focus_particle(ent: Span) -> bool:
    """Whether a number, date or amount entity starts with a focus particle that is no hedge."""
    return (
        len(ent) > 1
        and ent[0].lower_ in FOCUS_PARTICLES
        and ent[1].lower_ not in HEDGED_BY
        and ent.label_ in NUMBER_LABELS
    )


def _lower_compound(token: Token) -> bool:
    """Whether ``token`` is a lower-case compound adjective the tokenizer keeps whole, a share
    held ("30%-owned", "51-pct-owned"): a description, no part of the name after it."""
    return "-" in token.text and token.text[-1].isalpha() and token.is_lower


def _joins_a_compound(token: Token) -> bool:
    """Whether ``token`` is a hyphen written inside a word ("anti-Japanese"), not a dash."""
    doc = token.doc
    inside = token.i > 0 and not doc[token.i - 1].whitespace_ and not token.whitespace_
    return token.text in ("-", "\u2010", "\u2011") and inside


# Numbered groups: "Group of Seven", "Group of 77", and their acronyms "G-7", "G10".
NUMBERED_HEADS = frozenset({"Group"})
_GROUP_ACRONYM = re.compile(r"G-?(?:5|7|8|10|15|20|24|77)")
# Parts of speech after a name that make it a modifier: "the Group of Seven meeting".
NOUN_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def numbered_groups(doc: Doc) -> list[Span]:
    """The Doc's entities with each ``Group of`` and a number one ORG (see the module doc).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "Group", "of", "Seven", "met"],
    ...           ents=["B-ORG", "I-ORG", "I-ORG", "B-CARDINAL", "O"])
    >>> [(e.text, e.label_) for e in numbered_groups(doc)]
    [('the Group of Seven', 'ORG')]
    """
    ents = list(doc.ents)
    for token in doc:
        if _GROUP_ACRONYM.fullmatch(token.text) and not any(
            e.start < token.i + 1 and e.end > token.i and len(e) > 1 for e in ents
        ):
            # "the G-7 agreement", "The G-10 met": the group named by its acronym
            ents = [e for e in ents if not (e.start <= token.i < e.end)]
            ents.append(Span(doc, token.i, token.i + 1, label="ORG"))
    for head in doc[: len(doc) - 2]:
        number = doc[head.i + 2]
        if head.text not in NUMBERED_HEADS or doc[head.i + 1].text != "of":
            continue
        if not number.like_num or not (number.is_digit or number.is_title):
            continue
        end = number.i + 1
        article = head.i > 0 and doc[head.i - 1].lower_ == "the"
        lo = head.i - 1 if article else head.i
        overlapping = [e for e in ents if e.start < end and e.end > lo]
        if any(e.end > end or e.start < lo for e in overlapping):
            continue
        modifier = end < len(doc) and doc[end].pos_ in NOUN_POS
        start = lo if article and not modifier else head.i
        ents = [e for e in ents if e not in overlapping]
        ents.append(Span(doc, start, end, label="ORG"))
    return sorted(ents, key=lambda e: e.start)


# Labels of names: a number, date or amount the NER ran on is another stage's to bound.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def without_amounts(doc: Doc) -> list[Span]:
    """The Doc's entities, each name cut where an amount starts in it (see the module doc).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["loaned", "Uganda", "92.1", "mln", "dlrs"],
    ...           ents=["O", "B-ORG", "I-ORG", "O", "O"])
    >>> [e.text for e in without_amounts(doc)]
    ['Uganda']
    """
    ents = []
    for ent in doc.ents:
        start = next(
            (t.i for t in ent[1:] if ent.label_ in NAME_LABELS and opens_amount(t)), ent.end
        )
        if start == ent.end:
            ents.append(ent)
        elif not (ent.label_ == "PERSON" and start - ent.start == 1):
            ents.append(Span(doc, ent.start, start, label=ent.label_))
    return ents


def opens_amount(token: Token) -> bool:
    """``92.1`` of ``92.1 mln dlrs``, ``$`` of ``$ 5 mln``: the first word of an amount."""
    if token.i + 1 == len(token.doc):
        return False
    after = token.nbor()
    if token.like_num and any(c.isdigit() for c in token.text):
        scale = load_tables().scales.get(form_key(after.text))
        return _is_currency(after.text) or (scale is not None and not scale[1])
    return _is_currency(token.text) and any(c.isdigit() for c in after.text)


def _is_currency(word: str) -> bool:
    currencies = load_tables().currencies
    return word in currencies or form_key(word) in currencies


def without_possessives(doc: Doc) -> list[Span]:
    """The Doc's entities, a final possessive cut off each (see the module docstring)."""
    ents = []
    for ent in doc.ents:
        if len(ent) > 1 and _is_possessive(doc[ent.end - 1]) and not _keeps_its_possessive(ent):
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
        ents.append(ent)
    return ents
