"""Entity boundaries the guideline fixes (GUIDELINES.md 3.3), on hand-built Docs."""

from __future__ import annotations

import doctest
import json
from importlib import resources
from types import ModuleType

import pytest
import spacy
from spacy.tokens import Doc

from extract import entity_bounds, entity_brackets, entity_context
from extract.entity_bounds import (
    names_through_particles,
    numbered_groups,
    without_amounts,
    without_leading_common_words,
    without_lowercase_names,
    without_possessives,
    without_ranks,
    without_trailing_function_words,
)
from extract.entity_brackets import bracket_names, without_open_brackets
from extract.entity_context import (
    joined_firm_names,
    language_adjectives,
    name_articles,
    publication_names,
    vessel_names,
    with_number_words,
    without_period_comparisons,
)
from tests.entity_docs import doc_of

VOCAB = spacy.blank("en").vocab


def ents_after(words: list[str], tags: list[str]) -> list[tuple[str, str]]:
    doc = Doc(VOCAB, words=words, ents=tags)
    return [(e.text, e.label_) for e in without_possessives(doc)]


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        pytest.param(
            ["New", "Zealand", "'s", "farmers"],
            ["B-GPE", "I-GPE", "I-GPE", "O"],
            [("New Zealand", "GPE")],
            id="gpe",
        ),
        pytest.param(
            ["Dresdner", "Bank", "AG", "\u2019s", "office"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [("Dresdner Bank AG", "ORG")],
            id="multiword-org-curly",
        ),
        pytest.param(
            ["Fidel", "Castro", "s", "government"],
            ["B-PERSON", "I-PERSON", "I-PERSON", "O"],
            [("Fidel Castro", "PERSON")],
            id="lost-apostrophe",
        ),
        pytest.param(
            ["the", "Soviets", "'", "plan"],
            ["O", "B-NORP", "I-NORP", "O"],
            [("Soviets", "NORP")],
            id="plural-possessive",
        ),
        pytest.param(
            ["last", "year", "'s", "profit"],
            ["B-DATE", "I-DATE", "I-DATE", "O"],
            [("last year", "DATE")],
            id="date",
        ),
    ],
)
def test_possessive_cut(words: list[str], tags: list[str], expected: list[tuple[str, str]]) -> None:
    assert ents_after(words, tags) == expected


@pytest.mark.parametrize(
    ("words", "tags"),
    [
        pytest.param(["Moody", "'s", "said"], ["B-ORG", "I-ORG", "O"], id="one-word-org"),
        pytest.param(
            ["Standard", "&", "Poor", "'s", "said"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            id="ampersand-firm",
        ),
        pytest.param(["'s"], ["B-ORG"], id="lone-token"),
        pytest.param(["Castro", "said"], ["B-PERSON", "O"], id="no-possessive"),
        pytest.param(["Chris", "Evans"], ["B-PERSON", "I-PERSON"], id="name-ending-in-s-letter"),
    ],
)
def test_entity_kept(words: list[str], tags: list[str]) -> None:
    doc = Doc(VOCAB, words=words, ents=tags)
    assert ents_after(words, tags) == [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "the/DET/det/3 Cape/PROPN/compound/2 Argus/PROPN/compound/3 newspaper/NOUN/ROOT/3",
            "Cape Argus",
            id="name-modifying-a-noun",
        ),
        pytest.param(
            "the/DET/det/2 Soviet/PROPN/compound/2 Union/PROPN/ROOT/2 said/VERB/conj/2",
            "the Soviet Union",
            id="name-heading-its-phrase",
        ),
        pytest.param(
            "the/DET/det/3 Stock/PROPN/compound/2 Exchange/PROPN/compound/3 today/NOUN/ROOT/3",
            "the Stock Exchange",
            id="a-day-read-as-a-noun",
        ),
        pytest.param(
            "the/DET/det/1 Ministry/PROPN/nmod/4 Agriculture/PROPN/compound/3 "
            "show/NOUN/compound/4 imports/NOUN/ROOT/4 rose/VERB/conj/4",
            "the Ministry Agriculture",
            id="a-verb-read-as-a-compound",
        ),
        pytest.param(
            "the/DET/det/4 Security/PROPN/compound/2 Council/PROPN/compound/4 "
            "embargo/NOUN/compound/4 resolution/NOUN/ROOT/4",
            "Security Council",
            id="the-article-hangs-on-a-later-noun",
        ),
        pytest.param(
            "the/DET/det/4 Aegean/PROPN/compound/2 Sea/PROPN/compound/4 "
            "tomorrow/NOUN/compound/4 morning/NOUN/ROOT/4",
            "the Aegean Sea",
            id="not-on-a-time-read-as-a-noun",
        ),
        pytest.param(
            "The/DET/det/2 Tower/PROPN/compound/2 Commission/PROPN/compound/3 report/NOUN/ROOT/3",
            "Tower Commission",
            id="sentence-initial-article",
        ),
        pytest.param(
            "the/DET/det/3 Jomo/PROPN/compound/2 Kenyatta/PROPN/compound/3 airport/PROPN/ROOT/3",
            "Jomo Kenyatta",
            id="tagger-reads-the-lower-case-noun-as-a-name",
        ),
        pytest.param(
            "the/DET/det/2 Zortman/PROPN/compound/2 mine/PRON/ROOT/2",
            "Zortman",
            id="tagger-reads-the-lower-case-noun-as-a-pronoun",
        ),
        pytest.param(
            "the/DET/det/1 Fed/PROPN/nsubj/2 it/PRON/ROOT/2",
            "the Fed",
            id="a-real-pronoun-after-a-name",
        ),
        pytest.param(
            "the/DET/det/2 Distillers/PROPN/compound/2 Plc/PROPN/ROOT/2 </PUNCT/punct/4"
            " DIST.L/PROPN/appos/2 >/PUNCT/punct/4 takeover/NOUN/obl/2",
            "Distillers Plc",
            id="a-ticker-between-the-name-and-its-noun",
        ),
        pytest.param(
            "the/DET/det/2 Bank/PROPN/compound/2 England/PROPN/ROOT/2 </PUNCT/punct/4"
            " BOE/PROPN/appos/2 >/PUNCT/punct/4 said/VERB/conj/2",
            "the Bank England",
            id="a-ticker-before-a-verb",
        ),
    ],
)
def test_article_outside_a_name_that_modifies_a_noun(spec: str, expected: str) -> None:
    """GUIDELINES.md 3.3: ``the`` is outside a name that only modifies the noun after it. The
    name is as many words as ``expected`` has; items are word/POS/dep/head."""
    items = [item.split("/") for item in spec.split()]
    n = len(expected.split()) + (0 if expected.split()[0].lower() == "the" else 1)
    doc = Doc(
        VOCAB,
        words=[i[0] for i in items],
        pos=[i[1] for i in items],
        deps=[i[2] for i in items],
        heads=[int(i[3]) for i in items],
        ents=["B-ORG"] + ["I-ORG"] * (n - 1) + ["O"] * (len(items) - n),
    )
    assert [e.text for e in name_articles(doc)] == [expected]


