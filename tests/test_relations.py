"""Relation rules over hand-built parses (UD labels, as the packaged parser assigns them).

Each case is a real news phrasing, parsed by hand: ``word lemma POS dep head ent`` per token
(head is a token index, the root points at itself; ent is an IOB tag or ``O``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from types import SimpleNamespace

import pytest
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from extract import relation_rules
from extract.errors import DataError
from extract.relation_guards import blocking_guard, load_guards
from extract.relation_matching import RuleMatcher
from extract.relation_rules import load_rules, relation_types
from extract.relation_scope import fact_times
from extract.relations import find_relations
from tests.relation_docs import VOCAB, Mention, facts, mentions, parse, parse_tagged

EXPORTS = parse("""
Japanese Japanese ADJ amod 1 B-NORP
exports export NOUN nsubj 4 O
to to ADP case 3 O
Brazil Brazil PROPN nmod 1 B-GPE
rose rise VERB ROOT 4 O
to to ADP case 7 O
$ $ SYM compound 7 O
1.2 1.2 NUM nummod 8 O
billion billion NUM obl 4 O
""")

APPOSITION = parse("""
Yuri Yuri PROPN nsubj 8 B-PERSON
Ivanov Ivanov PROPN flat 0 I-PERSON
, , PUNCT punct 6 O
Russia Russia PROPN nmod:poss 6 B-GPE
's 's PART case 3 O
trade trade NOUN compound 6 O
representative representative NOUN appos 0 O
, , PUNCT punct 6 O
said say VERB ROOT 8 O
""")

APPOSITION_NO_ORG = parse("""
Yuri Yuri PROPN nsubj 5 B-PERSON
Ivanov Ivanov PROPN flat 0 I-PERSON
, , PUNCT punct 3 O
spokesman spokesman NOUN appos 0 O
, , PUNCT punct 3 O
said say VERB ROOT 5 O
""")

TITLE = parse("""
Brazilian Brazilian ADJ amod 1 B-NORP
President president PROPN compound 2 O
Jose Jose PROPN nsubj 4 B-PERSON
Sarney Sarney PROPN flat 2 I-PERSON
said say VERB ROOT 4 O
""")

ACQUIRE = parse("""
Allegheny Allegheny PROPN compound 1 B-ORG
International International PROPN nsubj 2 I-ORG
agreed agree VERB ROOT 2 O
to to PART mark 4 O
acquire acquire VERB xcomp 2 O
Sunbeam Sunbeam PROPN compound 6 B-ORG
Corp Corp PROPN obj 4 I-ORG
for for ADP case 9 O
$ $ SYM compound 9 O
100 100 NUM obl 4 O
million million NUM nummod 9 O
""")

DELIVERED = parse("""
Boeing Boeing PROPN nsubj 1 B-ORG
delivered deliver VERB ROOT 1 O
12 12 NUM nummod 4 B-CARDINAL
new new ADJ amod 4 O
jets jet NOUN obj 1 O
last last ADJ amod 6 B-DATE
month month NOUN obl:tmod 1 I-DATE
""")

DELIVERED_NO_SUPPLIER_ENTITY = parse("""
It it PRON nsubj 1 O
delivered deliver VERB ROOT 1 O
jets jet NOUN obj 1 O
""")

FORGAVE = parse("""
Paris Paris PROPN nsubj 1 B-GPE
forgave forgive VERB ROOT 1 O
half half NOUN obj 1 O
of of ADP case 6 O
Poland Poland PROPN nmod:poss 6 B-GPE
's 's PART case 4 O
debt debt NOUN nmod 2 O
""")

ORDERED_BY = parse("""
20 20 NUM nummod 1 B-CARDINAL
airliners airliner NOUN ROOT 1 O
ordered order VERB acl 1 O
by by ADP case 4 O
Aeroflot Aeroflot PROPN obl:agent 2 B-ORG
in in ADP case 6 O
1986 1986 NUM obl 2 B-DATE
""")

EQUIVALENT_MONEY = parse("""
The the DET det 1 O
loan loan NOUN nsubj 2 O
totals total VERB ROOT 2 O
5 5 NUM nummod 4 O
billion billion NUM obj 2 O
""")


@pytest.mark.parametrize(
    ("doc", "money", "dates", "expected"),
    [
        pytest.param(
            EXPORTS,
            ["$ 1.2 billion"],
            [],
            [
                (
                    "TRADE",
                    "trade.exports-noun",
                    {"exporter": "Japanese", "importer": "Brazil", "value": "$ 1.2 billion"},
                )
            ],
            id="trade-exports-to-with-value",
        ),
        pytest.param(
            APPOSITION,
            [],
            [],
            [
                (
                    "ROLE",
                    "role.appos",
                    {"person": "Yuri Ivanov", "title": "trade representative", "org": "Russia"},
                )
            ],
            id="role-apposition-possessor",
        ),
        pytest.param(
            APPOSITION_NO_ORG,
            [],
            [],
            [("ROLE", "role.appos", {"person": "Yuri Ivanov", "title": "spokesman"})],
            id="role-apposition-without-org",
        ),
        pytest.param(
            TITLE,
            [],
            [],
            [
                (
                    "ROLE",
                    "role.title-before-name",
                    {"person": "Jose Sarney", "title": "President", "org": "Brazilian"},
                )
            ],
            id="role-title-before-name",
        ),
        pytest.param(
            ACQUIRE,
            ["$ 100 million"],
            [],
            [
                (
                    "ACQUISITION",
                    "acquisition.agree-to-buy",
                    {
                        "buyer": "Allegheny International",
                        "target": "Sunbeam Corp",
                        "value": "$ 100 million",
                    },
                )
            ],
            id="acquisition-agreed-to-acquire",
        ),
        pytest.param(
            DELIVERED,
            [],
            ["last month"],
            [
                (
                    "DELIVERY",
                    "delivery.delivered",
                    {
                        "supplier": "Boeing",
                        "goods": "new jets",
                        "quantity": "12",
                        "date": "last month",
                    },
                )
            ],
            id="delivery-with-date",
        ),
        pytest.param(
            DELIVERED_NO_SUPPLIER_ENTITY, [], [], [], id="delivery-needs-a-named-supplier"
        ),
        pytest.param(
            FORGAVE,
            [],
            [],
            [
                (
                    "DEBT",
                    "debt.forgave",
                    {"creditor": "Paris", "debtor": "Poland", "action": "forgave"},
                )
            ],
            id="debt-forgave",
        ),
        pytest.param(
            ORDERED_BY,
            [],
            ["1986"],
            [
                (
                    "ORDER",
                    "order.ordered-by",
                    {
                        "customer": "Aeroflot",
                        "goods": "airliners",
                        "quantity": "20",
                        "date": "1986",
                    },
                )
            ],
            id="order-passive-by",
        ),
        pytest.param(EQUIVALENT_MONEY, ["5 billion"], [], [], id="no-trigger-no-fact"),
    ],
)
def test_rule_cases(doc: Doc, money: list[str], dates: list[str], expected: list[object]) -> None:
    assert facts(doc, mentions(doc, *money), mentions(doc, *dates)) == expected


def test_equivalent_money_is_not_the_value() -> None:
    euro, dollar = mentions(EXPORTS, "1.2 billion")[0], mentions(EXPORTS, "$ 1.2")[0]
    restated = Mention(dollar.start, dollar.end, equivalent_of=0)
    (relation,) = find_relations(EXPORTS, [euro, restated], [])
    assert relation.args["value"] == (euro.start, euro.end)


def test_evidence_is_the_sentence_and_rule_id_is_known() -> None:
    (relation,) = find_relations(APPOSITION, [], [])
    assert relation.evidence == (0, APPOSITION[-1].idx + len(APPOSITION[-1]))
    assert relation.rule in {rule.id for rule in load_rules()}


def test_unparsed_doc_gives_no_relations() -> None:
    assert find_relations(Doc(VOCAB, words=["Russia", "exports", "oil"]), [], []) == []


def test_rules_file_integrity() -> None:
    """Every rule loads, has a unique id, a description and an example, and names declared roles."""
    rules = load_rules()
    assert len(rules) >= 15
    folder = resources.files("extract") / "data" / "relations" / "rules"
    for file in folder.iterdir():
        for line in file.read_text("utf-8").splitlines():
            data = json.loads(line)
            assert data["description"] and data["example"], data["id"]
            assert file.name == f"{data['type'].lower()}.jsonl", data["id"]
    types = relation_types()
    assert {
        "ROLE",
        "MEETING",
        "VISIT",
        "AGREEMENT",
        "ACQUISITION",
        "TRADE",
        "DELIVERY",
        "ORDER",
        "FINANCING",
        "DEBT",
    } <= types.keys()
    for rule in rules:
        assert set(rule.roles) <= set(types[rule.type]), rule.id


GOOD_RULE = (
    '{"id": "visit.x", "type": "VISIT", "description": "d", "example": "e", "pattern": '
    '[{"RIGHT_ID": "t", "RIGHT_ATTRS": {"LEMMA": "visit"}}], "roles": {}}'
)


@pytest.mark.parametrize(
    ("file", "lines", "message"),
    [
        pytest.param("visit.jsonl", ["{not json"], "rules/visit.jsonl:1", id="bad-json"),
        pytest.param(
            "visit.jsonl", [GOOD_RULE, GOOD_RULE], "duplicate rule id 'visit.x'", id="duplicate-id"
        ),
        pytest.param("trade.jsonl", [GOOD_RULE], "is a VISIT rule", id="rule-in-another-type-file"),
        pytest.param(
            "visit.jsonl",
            [GOOD_RULE.replace('"VISIT"', '"PARTY"')],
            "unknown relation type",
            id="unknown-type",
        ),
        pytest.param(
            "visit.jsonl",
            [
                GOOD_RULE.replace(
                    '"roles": {}',
                    '"roles": {"visitor": {"fill": "entity", "node": "t", '
                    '"first": {"node": "x", "via": ["nmod"]}}}',
                )
            ],
            "needs 'first' with a node and 'via'",
            id="first-child-of-an-unknown-node",
        ),
        pytest.param(
            "visit.jsonl",
            [GOOD_RULE.replace('"roles": {}', '"roles": {}, "unless": [{"nodes": ["x"]}]')],
            "'unless' needs known nodes and 'via' or 'modified'",
            id="unless-of-an-unknown-node",
        ),
    ],
)
def test_bad_rule_files_name_the_file_and_line(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch, file: str, lines: list[str], message: str
) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "rules"
    folder.mkdir()
    (folder / file).write_text("\n".join(lines) + "\n", "utf-8")
    original = relation_rules._data_file
    monkeypatch.setattr(
        relation_rules, "_data_file", lambda name: folder if name == "rules" else original(name)
    )
    load_rules.cache_clear()
    try:
        with pytest.raises(DataError, match=message):
            load_rules()
    finally:
        load_rules.cache_clear()


MET = parse("""
Gorbachev Gorbachev PROPN nsubj 1 B-PERSON
met meet VERB ROOT 1 O
with with ADP case 3 O
Reagan Reagan PROPN obl 1 B-PERSON
in in ADP case 5 O
Reykjavik Reykjavik PROPN obl 1 B-GPE
""")

# Two who meet someone else together did not meet each other.
MEETING_WITH_OTHERS_TOGETHER = parse("""
Strang Strang PROPN nsubj 4 B-PERSON
and and CCONJ cc 2 O
Jones Jones PROPN conj 0 B-PERSON
are be AUX aux 4 O
meeting meet VERB ROOT 4 O
with with ADP case 6 O
Reagan Reagan PROPN obl 4 B-PERSON -
. . PUNCT punct 4 O
""")

# The parser makes "due" of "due to" the verb's subordinator: a schedule before a base form.
DUE_TO_MEET = parse_tagged("""
Smith Smith PROPN NNP nsubj 6 B-PERSON
and and CCONJ CC cc 2 O
Kuroda Kuroda PROPN NNP conj 0 B-PERSON
are be AUX VBP cop 6 O
due due ADJ JJ mark 6 O
to to PART TO mark 6 O
meet meet VERB VB ROOT 6 O
in in ADP IN case 8 O
Washington Washington PROPN NNP obl 6 B-GPE -
. . PUNCT . punct 6 O
""")

# ... and a cause before a gerund.
DUE_TO_MEETING = parse_tagged("""
Costs cost NOUN NNS nsubj 1 O
rose rise VERB VBD ROOT 1 O
due due ADJ JJ mark 4 O
to to ADP IN fixed 2 O
meeting meet VERB VBG advcl 1 O
Reagan Reagan PROPN NNP obj 4 B-PERSON
in in ADP IN case 7 O
Moscow Moscow PROPN NNP obl 4 B-GPE -
. . PUNCT . punct 1 O
""")

GOVERNMENT_ORDERED = parse("""
Reagan Reagan PROPN nsubj 1 B-PERSON
ordered order VERB ROOT 1 O
tighter tight ADJ amod 3 O
sanctions sanction NOUN obj 1 O
""")

DELIVERED_RANGE_TO = parse("""
Moscow Moscow PROPN nsubj 1 B-GPE
delivered deliver VERB ROOT 1 O
a a DET det 4 O
wide wide ADJ amod 4 O
range range NOUN obj 1 O
of of ADP case 6 O
machinery machinery NOUN nmod 4 O
to to ADP case 8 O
Hanoi Hanoi PROPN obl 1 B-GPE
""")

# A line break as a token cannot be written in the table format above.
LINE_BREAK_SUBJECT = Doc(
    VOCAB,
    words=["\n", "met", "with", "Reagan"],
    spaces=[False, True, True, False],
    lemmas=["\n", "meet", "with", "Reagan"],
    pos=["SPACE", "VERB", "ADP", "PROPN"],
    deps=["nsubj", "ROOT", "case", "obl"],
    heads=[1, 1, 3, 1],
    ents=["O", "O", "O", "B-PERSON"],
)


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        pytest.param(
            MET,
            [
                (
                    "MEETING",
                    "meeting.met-with",
                    {"participant": "Gorbachev", "other": "Reagan", "place": "Reykjavik"},
                )
            ],
            id="meeting-with-place",
        ),
        pytest.param(GOVERNMENT_ORDERED, [], id="ordering-measures-is-not-an-order-of-goods"),
        pytest.param(
            MEETING_WITH_OTHERS_TOGETHER,
            [
                ("MEETING", "meeting.met-with", {"participant": p, "other": "Reagan"})
                for p in ("Strang", "Jones")
            ],
            id="two-meeting-someone-together-each-met-them-not-each-other",
        ),
        pytest.param(DUE_TO_MEET, [], id="due-to-meet-is-a-schedule"),
        pytest.param(
            DELIVERED_RANGE_TO,
            [
                (
                    "DELIVERY",
                    "delivery.delivered",
                    {"supplier": "Moscow", "goods": "machinery", "customer": "Hanoi"},
                )
            ],
            id="delivery-partitive-goods-and-customer",
        ),
        pytest.param(LINE_BREAK_SUBJECT, [], id="whitespace-token-is-never-a-participant"),
    ],
)
def test_optional_roles_and_guards(doc: Doc, expected: list[object]) -> None:
    assert facts(doc) == expected


@pytest.mark.parametrize(
    ("doc", "verb", "expected"),
    [
        pytest.param(DUE_TO_MEET, "meet", "guard.scheduled", id="due-to-a-base-form-is-a-schedule"),
        pytest.param(DUE_TO_MEETING, "meeting", None, id="due-to-a-gerund-is-a-cause"),
    ],
)
def test_due_to(doc: Doc, verb: str, expected: str | None) -> None:
    (token,) = [t for t in doc if t.text == verb]
    assert blocking_guard(token) == expected


@pytest.mark.parametrize(
    ("text", "type_", "interval_start", "kept"),
    [
        pytest.param("last year", "DATE", "1986-01-01", True, id="a-date-is-a-time"),
        pytest.param("20-year", "DURATION", None, False, id="a-term-as-a-modifier"),
        pytest.param("three years", "DURATION", None, False, id="a-length-placed-nowhere"),
        pytest.param("the past two years", "DURATION", "1985-03-01", True, id="a-placed-length"),
        pytest.param("every year", "SET", None, False, id="a-rate"),
        pytest.param("the week", "DURATION", None, True, id="the-week-ended-a-day"),
        pytest.param("50 year", None, None, False, id="a-term-without-a-timex"),
    ],
)
def test_fact_times(text: str, type_: str | None, interval_start: str | None, kept: bool) -> None:
    timex = SimpleNamespace(type=type_, value=None, interval_start=interval_start)
    mention = SimpleNamespace(start=0, end=len(text), timex=timex if type_ else None)
    assert (fact_times([mention], text) == [mention]) is kept


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        pytest.param("talks on the future of Macao", "FUTURE_REF", False, id="future-of-a-subject"),
        pytest.param("the past of the firm", "PAST_REF", False, id="past-of-a-subject"),
        pytest.param("will meet in the future", "FUTURE_REF", True, id="the-future-as-a-time"),
        pytest.param("the future offset of", "FUTURE_REF", True, id="of-not-right-after"),
        pytest.param("the 1990s of the crisis", "199X", True, id="a-date-before-of-is-a-time"),
    ],
)
def test_a_reference_before_of_is_a_subject(text: str, value: str, kept: bool) -> None:
    words = "the future" if "future" in text else ("the past" if "past" in text else "the 1990s")
    start = text.index(words)
    timex = SimpleNamespace(type="DATE", value=value, interval_start=None)
    mention = SimpleNamespace(start=start, end=start + len(words), timex=timex)
    assert (fact_times([mention], text) == [mention]) is kept


def test_resolved_date_preferred_over_unresolved() -> None:
    @dataclass(frozen=True)
    class DateMention:
        start: int
        end: int
        resolved: bool

    text = DELIVERED.text
    near = text.index("12")  # a fake unresolved mention right next to the trigger
    dates = [
        DateMention(near, near + 2, False),
        DateMention(text.index("last"), len(text.rstrip()), True),
    ]
    (relation,) = find_relations(DELIVERED, [], dates)
    assert text[slice(*relation.args["date"])] == "last month"


TITLE_UD_DESC = parse("""
Treasury Treasury PROPN compound 1 B-ORG
Secretary secretary PROPN nmod:desc 2 O
James James PROPN nsubj 4 B-PERSON
Baker Baker PROPN flat 2 I-PERSON
arrived arrive VERB ROOT 4 O
""")

TITLE_MULTIWORD = parse("""
Vice vice PROPN compound 2 O
Finance finance PROPN compound 2 O
Minister minister PROPN nmod:desc 3 O
Ronald Ronald PROPN nsubj 5 B-PERSON
Ho Ho PROPN flat 3 I-PERSON
said say VERB ROOT 5 O
""")


TITLE_ORG_AFTER_MODIFIER = parse("""
former former ADJ amod 3 O
Brazilian Brazilian ADJ amod 3 B-NORP
Finance finance PROPN compound 3 O
Minister minister PROPN nmod:desc 4 O
Dilson Dilson PROPN nsubj 6 B-PERSON
Funaro Funaro PROPN flat 4 I-PERSON
said say VERB ROOT 6 O
""")


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        pytest.param(
            TITLE_ORG_AFTER_MODIFIER,
            [
                (
                    "ROLE",
                    "role.title-before-name",
                    {"person": "Dilson Funaro", "title": "Finance Minister", "org": "Brazilian"},
                )
            ],
            id="optional-org-from-the-first-child-that-fills-it",
        ),
        pytest.param(
            TITLE_UD_DESC,
            [
                (
                    "ROLE",
                    "role.title-before-name",
                    {"person": "James Baker", "title": "Secretary", "org": "Treasury"},
                )
            ],
            id="ud-nmod-desc-title-with-department",
        ),
        pytest.param(
            TITLE_MULTIWORD,
            [
                (
                    "ROLE",
                    "role.title-before-name",
                    {"person": "Ronald Ho", "title": "Vice Finance Minister"},
                )
            ],
            id="multiword-title-without-org",
        ),
    ],
)
def test_titles_before_names(doc: Doc, expected: list[object]) -> None:
    assert facts(doc) == expected


POSSESSOR_EXPORTS = parse("""
Brazil Brazil PROPN nmod:poss 3 B-GPE
's 's PART case 0 O
coffee coffee NOUN compound 3 O
exports export NOUN nsubj 4 O
fell fall VERB ROOT 4 O
""")

GENERIC_EXPORTS = parse("""
Exports export NOUN nsubj 1 O
fell fall VERB ROOT 1 O
""")

VISIT_NOUN = parse("""
the the DET det 1 O
visit visit NOUN ROOT 1 O
of of ADP case 3 O
Nakasone Nakasone PROPN nmod 1 B-PERSON
to to ADP case 5 O
Washington Washington PROPN nmod 1 B-GPE
""")

PAID_VISIT = parse("""
Sarney Sarney PROPN nsubj 1 B-PERSON
paid pay VERB ROOT 1 O
a a DET det 3 O
visit visit NOUN obj 1 O
to to ADP case 5 O
Lisbon Lisbon PROPN nmod 3 B-GPE
""")

AWARDED = parse("""
Kvaerner Kvaerner PROPN nsubj:pass 3 B-ORG
has have AUX aux 3 O
been be AUX aux:pass 3 O
awarded award VERB ROOT 3 O
a a DET det 5 O
contract contract NOUN obj 3 O
""")

SAID_IT_SIGNED_TO_BUY = parse("""
Texaco Texaco PROPN nsubj 1 B-ORG
said say VERB ROOT 1 O
it it PRON nsubj 3 O
signed sign VERB ccomp 1 O
an a DET det 6 O
definitive definitive ADJ amod 6 O
agreement agreement NOUN obj 3 O
to to PART mark 8 O
buy buy VERB acl 6 O
Getty Getty PROPN compound 10 B-ORG
Oil Oil PROPN obj 8 I-ORG
""")

SIGNED_LETTER_OF_INTENT = parse("""
Alcan Alcan PROPN nsubj 1 B-ORG
signed sign VERB ROOT 1 O
a a DET det 3 O
letter letter NOUN obj 1 O
of of ADP case 5 O
intent intent NOUN nmod 3 O
to to PART mark 7 O
buy buy VERB acl 5 O
Atlantic Atlantic PROPN compound 9 B-ORG
Richfield Richfield PROPN obj 7 I-ORG
""")


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        pytest.param(
            POSSESSOR_EXPORTS,
            [("TRADE", "trade.exports-noun", {"exporter": "Brazil", "goods": "coffee"})],
            id="trade-possessor-exports-with-goods",
        ),
        pytest.param(GENERIC_EXPORTS, [], id="trade-needs-an-exporter"),
        pytest.param(
            VISIT_NOUN,
            [],
            id="visit-noun-without-a-date",
        ),
        pytest.param(
            PAID_VISIT,
            [("VISIT", "visit.made-visit", {"visitor": "Sarney", "place": "Lisbon"})],
            id="visit-paid",
        ),
        pytest.param(
            AWARDED,
            [("AGREEMENT", "agreement.awarded", {"party": "Kvaerner", "subject": "contract"})],
            id="agreement-awarded-contract",
        ),
        pytest.param(
            SAID_IT_SIGNED_TO_BUY,
            [
                (
                    "ACQUISITION",
                    "acquisition.agreement-to-buy",
                    {"buyer": "Texaco", "target": "Getty Oil"},
                ),
                (
                    "AGREEMENT",
                    "agreement.signed",
                    {"party": "Texaco", "subject": "definitive agreement"},
                ),
            ],
            id="acquisition-agreement-to-buy-pronoun-resolved-to-reporting-subject",
        ),
        pytest.param(
            SIGNED_LETTER_OF_INTENT,
            [("AGREEMENT", "agreement.signed", {"party": "Alcan", "subject": "letter"})],
            id="letter-of-intent-is-an-agreement-not-an-acquisition",
        ),
    ],
)
def test_trade_visit_agreement_acquisition(doc: Doc, expected: list[object]) -> None:
    assert facts(doc) == expected


# Rules for frequent Reuters phrasings, each with positive and negative cases. The tables are
# what the packaged parser produces for these sentences (including its slips: "West Virginia"
# is the GPE it finds inside "West Virginia Power").
# Reuters, Texaco/Caltex sale
SOLD_STAKE_TO = parse("""
Texaco Texaco PROPN nsubj 2 B-ORG
Inc Inc PROPN flat 0 I-ORG
said say VERB ROOT 2 O
it it PRON nsubj 4 O
sold sell VERB ccomp 2 O
its its PRON nmod:poss 8 O
50 50 NUM nummod 7 B-CARDINAL
pct pct NOUN compound 8 O
stake stake NOUN obj 4 O
in in ADP case 10 O
Caltex Caltex PROPN obl 4 B-ORG
to to ADP case 13 I-ORG
Chevron Chevron PROPN compound 13 B-ORG
Corp Corp PROPN obl 4 I-ORG
for for ADP case 17 O
1.2 1.2 NUM compound 16 B-CARDINAL
billion billion NUM nummod 17 I-CARDINAL
dlrs dlrs NOUN obl 4 O
. . PUNCT punct 2 O
""")

# reuters-498
COMPLETED_ACQUISITION = parse("""
UtiliCorp UtiliCorp PROPN compound 2 B-ORG
United United ADJ amod 2 I-ORG
Inc Inc PROPN nsubj 3 I-ORG
said say VERB ROOT 3 O
it it PRON nsubj 5 O
completed complete VERB ccomp 3 O
the the DET det 7 O
acquisition acquisition NOUN obj 5 O
of of ADP case 10 O
West West PROPN compound 10 B-GPE
Virginia Virginia PROPN nmod 7 I-GPE
Power Power PROPN flat 10 O
from from ADP case 14 O
Dominion Dominion PROPN compound 14 B-ORG
Resources Resource NOUN obl 5 I-ORG
. . PUNCT punct 3 O
""")

# reuters-5287, shortened: a regulator announces someone else's acquisition
REGULATOR_ANNOUNCED = parse("""
The the DET det 5 B-ORG
Federal federal ADJ amod 4 I-ORG
Home Home PROPN compound 3 I-ORG
Loan Loan PROPN compound 4 I-ORG
Bank Bank PROPN compound 5 I-ORG
Board Board PROPN nsubj 6 I-ORG
announced announce VERB ROOT 6 O
the the DET det 8 O
acquisition acquisition NOUN obj 6 O
of of ADP case 11 O
Home Home PROPN compound 11 B-ORG
Savings Savings PROPN nmod 8 I-ORG
and and CCONJ cc 14 I-ORG
Loan Loan PROPN compound 14 I-ORG
Association Association PROPN conj 11 I-ORG
by by ADP case 18 O
InterWest InterWest PROPN amod 18 B-ORG
Savings Savings PROPN compound 18 I-ORG
Bank Bank PROPN nmod 8 I-ORG
. . PUNCT punct 6 O
""")

# Reuters acq phrasing
POSSESSIVE_ACQUISITION = parse("""
Allegheny allegheny NOUN nmod:poss 2 B-GPE
's 's PART case 0 O
acquisition acquisition NOUN nsubj:pass 7 O
of of ADP case 5 O
Sunbeam Sunbeam PROPN compound 5 B-ORG
Corp Corp PROPN nmod 2 I-ORG
was be AUX aux:pass 7 O
completed complete VERB ROOT 7 O
last last ADJ amod 9 B-DATE
month month NOUN obl:unmarked 7 I-DATE
. . PUNCT punct 7 O
""")

# reuters-13347: a meeting that may yet be held
PROBABLE_MEETING = parse("""
dealers dealer NOUN nsubj 1 O
watched watch VERB ROOT 1 O
a a DET det 4 O
probable probable ADJ amod 4 O
meeting meeting NOUN obj 1 O
between between ADP case 6 O
Baker Baker PROPN nmod 4 B-PERSON
and and CCONJ cc 8 O
Miyazawa Miyazawa PROPN conj 6 B-PERSON
""")

# Reuters acq phrasing
PROPOSED_ACQUISITION = parse("""
Allegheny allegheny NOUN nmod:poss 3 B-GPE
's 's PART case 0 O
proposed propose VERB amod 3 O
acquisition acquisition NOUN nsubj:pass 8 O
of of ADP case 6 O
Sunbeam Sunbeam PROPN compound 6 B-ORG
Corp Corp PROPN nmod 3 I-ORG
was be AUX aux:pass 8 O
blocked block VERB ROOT 8 O
. . PUNCT punct 8 O
""")

# Reuters acq phrasing
AGREED_TO_BE_ACQUIRED = parse("""
Sunbeam sunbeam PROPN compound 1 B-ORG
Corp Corp PROPN nsubj 2 I-ORG
said say VERB ROOT 2 O
it it PRON nsubj 4 O
agreed agree VERB ccomp 2 O
to to PART mark 7 O
be be AUX aux:pass 7 O
acquired acquire VERB xcomp 4 O
by by ADP case 11 O
Allegheny allegheny PROPN compound 10 B-ORG
International International PROPN amod 11 I-ORG
Inc. Inc. PROPN obl:agent 7 I-ORG
""")

# reuters-18435
AGREED_TO_BUY_FROM = parse("""
Dowty dowty ADJ amod 1 B-ORG
Group group PROPN compound 2 I-ORG
Plc Plc PROPN nsubj 3 I-ORG
said say VERB ROOT 3 O
it it PRON nsubj 5 O
agreed agree VERB ccomp 3 O
to to PART mark 7 O
buy buy VERB xcomp 5 O
Hydraulic hydraulic ADJ compound 9 B-ORG
Units units NOUN compound 10 I-ORG
Inc Inc PROPN obj 7 I-ORG
from from ADP case 12 O
Boeing Boeing PROPN obl 7 B-ORG
Co Co PROPN case 12 I-ORG
for for ADP case 17 O
42.5 42.5 NUM nummod 17 B-ORG
mln mln NOUN compound 17 O
dlrs dlrs NOUN obl 7 O
. . PUNCT punct 3 O
""")

# reuters-12699, shortened
OFFERING_TO_BUY = parse("""
Bilzerian Bilzerian PROPN nsubj 1 B-PERSON
said say VERB ROOT 1 O
he he PRON nsubj 4 O
is be AUX aux 4 O
offering offer VERB ccomp 1 O
to to PART mark 6 O
buy buy VERB xcomp 4 O
all all DET obj 6 O
of of ADP case 13 O
the the DET det 13 O
Pay Pay PROPN compound 13 O
N N PROPN cc 12 O
Pak Pak PROPN conj 10 B-PERSON
stock stock NOUN nmod 7 O
. . PUNCT punct 1 O
""")

# negated purchase
NOT_BOUGHT = parse("""
Texaco Texaco PROPN nsubj 3 B-ORG
did do AUX aux 3 O
not not PART advmod 3 O
buy buy VERB ROOT 3 O
Getty Getty ADJ amod 5 B-PERSON
Oil oil NOUN obj 3 I-PERSON
. . PUNCT punct 3 O
""")

# planned purchase
PLANS_TO_BUY = parse("""
Texaco Texaco PROPN nsubj 1 B-ORG
plans plan NOUN ROOT 1 O
to to PART mark 3 O
buy buy VERB acl 1 O
Getty Getty PROPN amod 5 B-PERSON
Oil oil NOUN obj 3 I-PERSON
. . PUNCT punct 1 O
""")

# reuters-7356: what someone proposed should happen, a clause of "proposed"
PROPOSED_THAT_THEY_MEET = parse("""
Smith Smith PROPN nsubj 1 B-PERSON
proposed propose VERB ROOT 1 O
that that SCONJ mark 4 O
Congressmen Congressmen NOUN nsubj 4 O
meet meet VERB ccomp 1 O
with with ADP case 6 O
USDA USDA PROPN obl 4 B-ORG
. . PUNCT punct 1 O
""")

# A reported clause: "said that" asserts what it reports
SAID_THAT_THEY_MET = parse("""
Smith Smith PROPN nsubj 1 B-PERSON
said say VERB ROOT 1 O
that that SCONJ mark 4 O
Jones Jones PROPN nsubj 4 B-PERSON
met meet VERB ccomp 1 O
with with ADP case 6 O
Brown Brown PROPN obl 4 B-PERSON
. . PUNCT punct 1 O
""")

REQUESTED_A_LOAN = parse("""
Zambia Zambia PROPN nsubj 1 B-GPE
requested request VERB ROOT 1 O
a a DET det 3 O
loan loan NOUN obj 1 O
from from ADP case 7 O
the the DET det 7 B-ORG
World World PROPN compound 7 I-ORG
Bank Bank PROPN nmod 3 I-ORG
. . PUNCT punct 1 O
""")

# The fact is an oblique of the request: "requested 50 mln dlrs in funding from Congress"
REQUESTED_FUNDING_FROM = parse("""
Clinton Clinton PROPN nsubj 1 B-PERSON
requested request VERB ROOT 1 O
aid aid NOUN obj 1 O
in in ADP case 4 O
funding funding NOUN obl 1 O
from from ADP case 6 O
Congress Congress PROPN nmod 4 B-ORG
. . PUNCT punct 1 O
""")

# An oblique under an attempt is no planned fact: the acquisition is one already made
ATTEMPT_TO_INTERFERE_WITH = parse("""
TWA TWA PROPN nsubj 1 B-ORG
attempted attempt VERB ROOT 1 O
to to PART mark 3 O
interfere interfere VERB xcomp 1 O
with with ADP case 7 O
USAir USAir PROPN nmod:poss 7 B-ORG
's 's PART case 5 O
acquisition acquisition NOUN obl 3 O
of of ADP case 9 O
Piedmont Piedmont PROPN nmod 7 B-ORG
. . PUNCT punct 1 O
""")

# Reuters grain phrasing
IMPORTED_FROM = parse("""
Japan Japan PROPN nsubj 1 B-GPE
imported import VERB ROOT 1 O
1.2 1.2 NUM nummod 4 B-CARDINAL
mln mln NOUN amod 4 O
tonnes tonne NOUN obj 1 O
of of ADP case 6 O
wheat wheat NOUN nmod 4 O
from from ADP case 10 O
the the DET det 10 B-GPE
United United ADJ amod 10 I-GPE
States State PROPN nmod 4 I-GPE
in in ADP case 12 O
1986 1986 NUM obl 1 B-DATE
. . PUNCT punct 1 O
""")

# Reuters grain phrasing
BOUGHT_TONNES = parse("""
The the DET det 2 B-GPE
Soviet Soviet PROPN compound 2 I-GPE
Union Union PROPN nsubj 3 I-GPE
bought buy VERB ROOT 3 O
500,000 500000 NUM nummod 5 B-CARDINAL
tonnes tonne NOUN obj 3 O
of of ADP case 7 O
corn corn NOUN nmod 5 O
from from ADP case 11 O
the the DET det 11 B-GPE
United United ADJ amod 11 I-GPE
States State PROPN nmod 7 I-GPE
last last ADJ amod 13 B-DATE
week week NOUN obl:unmarked 3 I-DATE
. . PUNCT punct 3 O
""")

# Reuters trade phrasing
IMPORTS_NOUN = parse("""
Japan Japan PROPN nmod:poss 2 B-GPE
's 's PART case 0 O
imports import NOUN nsubj 7 O
of of ADP case 4 O
beef beef NOUN nmod 2 O
from from ADP case 6 O
Australia Australia PROPN nmod 4 B-GPE
fell fall VERB ROOT 7 O
10 10 NUM nummod 9 B-CARDINAL
pct pct NOUN nsubj 7 O
in in ADP case 11 O
1986 1986 NUM obl 7 B-DATE
. . PUNCT punct 7 O
""")

# Reuters sugar phrasing
SOLD_GOODS_TO = parse("""
Brazil Brazil PROPN nsubj 1 B-GPE
sold sell VERB ROOT 1 O
200,000 200000 NUM nummod 3 B-CARDINAL
tonnes tonne NOUN obj 1 O
of of ADP case 5 O
sugar sugar NOUN nmod 3 O
to to ADP case 9 O
the the DET det 9 B-GPE
Soviet Soviet PROPN compound 9 I-GPE
Union Union PROPN nmod 3 I-GPE
. . PUNCT punct 1 O
""")

# conditional sale
IF_SOLD = parse("""
Brazil Brazil PROPN nsubj 2 B-GPE
would would AUX aux 2 O
sell sell VERB ROOT 2 O
more more ADJ amod 4 O
sugar sugar NOUN obj 2 O
to to ADP case 8 O
the the DET det 8 B-GPE
Soviet Soviet PROPN compound 8 I-GPE
Union Union PROPN obl 2 I-GPE
if if SCONJ mark 11 O
prices price NOUN nsubj 11 O
rose rose VERB advcl 2 O
. . PUNCT punct 2 O
""")

# reuters-3441
EXPORTS_WILL_RISE = parse("""
Soviet Soviet PROPN nsubj 1 B-NORP
exports export VERB ROOT 1 O
to to ADP mark 7 O
the the DET det 5 B-GPE
United United ADJ amod 5 I-GPE
States State PROPN nsubj 7 I-GPE
will will AUX aux 7 O
rise rise VERB csubj 1 O
in in ADP case 9 O
1987 1987 NUM obl 7 B-DATE
. . PUNCT punct 1 O
""")

# Reuters grain phrasing
SHIPPED_TO = parse("""
The the DET det 2 B-GPE
United United ADJ amod 2 I-GPE
States State PROPN nsubj 3 I-GPE
shipped ship VERB ROOT 3 O
300,000 300000 NUM nummod 5 B-CARDINAL
tonnes tonne NOUN obj 3 O
of of ADP case 7 O
corn corn NOUN nmod 5 O
to to ADP case 11 O
the the DET det 11 B-GPE
Soviet Soviet PROPN compound 11 I-GPE
Union Union PROPN nmod 7 I-GPE
. . PUNCT punct 3 O
""")

# Reuters grain phrasing
RECEIVED_FROM = parse("""
Egypt Egypt PROPN nsubj 1 B-GPE
received receive VERB ROOT 1 O
200,000 200000 NUM nummod 3 B-CARDINAL
tonnes tonne NOUN obj 1 O
of of ADP case 5 O
wheat wheat NOUN nmod 3 O
from from ADP case 9 O
the the DET det 9 B-GPE
United United ADJ amod 9 I-GPE
States State PROPN nmod 3 I-GPE
. . PUNCT punct 1 O
""")

# Reuters order phrasing
ORDERED_FROM = parse("""
Iraq Iraq PROPN nsubj 1 B-GPE
ordered order VERB ROOT 1 O
20 20 NUM nummod 3 B-CARDINAL
locomotives locomotive NOUN obj 1 O
from from ADP case 7 O
General General ADJ amod 6 B-ORG
Motors Motor PROPN compound 7 I-ORG
Corp. Corp. PROPN obl 1 I-ORG
""")

# reuters-13213
# The subject of a relative clause is the name it describes; after a list, the last one.
RELATIVE_SUBJECT = parse("""
Acme Acme PROPN nsubj 9 B-ORG
, , PUNCT punct 3 O
which which PRON nsubj 3 O
bought buy VERB acl:relcl 0 O
Beta Beta PROPN compound 5 B-ORG
Corp Corp PROPN obj 3 I-ORG
last last ADJ amod 7 B-DATE
year year NOUN obl:unmarked 3 I-DATE
, , PUNCT punct 0 O
said say VERB ROOT 9 O
profits profit NOUN nsubj 11 O
rose rise VERB ccomp 9 O
. . PUNCT punct 9 O
""")

RELATIVE_AFTER_LIST = parse("""
Beta Beta PROPN nsubj 14 B-ORG
, , PUNCT punct 2 O
Gamma Gamma PROPN conj 0 B-ORG
or or CCONJ cc 4 O
Acme Acme PROPN conj 0 B-ORG
, , PUNCT punct 8 O
which which PRON nsubj 8 O
has have AUX aux 8 O
agreed agree VERB acl:relcl 0 O
to to PART mark 10 O
acquire acquire VERB xcomp 8 O
Delta Delta PROPN compound 12 B-ORG
Corp Corp PROPN obj 10 I-ORG
, , PUNCT punct 0 O
said say VERB ROOT 14 O
nothing nothing PRON obj 14 O
. . PUNCT punct 14 O
""")

AGREED_TO_PROVIDE_LOAN = parse("""
Acme Acme PROPN nsubj 2 B-ORG
Bank Bank PROPN flat 0 I-ORG
agreed agree VERB ROOT 2 O
to to PART mark 4 O
provide provide VERB xcomp 2 O
a a DET det 9 O
90 90 NUM nummod 7 B-CARDINAL
mln mln NOUN compound 8 O
dlr dlr NOUN compound 9 O
loan loan NOUN obj 4 O
to to ADP case 11 O
Ruritania Ruritania PROPN nmod 9 B-GPE
. . PUNCT punct 2 O
""")

APPROVED_LOAN = parse("""
The the DET det 2 B-ORG
World World PROPN compound 2 I-ORG
Bank Bank PROPN nsubj 3 I-ORG
said say VERB ROOT 3 O
it it PRON nsubj 5 O
approved approve VERB ccomp 3 O
a a DET det 10 O
90 90 NUM nummod 8 B-CARDINAL
mln mln NOUN compound 10 O
dlr dlr NOUN compound 10 O
loan loan NOUN obj 5 O
to to ADP case 12 O
Yugoslavia Yugoslavia PROPN nmod 10 B-GPE
. . PUNCT punct 3 O
""")

# reuters-10019
OBTAINED_CREDIT = parse("""
CMS CMS PROPN compound 1 B-ORG
Enhancements Enhancements PROPN compound 2 I-ORG
Inc Inc PROPN nsubj 3 I-ORG
said say VERB ROOT 3 O
it it PRON nsubj 6 O
has have AUX aux 6 O
obtained obtain VERB ccomp 3 O
a a DET det 11 O
ten ten NUM nummod 9 B-CARDINAL
mln mln NOUN compound 11 O
dlr dlr NOUN compound 11 O
line line NOUN obj 6 O
of of ADP case 13 O
credit credit NOUN nmod 11 O
from from ADP case 15 O
Bank Bank PROPN nmod 11 B-ORG
of of ADP case 18 I-ORG
the the DET det 18 I-ORG
West west NOUN nmod 15 I-ORG
. . PUNCT punct 3 O
""")

# Reuters money-fx phrasing
MET_CONJ = parse("""
Baker Baker PROPN nsubj 3 B-PERSON
and and CCONJ cc 2 O
Miyazawa Miyazawa PROPN conj 0 B-PERSON
met meet VERB ROOT 3 O
in in ADP case 5 O
Washington Washington PROPN obl 3 B-GPE
last last ADJ amod 7 B-DATE
week week NOUN obl:unmarked 3 I-DATE
. . PUNCT punct 3 O
""")

# Two names met two others: one MEETING per pair (GUIDELINES.md 6.2).
MET_WITH_CONJ_BOTH_SIDES = parse("""
Baker Baker PROPN nsubj 3 B-PERSON
and and CCONJ cc 2 O
Stoltenberg Stoltenberg PROPN conj 0 B-PERSON
met meet VERB ROOT 3 O
with with ADP case 5 O
Miyazawa Miyazawa PROPN obl 3 B-PERSON
and and CCONJ cc 7 O
Poehl Poehl PROPN conj 5 B-PERSON
. . PUNCT punct 3 O
""")

# Three names met each other: one MEETING per other party, none between the conjuncts met.
MET_CONJ_THREE = parse("""
Baker Baker PROPN nsubj 5 B-PERSON
, , PUNCT punct 2 O
Stoltenberg Stoltenberg PROPN conj 0 B-PERSON
and and CCONJ cc 4 O
Miyazawa Miyazawa PROPN conj 0 B-PERSON
met meet VERB ROOT 5 O
. . PUNCT punct 5 O
""")

# reuters-6269: a legislator's party and state in brackets, the state read as a conjunct
MET_BRACKETED_STATE = parse("""
Baker Baker PROPN nsubj 1 B-PERSON
met meet VERB ROOT 1 O
Leahy Leahy PROPN obj 1 B-PERSON
( ( PUNCT punct 6 O
D D PROPN compound 6 B-NORP
- - PUNCT punct 6 O
Vt. Vt. PROPN conj 2 B-GPE
) ) PUNCT punct 6 O
in in ADP case 9 O
Washington Washington PROPN obl 1 B-GPE
. . PUNCT punct 1 O
""")

# future meeting
WILL_MEET = parse("""
Baker Baker PROPN nsubj 4 B-PERSON
and and CCONJ cc 2 O
Miyazawa Miyazawa PROPN conj 0 B-PERSON
will will AUX aux 4 O
meet meet VERB ROOT 4 O
in in ADP case 6 O
Washington Washington PROPN obl 4 B-GPE
next next ADJ amod 8 B-DATE
week week NOUN obl:unmarked 4 I-DATE
. . PUNCT punct 4 O
""")

# reuters-8496
HELD_TALKS = parse("""
MTS MTS PROPN nsubj 1 B-ORG
said say VERB ROOT 1 O
it it PRON nsubj 3 O
held hold VERB ccomp 1 O
talks talk NOUN obj 3 O
with with ADP case 8 O
Pratt Pratt PROPN compound 7 B-ORG
Hotel Hotel PROPN compound 8 I-ORG
Corp. Corp. PROPN obl 3 I-ORG
""")

# "ended talks with": talks that were held (the 64th audit, reuters-21046)
ENDED_TALKS = parse("""
Henley Henley PROPN nsubj 1 B-ORG
said say VERB ROOT 1 O
it it PRON nsubj 3 O
ended end VERB ccomp 1 O
talks talk NOUN obj 3 O
with with ADP case 7 O
Sante Sante PROPN compound 7 B-ORG
Fe Fe PROPN obl 3 I-ORG
""")

# "X and Y held talks": the 42nd audit (APW19980826.0389, "Bushnell and Kimotho met")
HELD_TALKS_CONJ = parse("""
Shultz shultz PROPN nsubj 3 B-PERSON
and and CCONJ cc 2 O
Shevardnadze Shevardnadze PROPN conj 0 B-PERSON
held hold VERB ROOT 3 O
talks talk NOUN obj 3 O
in in ADP case 6 O
Moscow Moscow PROPN nmod 4 B-GPE
""")

HELD_NO_TALKS = parse("""
Texaco Texaco PROPN nsubj 1 B-ORG
held hold VERB ROOT 1 O
no no DET det 3 O
talks talk NOUN obj 1 O
with with ADP case 5 O
Pennzoil Pennzoil PROPN nmod 3 B-ORG
""")

# CNN19980222.1130.0084 (TempEval-3), shortened: the 39th audit
WRAPPED_UP_MEETING = parse("""
Annan Annan PROPN nsubj 1 B-PERSON
wrapped wrap VERB ROOT 1 O
up up ADP compound:prt 1 O
a a DET det 4 O
meeting meeting NOUN obj 1 O
with with ADP case 6 O
Saddam Saddam PROPN nmod 4 B-PERSON
Hussein Hussein PROPN flat 6 I-PERSON
. . PUNCT punct 1 O
""")

# reuters-17201, shortened
WILL_HOLD_TALKS = parse("""
Reagan Reagan PROPN nsubj 11 B-PERSON
, , PUNCT punct 0 O
who who PRON nsubj 4 O
will will AUX aux 4 O
hold hold VERB acl:relcl 0 O
talks talk NOUN obj 4 O
with with ADP case 7 O
Nakasone Nakasone PROPN nmod 5 B-ORG
this this DET det 9 B-DATE
week week NOUN obl:unmarked 4 I-DATE
, , PUNCT punct 0 O
said say VERB ROOT 11 O
he he PRON nsubj 14 O
would would AUX aux 14 O
lift lift VERB ccomp 11 O
tariffs tariff NOUN obj 14 O
. . PUNCT punct 11 O
""")

# reuters-8116
TALKS_BETWEEN = parse("""
Talks talk NOUN nsubj 11 O
between between ADP case 2 O
China China PROPN nmod 0 B-GPE
and and CCONJ cc 4 O
Portugal Portugal PROPN conj 2 B-GPE
on on ADP case 7 O
the the DET det 7 O
future future NOUN nmod 0 O
of of ADP case 9 O
Macao Macao PROPN nmod 7 B-GPE
have have AUX aux 11 O
ended end VERB ROOT 11 O
. . PUNCT punct 11 O
""")


@pytest.mark.parametrize(
    ("value", "interval_start", "dated"),
    [
        pytest.param("FUTURE_REF", None, False, id="the-future-of-a-subject-is-no-date"),
        pytest.param("1987-03-16", "1987-03-16", True, id="held-before-publication-is-dated"),
        pytest.param("1987-03-30", "1987-03-30", None, id="after-publication-is-planned"),
    ],
)
def test_talks_between_take_their_date(
    value: str, interval_start: str | None, dated: bool | None
) -> None:
    # The date stands on "the future" here: only its value and "of" after it count.
    start = TALKS_BETWEEN.text.index("the future")
    date = SimpleNamespace(
        start=start,
        end=start + len("the future"),
        timex=SimpleNamespace(type="DATE", value=value, interval_start=interval_start),
        resolved=True,
    )
    found = [
        r for r in find_relations(TALKS_BETWEEN, [], [date], "1987-03-23") if r.type == "MEETING"
    ]
    if dated is None:
        assert found == []
    else:
        assert len(found) == 1 and ("date" in found[0].args) is dated


# reuters-2499
AGREED_CONJ = parse("""
France France PROPN nsubj 3 B-GPE
and and CCONJ cc 2 O
Yugoslavia Yugoslavia PROPN conj 0 B-GPE
agreed agree VERB ROOT 3 O
to to PART mark 5 O
set set VERB xcomp 3 O
up up ADP compound:prt 5 O
a a DET det 10 O
joint joint ADJ amod 10 O
economic economic ADJ amod 10 O
commission commission NOUN obj 5 O
. . PUNCT punct 3 O
""")

# reuters-1729
REACHED_WITH = parse("""
Dynamics Dynamics NOUN compound 1 B-ORG
Corp Corp PROPN nsubj 4 I-ORG
of of ADP case 3 I-ORG
America America PROPN nmod 1 I-ORG
said say VERB ROOT 4 O
it it PRON nsubj 7 O
has have AUX aux 7 O
reached reach VERB ccomp 4 O
an a DET det 9 O
agreement agreement NOUN obj 7 O
with with ADP case 12 O
CTS CTS NOUN compound 12 B-ORG
Corp. Corp. PROPN nmod 9 I-ORG
""")

# hoped-for agreement
HOPES_TO_REACH = parse("""
Brazil Brazil PROPN nsubj 1 B-GPE
hopes hope VERB ROOT 1 O
to to PART mark 3 O
reach reach VERB xcomp 1 O
an a DET det 5 O
agreement agreement NOUN obj 3 O
with with ADP case 7 O
Citibank Citibank PROPN nmod 5 B-ORG
this this DET det 9 B-DATE
year year NOUN nmod:unmarked 5 I-DATE
. . PUNCT punct 1 O
""")

# Reuters debt phrasing
OWES_TO = parse("""
Zambia Zambia NOUN nsubj 1 B-GPE
owes owe VERB ROOT 1 O
900 900 NUM nummod 3 B-CARDINAL
mln mln NOUN compound 4 O
dlrs dlrs NOUN obj 1 O
to to ADP case 9 O
the the DET det 9 B-ORG
International International ADJ amod 9 I-ORG
Monetary Monetary PROPN compound 9 I-ORG
Fund Fund PROPN obl 1 I-ORG
. . PUNCT punct 1 O
""")


@pytest.mark.parametrize(
    ("doc", "money", "dates", "expected"),
    [
        pytest.param(
            SOLD_STAKE_TO,
            ["1.2 billion dlrs"],
            [],
            [
                (
                    "ACQUISITION",
                    "acquisition.sold-to",
                    {
                        "buyer": "Chevron Corp",
                        "seller": "Texaco Inc",
                        "target": "stake",
                        "value": "1.2 billion dlrs",
                    },
                )
            ],
            id="sold-stake-to",
        ),
        pytest.param(
            COMPLETED_ACQUISITION,
            [],
            [],
            [
                (
                    "ACQUISITION",
                    "acquisition.completed-acquisition",
                    {
                        "buyer": "UtiliCorp United Inc",
                        "seller": "Dominion Resources",
                        "target": "West Virginia",
                    },
                )
            ],
            id="completed-acquisition",
        ),
        pytest.param(REGULATOR_ANNOUNCED, [], [], [], id="regulator-announced"),
        pytest.param(
            POSSESSIVE_ACQUISITION,
            [],
            ["last month"],
            [
                (
                    "ACQUISITION",
                    "acquisition.possessive-noun",
                    {"buyer": "Allegheny", "date": "last month", "target": "Sunbeam Corp"},
                )
            ],
            id="possessive-acquisition",
        ),
        pytest.param(PROPOSED_ACQUISITION, [], [], [], id="proposed-acquisition"),
        pytest.param(
            AGREED_TO_BE_ACQUIRED,
            [],
            [],
            [
                (
                    "ACQUISITION",
                    "acquisition.agree-to-be-acquired",
                    {"buyer": "Allegheny International Inc.", "target": "Sunbeam Corp"},
                )
            ],
            id="agreed-to-be-acquired",
        ),
        pytest.param(
            AGREED_TO_BUY_FROM,
            ["42.5 mln dlrs"],
            [],
            [
                (
                    "ACQUISITION",
                    "acquisition.agree-to-buy",
                    {
                        "buyer": "Dowty Group Plc",
                        "seller": "Boeing Co",
                        "target": "Hydraulic Units Inc",
                        "value": "42.5 mln dlrs",
                    },
                )
            ],
            id="agreed-to-buy-from",
        ),
        pytest.param(OFFERING_TO_BUY, [], [], [], id="offering-to-buy"),
        pytest.param(NOT_BOUGHT, [], [], [], id="not-bought"),
        pytest.param(PLANS_TO_BUY, [], [], [], id="plans-to-buy"),
        pytest.param(
            IMPORTED_FROM,
            [],
            ["1986"],
            [
                (
                    "TRADE",
                    "trade.import-verb",
                    {
                        "exporter": "the United States",
                        "goods": "wheat",
                        "importer": "Japan",
                        "period": "1986",
                    },
                )
            ],
            id="imported-from",
        ),
        pytest.param(
            BOUGHT_TONNES,
            [],
            ["last week"],
            [
                (
                    "TRADE",
                    "trade.bought-tonnes",
                    {
                        "exporter": "the United States",
                        "goods": "corn",
                        "importer": "The Soviet Union",
                        "period": "last week",
                    },
                )
            ],
            id="bought-tonnes",
        ),
        pytest.param(
            IMPORTS_NOUN,
            [],
            ["1986"],
            [
                (
                    "TRADE",
                    "trade.imports-noun",
                    {"goods": "beef", "importer": "Japan", "period": "1986"},
                )
            ],
            id="imports-noun",
        ),
        pytest.param(
            SOLD_GOODS_TO,
            [],
            [],
            [
                (
                    "TRADE",
                    "trade.sold-goods-to",
                    {"exporter": "Brazil", "goods": "sugar", "importer": "the Soviet Union"},
                )
            ],
            id="sold-goods-to",
        ),
        pytest.param(IF_SOLD, [], [], [], id="if-sold"),
        pytest.param(EXPORTS_WILL_RISE, [], ["1987"], [], id="exports-will-rise"),
        pytest.param(
            SHIPPED_TO,
            [],
            [],
            [
                (
                    "DELIVERY",
                    "delivery.delivered",
                    {
                        "customer": "the Soviet Union",
                        "goods": "corn",
                        "quantity": "300,000",
                        "supplier": "The United States",
                    },
                )
            ],
            id="shipped-to",
        ),
        pytest.param(
            RECEIVED_FROM,
            [],
            [],
            [
                (
                    "DELIVERY",
                    "delivery.received-from",
                    {
                        "customer": "Egypt",
                        "goods": "wheat",
                        "quantity": "200,000",
                        "supplier": "the United States",
                    },
                )
            ],
            id="received-from",
        ),
        pytest.param(
            ORDERED_FROM,
            [],
            [],
            [
                (
                    "ORDER",
                    "order.ordered-from",
                    {
                        "customer": "Iraq",
                        "goods": "locomotives",
                        "quantity": "20",
                        "supplier": "General Motors Corp.",
                    },
                )
            ],
            id="ordered-from",
        ),
        pytest.param(
            APPROVED_LOAN,
            ["90 mln dlr"],
            [],
            [
                (
                    "FINANCING",
                    "financing.provided-loan",
                    {"funder": "The World Bank", "recipient": "Yugoslavia", "value": "90 mln dlr"},
                )
            ],
            id="approved-loan",
        ),
        pytest.param(
            AGREED_TO_PROVIDE_LOAN,
            ["90 mln dlr"],
            [],
            [
                (
                    "FINANCING",
                    "financing.agreed-to-provide-loan",
                    {"funder": "Acme Bank", "recipient": "Ruritania", "value": "90 mln dlr"},
                )
            ],
            id="agreed-to-provide-loan-funder-on-the-governing-verb",
        ),
        pytest.param(
            RELATIVE_SUBJECT,
            [],
            ["last year"],
            [
                (
                    "ACQUISITION",
                    "acquisition.buy",
                    {"buyer": "Acme", "target": "Beta Corp", "date": "last year"},
                )
            ],
            id="relative-pronoun-subject-is-the-name-it-describes",
        ),
        pytest.param(
            RELATIVE_AFTER_LIST,
            [],
            [],
            [
                (
                    "ACQUISITION",
                    "acquisition.agree-to-buy",
                    {"buyer": "Acme", "target": "Delta Corp"},
                )
            ],
            id="relative-pronoun-after-a-list-describes-the-last-name",
        ),
        pytest.param(
            OBTAINED_CREDIT,
            ["ten mln dlr"],
            [],
            [
                (
                    "FINANCING",
                    "financing.received-loan",
                    {
                        "funder": "Bank of the West",
                        "recipient": "CMS Enhancements Inc",
                        "value": "ten mln dlr",
                    },
                )
            ],
            id="obtained-credit",
        ),
        pytest.param(
            MET_CONJ,
            [],
            ["last week"],
            [
                (
                    "MEETING",
                    "meeting.met-conj",
                    {
                        "date": "last week",
                        "other": "Miyazawa",
                        "participant": "Baker",
                        "place": "Washington",
                    },
                )
            ],
            id="met-conj",
        ),
        pytest.param(
            MET_WITH_CONJ_BOTH_SIDES,
            [],
            [],
            [
                ("MEETING", "meeting.met-with", {"participant": p, "other": o})
                for o in ("Miyazawa", "Poehl")
                for p in ("Baker", "Stoltenberg")
            ],
            id="met-with-names-coordinated-on-both-sides",
        ),
        pytest.param(
            MET_CONJ_THREE,
            [],
            [],
            [
                ("MEETING", "meeting.met-conj", {"participant": "Baker", "other": o})
                for o in ("Stoltenberg", "Miyazawa")
            ],
            id="three-met-one-meeting-per-other-party",
        ),
        pytest.param(
            MET_BRACKETED_STATE,
            [],
            [],
            [
                (
                    "MEETING",
                    "meeting.met-obj",
                    {"participant": "Baker", "other": "Leahy", "place": "Washington"},
                )
            ],
            id="bracketed-state-is-no-conjunct",
        ),
        pytest.param(WILL_MEET, [], ["next week"], [], id="will-meet"),
        pytest.param(
            HELD_TALKS,
            [],
            [],
            [
                (
                    "MEETING",
                    "meeting.held-talks",
                    {"other": "Pratt Hotel Corp.", "participant": "MTS"},
                )
            ],
            id="held-talks",
        ),
        pytest.param(
            WRAPPED_UP_MEETING,
            [],
            [],
            [
                (
                    "MEETING",
                    "meeting.held-talks",
                    {"other": "Saddam Hussein", "participant": "Annan"},
                )
            ],
            id="wrapped-up-a-meeting",
        ),
        pytest.param(
            ENDED_TALKS,
            [],
            [],
            [("MEETING", "meeting.held-talks", {"other": "Sante Fe", "participant": "Henley"})],
            id="ended-talks-were-held",
        ),
        pytest.param(WILL_HOLD_TALKS, [], ["this week"], [], id="will-hold-talks"),
        pytest.param(
            HELD_TALKS_CONJ,
            [],
            [],
            [
                (
                    "MEETING",
                    "meeting.held-talks-conj",
                    {"other": "Shevardnadze", "participant": "Shultz"},
                )
            ],
            id="two-held-talks",
        ),
        pytest.param(HELD_NO_TALKS, [], [], [], id="held-no-talks"),
        pytest.param(
            TALKS_BETWEEN,
            [],
            [],
            [("MEETING", "meeting.talks-between", {"other": "Portugal", "participant": "China"})],
            id="talks-between",
        ),
        pytest.param(
            AGREED_CONJ,
            [],
            [],
            [
                (
                    "AGREEMENT",
                    "agreement.agreed-conj",
                    {"other_party": "Yugoslavia", "party": "France"},
                )
            ],
            id="agreed-conj",
        ),
        pytest.param(
            REACHED_WITH,
            [],
            [],
            [
                (
                    "AGREEMENT",
                    "agreement.reached-with",
                    {
                        "other_party": "CTS Corp.",
                        "party": "Dynamics Corp of America",
                        "subject": "agreement",
                    },
                )
            ],
            id="reached-with",
        ),
        pytest.param(HOPES_TO_REACH, [], ["this year"], [], id="hopes-to-reach"),
        pytest.param(
            OWES_TO,
            ["900 mln dlrs"],
            [],
            [
                (
                    "DEBT",
                    "debt.owes",
                    {
                        "action": "owes",
                        "amount": "900 mln dlrs",
                        "creditor": "the International Monetary Fund",
                        "debtor": "Zambia",
                    },
                )
            ],
            id="owes-to",
        ),
    ],
)
def test_reuters_phrasings(
    doc: Doc, money: list[str], dates: list[str], expected: list[object]
) -> None:
    assert facts(doc, mentions(doc, *money), mentions(doc, *dates)) == expected


# The noun reading of reuters-3441 (the parser took "exports" for a verb there).
EXPORTS_NOUN_WILL_RISE = parse("""
Soviet Soviet ADJ amod 1 B-NORP
exports export NOUN nsubj 7 O
to to ADP case 5 O
the the DET det 5 B-GPE
United United ADJ amod 5 I-GPE
States State PROPN nmod 1 I-GPE
will will AUX aux 7 O
rise rise VERB ROOT 7 O
""")


@pytest.mark.parametrize(
    ("doc", "trigger", "guard"),
    [
        pytest.param(NOT_BOUGHT, "buy", "guard.negation", id="negation-advmod-not"),
        pytest.param(
            EXPORTS_NOUN_WILL_RISE, "exports", "guard.modal-aux", id="modal-on-nouns-verb"
        ),
        pytest.param(IF_SOLD, "sell", "guard.modal-aux", id="modal-would"),
        pytest.param(PLANS_TO_BUY, "buy", "guard.planned", id="planned-governor"),
        pytest.param(OFFERING_TO_BUY, "offering", "guard.planned", id="offer-is-the-trigger"),
        pytest.param(HOPES_TO_REACH, "reach", "guard.planned", id="hoped-for"),
        pytest.param(REQUESTED_A_LOAN, "loan", "guard.planned", id="requested-is-no-fact"),
        pytest.param(
            REQUESTED_FUNDING_FROM, "funding", "guard.requested", id="requested-in-an-oblique"
        ),
        pytest.param(
            ATTEMPT_TO_INTERFERE_WITH, "acquisition", None, id="oblique-of-an-attempt-is-asserted"
        ),
        pytest.param(
            PROPOSED_THAT_THEY_MEET, "meet", "guard.mandative", id="proposed-that-they-meet"
        ),
        pytest.param(SAID_THAT_THEY_MET, "met", None, id="said-that-they-met-is-asserted"),
        pytest.param(PROPOSED_ACQUISITION, "acquisition", "guard.proposed", id="proposed-noun"),
        pytest.param(PROBABLE_MEETING, "meeting", "guard.proposed", id="probable-meeting"),
        pytest.param(SOLD_GOODS_TO, "sold", None, id="asserted-sale"),
        pytest.param(AGREED_TO_BE_ACQUIRED, "acquired", None, id="agreed-is-asserted"),
    ],
)
def test_modality_guards(doc: Doc, trigger: str, guard: str | None) -> None:
    token = next(t for t in doc if t.text == trigger)
    assert blocking_guard(token) == guard


def test_guarded_noun_gives_no_trade() -> None:
    assert facts(EXPORTS_NOUN_WILL_RISE) == []


def test_conditional_guard() -> None:
    doc = parse("""
