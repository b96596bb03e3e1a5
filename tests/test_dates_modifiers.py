"""A date that modifies a noun leaves the noun's article out, on hand-parsed Docs."""

from __future__ import annotations

import doctest

import pytest

from extract import dates_modifiers
from extract.dates import find_dates
from extract.dates_modifiers import without_noun_articles
from extract.timex import Dct
from tests.relation_docs import parse, parse_tagged

DCT = Dct("1987-03-18", "metadata")

# (id, parse as "word lemma POS dep head ent", the date's text afterwards, None if no date)
CASES = [
    (
        "article-of-the-noun-a-quarter-modifies",
        """
        The the DET det 4 O
        fourth fourth ADJ amod 2 O
        quarter quarter NOUN compound 3 O
        GDP gdp NOUN compound 4 O
        rise rise NOUN nsubj 6 O
        was be AUX cop 6 O
        strong strong ADJ ROOT 6 O
        """,
        "fourth quarter",
    ),
    (
        "part-of-the-day-before-a-session",
        """
        Prices price NOUN nsubj 1 O
        fell fall VERB ROOT 1 O
        in in ADP case 5 O
        the the DET det 5 O
        afternoon afternoon NOUN compound 5 O
        session session NOUN obl 1 O
        """,
        "afternoon",
    ),
    (
        "a-date-heading-its-phrase-keeps-the",
        """
        Talks talk NOUN nsubj 1 O
        failed fail VERB ROOT 1 O
        over over ADP case 4 O
        the the DET det 4 O
        weekend weekend NOUN obl 1 O
        """,
        "the weekend",
    ),
    (
        "a-noun-of-time-is-the-dates-own-head",
        """
        The the DET det 2 O
        summer summer NOUN compound 2 O
        months month NOUN nsubj 4 O
        were be AUX cop 4 O
        dry dry ADJ ROOT 4 O
        """,
        "The summer",
    ),
    (
        "a-subject-opened-by-a-preposition-is-a-misparse",
        """
        Over over ADP case 3 O
        the the DET det 3 O
        weekend weekend NOUN compound 3 O
        talks talk NOUN nsubj:pass 5 O
        were be AUX aux:pass 5 O
        held hold VERB ROOT 5 O
        """,
        "the weekend",
    ),
    (
        "a-verb-without-its-subject-lacks-the-noun",
        """
        In in ADP case 4 O
        the the DET det 4 O
        third third ADJ amod 3 O
        quarter quarter NOUN compound 4 O
        sales sale NOUN obl 5 O
        totaled total VERB ROOT 5 O
        """,
        "the third quarter",
    ),
    (
        "a-possessor-date-keeps-its-article",
        """
        rose rise VERB ROOT 0 O
        from from ADP case 6 O
        the the DET det 6 O
        previous previous ADJ amod 4 O
        January january PROPN nmod:poss 6 O -
        's 's PART case 4 O
        level level NOUN obl 0 O
        """,
        "the previous January",
    ),
    (
        "a-capitalised-noun-may-be-a-name",
        """
        at at ADP case 4 O
        the the DET det 4 O
        spring spring NOUN compound 4 O
        Trade trade NOUN compound 4 O
        Fair fair NOUN ROOT 4 O
        """,
        "the spring",
    ),
    (
        "a-sentence-without-a-verb-may-hide-one",
        """
        commitments commitment NOUN ROOT 0 O
        in in ADP case 5 O
        the the DET det 5 O
        fourth fourth ADJ amod 4 O
        quarter quarter NOUN compound 5 O
        amount amount NOUN nmod 0 O
        to to ADP case 7 O
        tonnes tonne NOUN nmod 5 O
        """,
        "the fourth quarter",
    ),
    (
        "the-adjective-future-is-no-date",
        """
        provisions provision NOUN nsubj 1 O
        make make VERB ROOT 1 O
        for for ADP case 5 O
        the the DET det 5 O
        future future ADJ amod 5 O
        cost cost NOUN obl 1 O
        """,
        None,
    ),
]


# (id, parse as "word lemma POS TAG dep head ent", the date's text afterwards): misparses the
# tags show
TAGGED_CASES = [
    (
        "a-finite-verb-after-the-noun-opens-a-clause-the-phrase-opens",
        """
        In in ADP IN case 4 O
        the the DET DT det 4 O
        past past ADJ JJ amod 3 O
        year year NOUN NN compound 4 O
        analysts analyst NOUN NNS obl 7 O
        said say VERB VBD acl 4 O
        prices price NOUN NNS nsubj 7 O
        fell fall VERB VBD ROOT 7 O
        """,
        "the past year",
    ),
    (
        "a-finite-verb-inside-the-sentence-is-the-verb-of-a-noun-before",
        """
        Elements element NOUN NNS nsubj 7 O
        in in ADP IN case 6 O
        the the DET DT det 6 O
        fourth fourth ADJ JJ amod 4 O
        quarter quarter NOUN NN compound 6 O
        GDP gdp NOUN NN compound 6 O
        rise rise NOUN NN nmod 0 O
        included include VERB VBD ROOT 7 O
        falls fall NOUN NNS obj 7 O
        """,
        "fourth quarter",
    ),
    (
        "an-adverbial-between-an-auxiliary-and-its-verb",
        """
        It it PRON PRP nsubj 1 O
        may may AUX MD ROOT 1 O
        in in ADP IN case 6 O
        the the DET DT det 6 O
        future future NOUN JJ amod 5 O
        recommend recommend NOUN NN compound 6 O
        strategies strategy NOUN NNS obl 1 O
        """,
        "the future",
    ),
]


@pytest.mark.parametrize(
    ("spec", "expected"), [c[1:] for c in TAGGED_CASES], ids=[c[0] for c in TAGGED_CASES]
)
def test_misparses_the_tags_show(spec: str, expected: str) -> None:
    doc = parse_tagged(spec)
    found = [
        doc.text[m.start : m.end] for m in without_noun_articles(find_dates(doc.text, DCT), doc)
    ]
    assert found == [expected]


@pytest.mark.parametrize(("spec", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_without_noun_articles(spec: str, expected: str | None) -> None:
    doc = parse(spec)
    assert len(find_dates(doc.text, DCT)) == 1
    found = [
        doc.text[m.start : m.end] for m in without_noun_articles(find_dates(doc.text, DCT), doc)
    ]
    assert found == ([] if expected is None else [expected])


def test_value_stays() -> None:
    doc = parse(CASES[0][1])
    (before,) = find_dates(doc.text, DCT)
    (after,) = without_noun_articles([before], doc)
    assert after.timex == before.timex


def test_doctests() -> None:
    assert doctest.testmod(dates_modifiers).failed == 0