@pytest.mark.parametrize(
    ("words", "pos", "label", "expected"),
    [
        pytest.param(
            ["of", "the", "Arab", "American", "Institute", "says"],
            ["ADP", "DET", "PROPN", "PROPN", "PROPN", "VERB"],
            "ORG",
            "the Arab American Institute",
            id="before-a-verb",
        ),
        pytest.param(
            ["comes", "to", "the", "United", "States", "."],
            ["VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
            "GPE",
            "the United States",
            id="a-country-before-a-stop",
        ),
        pytest.param(
            ["the", "U.S.", "District", "Court", "in", "Boston"],
            ["DET", "PROPN", "PROPN", "PROPN", "ADP", "PROPN"],
            "ORG",
            "the U.S. District Court",
            id="before-a-preposition",
        ),
        pytest.param(
            ["in", "the", "U.K.", "High", "Court", "today", "to"],
            ["ADP", "DET", "PROPN", "PROPN", "PROPN", "NOUN", "PART"],
            "ORG",
            "the U.K. High Court",
            id="before-today",
        ),
        pytest.param(
            ["the", "Higher", "Labour", "Court", "Saturday", "ruled"],
            ["DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"],
            "ORG",
            "the Higher Labour Court",
            id="before-a-weekday",
        ),
        pytest.param(
            ["the", "New", "York", "exchanges", "opened"],
            ["DET", "PROPN", "PROPN", "VERB", "VERB"],
            "GPE",
            "New York",
            id="no-article-for-a-city-or-state",
        ),
        pytest.param(
            ["the", "Group", "of", "Seven", "finance", "ministers"],
            ["DET", "PROPN", "ADP", "PROPN", "NOUN", "NOUN"],
            "ORG",
            "Group of Seven",
            id="not-before-a-noun",
        ),
        pytest.param(
            ["the", "Waste", "Management", "'s", "stake"],
            ["DET", "PROPN", "PROPN", "PART", "NOUN"],
            "ORG",
            "Waste Management",
            id="not-before-a-possessive",
        ),
        pytest.param(
            ["the", "Corpus", "Christi", ",", "Texas", "refinery"],
            ["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "NOUN"],
            "ORG",
            "Corpus Christi",
            id="not-before-a-comma-and-a-place",
        ),
        pytest.param(
            ["the", "Fed", "said"],
            ["DET", "PROPN", "VERB"],
            "ORG",
            "Fed",
            id="not-a-name-of-one-word",
        ),
    ],
)
def test_article_inside_a_name_that_heads_its_phrase(
    words: list[str], pos: list[str], label: str, expected: str
) -> None:
    """GUIDELINES.md 3.3: ``the`` is inside a name of two words or more that heads its phrase."""
    first = words.index("the") + 1
    n = len(expected.split()) - (1 if expected.startswith("the ") else 0)
    tags = ["O"] * len(words)
    tags[first : first + n] = [f"B-{label}"] + [f"I-{label}"] * (n - 1)
    ents = ["B-GPE" if w == "Texas" else t for w, t in zip(words, tags, strict=True)]
    doc = Doc(VOCAB, words=words, pos=pos, ents=ents)
    assert [e.text for e in name_articles(doc)][:1] == [expected]


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        pytest.param(
            ["Ford", "Canada", "Ltd", "rose", ".", "Ford", "Canada", "fell"],
            ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "B-GPE", "O"],
            [("Ford Canada Ltd", "ORG"), ("Ford Canada", "ORG")],
            id="firm-named-whole-elsewhere",
        ),
        pytest.param(
            ["Ford", "Canada", "fell"],
            ["B-ORG", "B-GPE", "O"],
            [("Ford", "ORG"), ("Canada", "GPE")],
            id="not-named-whole-anywhere",
        ),
    ],
)
def test_firm_names_joined_across_their_country(
    words: list[str], tags: list[str], expected: list[tuple[str, str]]
) -> None:
    doc = Doc(VOCAB, words=words, ents=tags)
    assert [(e.text, e.label_) for e in joined_firm_names(doc)] == expected