if if SCONJ mark 2 O
Brazil Brazil PROPN nsubj 2 B-GPE
sold sell VERB advcl 8 O
sugar sugar NOUN obj 2 O
to to ADP case 7 O
the the DET det 7 B-GPE
Soviet Soviet PROPN compound 7 I-GPE
Union Union PROPN obl 2 I-GPE
prices price NOUN nsubj 9 O
rose rise VERB ROOT 9 O
""")
    assert blocking_guard(doc[2]) == "guard.conditional"
    assert facts(doc) == []


def test_guard_climbs_from_a_noun_to_the_noun_it_belongs_to() -> None:
    """ "hopes to increase the volume of its exports": the hope governs the exports too."""
    doc = parse("""
Egypt Egypt PROPN nsubj 1 B-GPE
hopes hope VERB ROOT 1 O
to to PART mark 3 O
increase increase VERB xcomp 1 O
the the DET det 5 O
volume volume NOUN obj 3 O
of of ADP case 8 O
its its PRON nmod:poss 8 O
exports export NOUN nmod 5 O
to to ADP case 10 O
Japan Japan PROPN nmod 8 B-GPE
""")
    assert blocking_guard(doc[8]) == "guard.planned"
    assert facts(doc) == []


def test_guards_file_integrity() -> None:
    """Every guard has a unique id, a known kind, words and an example; the climb labels exist."""
    climb, guards = load_guards()
    assert climb and all(isinstance(label, str) for label in climb)
    assert {g.id for g in guards} >= {
        "guard.negation",
        "guard.modal-aux",
        "guard.conditional",
        "guard.planned",
        "guard.proposed",
    }
    for guard in guards:
        assert guard.kind in {"child", "governor"} and guard.words, guard.id
        assert guard.kind == "governor" or guard.deps, guard.id


# Further positive and negative cases for the same rules.
# Reuters acq phrasing
ACQUIRED_BY_PASSIVE = parse("""
Cyclops Cyclops NOUN compound 1 B-ORG
Corp Corp PROPN nsubj:pass 3 I-ORG
was be AUX aux:pass 3 O
acquired acquire VERB ROOT 3 O
by by ADP case 7 O
Dixons Dixon NOUN compound 6 B-ORG
Group group PROPN compound 7 I-ORG
Plc Plc PROPN obl:agent 3 I-ORG
. . PUNCT punct 3 O
""")

# negated, modal
WOULD_NOT_AGREE = parse("""
Sunbeam sunbeam PROPN compound 1 B-ORG
Corp Corp PROPN nsubj 2 I-ORG
said say VERB ROOT 2 O
it it PRON nsubj 6 O
would would AUX aux 6 O
not not PART advmod 6 O
agree agree VERB ccomp 2 O
to to PART mark 9 O
be be AUX aux:pass 9 O
acquired acquire VERB xcomp 6 O
by by ADP case 13 O
Allegheny allegheny PROPN compound 12 B-ORG
International International PROPN amod 13 I-ORG
Inc. Inc. PROPN obl:agent 9 I-ORG
""")

# reuters-16932, shortened: an adjective names the origin
IMPORTS_ADJECTIVE = parse("""
Japanese Japanese ADJ amod 1 B-NORP
imports import NOUN nsubj 5 O
of of ADP case 4 O
small small ADJ amod 4 O
computers computer NOUN nmod 1 O
rose rose VERB ROOT 5 O
. . PUNCT punct 5 O
""")

# modal import
WOULD_IMPORT = parse("""
Japan Japan PROPN nsubj 2 B-GPE
would would AUX aux 2 O
import import VERB ROOT 2 O
more more ADV amod 4 O
wheat wheat NOUN obj 2 O
from from ADP case 8 O
the the DET det 8 B-GPE
United United ADJ amod 8 I-GPE
States State PROPN nmod 4 I-GPE
. . PUNCT punct 2 O
""")

# Reuters money-fx phrasing: no quantity of a commodity
BOUGHT_DOLLARS = parse("""
Japan Japan PROPN nsubj 1 B-GPE
bought buy VERB ROOT 1 O
dollars dollar NOUN obj 1 O
from from ADP case 4 O
banks bank NOUN obl 1 O
. . PUNCT punct 1 O
""")

# Reuters phrasing: a loan is FINANCING, not a DELIVERY
RECEIVED_LOAN = parse("""
Mexico Mexico PROPN nsubj 1 B-GPE
received receive VERB ROOT 1 O
a a DET det 6 O
500 500 NUM nummod 4 B-CARDINAL
mln mln NOUN compound 6 O
dlr dlr NOUN compound 6 O
loan loan NOUN obj 1 O
from from ADP case 10 O
the the DET det 10 B-ORG
World World PROPN compound 10 I-ORG
Bank Bank PROPN nmod 6 I-ORG
. . PUNCT punct 1 O
""")

# no supplier named
ORDERED_NO_SUPPLIER = parse("""
Iraq Iraq PROPN nsubj 1 B-GPE
ordered order VERB ROOT 1 O
20 20 NUM nummod 3 B-CARDINAL
locomotives locomotive NOUN obj 1 O
. . PUNCT punct 1 O
""")

# not money
PROVIDED_ASSISTANCE = parse("""
Japan Japan PROPN nsubj 1 B-GPE
provided provide VERB ROOT 1 O
technical technical ADJ amod 3 O
assistance assistance NOUN obj 1 O
to to ADP case 5 O
Bangladesh Bangladesh PROPN acl 3 B-GPE
. . PUNCT punct 1 O
""")

# no funder named
CREDIT_NO_FUNDER = parse("""
CMS CMS PROPN nsubj 1 B-ORG
said say VERB ROOT 1 O
it it PRON nsubj 4 O
has have AUX aux 4 O
obtained obtain VERB ccomp 1 O
a a DET det 6 O
line line NOUN obj 4 O
of of ADP case 8 O
credit credit NOUN nmod 6 O
. . PUNCT punct 1 O
""")

# future talks
TALKS_WILL_BE_HELD = parse("""
Talks talk NOUN nsubj:pass 7 O
between between ADP case 2 O
China China PROPN nmod 0 B-GPE
and and CCONJ cc 4 O
Portugal Portugal PROPN conj 2 B-GPE
will will AUX aux 7 O
be be AUX aux:pass 7 O
held hold VERB ROOT 7 O
next next ADJ amod 9 B-DATE
month month NOUN obl:unmarked 7 I-DATE
. . PUNCT punct 7 O
""")

# reuters-20335
AGREE_SUBJUNCTIVE = parse("""
Lyng Lyng PROPN nsubj 1 O
rejected reject VERB ROOT 1 O
suggestions suggestion NOUN obj 1 O
the the DET det 4 O
U.S. U.S. PROPN nsubj 7 B-GPE
and and CCONJ cc 6 O
EC EC NOUN conj 4 B-ORG
agree agree VERB xcomp 1 O
a a DET det 9 O
freeze freeze NOUN obj 7 O
in in ADP case 12 O
export export NOUN compound 12 O
subsidies subsidy NOUN obl 7 O
. . PUNCT punct 1 O
""")


@pytest.mark.parametrize(
    ("doc", "money", "dates", "expected"),
    [
        pytest.param(
            ACQUIRED_BY_PASSIVE,
            [],
            [],
            [
                (
                    "ACQUISITION",
                    "acquisition.acquired-by",
                    {"buyer": "Dixons Group Plc", "target": "Cyclops Corp"},
                )
            ],
            id="acquired-by-passive",
        ),
        pytest.param(WOULD_NOT_AGREE, [], [], [], id="would-not-agree"),
        pytest.param(IMPORTS_ADJECTIVE, [], [], [], id="imports-adjective"),
        pytest.param(WOULD_IMPORT, [], [], [], id="would-import"),
        pytest.param(BOUGHT_DOLLARS, [], [], [], id="bought-dollars"),
        pytest.param(
            RECEIVED_LOAN,
            ["500 mln dlr"],
            [],
            [
                (
                    "FINANCING",
                    "financing.received-loan",
                    {"funder": "the World Bank", "recipient": "Mexico", "value": "500 mln dlr"},
                )
            ],
            id="received-loan",
        ),
        pytest.param(ORDERED_NO_SUPPLIER, [], [], [], id="ordered-no-supplier"),
        pytest.param(PROVIDED_ASSISTANCE, [], [], [], id="provided-assistance"),
        pytest.param(CREDIT_NO_FUNDER, [], [], [], id="credit-no-funder"),
        pytest.param(TALKS_WILL_BE_HELD, [], ["next month"], [], id="talks-will-be-held"),
        pytest.param(AGREE_SUBJUNCTIVE, [], [], [], id="agree-subjunctive"),
    ],
)
def test_reuters_phrasings_more(
    doc: Doc, money: list[str], dates: list[str], expected: list[object]
) -> None:
    assert facts(doc, mentions(doc, *money), mentions(doc, *dates)) == expected


# Two trees whose words interleave (0 -> 2, 1 -> 3): no sentence is one tree.
INTERLEAVED_TREES = Doc(
    VOCAB,
    words=["Exports", "Sales", "rose", "fell"],
    lemmas=["export", "sale", "rise", "fall"],
    pos=["NOUN", "NOUN", "VERB", "VERB"],
    deps=["nsubj", "nsubj", "ROOT", "ROOT"],
    heads=[2, 3, 2, 3],
)


def test_sentence_matching_is_dependency_matcher() -> None:
    """The sentence-by-sentence engine returns what DependencyMatcher returns, in its order: for
    each case, for all of them joined into one Doc (rule by rule, then sentence by sentence),
    and for a Doc whose sentences are not trees (matched whole)."""
    reference, engine = DependencyMatcher(VOCAB), RuleMatcher(VOCAB)
    for rule in load_rules():
        reference.add(rule.id, [rule.pattern])
        engine.add(rule.id, rule.pattern)
    cases = [v for v in globals().values() if isinstance(v, Doc) and v is not INTERLEAVED_TREES]
    joined = Doc.from_docs(cases)
    assert len(list(joined.sents)) >= len(cases) > 50
    for doc in [*cases, joined, INTERLEAVED_TREES]:
        expected = [(VOCAB.strings[key], ids) for key, ids in reference(doc)]
        assert engine(doc) == expected
    assert len(reference(joined)) > 50


# A party label names the holder's party, not the organisation of the office (GUIDELINES §6.4).
TITLE_PARTY = parse("""
Democratic Democratic ADJ amod 1 B-NORP
Senator senator PROPN nmod:desc 2 O
Lloyd Lloyd PROPN nsubj 4 B-PERSON
Bentsen Bentsen PROPN flat 2 I-PERSON
said say VERB ROOT 4 O
""")

TITLE_NATIONALITY = parse("""
West West ADJ amod 2 B-NORP
German German ADJ flat 0 I-NORP
Chancellor chancellor PROPN nmod:desc 3 O
Helmut Helmut PROPN nsubj 5 B-PERSON
Kohl Kohl PROPN flat 3 I-PERSON
said say VERB ROOT 5 O
""")

# The place after the name is the org of an office of a place, where a senator is only from.
TITLE_NAME_OF_COUNTRY = parse("""
President president PROPN compound 2 O
Hashemi Hashemi PROPN compound 2 B-PERSON
Rafsanjani Rafsanjani PROPN nsubj 5 I-PERSON
of of ADP case 4 O
Iran Iran PROPN nmod 2 B-GPE
said say VERB ROOT 5 O
""")

TITLE_NAME_OF_STATE = parse("""
Senator senator PROPN compound 2 O
John John PROPN compound 2 B-PERSON
Danforth Danforth PROPN nsubj 5 I-PERSON
of of ADP case 4 O
Missouri Missouri PROPN nmod 2 B-GPE
said say VERB ROOT 5 O
""")

# "ordered" is a purchase with a quantity, a value or a supplier, and a command without one.
COMPANY_ORDERED_JETS = parse("""
Aeroflot Aeroflot PROPN nsubj 1 B-ORG
ordered order VERB ROOT 1 O
20 20 NUM nummod 4 B-CARDINAL
passenger passenger NOUN compound 4 O
jets jet NOUN obj 1 O
""")

AGENCY_ORDERED_REVIEW = parse("""
The the DET det 2 B-ORG
Commerce Commerce PROPN compound 2 I-ORG
Department Department PROPN nsubj 3 I-ORG
ordered order VERB ROOT 3 O
a a DET det 6 O
full full ADJ amod 6 O
review review NOUN obj 3 O
""")

REVIEW_ORDERED_BY = parse("""
the the DET det 1 O
inquiry inquiry NOUN nsubj 6 O
ordered order VERB acl 1 O
by by ADP case 4 O
Reagan Reagan PROPN obl:agent 2 B-PERSON
was be AUX cop 6 O
closed closed ADJ ROOT 6 O
""")


@pytest.mark.parametrize(
    ("doc", "money", "expected"),
    [
        pytest.param(
            TITLE_PARTY,
            [],
            [("ROLE", "role.title-before-name", {"person": "Lloyd Bentsen", "title": "Senator"})],
            id="party-label-is-not-the-org",
        ),
        pytest.param(
            TITLE_NATIONALITY,
            [],
            [
                (
                    "ROLE",
                    "role.title-before-name",
                    {"person": "Helmut Kohl", "title": "Chancellor", "org": "West German"},
                )
            ],
            id="nationality-of-an-office-is-the-org",
        ),
        pytest.param(
            TITLE_NAME_OF_COUNTRY,
            [],
            [
                (
                    "ROLE",
                    "role.title-before-name",
                    {"person": "Hashemi Rafsanjani", "title": "President", "org": "Iran"},
                )
            ],
            id="country-after-a-head-of-state-is-the-org",
        ),
        pytest.param(
            TITLE_NAME_OF_STATE,
            [],
            [("ROLE", "role.title-before-name", {"person": "John Danforth", "title": "Senator"})],
            id="state-after-a-senator-is-where-he-is-from",
        ),
        pytest.param(
            COMPANY_ORDERED_JETS,
            [],
            [
                (
                    "ORDER",
                    "order.ordered",
                    {"customer": "Aeroflot", "goods": "passenger jets", "quantity": "20"},
                )
            ],
            id="order-with-a-quantity",
        ),
        pytest.param(AGENCY_ORDERED_REVIEW, [], [], id="ordered-a-review-is-a-command"),
        pytest.param(REVIEW_ORDERED_BY, [], [], id="inquiry-ordered-by-is-a-command"),
    ],
)
def test_party_org_and_commands(doc: Doc, money: list[str], expected: list[object]) -> None:
    assert facts(doc, mentions(doc, *money)) == expected


# The parser often reads "X, Chairman of Y," as a conjunct of the name, not an apposition.
TITLE_AS_CONJUNCT = parse("""
Gordon Gordon PROPN nsubj 8 B-PERSON
Macklin Macklin PROPN flat 0 I-PERSON
, , PUNCT punct 3 O
president president NOUN conj 0 O
of of ADP case 6 O
the the DET det 6 B-ORG
NASD NASD PROPN nmod 3 I-ORG
, , PUNCT punct 0 O
said say VERB ROOT 8 O
""")

NAME_AND_NAME = parse("""
Baker Baker PROPN nsubj 5 B-PERSON
, , PUNCT punct 2 O
Volcker Volcker PROPN conj 0 B-PERSON
and and CCONJ cc 4 O
Miyazawa Miyazawa PROPN conj 0 B-PERSON
spoke speak VERB ROOT 5 O
""")

# "was named president": the passive of naming, appointing, electing (GUIDELINES §6.4).
NAMED_PRESIDENT = parse("""
John John PROPN nsubj:pass 3 B-PERSON
Smith Smith PROPN flat 0 I-PERSON
was be AUX aux:pass 3 O
named name VERB ROOT 3 O
president president NOUN obj 3 O
of of ADP case 6 O
Allied Allied PROPN nmod 4 B-ORG
""")

NAMED_AFTER = parse("""
the the DET det 1 O
fund fund NOUN nsubj:pass 3 O
was be AUX aux:pass 3 O
named name VERB ROOT 3 O
after after ADP case 5 O
Kennedy Kennedy PROPN obl 3 B-PERSON
""")


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        pytest.param(
            TITLE_AS_CONJUNCT,
            [
                (
                    "ROLE",
                    "role.appos-conj",
                    {"person": "Gordon Macklin", "title": "president", "org": "the NASD"},
                )
            ],
            id="title-read-as-conjunct",
        ),
        pytest.param(NAME_AND_NAME, [], id="conjoined-names-are-no-title"),
        pytest.param(
            NAMED_PRESIDENT,
            [
                (
                    "ROLE",
                    "role.named-as",
                    {"person": "John Smith", "title": "president", "org": "Allied"},
                )
            ],
            id="was-named-president",
        ),
        pytest.param(NAMED_AFTER, [], id="named-after-is-no-title"),
    ],
)
def test_titles_read_as_conjuncts_or_named(doc: Doc, expected: list[object]) -> None:
    assert facts(doc) == expected


# Titles read off the words, guards that do not apply to a title joined to a name, and the
# active and copular forms of holding an office (real phrasings, parsed as the packaged
# parser parses them, mistakes included).
TITLE_BEFORE_MODAL = parse("""
Prime Prime ADJ amod 1 O
Minister Minister PROPN nmod:desc 2 O
Yasuhiro Yasuhiro PROPN nsubj 5 B-PERSON
Nakasone Nakasone PROPN nsubj 5 I-PERSON
will will AUX aux 5 O
step step VERB ROOT 5 O
down down ADP compound:prt 5 O
. . PUNCT punct 5 O
""")

NAMED_IN_FUTURE = parse("""
The the DET det 1 O
board board NOUN nsubj 3 O
will will AUX aux 3 O
name name VERB ROOT 3 O
John John PROPN obj 3 B-PERSON
Smith Smith PROPN flat 4 I-PERSON
as as ADP case 8 O
its its PRON nmod:poss 8 O
chairman chairman NOUN obl 3 O
. . PUNCT punct 3 O
""")

ELECTED_AS = parse("""
The the DET det 1 O
board board NOUN nsubj 2 O
elected elect VERB ROOT 2 O
John John PROPN obj 2 B-PERSON
Smith Smith PROPN flat 3 I-PERSON
as as ADP case 7 O
its its PRON nmod:poss 7 O
chairman chairman NOUN obl 2 O
. . PUNCT punct 2 O
""")

# The parser makes the name an xcomp before "as": "named Mary Jones as chief financial officer"
NAMED_XCOMP_AS = parse("""
Acme Acme PROPN nsubj 1 B-ORG
named name VERB ROOT 1 O
Mary Mary PROPN xcomp 1 B-PERSON
Jones Jones PROPN flat 2 I-PERSON
as as ADP case 6 O
financial financial ADJ amod 6 O
officer officer NOUN obl 1 O
. . PUNCT punct 1 O
""")

# No "as": "it named Eugene Mora its chairman"
NAMED_ITS_CHAIRMAN = parse("""
It it PRON nsubj 1 O
named name VERB ROOT 1 O
Eugene Eugene PROPN obj 1 B-PERSON
Mora Mora PROPN flat 2 I-PERSON
its its PRON nmod:poss 5 O
chairman chairman NOUN xcomp 1 O
. . PUNCT punct 1 O
""")

PROMOTED_TO = parse("""
Smith Smith PROPN nsubj:pass 2 B-PERSON
was be AUX aux:pass 2 O
promoted promote VERB ROOT 2 O
to to ADP case 4 O
president president NOUN obl 2 O
. . PUNCT punct 2 O
""")

PROMOTED_SMITH_TO = parse("""
Barclays Barclays PROPN nsubj 1 B-ORG
promoted promote VERB ROOT 1 O
John John PROPN obj 1 B-PERSON
Kerslake Kerslake PROPN flat 2 I-PERSON
to to ADP case 5 O
president president NOUN obl 1 O
. . PUNCT punct 1 O
""")

NAMED_TO_THE_POST_OF = parse("""
Olin Olin PROPN nsubj:pass 3 B-PERSON
has have AUX aux 3 O
been be AUX aux:pass 3 O
named name VERB ROOT 3 O
to to ADP case 7 O
the the DET det 7 O
added added ADJ amod 7 O
post post NOUN obl 3 O
of of ADP case 10 O
chief chief ADJ amod 10 O
executive executive NOUN nmod 7 O
. . PUNCT punct 3 O
""")

# A capitalised Office is a body: "were named to an Office of the President"
NAMED_TO_AN_OFFICE = parse("""
Kairey Kairey PROPN nsubj:pass 2 B-PERSON
was be AUX aux:pass 2 O
named name VERB ROOT 2 O
to to ADP case 5 O
an an DET det 5 O
Office Office PROPN obl 2 O
of of ADP case 8 O
the the DET det 8 O
President President PROPN nmod 5 O
. . PUNCT punct 2 O
""")

NAMED_AS_DEFENDANT = parse("""
Acme Acme PROPN compound 1 B-ORG
Corp Corp PROPN nsubj 2 I-ORG
said say VERB ROOT 2 O
it it PRON nsubj 4 O
named name VERB ccomp 2 O
Mary Mary PROPN obj 4 B-PERSON
Jones Jones PROPN flat 5 I-PERSON
as as ADP case 9 O
a a DET det 9 O
defendant defendant NOUN obl 4 O
. . PUNCT punct 2 O
""")

RESIGNED_AS = parse("""
William William PROPN nsubj 3 B-PERSON
Terpstra Terpstra PROPN flat 0 I-PERSON
has have AUX aux 3 O
resigned resign VERB ROOT 3 O
as as ADP case 5 O
president president NOUN obl 3 O
. . PUNCT punct 3 O
""")

SERVED_AS_WITNESS = parse("""
John John PROPN nsubj 2 B-PERSON
Smith Smith PROPN flat 0 I-PERSON
served serve VERB ROOT 2 O
as as ADP case 5 O
a a DET det 5 O
witness witness NOUN obl 2 O
. . PUNCT punct 2 O
""")

WAS_VICE_PRESIDENT = parse("""
Herbert Herbert PROPN nsubj 5 B-PERSON
Greenberg Greenberg PROPN flat 0 I-PERSON
was be AUX cop 5 O
a a DET det 5 O
vice vice NOUN compound 5 O
president president NOUN ROOT 5 O
of of ADP case 8 O
the the DET det 8 O
company company NOUN nmod 5 O
. . PUNCT punct 5 O
""")

WAS_NOT_CHAIRMAN = parse("""
Herbert Herbert PROPN nsubj 4 B-PERSON
Greenberg Greenberg PROPN flat 0 I-PERSON
was be AUX cop 4 O
not not PART advmod 4 O
chairman chairman NOUN ROOT 4 O
. . PUNCT punct 4 O
""")

WHO_IS_SPOKESMAN = parse("""
Roeller Roeller PROPN nsubj 10 B-PERSON
, , PUNCT punct 5 O
who who PRON nsubj 5 O
is be AUX cop 5 O
also also ADV advmod 5 O
spokesman spokesman NOUN acl:relcl 0 O
of of ADP case 9 O
Dresdner Dresdner PROPN compound 9 B-ORG
Bank Bank PROPN compound 9 I-ORG
AG AG PROPN nmod 5 I-ORG
said say VERB ROOT 10 O
. . PUNCT punct 10 O
""")

WHO_IS_NOT_CHAIRMAN = parse("""
Roeller Roeller PROPN nsubj 6 B-PERSON
, , PUNCT punct 5 O
who who PRON nsubj 5 O
is be AUX cop 5 O
not not PART advmod 5 O
chairman chairman NOUN acl:relcl 0 O
said say VERB ROOT 6 O
. . PUNCT punct 6 O
""")

TITLE_THEN_NAME = parse("""
Brazil Brazil PROPN nmod:poss 3 B-GPE
's 's PART case 0 O
finance finance NOUN compound 3 O
minister minister NOUN ROOT 3 O
, , PUNCT punct 6 O
Dilson Dilson PROPN compound 6 B-PERSON
Funaro Funaro PROPN appos 3 I-PERSON
, , PUNCT punct 9 O
met meet VERB amod 9 O
bankers banker NOUN conj 3 O
. . PUNCT punct 3 O
""")

HYPHENATED_TITLE = parse("""
Koichi Koichi PROPN nsubj 11 B-PERSON
Kato Kato PROPN flat 0 I-PERSON
, , PUNCT punct 5 O
vice vice NOUN compound 5 O -
- - PUNCT punct 3 O -
chairman chairman NOUN appos 0 O
of of ADP case 9 O
the the DET det 9 O
ruling ruling VERB amod 9 O
party party NOUN nmod 5 O
, , PUNCT punct 0 O
told tell VERB ROOT 11 O
reporters reporter NOUN obj 11 O
. . PUNCT punct 11 O
""")

HYPHENATED_BEFORE_NAME = parse("""
GATT GATT PROPN compound 1 B-ORG
director director NOUN nsubj 6 O -
- - PUNCT punct 4 O -
general general ADJ amod 4 O
Arthur Arthur PROPN nsubj 6 B-PERSON
Dunkel Dunkel PROPN flat 4 I-PERSON
said say VERB ROOT 6 O
. . PUNCT punct 6 O
""")

# The parser hangs "Finance Minister" on "which"; the title is the words before the name.
TITLE_AFTER_PRONOUN = parse("""
The the DET det 1 O
freeze freeze NOUN nsubj:pass 12 O
, , PUNCT punct 6 O
which which PRON nmod:desc 6 O
Finance Finance PROPN compound 5 O
Minister Minister PROPN nmod:desc 6 O
Bernard Bernard PROPN nsubj 8 B-PERSON
Chidzero Chidzero PROPN flat 6 I-PERSON
said say VERB acl:relcl 1 O
, , PUNCT punct 1 O
was be AUX aux:pass 12 O
welcomed welcome VERB ROOT 12 O
. . PUNCT punct 12 O
""")

ADVERB_BEFORE_NAME = parse("""
However however ADV advmod 1 O
Baker Baker PROPN nsubj 6 B-PERSON
and and CCONJ cc 3 O
Deputy Deputy NOUN compound 4 O
Secretary Secretary PROPN conj 1 O
, , PUNCT punct 1 O
acknowledged acknowledge VERB ROOT 6 O
risks risk NOUN obj 6 O
. . PUNCT punct 6 O
""")

# The parser reads the apposition as a conjunct of the name and hangs the rest elsewhere.
SURFACE_APPOSITION = parse("""
G.C. G.C. PROPN compound 1 B-PERSON
Goh Goh PROPN nsubj 11 I-PERSON
, , PUNCT punct 4 O
chief chief ADJ amod 4 O
dealer dealer NOUN nsubj 11 O
of of ADP case 9 O
the the DET det 9 B-ORG
Standard Standard PROPN compound 9 I-ORG
Chartered Chartered PROPN flat 7 I-ORG
Bank Bank PROPN nmod 4 I-ORG
, , PUNCT punct 1 O
said say VERB ROOT 11 O
rates rate NOUN nsubj 13 O
rose rise VERB ccomp 11 O
. . PUNCT punct 11 O
""")

LIST_OF_PEOPLE = parse("""
Lawyer Lawyer PROPN ROOT 0 B-PERSON
Lee Lee PROPN appos 0 I-PERSON
Bailey Bailey PROPN flat 1 I-PERSON
, , PUNCT punct 5 O
pilot pilot NOUN compound 5 O
chiefs chief NOUN nsubj 11 O
, , PUNCT punct 7 O
attorneys attorney NOUN conj 5 O
and and CCONJ cc 9 O
bankers banker NOUN conj 5 O
will will AUX aux 11 O
speak speak VERB parataxis 0 O
. . PUNCT punct 0 O
""")

NEXT_NAMES_TITLE = parse("""
Howe Howe PROPN nsubj 8 B-PERSON
, , PUNCT punct 3 O
U.S. U.S. PROPN compound 3 B-GPE
Secretary Secretary PROPN conj 0 O
of of ADP case 6 O
State State PROPN compound 6 B-ORG
George George PROPN nmod 3 B-PERSON
Shultz Shultz PROPN flat 6 I-PERSON
attended attend VERB ROOT 8 O
. . PUNCT punct 8 O
""")

# NER swallows the title into the name: a title inside the person is no title.
TITLE_INSIDE_NAME = parse("""
Smith Smith PROPN nsubj 2 B-PERSON
Spokesman spokesman NOUN appos 0 I-PERSON
said say VERB ROOT 2 O
. . PUNCT punct 2 O
""")


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        pytest.param(
            TITLE_BEFORE_MODAL,
            [
                (
                    "ROLE",
                    "role.title-before-name",
                    {"person": "Yasuhiro Nakasone", "title": "Prime Minister"},
                )
            ],
            id="title-joined-to-name-holds-whatever-the-modal",
        ),
        pytest.param(NAMED_IN_FUTURE, [], id="will-name-as-is-not-asserted"),
        pytest.param(
            ELECTED_AS,
            [("ROLE", "role.named-as-active", {"person": "John Smith", "title": "chairman"})],
            id="elected-x-as-its-chairman",
        ),
        pytest.param(
            NAMED_XCOMP_AS,
            [
                (
                    "ROLE",
                    "role.named-as-active",
                    {"person": "Mary Jones", "title": "financial officer"},
                )
            ],
            id="named-x-as-the-name-read-as-xcomp",
        ),
        pytest.param(
            NAMED_ITS_CHAIRMAN,
            [("ROLE", "role.named-object-xcomp", {"person": "Eugene Mora", "title": "chairman"})],
            id="named-x-its-chairman-without-as",
        ),
        pytest.param(
            PROMOTED_TO,
            [("ROLE", "role.promoted-to", {"person": "Smith", "title": "president"})],
            id="was-promoted-to-president",
        ),
        pytest.param(
            PROMOTED_SMITH_TO,
            [
                (
                    "ROLE",
                    "role.promoted-to-active",
                    {"person": "John Kerslake", "title": "president"},
                )
            ],
            id="promoted-x-to-president",
        ),
        pytest.param(
            NAMED_TO_THE_POST_OF,
            [
                (
                    "ROLE",
                    "role.promoted-to-position",
                    {"person": "Olin", "title": "chief executive"},
                )
            ],
            id="named-to-the-added-post-of-chief-executive",
        ),
        pytest.param(NAMED_TO_AN_OFFICE, [], id="named-to-an-office-a-body"),
        pytest.param(NAMED_AS_DEFENDANT, [], id="named-as-defendant-is-no-title"),
        pytest.param(
            RESIGNED_AS,
            [("ROLE", "role.serves-as", {"person": "William Terpstra", "title": "president"})],
            id="resigned-as-president-a-former-office",
        ),
        pytest.param(SERVED_AS_WITNESS, [], id="served-as-witness-is-no-title"),
        pytest.param(
            WAS_VICE_PRESIDENT,
            [("ROLE", "role.copula", {"person": "Herbert Greenberg", "title": "vice president"})],
            id="was-a-vice-president",
        ),
        pytest.param(WAS_NOT_CHAIRMAN, [], id="was-not-chairman"),
        pytest.param(
            WHO_IS_SPOKESMAN,
            [
                (
                    "ROLE",
                    "role.copula-relative",
                    {"person": "Roeller", "title": "spokesman", "org": "Dresdner Bank AG"},
                )
            ],
            id="name-who-is-a-title-of-an-org",
        ),
        pytest.param(WHO_IS_NOT_CHAIRMAN, [], id="name-who-is-not-chairman"),
        pytest.param(
            TITLE_THEN_NAME,
            [
                (
                    "ROLE",
                    "role.title-appos-name",
                    {"person": "Dilson Funaro", "title": "finance minister", "org": "Brazil"},
                )
            ],
            id="title-comma-name",
        ),
        pytest.param(
            HYPHENATED_TITLE,
            [("ROLE", "role.appos", {"person": "Koichi Kato", "title": "vice-chairman"})],
            id="hyphenated-title-after-name",
        ),
        pytest.param(
            HYPHENATED_BEFORE_NAME,
            [
                (
                    "ROLE",
                    "role.title-before-name",
                    {"person": "Arthur Dunkel", "title": "director-general", "org": "GATT"},
                )
            ],
            id="hyphenated-title-before-name",
        ),
        pytest.param(
            TITLE_AFTER_PRONOUN,
            [
                (
                    "ROLE",
                    "role.title-before-name",
                    {"person": "Bernard Chidzero", "title": "Finance Minister"},
                )
            ],
            id="title-stops-before-a-pronoun",
        ),
        pytest.param(ADVERB_BEFORE_NAME, [], id="adverb-before-name-is-no-title"),
        pytest.param(
            SURFACE_APPOSITION,
            [
                (
                    "ROLE",
                    "role.appos-surface",
                    {
                        "person": "G.C. Goh",
                        "title": "chief dealer",
                        "org": "the Standard Chartered Bank",
                    },
                )
            ],
            id="apposition-read-off-the-words",
        ),
        pytest.param(LIST_OF_PEOPLE, [], id="plural-after-name-is-a-list"),
        pytest.param(
            NEXT_NAMES_TITLE,
            # Howe gets no title; the one before the next name is Shultz's (GUIDELINES §3.2:
            # Secretary of State is ORG State and title Secretary).
            [
                (
                    "ROLE",
                    "role.title-of-org-before-name",
                    {"org": "State", "person": "George Shultz", "title": "Secretary"},
                )
            ],
            id="title-of-the-next-name",
        ),
        pytest.param(TITLE_INSIDE_NAME, [], id="title-inside-the-name-is-dropped"),
    ],
)
def test_titles_read_off_the_words(doc: Doc, expected: list[object]) -> None:
    assert facts(doc) == expected


# Round 3 (issue #7): values and dates tied to the trigger, names kept inside phrases,
# coordinated names, "X met Y", "had talks", "a loan from X to Y". Own phrasings, parsed by hand.
MET_OBJ_CONJ = parse("""
Baker Baker PROPN nsubj 1 B-PERSON
met meet VERB ROOT 1 O
Stoltenberg Stoltenberg PROPN obj 1 B-PERSON
and and CCONJ cc 4 O
Poehl Poehl PROPN conj 2 B-PERSON
in in ADP case 6 O
Frankfurt Frankfurt PROPN obl 1 B-GPE
on on ADP case 8 O
Monday Monday PROPN obl 1 B-DATE
. . PUNCT punct 1 O
""")

MET_TARGET = parse("""
The the DET det 1 O
company company NOUN nsubj 2 O
met meet VERB ROOT 2 O
its its PRON nmod:poss 4 O
sales sale NOUN obj 2 O
target target NOUN xcomp 2 O
in in ADP case 7 O
March March PROPN obl 2 B-DATE
. . PUNCT punct 2 O
""")

HAD_TALKS = parse("""
Balladur Balladur PROPN nsubj 1 B-PERSON
had have VERB ROOT 1 O
talks talk NOUN obj 1 O
with with ADP case 4 O
Lawson Lawson PROPN nmod 2 B-PERSON
on on ADP case 6 O
Friday Friday PROPN obl 1 B-DATE
. . PUNCT punct 1 O
""")

LOAN_FROM_TO = parse("""
A a DET det 4 O
50 50 NUM nummod 2 O
mln mln NOUN compound 4 O
dlr dlr NOUN compound 4 O
loan loan NOUN nsubj:pass 12 O
from from ADP case 8 O
the the DET det 8 B-ORG
World World PROPN compound 8 I-ORG
Bank Bank PROPN nmod 4 I-ORG
to to ADP case 10 O
Kenya Kenya PROPN nmod 4 B-GPE
was be AUX aux:pass 12 O
approved approve VERB ROOT 12 O
. . PUNCT punct 12 O
""")

# The parser's reading: "declined" hangs from "exports" as a participle.
EXPORTS_DECLINED = parse("""
West west PROPN compound 1 B-NORP
German German ADJ amod 2 I-NORP
exports export NOUN ROOT 2 O
to to ADP case 4 O
Latin Latin PROPN nmod 2 B-LOC
America America PROPN flat 4 I-LOC
declined decline VERB acl 2 O
by by ADP case 9 O
4.1 4.1 NUM nummod 9 O
pct pct NOUN obl 6 O
in in ADP case 11 O
1986 1986 NUM obl 6 B-DATE
to to ADP case 15 O
11 11 NUM compound 14 O
billion billion NUM nummod 15 O
marks mark NOUN obl 6 O
. . PUNCT punct 2 O
""")

# The date is when it was said, not when it was bought.
SAID_ON_DATE = parse("""
Texaco Texaco PROPN nsubj 1 B-ORG
said say VERB ROOT 1 O
on on ADP case 3 O
Monday Monday PROPN obl 1 B-DATE
it it PRON nsubj 5 O
bought buy VERB ccomp 1 O
Getty Getty PROPN compound 7 B-ORG
Oil Oil PROPN obj 5 I-ORG
for for ADP case 11 O
10 10 NUM compound 10 O
billion billion NUM nummod 11 O
dlrs dlrs NOUN obl 5 O
. . PUNCT punct 1 O
""")

# A duration in another clause is no date of the signing.
SIGNED_TO_AIR = parse("""
Nostalgia Nostalgia PROPN compound 1 B-ORG
Network Network PROPN nsubj 2 I-ORG
signed sign VERB ROOT 2 O
an an DET det 4 O
agreement agreement NOUN obj 2 O
with with ADP case 7 O
ACTS ACTS PROPN compound 7 B-ORG
Satellite Satellite PROPN nmod 4 I-ORG
to to PART mark 9 O
air air VERB acl 4 O
five five NUM nummod 11 B-DATE
minute minute NOUN compound 12 I-DATE
commercials commercial NOUN obj 9 O
. . PUNCT punct 2 O
""")

# The parser's misreading: the number as the object.
BOUGHT_FIVE = parse("""
Holder Holder PROPN nsubj 1 B-ORG
acquired acquire VERB ROOT 1 O
five five NUM obj 1 B-CARDINAL
small small ADJ amod 4 O
companies company NOUN conj 2 O
. . PUNCT punct 1 O
""")

SHIPPED_FIGHTERS = parse("""
Boeing Boeing PROPN nsubj 1 B-ORG
shipped ship VERB ROOT 1 O
Soviet Soviet PROPN compound 4 B-NORP -
- - PUNCT punct 4 O -
made make VERB amod 6 O
MiG-29 MiG-29 NOUN compound 6 B-PRODUCT
fighters fighter NOUN obj 1 O
to to ADP case 8 O
Iran Iran PROPN nmod 6 B-GPE
. . PUNCT punct 1 O
""")

RUSSIAN_EXPORTS = parse("""
Russian Russian ADJ amod 2 B-NORP
truck truck NOUN compound 2 O
exports export NOUN nsubj 3 O
rose rise VERB ROOT 3 O
. . PUNCT punct 3 O
""")


@pytest.mark.parametrize(
    ("doc", "money", "dates", "expected"),
    [
        pytest.param(
            MET_OBJ_CONJ,
            [],
            ["Monday"],
            [
                (
                    "MEETING",
                    "meeting.met-obj",
                    {"participant": "Baker", "other": o, "place": "Frankfurt", "date": "Monday"},
                )
                for o in ("Stoltenberg", "Poehl")
            ],
            id="met-obj-coordinated",
        ),
        pytest.param(MET_TARGET, [], ["March"], [], id="met-a-target-is-no-meeting"),
        pytest.param(
            HAD_TALKS,
            [],
            ["Friday"],
            [
                (
                    "MEETING",
                    "meeting.held-talks",
                    {"participant": "Balladur", "other": "Lawson", "date": "Friday"},
                )
            ],
            id="had-talks",
        ),
        pytest.param(
            LOAN_FROM_TO,
            ["50 mln dlr"],
            [],
            [
                (
                    "FINANCING",
                    "financing.financing-from",
                    {"funder": "the World Bank", "recipient": "Kenya", "value": "50 mln dlr"},
                )
            ],
            id="loan-from-to",
        ),
        pytest.param(
            EXPORTS_DECLINED,
            ["11 billion marks"],
            ["1986"],
            [
                (
                    "TRADE",
                    "trade.exports-noun-acl",
                    {"exporter": "West German", "value": "11 billion marks", "period": "1986"},
                )
            ],
            id="participle-of-noun-trigger-keeps-value",
        ),
        pytest.param(
            SAID_ON_DATE,
            ["10 billion dlrs"],
            ["Monday"],
            [
                (
                    "ACQUISITION",
                    "acquisition.buy",
                    {"buyer": "Texaco", "target": "Getty Oil", "value": "10 billion dlrs"},
                )
            ],
            id="date-of-saying-is-not-the-fact's",
        ),
        pytest.param(
            SIGNED_TO_AIR,
            [],
            ["five minute"],
            [
                (
                    "AGREEMENT",
                    "agreement.signed",
                    {
                        "party": "Nostalgia Network",
                        "other_party": "ACTS Satellite",
                        "subject": "agreement",
                    },
                ),
            ],
            id="date-in-another-clause",
        ),
        pytest.param(BOUGHT_FIVE, [], [], [], id="a-number-is-no-target"),
        pytest.param(
            SHIPPED_FIGHTERS,
            [],
            [],
            [
                (
                    "DELIVERY",
                    "delivery.delivered",
                    {
                        "supplier": "Boeing",
                        "goods": "Soviet-made MiG-29 fighters",
                        "customer": "Iran",
                    },
                )
            ],
            id="names-filling-no-role-stay-in-goods",
        ),
        pytest.param(
            RUSSIAN_EXPORTS,
            [],
            [],
            [("TRADE", "trade.exports-noun", {"exporter": "Russian", "goods": "truck"})],
            id="name-filling-a-role-leaves-the-phrase",
        ),
    ],
)
def test_round3_scope_phrases_and_rules(
    doc: Doc, money: list[str], dates: list[str], expected: list[object]
) -> None:
    assert facts(doc, mentions(doc, *money), mentions(doc, *dates)) == expected


def test_a_compound_after_its_head_is_no_modifier() -> None:
    from extract.relation_deps import children

    doc = parse("""
