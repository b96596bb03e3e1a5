"""Repairs of systematic parser errors, on hand-built Docs."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest
import spacy
from spacy.tokens import Doc

from extract import parse_infinitives, parse_repairs
from extract.parse_infinitives import repair_adverbial_infinitives, repair_in_principle
from extract.parse_repairs import (
    repair_bracketed_subjects,
    repair_date_subjects,
    repair_double_objects,
    repair_marked_objects,
    repair_second_subjects,
    repair_stranded_cases,
    repair_subjects,
    repair_titled_names,
)

VOCAB = spacy.blank("en").vocab


@pytest.mark.parametrize(
    ("words", "pos", "deps", "heads", "expected"),
    [
        pytest.param(
            ["Acme", "said", "it", "bought", "units"],
            ["PROPN", "VERB", "PRON", "VERB", "NOUN"],
            ["nsubj", "ROOT", "expl", "ccomp", "obj"],
            [1, 1, 3, 1, 3],
            "nsubj",
            id="pronoun-read-as-expletive",
        ),
        pytest.param(
            ["it", "is", "likely", "that", "prices", "rise"],
            ["PRON", "AUX", "ADJ", "SCONJ", "NOUN", "VERB"],
            ["expl", "cop", "ROOT", "mark", "nsubj", "csubj"],
            [2, 2, 2, 5, 5, 2],
            "expl",
            id="true-expletive-of-a-copula",
        ),
        pytest.param(
            ["it", "bought", "Acme", "units"],
            ["PRON", "VERB", "PROPN", "NOUN"],
            ["expl", "ROOT", "nsubj", "obj"],
            [1, 1, 1, 1],
            "expl",
            id="verb-has-a-subject",
        ),
        pytest.param(
            ["bought", "it", "units"],
            ["VERB", "PRON", "NOUN"],
            ["ROOT", "expl", "obj"],
            [0, 0, 0],
            "expl",
            id="after-the-verb",
        ),
    ],
)
def test_repair_subjects(
    words: list[str], pos: list[str], deps: list[str], heads: list[int], expected: str
) -> None:
    doc = Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads)
    repair_subjects(doc)
    index = [t.lower_ for t in doc].index("it")
    assert doc[index].dep_ == expected


@pytest.mark.parametrize("module", [parse_repairs, parse_infinitives])
def test_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_bracketed_name_joins_the_verb_after_it() -> None:
    words = ["<", "Acme", "Corp", ">", "said", "it", "won", "."]
    doc = Doc(
        VOCAB,
        words=words,
        pos=["PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"],
        deps=["punct", "compound", "ROOT", "punct", "ROOT", "nsubj", "ccomp", "punct"],
        heads=[2, 2, 2, 2, 4, 6, 4, 4],
    )
    assert repair_bracketed_subjects(doc) == 1
    assert (doc[2].dep_, doc[2].head.text) == ("nsubj", "said")
    assert len(list(doc.sents)) == 1


def test_bracketed_name_before_a_verb_with_a_subject_stays() -> None:
    doc = Doc(
        VOCAB,
        words=["<", "Acme", ">", "Beta", "said", "so"],
        pos=["PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "ADV"],
        deps=["punct", "ROOT", "punct", "nsubj", "ROOT", "advmod"],
        heads=[1, 1, 1, 4, 4, 4],
    )
    assert repair_bracketed_subjects(doc) == 0


def test_second_subject_after_a_comma_is_an_apposition() -> None:
    doc = Doc(
        VOCAB,
        words=["Two", "aides", ",", "Ann", "Lee", ",", "left"],
        pos=["NUM", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"],
        deps=["nummod", "nsubj", "punct", "nsubj", "flat", "punct", "ROOT"],
        heads=[1, 6, 3, 6, 3, 6, 6],
        ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"],
    )
    assert repair_second_subjects(doc) == 1
    assert (doc[3].dep_, doc[3].head.text) == ("appos", "aides")


def test_firm_seat_after_a_comma_is_an_apposition_and_gives_back_its_conjuncts() -> None:
    # "Kerdix Inc., Boulder, Colorado, and Nakamichi Corp agreed ...": the parser's reading.
    doc = Doc(
        VOCAB,
        words=[
            "Kerdix",
            "Inc.",
            ",",
            "Boulder",
            ",",
            "Colorado",
            ",",
            "and",
            "Nakamichi",
            "Corp",
            "agreed",
        ],
        pos=[
            "PROPN",
            "PROPN",
            "PUNCT",
            "PROPN",
            "PUNCT",
            "PROPN",
            "PUNCT",
            "CCONJ",
            "PROPN",
            "PROPN",
            "VERB",
        ],
        deps=[
            "compound",
            "nsubj",
            "punct",
            "nsubj",
            "punct",
            "conj",
            "punct",
            "cc",
            "compound",
            "conj",
            "ROOT",
        ],
        heads=[1, 10, 3, 10, 5, 3, 9, 9, 9, 3, 10],
        ents=["B-ORG", "I-ORG", "O", "B-GPE", "O", "B-GPE", "O", "O", "B-ORG", "I-ORG", "O"],
    )
    assert repair_second_subjects(doc) == 1
    assert (doc[3].dep_, doc[3].head.text) == ("appos", "Inc.")
    assert doc[9].head.text == "Inc."
    assert doc[5].head.text == "Boulder"


def test_two_subjects_without_a_comma_stay() -> None:
    doc = Doc(
        VOCAB,
        words=["aides", "Ann", "left"],
        pos=["NOUN", "PROPN", "VERB"],
        deps=["nsubj", "nsubj", "ROOT"],
        heads=[2, 2, 2],
        ents=["O", "B-PERSON", "O"],
    )
    assert repair_second_subjects(doc) == 0


def test_name_on_a_time_subject_becomes_the_subject() -> None:
    doc = Doc(
        VOCAB,
        words=["Lee", "last", "week", "visited", "Rome"],
        pos=["PROPN", "ADJ", "NOUN", "VERB", "PROPN"],
        deps=["compound", "amod", "nsubj", "ROOT", "obj"],
        heads=[2, 2, 3, 3, 3],
        ents=["B-PERSON", "B-DATE", "I-DATE", "O", "B-GPE"],
    )
    assert repair_date_subjects(doc) == 1
    assert (doc[0].dep_, doc[0].head.text, doc[2].dep_) == ("nsubj", "visited", "obl:unmarked")


def test_names_conjoined_to_a_prepositional_date_become_the_subject() -> None:
    # "On Wednesday, Bushnell and Kimotho met": the parser's reading
    doc = Doc(
        VOCAB,
        words=["On", "Wednesday", ",", "Bushnell", "and", "Kimotho", "met"],
        pos=["ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB"],
        deps=["case", "nsubj", "punct", "conj", "cc", "conj", "ROOT"],
        heads=[1, 6, 3, 1, 5, 1, 6],
        ents=["O", "B-DATE", "O", "B-PERSON", "O", "B-PERSON", "O"],
    )
    assert repair_date_subjects(doc) == 1
    assert [(t.dep_, t.head.text) for t in (doc[1], doc[3], doc[5])] == [
        ("obl", "met"),
        ("nsubj", "met"),
        ("conj", "Bushnell"),
    ]


def test_prepositional_date_subject_without_a_name_stays() -> None:
    doc = Doc(
        VOCAB,
        words=["On", "Wednesday", ",", "talks", "began"],
        pos=["ADP", "PROPN", "PUNCT", "NOUN", "VERB"],
        deps=["case", "nsubj", "punct", "conj", "ROOT"],
        heads=[1, 4, 3, 1, 4],
        ents=["O", "B-DATE", "O", "O", "O"],
    )
    assert repair_date_subjects(doc) == 0


def test_time_subject_without_a_name_stays() -> None:
    doc = Doc(
        VOCAB,
        words=["Last", "week", "was", "busy"],
        pos=["ADJ", "NOUN", "AUX", "ADJ"],
        deps=["amod", "nsubj", "cop", "ROOT"],
        heads=[1, 3, 3, 3],
        ents=["B-DATE", "I-DATE", "O", "O"],
    )
    assert repair_date_subjects(doc) == 0


# "President of the Council of Peru Luis Vargas came": the parser makes the title the subject
# and hangs the name, with the organisation's last word, inside the organisation's phrase.
TITLED_WORDS = ["President", "of", "the", "Council", "of", "Peru", "Luis", "Vargas", "came"]
TITLED_POS = ["PROPN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"]
TITLED_ENTS = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-PERSON", "I-PERSON", "O"]


def test_name_after_a_title_and_its_organisation_becomes_the_subject() -> None:
    doc = Doc(
        VOCAB,
        words=TITLED_WORDS,
        pos=TITLED_POS,
        deps=["nsubj", "case", "det", "nmod", "case", "compound", "compound", "nmod", "ROOT"],
        heads=[8, 3, 3, 0, 7, 6, 7, 3, 8],
        ents=TITLED_ENTS,
    )
    assert repair_titled_names(doc) == 1
    assert [(t.dep_, t.head.text) for t in doc] == [
        ("compound", "Vargas"),
        ("case", "Council"),
        ("det", "Council"),
        ("nmod", "President"),
        ("case", "Council"),  # "of Peru" stays inside the organisation, under its head
        ("compound", "Council"),
        ("compound", "Vargas"),
        ("nsubj", "came"),
        ("ROOT", "came"),
    ]


@pytest.mark.parametrize(
    ("words", "pos", "deps", "heads", "ents"),
    [
        pytest.param(
            TITLED_WORDS,
            TITLED_POS,
            ["compound", "case", "det", "nmod", "case", "nmod", "compound", "nsubj", "ROOT"],
            [7, 3, 3, 0, 5, 3, 7, 8, 8],
            TITLED_ENTS,
            id="name-heads-the-title-already",
        ),
        pytest.param(
            ["Head", "of", "Acme", ",", "Ann", "Lee", "came"],
            ["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"],
            ["nsubj", "case", "nmod", "punct", "appos", "flat", "ROOT"],
            [6, 2, 0, 4, 0, 4, 6],
            ["O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O"],
            id="comma-before-the-name",
        ),
        pytest.param(
            ["Shares", "of", "Acme", "Ann", "Lee", "rose"],
            ["NOUN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"],
            ["nsubj", "case", "compound", "compound", "nmod", "ROOT"],
            [5, 4, 4, 4, 0, 5],
            ["O", "O", "B-ORG", "B-PERSON", "I-PERSON", "O"],
            id="no-title-word",
        ),
    ],
)
def test_names_without_a_title_and_organisation_before_them_stay(
    words: list[str], pos: list[str], deps: list[str], heads: list[int], ents: list[str]
) -> None:
    doc = Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads, ents=ents)
    assert repair_titled_names(doc) == 0


@pytest.mark.parametrize(
    ("words", "deps", "heads", "expected"),
    [
        pytest.param(
            ["Acme", "agreed", "in", "principle", "to", "buy", "Beta"],
            ["nsubj", "ROOT", "case", "obl", "mark", "acl", "obj"],
            [1, 1, 3, 1, 5, 3, 5],
            ("xcomp", "agreed"),
            id="the-verb-s-complement",
        ),
        pytest.param(
            ["Acme", "reached", "agreement", "in", "principle", "to", "sell", "Beta"],
            ["nsubj", "ROOT", "obj", "case", "obl", "mark", "acl", "obj"],
            [1, 1, 1, 4, 1, 6, 4, 6],
            ("acl", "agreement"),
            id="the-object-s-complement",
        ),
        pytest.param(
            ["Acme", "reached", "an", "agreement", "in", "principle", "to", "sell", "Beta"],
            ["nsubj", "ROOT", "det", "obj", "case", "nmod", "mark", "acl", "obj"],
            [1, 1, 3, 1, 5, 3, 7, 5, 7],
            ("acl", "agreement"),
            id="the-noun-s-complement",
        ),
        pytest.param(
            ["Acme", "agreed", "on", "principle", "to", "buy", "Beta"],
            ["nsubj", "ROOT", "case", "obl", "mark", "acl", "obj"],
            [1, 1, 3, 1, 5, 3, 5],
            ("acl", "principle"),
            id="no-idiom-without-in",
        ),
    ],
)
def test_repair_in_principle(
    words: list[str], deps: list[str], heads: list[int], expected: tuple[str, str]
) -> None:
    pos = {"Acme": "PROPN", "Beta": "PROPN", "in": "ADP", "on": "ADP", "to": "PART"}
    tags = [
        pos.get(w, "VERB" if d in ("ROOT", "acl") else "NOUN")
        for w, d in zip(words, deps, strict=True)
    ]
    doc = Doc(VOCAB, words=words, pos=tags, deps=deps, heads=heads)
    repair_in_principle(doc)
    infinitive = doc[words.index("to") + 1]
    assert (infinitive.dep_, infinitive.head.text) == expected


@pytest.mark.parametrize(
    ("words", "lemmas", "deps", "heads", "expected"),
    [
        pytest.param(
            ["Acme", "agreed", "in", "June", "to", "buy", "Beta"],
            ["Acme", "agree", "in", "June", "to", "buy", "Beta"],
            ["nsubj", "ROOT", "case", "obl", "mark", "advcl", "obj"],
            [1, 1, 3, 1, 5, 1, 5],
            "xcomp",
            id="agreed-at-a-time-to-buy",
        ),
        pytest.param(
            ["Acme", "sold", "units", "in", "June", "to", "buy", "Beta"],
            ["Acme", "sell", "unit", "in", "June", "to", "buy", "Beta"],
            ["nsubj", "ROOT", "obj", "case", "obl", "mark", "advcl", "obj"],
            [1, 1, 1, 4, 1, 6, 1, 6],
            "advcl",
            id="a-purpose-after-another-verb-stays",
        ),
        pytest.param(
            ["Acme", "agreed", "to", "buy", "Beta"],
            ["Acme", "agree", "to", "buy", "Beta"],
            ["nsubj", "ROOT", "mark", "advcl", "obj"],
            [1, 1, 3, 1, 3],
            "advcl",
            id="nothing-between-no-repair",
        ),
    ],
)
def test_repair_adverbial_infinitives(
    words: list[str], lemmas: list[str], deps: list[str], heads: list[int], expected: str
) -> None:
    tags = {"to": "PART", "in": "ADP", "Acme": "PROPN", "Beta": "PROPN"}
    pos = [
        tags.get(w, "VERB" if d in ("ROOT", "advcl") else "NOUN")
        for w, d in zip(words, deps, strict=True)
    ]
    doc = Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas)
    repair_adverbial_infinitives(doc)
    assert doc[words.index("to") + 1].dep_ == expected


@pytest.mark.parametrize(
    ("words", "deps", "heads", "ents", "expected"),
    [
        pytest.param(
            ["talks", "with", "U.S.", "Envoy", "Ann", "Lee"],
            ["ROOT", "case", "compound", "compound", "nmod", "flat"],
            [0, 3, 3, 4, 0, 4],
            ["O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON"],
            "Ann",
            id="on-the-name-over-its-title",
        ),
        pytest.param(
            ["talks", "in", "Rome", ",", "officials", "said"],
            ["nsubj", "case", "compound", "punct", "nsubj", "ROOT"],
            [5, 2, 4, 4, 5, 5],
            ["O", "O", "B-GPE", "O", "O", "O"],
            "Rome",
            id="a-comma-ends-the-phrase",
        ),
        pytest.param(
            ["sales", "of", "steel", "pipe", "rose"],
            ["nsubj", "case", "compound", "nmod", "ROOT"],
            [4, 2, 3, 0, 4],
            ["O", "O", "O", "O", "O"],
            "steel",
            id="no-name-no-repair",
        ),
    ],
)
def test_repair_stranded_cases(
    words: list[str], deps: list[str], heads: list[int], ents: list[str], expected: str
) -> None:
    doc = Doc(VOCAB, words=words, deps=deps, heads=heads, ents=ents)
    repair_stranded_cases(doc)
    assert doc[1].head.text == expected


def test_titled_name_over_a_line_wrap_before_of() -> None:
    doc = Doc(
        VOCAB,
        words=["Chairman", "\n", "of", "Acme", "Ann", "Lee", "came"],
        spaces=[False, False, True, True, True, True, False],
        pos=["PROPN", "SPACE", "ADP", "PROPN", "PROPN", "PROPN", "VERB"],
        deps=["nsubj", "dep", "case", "compound", "compound", "nmod", "ROOT"],
        heads=[6, 0, 5, 5, 5, 0, 6],
        ents=["O", "O", "O", "B-ORG", "B-PERSON", "I-PERSON", "O"],
    )
    assert repair_titled_names(doc) == 1
    assert (doc[1].head.text, doc[2].head.text, doc[5].dep_) == ("Chairman", "Acme", "nsubj")


@pytest.mark.parametrize(
    ("words", "deps", "heads", "ents", "expected"),
    [
        pytest.param(
            ["loaned", "Uganda", "92.1", "mln", "dlrs"],
            ["ROOT", "compound", "nummod", "compound", "obj"],
            [0, 4, 4, 4, 0],
            ["O", "B-GPE", "O", "O", "O"],
            ("iobj", "loaned"),
            id="name-hung-on-the-amount",
        ),
        pytest.param(
            ["loaned", "Mexico", "400", "mln", "dlrs"],
            ["ROOT", "obj", "nummod", "compound", "obj"],
            [0, 0, 4, 4, 0],
            ["O", "B-GPE", "O", "O", "O"],
            ("iobj", "loaned"),
            id="name-read-as-a-second-object",
        ),
        pytest.param(
            ["owed", "the", "World", "Bank", "about", "520", "mln", "dlrs"],
            ["ROOT", "det", "compound", "compound", "advmod", "nummod", "compound", "obj"],
            [0, 7, 3, 7, 5, 7, 7, 0],
            ["O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
            ("iobj", "owed"),
            id="after-the-article-and-before-a-qualifier",
        ),
        pytest.param(
            ["paid", "Acme", "$", "5", "mln"],
            ["ROOT", "compound", "obj", "nummod", "nummod"],
            [0, 2, 0, 2, 2],
            ["O", "B-ORG", "O", "O", "O"],
            ("iobj", "paid"),
            id="amount-opens-with-its-currency",
        ),
        pytest.param(
            ["owed", "Acme", "5", "mln", "dlrs"],
            ["ROOT", "obj", "nummod", "compound", "obl"],
            [0, 0, 4, 4, 0],
            ["O", "B-ORG", "O", "O", "O"],
            ("iobj", "owed"),
            id="name-as-object-and-amount-as-oblique",
        ),
        pytest.param(
            ["owed", "Acme", "5", "mln", "dlrs", "in", "taxes"],
            ["ROOT", "obj", "nummod", "compound", "nmod", "case", "obl"],
            [0, 0, 4, 4, 1, 6, 0],
            ["O", "B-ORG", "O", "O", "O", "O", "O"],
            ("obj", "owed"),
            id="no-amount-hung-on-the-verb",
        ),
        pytest.param(
            ["bought", "Acme", "shares", "for", "5", "mln", "dlrs"],
            ["ROOT", "compound", "obj", "case", "nummod", "compound", "obl"],
            [0, 2, 0, 6, 6, 6, 0],
            ["O", "B-ORG", "O", "O", "O", "O", "O"],
            ("compound", "shares"),
            id="no-amount-right-after-the-name",
        ),
        pytest.param(
            ["in", "Uganda", "5", "mln", "dlrs", "were", "spent"],
            ["case", "compound", "nummod", "compound", "nsubj:pass", "aux:pass", "ROOT"],
            [4, 4, 4, 4, 6, 6, 6],
            ["O", "B-GPE", "O", "O", "O", "O", "O"],
            ("compound", "dlrs"),
            id="no-verb-before-the-name",
        ),
    ],
)
def test_repair_double_objects(
    words: list[str], deps: list[str], heads: list[int], ents: list[str], expected: tuple[str, str]
) -> None:
    pos = ["VERB" if d == "ROOT" else "X" for d in deps]
    doc = Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads, ents=ents)
    repair_double_objects(doc)
    name = next(e for e in doc.ents).root
    assert (name.dep_, name.head.text) == expected


@pytest.mark.parametrize(
    ("words", "pos", "deps", "heads", "expected"),
    [
        pytest.param(
            ["sell", "Center", "to", "Trammell", "Crow", "Co"],
            ["VERB", "PROPN", "ADP", "PROPN", "PROPN", "PROPN"],
            ["ROOT", "obj", "case", "compound", "compound", "obj"],
            [0, 0, 4, 5, 5, 0],
            {"Center": ("obj", "sell"), "Co": ("obl", "sell"), "to": ("case", "Co")},
            id="preposition-on-the-first-word-of-a-name-read-as-a-second-object",
        ),
        pytest.param(
            ["sold", "unit", "to", "Apex"],
            ["VERB", "NOUN", "ADP", "PROPN"],
            ["ROOT", "obj", "case", "obj"],
            [0, 0, 3, 0],
            {"unit": ("obj", "sold"), "Apex": ("obl", "sold"), "to": ("case", "Apex")},
            id="preposition-on-an-object",
        ),
        pytest.param(
            ["laying", "off", "workers"],
            ["VERB", "ADP", "NOUN"],
            ["ROOT", "case", "obj"],
            [0, 2, 0],
            {"workers": ("obj", "laying"), "off": ("case", "workers")},
            id="a-particle-is-no-preposition",
        ),
        pytest.param(
            ["sold", "to", "an", "investor", "75,760", "shares"],
            ["VERB", "ADP", "DET", "NOUN", "NUM", "NOUN"],
            ["ROOT", "case", "det", "compound", "nummod", "obj"],
            [0, 3, 3, 5, 5, 0],
            {"shares": ("obj", "sold"), "to": ("case", "investor")},
            id="a-preposition-on-a-common-noun-before-the-object-stays",
        ),
    ],
)
def test_repair_marked_objects(
    words: list[str],
    pos: list[str],
    deps: list[str],
    heads: list[int],
    expected: dict[str, tuple[str, str]],
) -> None:
    doc = Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads)
    repair_marked_objects(doc)
    assert {t.text: (t.dep_, t.head.text) for t in doc if t.text in expected} == expected


def test_a_hyphenated_word_part_is_no_preposition() -> None:
    words = ["approved", "a", "stand", "-", "by", "loan"]
    spaces = [True, True, False, False, True, False]
    doc = Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        pos=["VERB", "DET", "NOUN", "PUNCT", "ADP", "NOUN"],
        deps=["ROOT", "det", "compound", "punct", "case", "obj"],
        heads=[0, 5, 5, 5, 5, 0],
    )
    assert repair_marked_objects(doc) == 0 and doc[5].dep_ == "obj"