@pytest.mark.parametrize(
    ("words", "pos", "tags", "expected"),
    [
        pytest.param(
            ["the", "frigate", "Ford", "and", "bulk", "carrier", "Juvena", ".", "Juvena", "sank"],
            ["DET", "NOUN", "PROPN", "CCONJ", "ADJ", "NOUN", "PROPN", "PUNCT", "PROPN", "VERB"],
            ["O", "O", "B-ORG", "O", "O", "O", "B-PERSON", "O", "B-PERSON", "O"],
            [("Ford", "PRODUCT"), ("Juvena", "PRODUCT"), ("Juvena", "PRODUCT")],
            id="a-ship-s-name-and-its-repeat",
        ),
        pytest.param(
            ["the", "carrier", "TWA", "and", "carrier", "Air", "Atlanta", "Inc"],
            ["DET", "NOUN", "PROPN", "CCONJ", "NOUN", "PROPN", "PROPN", "PROPN"],
            ["O", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG"],
            [("TWA", "ORG"), ("Air Atlanta Inc", "ORG")],
            id="a-carrier-alone-is-an-airline",
        ),
        pytest.param(
            ["to", "ship", "U.S.", "hides", "on", "the", "barge", "Sunday"],
            ["PART", "VERB", "PROPN", "NOUN", "ADP", "DET", "NOUN", "PROPN"],
            ["O", "O", "B-GPE", "O", "O", "O", "O", "B-DATE"],
            [("U.S.", "GPE"), ("Sunday", "DATE")],
            id="a-verb-ship-and-a-date-are-no-ships",
        ),
        pytest.param(
            ["its", "seven", "-", "ship", "Middle", "East", "Task", "Force"],
            ["PRON", "NUM", "PUNCT", "NOUN", "PROPN", "PROPN", "PROPN", "PROPN"],
            ["O", "O", "O", "O", "B-LOC", "I-LOC", "O", "O"],
            [("Middle East", "LOC")],
            id="a-compound-with-ship-names-none",
        ),
    ],
)
def test_vessel_names(
    words: list[str], pos: list[str], tags: list[str], expected: list[tuple[str, str]]
) -> None:
    doc = Doc(VOCAB, words=words, pos=pos, ents=tags)
    assert [(e.text, e.label_) for e in vessel_names(doc)] == expected


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        pytest.param(
            ["the", "Handelsblatt", "newspaper", "and", "the", "Le", "Monde", "daily"],
            ["O", "B-PERSON", "O", "O", "O", "B-FAC", "I-FAC", "O"],
            [("Handelsblatt", "ORG"), ("Le Monde", "ORG")],
            id="a-person-or-building-before-a-publication-noun",
        ),
        pytest.param(
            ["the", "Milan", "daily", "Corriere", "and", "Smith", "Newspaper", "Co"],
            ["O", "B-GPE", "O", "B-ORG", "O", "B-PERSON", "O", "O"],
            [("Milan", "GPE"), ("Corriere", "ORG"), ("Smith", "PERSON")],
            id="a-place-or-a-capitalised-noun-is-left",
        ),
        pytest.param(
            ["the", "Die", "Welt", "newspaper", ".", "released", "by", "Die", "Welt", "."],
            ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"],
            [("Die Welt", "ORG"), ("Die Welt", "ORG")],
            id="every-mention-of-the-paper",
        ),
    ],
)
def test_publication_names(
    words: list[str], tags: list[str], expected: list[tuple[str, str]]
) -> None:
    doc = Doc(VOCAB, words=words, ents=tags)
    assert [(e.text, e.label_) for e in publication_names(doc)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("the history of English takeovers", "NORP", id="before-a-noun"),
        pytest.param("to the English port of Dover", "NORP", id="before-a-place-noun"),
        pytest.param("an English language newspaper", "LANGUAGE", id="the-language-noun"),
        pytest.param("a budding English teacher", "LANGUAGE", id="a-noun-about-the-language"),
        pytest.param("a caller, speaking English, telephoned", "LANGUAGE", id="no-noun-after"),
        pytest.param("40 hours a week in English to Japanese", "LANGUAGE", id="a-preposition"),
    ],
)
def test_language_adjectives(text: str, expected: str) -> None:
    """GUIDELINES.md 3.2: a language's name before a noun is the people's adjective (NORP)."""
    doc = doc_of(text, (("English", "LANGUAGE"),))
    for token in doc:  # the tagger's reading of the word after the name
        token.pos_ = "ADP" if token.lower_ in ("to", "of", "in") else "NOUN"
    assert [e.label_ for e in language_adjectives(doc)] == [expected]


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        pytest.param(
            ["Japan", "sold", "treasury", "bills", "to", "Brazil", "in", "the", "gulf"],
            ["B-GPE", "O", "B-ORG", "O", "O", "B-GPE", "O", "O", "B-LOC"],
            ["Japan", "Brazil"],
            id="a-lower-case-word-is-no-name",
        ),
        pytest.param(
            ["The", "Treasury", "said", "treasury", "bills", "rose", "in", "China", "and", "peru"],
            ["O", "B-ORG", "O", "B-ORG", "O", "O", "O", "B-GPE", "O", "B-GPE"],
            ["Treasury", "treasury", "China", "peru"],
            id="capitalised-elsewhere-or-a-country-stays",
        ),
        pytest.param(
            ["Nicaragua", "said", "contra", "rebels", "met", "in", "Honduras"],
            ["B-GPE", "O", "B-ORG", "O", "O", "O", "B-GPE"],
            ["Nicaragua", "contra", "Honduras"],
            id="a-name-the-wire-writes-in-lower-case-stays",
        ),
        pytest.param(
            ["The", "Bank", "said", "the", "central", "bank", "met", "the", "Bank", "of", "Japan"],
            ["O", "B-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"],
            ["Bank", "the Bank of Japan"],
            id="a-lower-case-description-is-no-name",
        ),
        pytest.param(
            [
                "The",
                "Central",
                "Bank",
                "said",
                "the",
                "central",
                "bank",
                "met",
                "in",
                "new",
                "york",
            ],
            ["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-GPE", "I-GPE"],
            ["Central Bank", "the central bank", "new york"],
            id="capitalised-elsewhere-word-by-word-or-a-place-stays",
        ),
        pytest.param(
            ["Finance", "Minister", "domingo", "cordovez", "met", "the", "hog", "council"],
            ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG"],
            ["domingo cordovez"],
            id="a-person-s-full-name-in-lower-case-stays",
        ),
        pytest.param(
            ["japan", "sold", "treasury", "bills", "to", "brazil"],
            ["B-GPE", "O", "B-ORG", "O", "O", "B-GPE"],
            ["japan", "treasury", "brazil"],
            id="a-lower-case-story-keeps-its-names",
        ),
    ],
)
def test_lower_case_names(words: list[str], tags: list[str], expected: list[str]) -> None:
    doc = Doc(VOCAB, words=words, ents=tags)
    assert [e.text for e in without_lowercase_names(doc)] == expected