raised raise VERB ROOT 0 O
its its PRON nmod:poss 2 O
exports export NOUN obj 0 O
estimate estimate NOUN compound 2 O
""")
    assert children(doc[2], ("compound",), ()) == []
    assert [t.text for t in children(doc[0], ("obj",), ())] == ["exports"]


# "general" completes the title before it; the parser reads it as an adjective of its own.
DIRECTOR_GENERAL = parse("""
Finance Finance PROPN compound 1 B-ORG
Ministry Ministry PROPN nmod 1 I-ORG
director director NOUN nmod 1 O
general general ADJ dep 6 O
Taro Taro PROPN nsubj 6 B-PERSON
Yamada Yamada PROPN flat 4 I-PERSON
told tell VERB ROOT 6 O
reporters reporter NOUN obj 6 O
""")

MADE_BRIGADIER_GENERAL = parse("""
Kovacs Kovacs PROPN nsubj:pass 2 B-PERSON
was be AUX aux:pass 2 O
made make VERB ROOT 2 O
a a DET det 4 O
brigadier brigadier NOUN xcomp 2 O
general general ADJ amod 4 O
. . PUNCT punct 2 O
""")


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        pytest.param(DIRECTOR_GENERAL, ("Taro Yamada", "director general"), id="before-a-name"),
        pytest.param(MADE_BRIGADIER_GENERAL, ("Kovacs", "brigadier general"), id="after-made"),
    ],
)
def test_postpositive_general_completes_the_title(doc: Doc, expected: tuple[str, str]) -> None:
    roles = [found[2] for found in facts(doc) if found[0] == "ROLE"]
    assert [(r["person"], r["title"]) for r in roles] == [expected]


# "Brig.\nGen.": a rank abbreviation and a wrapped line inside the title, however parsed.
WRAPPED_RANKS = Doc(
    VOCAB,
    words=["retired", "Brig.", "\n", "Gen.", "Lee", "said"],
    spaces=[True, False, False, True, True, False],
    lemmas=["retire", "Brig.", "\n", "Gen.", "Lee", "say"],
    pos=["VERB", "PROPN", "SPACE", "PROPN", "PROPN", "VERB"],
    deps=["amod", "dep", "dep", "compound", "nsubj", "ROOT"],
    heads=[4, 0, 1, 4, 5, 5],
    ents=["O", "O", "O", "O", "B-PERSON", "O"],
)


def test_rank_abbreviations_join_the_title() -> None:
    roles = [found[2] for found in facts(WRAPPED_RANKS) if found[0] == "ROLE"]
    assert roles == [{"person": "Lee", "title": "Brig.\nGen."}]


VISITS_NEXT_WEEK = parse("""
Kohl Kohl PROPN nsubj 1 B-PERSON
visits visit VERB ROOT 1 O
Paris Paris PROPN obj 1 B-GPE
next next ADJ amod 4 B-DATE
week week NOUN obl:tmod 1 I-DATE
""")


@pytest.mark.parametrize(
    ("today", "visits"),
    [
        pytest.param("1987-03-10", 0, id="dated-after-the-day-written-is-a-plan"),
        pytest.param("1987-03-20", 1, id="dated-before-is-a-fact"),
        pytest.param("1987-03", 1, id="day-unknown-nothing-is-after-it"),
        pytest.param(None, 1, id="no-dct"),
    ],
)
def test_relation_dated_after_publication_is_dropped(today: str | None, visits: int) -> None:

    text = VISITS_NEXT_WEEK.text
    start = text.index("next week")
    week = SimpleNamespace(
        start=start,
        end=start + len("next week"),
        timex=SimpleNamespace(type="DATE", value="1987-W12", interval_start="1987-03-16"),
        resolved=True,
    )
    found = find_relations(VISITS_NEXT_WEEK, [], [week], today)
    assert [r.type for r in found].count("VISIT") == visits


PURPOSE_CLAUSE = parse("""
It it PRON nsubj 1 O
cut cut VERB ROOT 1 O
prices price NOUN obj 1 O
to to PART mark 4 O
promote promote VERB advcl 1 O
Indian Indian ADJ amod 6 B-NORP
exports export NOUN obj 4 O
""")

AGREED_TO_BUY = parse("""
Acme Acme PROPN nsubj 1 B-ORG
agreed agree VERB ROOT 1 O
to to PART mark 3 O
buy buy VERB xcomp 1 O
Vantex Vantex PROPN obj 3 B-ORG
""")


@pytest.mark.parametrize(
    ("doc", "index", "guard"),
    [
        pytest.param(PURPOSE_CLAUSE, 6, "guard.purpose", id="in-a-purpose-clause"),
        pytest.param(AGREED_TO_BUY, 3, None, id="an-infinitive-complement-is-no-purpose"),
    ],
)
def test_purpose_guard(doc: Doc, index: int, guard: str | None) -> None:
    assert blocking_guard(doc[index]) == guard


# The parser made "Deputy" a root of its own: the word still opens the title.
DEPUTY_SPLIT = parse("""
Soviet Soviet PROPN compound 1 B-NORP
Deputy Deputy PROPN ROOT 1 O
Foreign Foreign ADJ amod 4 O
Trade Trade PROPN compound 4 O
Minister Minister PROPN nmod:desc 5 O
Ivan Ivan PROPN nsubj 7 B-PERSON
Ivanov Ivanov PROPN flat 5 I-PERSON
said say VERB ROOT 7 O
""")


def test_a_word_that_opens_a_title_joins_it_however_parsed() -> None:
    roles = [found[2] for found in facts(DEPUTY_SPLIT) if found[0] == "ROLE"]
    assert [r["title"] for r in roles] == ["Deputy Foreign Trade Minister"]
