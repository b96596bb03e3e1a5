"""Relation rules over hand-built parses (UD labels, as the packaged parser assigns them).

Each case is a real news phrasing, parsed by hand: ``word lemma POS dep head ent`` per token
(head is a token index, the root points at itself; ent is an IOB tag or ``O``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

import pytest
import spacy
from spacy.tokens import Doc

from extract.relations import find_relations, load_rules, relation_types

# A blank English pipeline's vocab computes lexical attributes (LOWER) that rules read.
VOCAB = spacy.blank("en").vocab


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    equivalent_of: int | None = None


def parse(spec: str) -> Doc:
    rows = [line.split() for line in spec.strip().splitlines()]
    words = [r[0] for r in rows]
    doc = Doc(
        VOCAB,
        words=words,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[int(r[4]) for r in rows],
        ents=[r[5] for r in rows],
    )
    return doc


def mentions(doc: Doc, *phrases: str) -> list[Mention]:
    return [Mention(doc.text.index(p), doc.text.index(p) + len(p)) for p in phrases]


def facts(
    doc: Doc, money: list[Mention] | None = None, dates: list[Mention] | None = None
) -> list[tuple[str, str, dict[str, str]]]:
    found = find_relations(doc, money or [], dates or [])
    return [
        (r.type, r.rule, {role: doc.text[s:e] for role, (s, e) in r.args.items()}) for r in found
    ]


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
    raw = (resources.files("extract") / "data" / "relations" / "rules.jsonl").read_text("utf-8")
    for line in raw.splitlines():
        data = json.loads(line)
        assert data["description"] and data["example"], data["id"]
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


MET = parse("""
Gorbachev Gorbachev PROPN nsubj 1 B-PERSON
met meet VERB ROOT 1 O
with with ADP case 3 O
Reagan Reagan PROPN obl 1 B-PERSON
in in ADP case 5 O
Reykjavik Reykjavik PROPN obl 1 B-GPE
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
            [("VISIT", "visit.noun", {"visitor": "Nakasone", "place": "Washington"})],
            id="visit-noun",
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