def test_vessel_nouns_file_integrity() -> None:
    path = resources.files("extract") / "data" / "entities" / "consistency.json"
    nouns = json.loads(path.read_text("utf-8"))["vessel_nouns"]
    assert len({e["id"] for e in nouns}) == len(nouns)
    assert all(e["word"].islower() and e["word"].isalpha() for e in nouns)
    assert set().union(*(e.keys() for e in nouns)) <= {"id", "word", "after", "noun_only", "_why"}
    names = json.loads(path.read_text("utf-8"))["lowercase_names"]
    assert all(e["word"].islower() and e["word"].isalpha() for e in names)


@pytest.mark.parametrize(
    "module", [entity_bounds, entity_brackets, entity_context], ids=lambda m: m.__name__
)
def test_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def bracketed(words: list[str], ents: list[str], pos: list[str]) -> list[tuple[str, str]]:
    doc = Doc(VOCAB, words=words, ents=ents, pos=pos)
    return [(e.text, e.label_) for e in bracket_names(doc)]


@pytest.mark.parametrize(
    ("words", "ents", "pos", "expected"),
    [
        pytest.param(
            ["<", "Hudson", "'s", "Bay", "Co", ">", "said"],
            ["O", "B-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
            ["PUNCT", "PROPN", "PART", "PROPN", "PROPN", "PUNCT", "VERB"],
            [("Hudson 's Bay Co", "ORG")],
            id="bracketed-name-is-one-org-without-brackets",
        ),
        pytest.param(
            ["Ford", "Motor", "Co", "<", "F", ">", "said"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-PERSON", "O", "O"],
            ["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"],
            [("Ford Motor Co", "ORG")],
            id="ticker-after-a-name-is-no-entity",
        ),
        pytest.param(
            ["Swedish", "Match", "<", "SMBS", "ST", ">", "said"],
            ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O"],
            ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"],
            [("Swedish Match", "ORG")],
            id="ticker-with-an-exchange-code-is-no-entity",
        ),
        pytest.param(
            [
                "under",
                "Citicorp",
                "'s",
                "<",
                "CCI",
                ">",
                "lead",
                "and",
                "France",
                "'s",
                "<",
                "SNECMA",
                ">",
            ],
            ["O", "B-ORG", "O", "O", "B-ORG", "O", "O", "O", "B-GPE", "O", "O", "B-ORG", "O"],
            [
                "ADP",
                "PROPN",
                "PART",
                "PUNCT",
                "PROPN",
                "PUNCT",
                "NOUN",
                "CCONJ",
                "PROPN",
                "PART",
                "PUNCT",
                "PROPN",
                "PUNCT",
            ],
            [("Citicorp", "ORG"), ("France", "GPE"), ("SNECMA", "ORG")],
            id="a-ticker-after-a-firms-possessive-a-firm-after-a-countrys",
        ),
        pytest.param(
            ["Exxon", "Corp", "<", "XON.N", ">", "unit", "<", "Esso", "Inc", ">"],
            ["B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O", "B-ORG", "O", "O"],
            [
                "PROPN",
                "PROPN",
                "PUNCT",
                "PROPN",
                "PUNCT",
                "NOUN",
                "PUNCT",
                "PROPN",
                "PROPN",
                "PUNCT",
            ],
            [("Exxon Corp", "ORG"), ("Esso Inc", "ORG")],
            id="ticker-then-bracketed-unit",
        ),
        pytest.param(
            ["prices", "<", "5", "pct", ">"],
            ["O", "O", "B-PERCENT", "I-PERCENT", "O"],
            ["NOUN", "PUNCT", "NUM", "NOUN", "PUNCT"],
            [("5 pct", "PERCENT")],
            id="brackets-around-no-name-keep-the-entity-inside",
        ),
        pytest.param(
            [
                "its",
                "unit",
                "<",
                "SO.M.A.",
                "Europe",
                "Transmissions",
                ">",
                "and",
                "<",
                "S.E.S.M.",
                ">",
                "and",
                "<",
                "G.H.Stool",
                ">",
            ],
            ["O", "O", "O", "O", "B-GPE", "I-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O"],
            [
                "PRON",
                "NOUN",
                "PUNCT",
                "PROPN",
                "PROPN",
                "PROPN",
                "PUNCT",
                "CCONJ",
                "PUNCT",
                "PROPN",
                "PUNCT",
                "CCONJ",
                "PUNCT",
                "PROPN",
                "PUNCT",
            ],
            [("SO.M.A. Europe Transmissions", "ORG"), ("S.E.S.M.", "ORG"), ("G.H.Stool", "ORG")],
            id="a-name-opened-by-dotted-initials",
        ),
        pytest.param(
            [
                "Walt",
                "Disney",
                "Co",
                "\n ",
                "<",
                "DIS.N",
                ">",
                "and",
                "Philips",
                "<",
                "PGLO.AS",
                ".",
                ">",
            ],
            ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"],
            [
                "PROPN",
                "PROPN",
                "PROPN",
                "SPACE",
                "PUNCT",
                "PROPN",
                "PUNCT",
                "CCONJ",
                "PROPN",
                "PUNCT",
                "PROPN",
                "PUNCT",
                "PUNCT",
            ],
            [("Walt Disney Co", "ORG"), ("Philips", "ORG")],
            id="a-dotted-ticker-is-no-name-wherever-it-stands",
        ),
    ],
)
def test_reuters_brackets(
    words: list[str], ents: list[str], pos: list[str], expected: list[tuple[str, str]]
) -> None:
    assert bracketed(words, ents, pos) == expected


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        pytest.param(
            ["the", "Federation", "(", "Keidanren", ")", "said"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
            [("the Federation", "ORG"), ("Keidanren", "ORG")],
            id="alias-split-off",
        ),
        pytest.param(
            ["Petroleum", "Corp", "(", "said"],
            ["B-ORG", "I-ORG", "I-ORG", "O"],
            [("Petroleum Corp", "ORG")],
            id="bracket-at-the-end",
        ),
        pytest.param(
            ["Acme", "(", "UK", ")", "Ltd", "rose"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [("Acme ( UK ) Ltd", "ORG")],
            id="closed-bracket-inside-kept",
        ),
        pytest.param(
            ["Acme", "(", "Europe", "rose"],
            ["B-ORG", "I-ORG", "I-ORG", "O"],
            [("Acme", "ORG")],
            id="unclosed-alias-not-kept",
        ),
    ],
)
def test_open_brackets(words: list[str], tags: list[str], expected: list[tuple[str, str]]) -> None:
    doc = Doc(VOCAB, words=words, ents=tags)
    assert [(e.text, e.label_) for e in without_open_brackets(doc)] == expected


def test_one_word_name_written_without_its_possessive_elsewhere_is_cut() -> None:
    words = ["Takeshita", "'s", "aides", "said", "Takeshita", "left"]
    tags = ["B-ORG", "I-ORG", "O", "O", "B-PERSON", "O"]
    assert ents_after(words, tags) == [("Takeshita", "ORG"), ("Takeshita", "PERSON")]


@pytest.mark.parametrize(
    ("words", "spaces", "tags", "expected"),
    [
        pytest.param(
            ["anti", "-", "Japanese", "feeling"],
            [False, False, True, False],
            ["B-NORP", "I-NORP", "I-NORP", "O"],
            [("anti-Japanese", "NORP")],
            id="a-hyphenated-prefix-is-part-of-the-word",
        ),
        pytest.param(
            ["affiliates", "-", "CNG", "Co"],
            [True, True, True, False],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG"],
            [("CNG Co", "ORG")],
            id="a-dash-is-no-hyphen",
        ),
    ],
)
def test_leading_words_before_a_hyphen(
    words: list[str], spaces: list[bool], tags: list[str], expected: list[tuple[str, str]]
) -> None:
    doc = Doc(VOCAB, words=words, spaces=spaces, ents=tags)
    assert [(e.text, e.label_) for e in without_leading_common_words(doc)] == expected


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        pytest.param(
            ["in", "a", "Securities", "and", "Exchange", "Commission", "filing"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [("Securities and Exchange Commission", "ORG")],
            id="a-before-an-org",
        ),
        pytest.param(
            ["an", "Egyptian", "Arab"],
            ["B-NORP", "I-NORP", "I-NORP"],
            [("Egyptian Arab", "NORP")],
            id="an-before-a-norp",
        ),
        pytest.param(
            ["the", "Overseas", "Bank"],
            ["B-ORG", "B-ORG", "I-ORG"],
            [("Overseas Bank", "ORG")],
            id="an-article-alone-is-no-entity",
        ),
        pytest.param(
            ["a", "year", "ago"],
            ["B-DATE", "I-DATE", "I-DATE"],
            [("a year ago", "DATE")],
            id="a-date-keeps-its-a",
        ),
        pytest.param(
            ["A", "Tale", "of", "Two", "Cities"],
            ["B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART"],
            [("A Tale of Two Cities", "WORK_OF_ART")],
            id="a-capitalised-title-keeps-its-a",
        ),
        pytest.param(
            ["messenger", "\n", "Purolator", "Courier", "Corp"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"],
            [("Purolator Courier Corp", "ORG")],
            id="a-description-before-a-firm-over-a-line-break",
        ),
        pytest.param(
            ["all", "Rexnord", "Inc"],
            ["B-ORG", "I-ORG", "I-ORG"],
            [("Rexnord Inc", "ORG")],
            id="a-quantifier-before-a-firm",
        ),
        pytest.param(
            ["30%-owned", "Innopac", "Inc."],
            ["B-ORG", "I-ORG", "I-ORG"],
            [("Innopac Inc.", "ORG")],
            id="a-share-held-before-a-firm",
        ),
        pytest.param(
            ["only", "three", "doctors", "and", "just", "over", "five"],
            ["B-CARDINAL", "I-CARDINAL", "O", "O", "B-CARDINAL", "I-CARDINAL", "I-CARDINAL"],
            [("three", "CARDINAL"), ("just over five", "CARDINAL")],
            id="a-focus-particle-is-outside-a-number-a-hedge-inside",
        ),
        pytest.param(
            ["Only", "Yesterday"],
            ["B-WORK_OF_ART", "I-WORK_OF_ART"],
            [("Only Yesterday", "WORK_OF_ART")],
            id="a-title-keeps-its-first-word",
        ),
        pytest.param(
            ["new", "york"],
            ["B-GPE", "I-GPE"],
            [("new york", "GPE")],
            id="a-name-all-in-lower-case-stays",
        ),
        pytest.param(
            ["de", "la", "Garza"],
            ["B-PERSON", "I-PERSON", "I-PERSON"],
            [("de la Garza", "PERSON")],
            id="particles-open-a-name",
        ),
        pytest.param(
            ["south", "Africa"],
            ["B-GPE", "I-GPE"],
            [("south Africa", "GPE")],
            id="a-compass-point-stays",
        ),
    ],
)
def test_leading_common_words_outside_names(
    words: list[str], tags: list[str], expected: list[tuple[str, str]]
) -> None:
    doc = Doc(VOCAB, words=words, ents=tags)
    assert [(e.text, e.label_) for e in without_leading_common_words(doc)] == expected


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        pytest.param(
            ["Chapter", "11", "of", "the", "federal", "laws"],
            ["B-LAW", "I-LAW", "I-LAW", "I-LAW", "O", "O"],
            [("Chapter 11", "LAW")],
            id="a-law-run-on-into-its-complement",
        ),
        pytest.param(
            ["the", "University", "of", "Rochester", "for", "years"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [("the University of Rochester", "ORG")],
            id="a-preposition-after-the-name",
        ),
        pytest.param(["the", "of"], ["B-ORG", "I-ORG"], [], id="nothing-else-is-no-name"),
        pytest.param(
            ["Standard", "&", "Poor", "'s", "rose", "3", "to"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-CARDINAL", "I-CARDINAL"],
            [("Standard & Poor 's", "ORG"), ("3 to", "CARDINAL")],
            id="inner-words-and-numbers-stay",
        ),
        pytest.param(
            ["IMF", "Managing", "Director", "Michel", "Camdessus"],
            ["B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON"],
            [("IMF", "ORG"), ("Michel Camdessus", "PERSON")],
            id="a-title-modifier-before-a-title-is-the-title-s",
        ),
        pytest.param(
            ["the", "Bank", "of", "Japan", "Executive", "Director", "said"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [("the Bank of Japan", "ORG")],
            id="a-name-run-on-into-a-title",
        ),
        pytest.param(
            ["First", "Boston", "Corp", "and", "the", "EC", "Executive", "said"],
            ["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
            [("First Boston Corp", "ORG"), ("the EC Executive", "ORG")],
            id="a-title-modifier-with-no-title-after-it-stays",
        ),
    ],
)
def test_no_name_ends_in_a_function_word(
    words: list[str], tags: list[str], expected: list[tuple[str, str]]
) -> None:
    doc = Doc(VOCAB, words=words, ents=tags)
    assert [(e.text, e.label_) for e in without_trailing_function_words(doc)] == expected


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        pytest.param(
            ["U.S.", "Army", "Brig.", "Gen.", "Lee"],
            ["B-ORG", "I-ORG", "I-ORG", "O", "B-PERSON"],
            [("U.S. Army", "ORG"), ("Lee", "PERSON")],
            id="rank-after-an-org",
        ),
        pytest.param(
            ["Lt.", "John", "Smith"],
            ["B-PERSON", "I-PERSON", "I-PERSON"],
            [("John Smith", "PERSON")],
            id="rank-before-a-person",
        ),
        pytest.param(["Capt."], ["B-PERSON"], [], id="rank-alone-is-no-entity"),
        pytest.param(
            ["Lt", "Smith"], ["B-PERSON", "I-PERSON"], [("Lt Smith", "PERSON")], id="no-stop"
        ),
    ],
)
def test_ranks_outside_names(
    words: list[str], tags: list[str], expected: list[tuple[str, str]]
) -> None:
    doc = Doc(VOCAB, words=words, ents=tags)
    assert [(e.text, e.label_) for e in without_ranks(doc)] == expected


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        pytest.param(
            ["President", "Miguel", "de", "la", "Madrid", "said"],
            ["O", "B-PERSON", "I-PERSON", "I-PERSON", "B-GPE", "O"],
            [("Miguel de la Madrid", "PERSON")],
            id="takes-in-the-next-entity",
        ),
        pytest.param(
            ["Chairman", "Kika", "de", "la", "Garza", "said"],
            ["O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
            [("Kika de la Garza", "PERSON")],
            id="takes-in-an-untagged-word",
        ),
        pytest.param(
            ["Hendrik", "Du", "Marchie", "Sarvaas", "of", "Shell"],
            ["B-PERSON", "I-PERSON", "O", "O", "O", "B-ORG"],
            [("Hendrik Du Marchie Sarvaas", "PERSON"), ("Shell", "ORG")],
            id="two-words-at-most",
        ),
        pytest.param(
            ["Jacques", "de", "Larosiere", "and", "van", "trucks"],
            ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"],
            [("Jacques de Larosiere", "PERSON")],
            id="particle-inside-stays",
        ),
        pytest.param(
            ["Banco", "de", "said"],
            ["B-ORG", "I-ORG", "O"],
            [("Banco de", "ORG")],
            id="no-capitalised-word-after",
        ),
        pytest.param(
            ["in", "Dar", "es", "Salaam", "Thursday"],
            ["O", "B-GPE", "I-GPE", "O", "B-DATE"],
            [("Dar es Salaam", "GPE"), ("Thursday", "DATE")],
            id="a-place-one-word-at-most",
        ),
        pytest.param(
            ["Banque", "Nationale", "de", "\n", "Paris", "Hong", "Kong", "branch"],
            ["B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "B-GPE", "I-GPE", "O"],
            [("Banque Nationale de \n Paris", "ORG"), ("Hong Kong", "GPE")],
            id="a-firm-over-a-line-break",
        ),
    ],
)
def test_names_run_through_particles(
    words: list[str], tags: list[str], expected: list[tuple[str, str]]
) -> None:
    doc = Doc(VOCAB, words=words, ents=tags)
    assert [(e.text, e.label_) for e in names_through_particles(doc)] == expected


@pytest.mark.parametrize(
    ("words", "tags", "pos", "expected"),
    [
        pytest.param(
            ["the", "Group", "of", "Seven", "agreed"],
            ["B-ORG", "I-ORG", "I-ORG", "B-CARDINAL", "O"],
            ["DET", "PROPN", "ADP", "NUM", "VERB"],
            [("the Group of Seven", "ORG")],
            id="split-into-org-and-cardinal",
        ),
        pytest.param(
            ["a", "Group", "of", "Five", "accord"],
            ["O", "B-ORG", "O", "B-CARDINAL", "O"],
            ["DET", "PROPN", "ADP", "NUM", "NOUN"],
            [("Group of Five", "ORG")],
            id="head-alone-an-org",
        ),
        pytest.param(
            ["the", "Group", "of", "77", "said"],
            ["O", "O", "O", "B-CARDINAL", "O"],
            ["DET", "PROPN", "ADP", "NUM", "VERB"],
            [("the Group of 77", "ORG")],
            id="digits-and-only-the-number-read",
        ),
        pytest.param(
            ["the", "Group", "of", "Seven", "meeting"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            ["DET", "PROPN", "ADP", "NUM", "NOUN"],
            [("Group of Seven", "ORG")],
            id="modifier-leaves-the-article-out",
        ),
        pytest.param(
            ["the", "Group", "of", "Seven", "Finance", "Ministers"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"],
            ["DET", "PROPN", "ADP", "NUM", "PROPN", "PROPN"],
            [("the Group of Seven Finance Ministers", "ORG")],
            id="longer-name-left-as-read",
        ),
        pytest.param(
            ["a", "group", "of", "seven", "banks"],
            ["O", "O", "O", "B-CARDINAL", "O"],
            ["DET", "NOUN", "ADP", "NUM", "NOUN"],
            [("seven", "CARDINAL")],
            id="common-noun-untouched",
        ),
        pytest.param(
            ["the", "Group", "of", "Experts"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG"],
            ["DET", "PROPN", "ADP", "PROPN"],
            [("the Group of Experts", "ORG")],
            id="no-number",
        ),
        pytest.param(
            ["The", "G-10", "met", ";", "the", "G-7", "agreement", ",", "G-7", "Finance"],
            ["O", "B-PERSON", "O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG"],
            ["DET", "PROPN", "VERB", "PUNCT", "DET", "PROPN", "NOUN", "PUNCT", "PROPN", "PROPN"],
            [("G-10", "ORG"), ("G-7", "ORG"), ("G-7 Finance", "ORG")],
            id="a-group-s-acronym",
        ),
    ],
)
def test_numbered_groups(
    words: list[str], tags: list[str], pos: list[str], expected: list[tuple[str, str]]
) -> None:
    doc = Doc(VOCAB, words=words, ents=tags, pos=pos)
    assert [(e.text, e.label_) for e in numbered_groups(doc)] == expected


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        pytest.param(
            ["loaned", "Uganda", "92.1", "mln", "dlrs"],
            ["O", "B-ORG", "I-ORG", "O", "O"],
            [("Uganda", "ORG")],
            id="number-before-a-scale",
        ),
        pytest.param(
            ["paid", "Acme", "Corp", "12", "dlrs", "a", "share"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
            [("Acme Corp", "ORG")],
            id="number-before-a-currency",
        ),
        pytest.param(
            ["paid", "Acme", "$", "5", "mln"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
            [("Acme", "ORG")],
            id="currency-before-a-number",
        ),
        pytest.param(
            ["Revs", "290.9", "mln", "vs", "264.2", "mln"],
            ["B-PERSON", "I-PERSON", "O", "O", "O", "O"],
            [],
            id="a-row-label-read-as-a-person",
        ),
        pytest.param(
            ["paid", "Ann", "Lee", "5", "mln", "dlrs"],
            ["O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
            [("Ann Lee", "PERSON")],
            id="a-person-named-in-full",
        ),
        pytest.param(
            ["the", "Group", "of", "77", "met"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [("the Group of 77", "ORG")],
            id="number-of-a-name",
        ),
        pytest.param(
            ["Airbus", "A300", "jets"],
            ["B-PRODUCT", "I-PRODUCT", "O"],
            [("Airbus A300", "PRODUCT")],
            id="not-a-name-label",
        ),
        pytest.param(
            ["sold", "5", "mln", "dlrs"],
            ["O", "B-MONEY", "I-MONEY", "I-MONEY"],
            [("5 mln dlrs", "MONEY")],
            id="an-amount-itself",
        ),
        pytest.param(
            ["Acme", "5", "m", "wide"],
            ["B-ORG", "I-ORG", "I-ORG", "O"],
            [("Acme 5 m", "ORG")],
            id="a-scale-only-glued-to-its-digits",
        ),
    ],
)
def test_names_end_before_an_amount(
    words: list[str], tags: list[str], expected: list[tuple[str, str]]
) -> None:
    doc = Doc(VOCAB, words=words, ents=tags)
    assert [(e.text, e.label_) for e in without_amounts(doc)] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "near the Three Mile Island nuclear plant",
            (("Three", "CARDINAL"), ("Mile Island", "LOC")),
            [("Three Mile Island", "LOC")],
            id="a-number-word-read-as-a-number",
        ),
        pytest.param(
            "bought by One Valley Bancorp",
            (("Valley Bancorp", "ORG"),),
            [("One Valley Bancorp", "ORG")],
            id="a-number-word-left-out",
        ),
        pytest.param(
            "it said. Three Kuwaiti tankers sailed",
            (("Three", "CARDINAL"), ("Kuwaiti", "NORP")),
            [("Three", "CARDINAL"), ("Kuwaiti", "NORP")],
            id="a-sentence-s-first-word",
        ),
        pytest.param(
            "it bought three Kuwaiti tankers",
            (("three", "CARDINAL"), ("Kuwaiti", "NORP")),
            [("three", "CARDINAL"), ("Kuwaiti", "NORP")],
            id="a-lower-case-number",
        ),
    ],
)
def test_number_words_open_names(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    """GUIDELINES.md 3.1: a number in a name is never CARDINAL."""
    assert [(e.text, e.label_) for e in with_number_words(doc_of(text, ents))] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "It was the third consecutive year-on-year drop.",
            (("the third consecutive year", "DATE"),),
            [],
            id="run-into-a-hyphenated-comparison",
        ),
        pytest.param(
            "The February year on year fall was steep.",
            (("February", "DATE"), ("year fall", "DATE")),
            ["February"],
            id="comparison-written-apart-the-month-stays",
        ),
        pytest.param(
            "Yields vary widely from year to year, as in day-to-day trading last year.",
            (("year to year", "DATE"), ("day", "DATE"), ("last year", "DATE")),
            ["last year"],
            id="from-year-to-year-and-day-to-day",
        ),
        pytest.param(
            "Sales rose in the year to year-end; it changed its fiscal year to year ending May.",
            (("the year", "DATE"), ("fiscal year", "DATE")),
            ["the year", "fiscal year"],
            id="a-year-end-is-no-comparison",
        ),
    ],
)
def test_period_comparisons_are_no_dates(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[str]
) -> None:
    assert [e.text for e in without_period_comparisons(doc_of(text, ents))] == expected
