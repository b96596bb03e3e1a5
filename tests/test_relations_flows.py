"""TRADE, DELIVERY, ORDER, FINANCING and DEBT rules: the phrasings of GUIDELINES.md §6.4.

Unit cases are parsed by hand as the packaged parser parses them (``word lemma POS dep head
ent``, head a token index, the root pointing at itself; a seventh column ``-`` glues a token to
the next), including its mistakes ("first" as an adjective object), since
the rules are written for those parses. The end-to-end cases run the real model. The file is
long because each hand parse is a table of its own.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tests.relation_docs import facts, parse, record_relations

RESUMED_SHIPMENTS = parse("""
Japan Japan PROPN nsubj 1 B-GPE
resumed resum VERB ROOT 1 O
coal coal NOUN compound 3 O
shipments shipment NOUN obj 1 O
to to ADP case 5 O
Taiwan Taiwan PROPN obl 1 B-GPE
last last ADJ amod 7 B-DATE
week week NOUN obl:unmarked 1 I-DATE -
. . PUNCT punct 1 O
""")

SHIPMENTS_FROM = parse("""
The the DET det 1 O
country country NOUN nsubj 2 O
received receive VERB ROOT 2 O
shipments shipment NOUN obj 2 O
of of ADP case 6 O
cheap cheap ADJ amod 6 O
grain grain NOUN nmod 3 O
from from ADP case 8 O
Argentina Argentina PROPN nmod 3 B-GPE -
. . PUNCT punct 2 O
""")

FIRST_OF_ORDERED_BY = parse("""
Alstom alstom PROPN nsubj 1 B-GPE
delivered deliver VERB ROOT 1 O
the the DET det 3 O
first first ADJ obj 1 B-ORDINAL
of of ADP case 6 O
75 75 NUM compound 6 B-CARDINAL
locomotives locomotive NOUN nmod 3 O
worth worth ADJ advmod 8 O
$ $ SYM obl 1 B-MONEY -
190 190 NUM compound 10 I-MONEY
million million NUM nummod 8 I-MONEY
ordered order VERB acl 8 O
by by ADP case 13 O
Kenya Kenya PROPN obl:agent 11 B-GPE
in in ADP case 15 O
2016 2016 NUM obl 1 B-DATE -
. . PUNCT punct 1 O
""")

SHIPPED_PARTICIPLE = parse("""
The the DET det 1 O
weapons weapon NOUN nsubj 8 O
shipped ship VERB acl 1 O
to to ADP case 4 O
Iran Iran PROPN obl 2 B-GPE
from from ADP case 6 O
China China PROPN obl 2 B-GPE
were be AUX cop 8 O
worth worth ADJ ROOT 8 O
$ $ SYM obj 8 B-MONEY -
1 1 NUM compound 11 I-MONEY
billion billion NUM nummod 9 I-MONEY -
. . PUNCT punct 8 O
""")

SUPPLIER_NOUN = parse("""
Pakistan Pakistan PROPN nsubj 7 B-GPE
is be AUX cop 7 O
now now ADV advmod 7 O
Britain Britain PROPN nmod:poss 7 B-GPE -
's 's PART case 3 O
largest large ADJ amod 7 O
textile textile NOUN compound 7 O
supplier supplier NOUN ROOT 7 O -
. . PUNCT punct 7 O
""")

STEPPED_UP_EXPORTS = parse("""
Volvo Volvo PROPN nsubj 2 B-ORG
has have AUX aux 2 O
stepped step VERB ROOT 2 O
up up ADP compound:prt 2 O
exports export NOUN obj 2 O
to to ADP case 6 O
Brazil Brazil PROPN obl 2 B-GPE -
. . PUNCT punct 2 O
""")

INCREASING_SALES_TO = parse("""
Fiat Fiat PROPN nsubj 5 B-ORG
and and CCONJ cc 3 O
other other ADJ amod 3 O
firms firm NOUN conj 0 O
are be AUX aux 5 O
increasing increase VERB ROOT 5 O
sales sale NOUN obj 5 O
to to ADP case 8 O
Argentina Argentina PROPN nmod 6 B-GPE -
. . PUNCT punct 5 O
""")

GOODS_CARRY_EXPORTER = parse("""
South South PROPN compound 1 B-NORP
Korean Korean PROPN compound 2 I-NORP
textile textile NOUN compound 5 O
and and CCONJ cc 4 O
apparel apparel NOUN conj 2 O
exports export NOUN obl 10 O
to to ADP case 7 O
Canada Canada PROPN nmod 5 B-GPE
in in ADP case 9 O
1986 1986 NUM obl 5 B-DATE
rose rose NOUN ROOT 10 O
12 12 NUM nummod 12 B-CARDINAL
pct pct NOUN obj 10 O -
. . PUNCT punct 10 O
""")

COPULAR_EXPORTS = parse("""
Cotton Cotton PROPN nsubj 7 B-PERSON
and and CCONJ cc 2 O
rice rice NOUN conj 0 O
are be AUX cop 7 O
Egypt Egypt PROPN nmod:poss 7 B-GPE -
's 's PART case 4 O
main main ADJ amod 7 O
exports export NOUN ROOT 7 O -
. . PUNCT punct 7 O
""")

COMPANY_SALES = parse("""
USX USX NOUN nmod:poss 3 B-ORG -
's 's PART case 0 O
sales sale NOUN compound 3 O
rose rose NOUN ROOT 3 O
5 5 NUM nummod 5 B-CARDINAL
pct pct NOUN obj 3 O -
. . PUNCT punct 3 O
""")

FINANCING_TO_PHRASE = parse("""
It it PRON nsubj 2 O
also also ADV advmod 2 O
started start VERB ROOT 2 O
providing provide VERB xcomp 2 O
export export NOUN compound 5 O
financing financing NOUN obj 3 O
to to ADP case 8 O
Brazilian Brazilian ADJ amod 8 B-NORP
companies company NOUN obl 3 O -
. . PUNCT punct 2 O
""")

FINANCED_BY = parse("""
The the DET det 1 O
dam dam NOUN nsubj:pass 3 O
was be AUX aux:pass 3 O
funded fund VERB ROOT 3 O
by by ADP case 5 O
Japan Japan PROPN obl:agent 3 B-GPE
and and CCONJ cc 8 O
West West PROPN compound 8 B-GPE
Germany Germany PROPN conj 5 I-GPE
. . PUNCT punct 3 O
""")

# As parse_repairs.repair_double_objects leaves them: the name is the verb's iobj.
OWES_CREDITOR_AMOUNT = parse("""
Egypt Egypt PROPN nsubj 1 B-GPE
owes owe VERB ROOT 1 O
the the DET det 3 O
U.S. U.S. PROPN iobj 1 B-GPE
4.5 4.5 NUM compound 5 B-MONEY
billion billion NUM nummod 6 I-MONEY
dlrs dlrs NOUN obj 1 I-MONEY
. . PUNCT punct 1 O
""")

SAID_IT_LOANED = parse("""
The the DET det 2 B-ORG
World World PROPN compound 2 I-ORG
Bank Bank PROPN nsubj 3 I-ORG
said say VERB ROOT 3 O
it it PRON nsubj 6 O
has have AUX aux 6 O
loaned loan VERB ccomp 3 O
Turkey Turkey PROPN iobj 6 B-GPE
325 325 NUM nummod 10 B-MONEY
mln mln NOUN compound 10 I-MONEY
dlrs dlrs NOUN obj 6 I-MONEY
. . PUNCT punct 3 O
""")

BEHIND_ON = parse("""
Peru Peru PROPN nsubj 4 B-GPE
was be AUX cop 4 O
behind behind ADP advmod 4 O
on on ADV advmod 4 O
$ $ SYM ROOT 4 B-MONEY -
9 9 NUM compound 6 I-MONEY
million million NUM nummod 4 I-MONEY
in in ADP case 8 O
payments payment NOUN obl 4 O -
. . PUNCT punct 4 O
""")

SUSPENDED_PAYMENTS = parse("""
Brazil Brazil PROPN nsubj 1 B-GPE
suspended suspend VERB ROOT 1 O
interest interest NOUN compound 3 O
payments payment NOUN obj 1 O
on on ADP case 6 O
its its PRON nmod:poss 6 O
debt debt NOUN nmod 3 O -
. . PUNCT punct 1 O
""")

SUSPENDED_DELIVERIES = parse("""
Brazil Brazil PROPN nsubj 1 B-GPE
suspended suspend VERB ROOT 1 O
coffee coffee NOUN compound 3 O
payments payment NOUN obj 1 O -
. . PUNCT punct 1 O
""")

STOPPED_PAYING = parse("""
Zapata Zapata PROPN nsubj 1 B-ORG
stopped stop VERB ROOT 1 O
paying pay VERB xcomp 1 O
interest interest NOUN obj 2 O
on on ADP case 6 O
the the DET det 6 O
debentures debenture NOUN nmod 3 O -
. . PUNCT punct 1 O
""")

STOPPED_PAYING_WAGES = parse("""
Zapata Zapata PROPN nsubj 1 B-ORG
stopped stop VERB ROOT 1 O
paying pay VERB xcomp 1 O
wages wage NOUN obj 2 O -
. . PUNCT punct 1 O
""")

MISSED_PAYMENT = parse("""
Nigeria Nigeria PROPN nsubj 1 B-GPE
missed miss VERB ROOT 1 O
the the DET det 4 O
first first ADJ amod 4 O
payment payment NOUN obj 1 O -
. . PUNCT punct 1 O
""")

MISSED_DEADLINE = parse("""
Nigeria Nigeria PROPN nsubj 1 B-GPE
missed miss VERB ROOT 1 O
the the DET det 3 O
deadline deadline NOUN obj 1 O -
. . PUNCT punct 1 O
""")

FELL_BEHIND = parse("""
Brazil Brazil PROPN nsubj 1 B-GPE
fell fall VERB ROOT 1 O
behind behind ADV case 5 O
on on ADP case 5 O
interest interest NOUN compound 5 O
payments payment NOUN obl 1 O
of of ADP case 7 O
$ $ SYM nmod 5 B-MONEY -
800 800 NUM compound 9 I-MONEY
million million NUM nummod 7 I-MONEY
last last ADJ amod 11 B-DATE
year year NOUN nmod:unmarked 7 I-DATE -
. . PUNCT punct 1 O
""")

BEHIND_SCHEDULE = parse("""
Brazil Brazil PROPN nsubj 3 B-GPE
is be AUX cop 3 O
behind behind ADP case 3 O
schedule schedule NOUN ROOT 3 O
on on ADP case 7 O
its its PRON nmod:poss 7 O
new new ADJ amod 7 O
plant plant NOUN nmod 3 O -
. . PUNCT punct 3 O
""")


# The retrained parser reads the name and its verb as a noun with a clause: "resumed" a
# past-tense acl of "Nordgas", the date hung on the name.
RESUMED_AS_CLAUSE = parse("""
Nordgas Nordgas PROPN ROOT 0 B-ORG
in in ADP case 2 O
April April PROPN nmod 0 B-DATE
resumed resum VERB acl 0 O
gas gas NOUN compound 5 O
shipments shipment NOUN obj 3 O
to to ADP case 7 O
Latvia Latvia PROPN nmod 5 B-GPE
for for ADP case 11 O
the the DET det 11 O
first first ADJ amod 11 O
time time NOUN obl 3 O
this this DET det 13 B-DATE
year year NOUN obl:unmarked 3 I-DATE
. . PUNCT punct 0 O
""")

# ... and a participle on the goods as the head of the sentence, the copular predicate under it
# and the "from" phrase its subject.
SHIPPED_AS_ROOT = parse("""
The the DET det 2 O
used used ADJ amod 2 O
tanks tank NOUN nsubj 3 O
shipped ship VERB ROOT 3 O
to to ADP case 5 O
Ethiopia Ethiopia PROPN obl 3 B-GPE
from from ADP case 8 O
the the DET det 8 O
GDR GDR PROPN nsubj 10 B-GPE
were be AUX cop 10 O
worth worth ADJ advcl 3 O
$ $ SYM compound 13 B-MONEY -
90 90 NUM nummod 11 I-MONEY
mln mln NOUN obl 10 I-MONEY
. . PUNCT punct 3 O
""")

# "from" hung on the goods after "of", not on the noun.
SHIPMENTS_OF_GOODS_FROM = parse("""
Mali Mali PROPN nsubj 1 B-GPE
needed need VERB ROOT 1 O
supplies supplies NOUN obj 1 O
of of ADP case 5 O
spare spare ADJ amod 5 O
parts part NOUN nmod 2 O
from from ADP case 8 O
the the DET det 8 B-GPE
Ukraine Ukraine PROPN nmod 5 I-GPE
. . PUNCT punct 1 O
""")

# "from its ally" hung on the verb above the noun, and the name after "ally" made a second
# object of that verb: the name is still the description's (relation_entities.described_name).
SHIPMENTS_FROM_ALLY_ON_VERB = parse("""
Laos Laos PROPN nsubj 1 B-GPE
lost lose VERB ROOT 1 O
shipments shipment NOUN obj 1 O
of of ADP case 5 O
cheap cheap ADJ amod 5 O
fuel fuel NOUN nmod 2 O
from from ADP case 9 O
its its PRON nmod:poss 9 O
old old ADJ amod 9 O
ally ally NOUN obl 1 O
Vietnam Vietnam PROPN obj 1 B-GPE
. . PUNCT punct 1 O
""")

# The copula and the subject hung on the possessor of "supplier".
SUPPLIER_OF_POSSESSOR = parse("""
Chile Chile PROPN nsubj 2 B-GPE
is be AUX cop 2 O
Japan Japan PROPN nmod:poss 6 B-GPE
's 's PART case 2 O
largest large ADJ amod 6 O
copper copper NOUN compound 6 O
supplier supplier NOUN ROOT 6 O
. . PUNCT punct 6 O
""")

# The date of the agreement named in the sentence is not the delivery's ("with" on the customer).
SUPPLIED_UNDER_AGREEMENT = parse("""
Under under ADP case 2 O
the the DET det 2 O
accord accord NOUN obl 8 O
of of ADP case 4 O
1990 1990 NUM nmod 2 B-DATE
, , PUNCT punct 8 O
Iraq Iraq PROPN nsubj 8 B-GPE
has have AUX aux 8 O
supplied supply VERB ROOT 8 O
Jordan Jordan PROPN obj 8 B-GPE
with with ADP case 11 O
oil oil NOUN nmod 9 O
. . PUNCT punct 8 O
""")

# An agreed delivery: the supplier is the subject of "agreed", the goods the infinitive's object.
AGREED_TO_SUPPLY = parse("""
The the DET det 1 O
Saudis Saudi PROPN nsubj 2 B-NORP
agreed agree VERB ROOT 2 O
to to PART mark 4 O
supply supply VERB xcomp 2 O
oil oil NOUN obj 4 O
to to ADP case 7 O
Brazil Brazil PROPN obl 4 B-GPE -
. . PUNCT punct 2 O
""")

AGREED_TO_SUPPLY_WITH = parse("""
The the DET det 2 B-GPE
Soviet Soviet PROPN amod 2 I-GPE
Union Union PROPN nsubj 4 I-GPE
has have AUX aux 4 O
agreed agree VERB ROOT 4 O
to to PART mark 6 O
supply supply VERB xcomp 4 O
Iran Iran PROPN obj 6 B-GPE
with with ADP case 11 O
refined refin ADJ amod 11 O
oil oil NOUN compound 11 O
products product NOUN obl 6 O -
. . PUNCT punct 4 O
""")

# An offer is no agreement; technology supplied is a licence, not goods.
OFFERED_TO_SUPPLY = parse("""
Japan Japan PROPN nsubj 1 B-GPE
offered offer VERB ROOT 1 O
to to PART mark 3 O
supply supply VERB xcomp 1 O
oil oil NOUN obj 3 O
to to ADP case 6 O
Brazil Brazil PROPN obl 3 B-GPE -
. . PUNCT punct 1 O
""")

AGREED_TO_SUPPLY_TECHNOLOGY = parse("""
Kobe Kobe PROPN compound 1 B-ORG
Steel Steel PROPN nsubj 2 I-ORG
agreed agree VERB ROOT 2 O
to to PART mark 4 O
supply supply VERB xcomp 2 O
technology technology NOUN obj 4 O
to to ADP case 7 O
Brazil Brazil PROPN obl 4 B-GPE -
. . PUNCT punct 2 O
""")


@pytest.mark.parametrize(
    ("doc", "money", "dates", "expected"),
    [
        pytest.param(
            RESUMED_SHIPMENTS,
            (),
            ("last week",),
            [
                (
                    "DELIVERY",
                    "delivery.resumed-shipments",
                    {
                        "supplier": "Japan",
                        "customer": "Taiwan",
                        "goods": "coal",
                        "date": "last week",
                    },
                )
            ],
            id="resumed-shipments-supplier-is-the-verbs-subject",
        ),
        pytest.param(
            SHIPMENTS_FROM,
            (),
            (),
            [
                (
                    "DELIVERY",
                    "delivery.shipments-from",
                    {"supplier": "Argentina", "goods": "cheap grain"},
                )
            ],
            id="shipments-of-goods-from-supplier",
        ),
        pytest.param(
            FIRST_OF_ORDERED_BY,
            ("$190 million",),
            (),
            [
                (
                    "DELIVERY",
                    "delivery.delivered",
                    {
                        "supplier": "Alstom",
                        "goods": "locomotives",
                        "quantity": "75",
                        "value": "$190 million",
                    },
                ),
                (
                    "ORDER",
                    "order.delivered-ordered-by",
                    {
                        "customer": "Kenya",
                        "goods": "locomotives",
                        "quantity": "75",
                        "value": "$190 million",
                    },
                ),
            ],
            id="delivered-first-of-and-ordered-by-participle",
        ),
        pytest.param(
            SHIPPED_PARTICIPLE,
            ("$1 billion",),
            (),
            [
                (
                    "DELIVERY",
                    "delivery.shipped-participle",
                    {
                        "customer": "Iran",
                        "supplier": "China",
                        "goods": "weapons",
                        "value": "$1 billion",
                    },
                )
            ],
            id="goods-shipped-to-from-were-worth",
        ),
        pytest.param(
            SUPPLIER_NOUN,
            (),
            ("now",),
            [
                (
                    "DELIVERY",
                    "delivery.supplier-noun",
                    {
                        "supplier": "Pakistan",
                        "customer": "Britain",
                        "goods": "textile",
                        "date": "now",
                    },
                )
            ],
            id="copular-supplier-noun",
        ),
        pytest.param(
            STEPPED_UP_EXPORTS,
            (),
            (),
            [("TRADE", "trade.raised-exports", {"exporter": "Volvo", "importer": "Brazil"})],
            id="stepped-up-exports-to",
        ),
        pytest.param(
            INCREASING_SALES_TO,
            (),
            (),
            [("TRADE", "trade.raised-sales-to", {"exporter": "Fiat", "importer": "Argentina"})],
            id="increasing-sales-to-first-conjunct",
        ),
        pytest.param(
            GOODS_CARRY_EXPORTER,
            (),
            ("1986",),
            [
                (
                    "TRADE",
                    "trade.exports-goods-modifier",
                    {
                        "exporter": "South Korean",
                        "goods": "textile",
                        "importer": "Canada",
                        "period": "1986",
                    },
                )
            ],
            id="nationality-hung-from-the-goods-noun",
        ),
        pytest.param(
            COPULAR_EXPORTS,
            (),
            (),
            [("TRADE", "trade.exports-copular", {"exporter": "Egypt", "goods": "Cotton"})],
            id="goods-are-a-countrys-exports",
        ),
        pytest.param(COMPANY_SALES, (), (), [], id="a-companys-own-sales-are-turnover"),
        pytest.param(
            FINANCING_TO_PHRASE,
            (),
            (),
            [
                (
                    "FINANCING",
                    "financing.started-providing-to-phrase",
                    {"recipient": "Brazilian companies"},
                )
            ],
            id="financing-to-a-described-recipient-pronoun-funder",
        ),
        pytest.param(
            FINANCED_BY,
            (),
            (),
            [
                ("FINANCING", "financing.financed-by", {"funder": "Japan", "recipient": "dam"}),
                (
                    "FINANCING",
                    "financing.financed-by",
                    {"funder": "West Germany", "recipient": "dam"},
                ),
            ],
            id="a-passive-funded-by-coordinated-funders",
        ),
        pytest.param(
            OWES_CREDITOR_AMOUNT,
            ("4.5 billion dlrs",),
            (),
            [
                (
                    "DEBT",
                    "debt.owes",
                    {
                        "debtor": "Egypt",
                        "action": "owes",
                        "amount": "4.5 billion dlrs",
                        "creditor": "U.S.",
                    },
                )
            ],
            id="owes-a-creditor-an-amount",
        ),
        pytest.param(
            SAID_IT_LOANED,
            ("325 mln dlrs",),
            (),
            [
                (
                    "FINANCING",
                    "financing.lend-to",
                    {"funder": "The World Bank", "recipient": "Turkey", "value": "325 mln dlrs"},
                )
            ],
            id="said-it-loaned-a-recipient-an-amount",
        ),
        pytest.param(
            BEHIND_ON,
            ("$9 million",),
            (),
            [
                (
                    "DEBT",
                    "debt.behind",
                    {"debtor": "Peru", "action": "behind", "amount": "$9 million"},
                )
            ],
            id="behind-on-payments-money-as-head",
        ),
        pytest.param(
            SUSPENDED_PAYMENTS,
            (),
            (),
            [("DEBT", "debt.suspended-payments", {"debtor": "Brazil", "action": "suspended"})],
            id="suspended-interest-payments-on-its-debt",
        ),
        pytest.param(SUSPENDED_DELIVERIES, (), (), [], id="suspended-payments-for-goods"),
        pytest.param(
            STOPPED_PAYING,
            (),
            (),
            [("DEBT", "debt.stopped-paying", {"debtor": "Zapata", "action": "stopped"})],
            id="stopped-paying-interest",
        ),
        pytest.param(STOPPED_PAYING_WAGES, (), (), [], id="stopped-paying-what-is-no-debt"),
        pytest.param(
            MISSED_PAYMENT,
            (),
            (),
            [("DEBT", "debt.missed-payment", {"debtor": "Nigeria", "action": "missed"})],
            id="missed-a-payment",
        ),
        pytest.param(MISSED_DEADLINE, (), (), [], id="missed-what-is-no-payment"),
        pytest.param(
            FELL_BEHIND,
            ("$800 million",),
            ("last year",),
            [
                (
                    "DEBT",
                    "debt.fell-behind",
                    {
                        "debtor": "Brazil",
                        "action": "behind",
                        "amount": "$800 million",
                        "date": "last year",
                    },
                )
            ],
            id="fell-behind-on-payments",
        ),
        pytest.param(BEHIND_SCHEDULE, (), (), [], id="behind-schedule-is-no-debt"),
        pytest.param(
            RESUMED_AS_CLAUSE,
            (),
            ("April", "this year"),
            [
                (
                    "DELIVERY",
                    "delivery.resumed-shipments-clause",
                    {"supplier": "Nordgas", "customer": "Latvia", "goods": "gas", "date": "April"},
                )
            ],
            id="resumed-read-as-a-clause-of-the-name",
        ),
        pytest.param(
            SHIPPED_AS_ROOT,
            ("$90 mln",),
            (),
            [
                (
                    "DELIVERY",
                    "delivery.shipped-participle-head",
                    {
                        "customer": "Ethiopia",
                        "supplier": "GDR",
                        "goods": "used tanks",
                        "value": "$90 mln",
                    },
                )
            ],
            id="shipped-read-as-the-head-of-the-sentence",
        ),
        pytest.param(
            SHIPMENTS_OF_GOODS_FROM,
            (),
            (),
            [
                (
                    "DELIVERY",
                    "delivery.shipments-of-goods-from",
                    {"supplier": "the Ukraine", "goods": "spare parts"},
                )
            ],
            id="from-hung-on-the-goods-after-of",
        ),
        pytest.param(
            SHIPMENTS_FROM_ALLY_ON_VERB,
            (),
            (),
            [
                (
                    "DELIVERY",
                    "delivery.shipments-from-verb",
                    {"supplier": "Vietnam", "goods": "cheap fuel"},
                )
            ],
            id="name-after-its-description-read-as-an-object",
        ),
        pytest.param(
            SUPPLIER_OF_POSSESSOR,
            (),
            (),
            [
                (
                    "DELIVERY",
                    "delivery.supplier-noun-possessor",
                    {"supplier": "Chile", "customer": "Japan", "goods": "copper"},
                )
            ],
            id="copula-hung-on-the-possessor-of-supplier",
        ),
        pytest.param(
            SUPPLIED_UNDER_AGREEMENT,
            (),
            ("1990",),
            [
                (
                    "DELIVERY",
                    "delivery.supplied-with-on-customer",
                    {"supplier": "Iraq", "customer": "Jordan", "goods": "oil"},
                )
            ],
            id="the-date-of-an-agreement-is-not-the-delivery-date",
        ),
        pytest.param(
            AGREED_TO_SUPPLY,
            (),
            (),
            [
                (
                    "DELIVERY",
                    "delivery.agreed-to-supply",
                    {"supplier": "Saudis", "customer": "Brazil", "goods": "oil"},
                )
            ],
            id="agreed-to-supply-goods-to-customer",
        ),
        pytest.param(
            AGREED_TO_SUPPLY_WITH,
            (),
            (),
            [
                (
                    "DELIVERY",
                    "delivery.agreed-to-supply-with",
                    {
                        "supplier": "The Soviet Union",
                        "customer": "Iran",
                        "goods": "refined oil products",
                    },
                )
            ],
            id="agreed-to-supply-customer-with-goods",
        ),
        pytest.param(OFFERED_TO_SUPPLY, (), (), [], id="offered-to-supply-is-no-deal"),
        pytest.param(
            AGREED_TO_SUPPLY_TECHNOLOGY, (), (), [], id="agreed-to-supply-technology-is-no-goods"
        ),
    ],
)
def test_flow_rules(
    doc: Doc, money: tuple[str, ...], dates: tuple[str, ...], expected: list[object]
) -> None:
    assert facts(doc, money, dates) == expected


def test_delivery_date_is_not_the_order_date() -> None:
    # The parser hangs "in 2016" from "delivered", so the delivery takes the order's year; the
    # guideline gives the delivery no date (its own time is not stated).
    found = facts(FIRST_OF_ORDERED_BY, ("$190 million",), ("2016",))
    order = next(f for f in found if f[0] == "ORDER")
    assert order[2]["date"] == "2016"


@pytest.mark.xfail(reason="parser attaches the participle's date to the main verb", strict=True)
def test_delivery_has_no_date_of_the_order() -> None:
    found = facts(FIRST_OF_ORDERED_BY, ("$190 million",), ("2016",))
    delivery = next(f for f in found if f[0] == "DELIVERY")
    assert "date" not in delivery[2]


FLOWS = frozenset({"TRADE", "DELIVERY", "ORDER", "FINANCING", "DEBT"})


def flows(pipeline, text: str) -> list[tuple[str, dict[str, str]]]:  # type: ignore[no-untyped-def]
    record = pipeline.process(text, published="1987-03-02")
    return [(kind, args) for kind, args in record_relations(record) if kind in FLOWS]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Saudi Arabia has been providing Iraq with billions of dollars worth of oil, arms "
            "and other goods.",
            [
                (
                    "DELIVERY",
                    {
                        "supplier": "Saudi Arabia",
                        "customer": "Iraq",
                        "goods": "oil",
                        "value": "billions of dollars",
                    },
                )
            ],
            id="providing-with-money-worth-of-goods",
            # The rule for this shape fired on no article outside the gold set (checked on all
            # 19,043 Reuters-21578 articles), so it was not kept.
            marks=pytest.mark.xfail(strict=True, reason="no rule: 'providing X with $N worth of'"),
        ),
        pytest.param(
            "Relations improved in 1986 when France forgave most of Zaire s $3 billion debt, "
            "diplomats said.",
            [
                (
                    "DEBT",
                    {
                        "creditor": "France",
                        "debtor": "Zaire",
                        "action": "forgave",
                        "amount": "$3 billion",
                        "date": "1986",
                    },
                )
            ],
            id="forgave-lost-apostrophe-and-date-before-when",
        ),
        pytest.param(
            "Last month, private company Alstom delivered 40 trams to Kenya.",
            [
                (
                    "DELIVERY",
                    {
                        "supplier": "Alstom",
                        "customer": "Kenya",
                        "goods": "trams",
                        "quantity": "40",
                        "date": "Last month",
                    },
                )
            ],
            id="date-in-a-piece-the-parser-split-off",
        ),
        pytest.param(
            "Canada has sold 250,000 tonnes of durum wheat to Algeria.",
            [("TRADE", {"exporter": "Canada", "goods": "durum wheat", "importer": "Algeria"})],
            id="sold-tonnes-of-goods-to",
        ),
        pytest.param(
            "Volvo has stepped up exports of trucks to Brazil.",
            [("TRADE", {"exporter": "Volvo", "goods": "trucks", "importer": "Brazil"})],
            id="stepped-up-exports-of-goods",
        ),
        pytest.param(
            "Iraq is the sixth largest supplier of crude oil to the United States.",
            [
                (
                    "DELIVERY",
                    {"supplier": "Iraq", "goods": "crude oil", "customer": "the United States"},
                )
            ],
            id="copular-supplier-of-goods-to",
        ),
        pytest.param(
            "Norwegian state oil major Statoil in June resumed fuel shipments to Ghana for the "
            "first time this decade.",
            [
                (
                    "DELIVERY",
                    {"supplier": "Statoil", "customer": "Ghana", "goods": "fuel", "date": "June"},
                )
            ],
            id="resumed-read-as-a-modifier-of-shipments",
        ),
        pytest.param(
            "Cuba depended on shipments of cheap grain from the Soviet Union.",
            [("DELIVERY", {"supplier": "the Soviet Union", "goods": "cheap grain"})],
            id="shipments-of-goods-from-hung-on-the-verb",
        ),
        pytest.param(
            "Peru depended on shipments of wheat from its ally the Soviet Union.",
            [("DELIVERY", {"supplier": "the Soviet Union", "goods": "wheat"})],
            id="supplier-named-after-its-description",
        ),
        pytest.param(
            "Mexico depended on shipments of refined fuel from its allies.",
            [],
            id="a-description-without-a-name-is-no-supplier",
        ),
        pytest.param(
            "Finland's exports to its neighbour, the Soviet Union, fell 10 pct.",
            [("TRADE", {"exporter": "Finland", "importer": "the Soviet Union"})],
            id="importer-named-in-apposition-to-its-description",
        ),
        pytest.param(
            "Finland's exports to its neighbour fell 10 pct, Nokia said.",
            [("TRADE", {"exporter": "Finland"})],
            id="a-name-after-the-description-that-is-no-apposition",
        ),
        pytest.param(
            "Argentina sold barley to Brazil last month.",
            [
                (
                    "TRADE",
                    {
                        "exporter": "Argentina",
                        "goods": "barley",
                        "importer": "Brazil",
                        "period": "last month",
                    },
                )
            ],
            id="bare-commodity-read-as-indirect-object",
        ),
        pytest.param(
            "India exported sugar to the Soviet Union in 1986.",
            [
                (
                    "TRADE",
                    {
                        "exporter": "India",
                        "goods": "sugar",
                        "importer": "the Soviet Union",
                        "period": "1986",
                    },
                )
            ],
            id="exported-lemmatised-as-exporte",
        ),
        pytest.param(
            "Thailand has sold between 20,000 to 40,000 tonnes of rice to Iran.",
            [("TRADE", {"exporter": "Thailand", "goods": "rice", "importer": "Iran"})],
            id="range-before-the-amount-makes-it-an-oblique",
        ),
        pytest.param(
            "Brazil has sold a total of 90,000 bags of coffee to Poland.",
            [("TRADE", {"exporter": "Brazil", "goods": "coffee", "importer": "Poland"})],
            id="partitive-of-a-partitive-reads-through-to-the-goods",
        ),
        pytest.param(
            "Taiwan bought 25,000 tonnes last week.",
            [("TRADE", {"importer": "Taiwan", "period": "last week"})],
            id="a-unit-alone-names-no-goods",
        ),
        pytest.param(
            "Peru shipped 96,000 tonnes to the U.S. in 1983.",
            [
                (
                    "DELIVERY",
                    {"customer": "U.S.", "date": "1983", "quantity": "96,000", "supplier": "Peru"},
                )
            ],
            id="a-unit-alone-shows-a-delivery-but-names-no-goods",
        ),
        pytest.param(
            "Mexico bought 51,000 tonnes of U.S. number two yellow soybeans in a tender.",
            [("TRADE", {"goods": "yellow soybeans", "importer": "Mexico"})],
            id="a-unit-reads-through-of-hung-on-a-modifier",
        ),
        pytest.param(
            "Japan has imported 140,000 ounces of the coins since November.",
            [("TRADE", {"goods": "coins", "importer": "Japan", "period": "November"})],
            id="ounces-are-a-unit",
        ),
        pytest.param(
            "Vickers Plc has sold between 20,000 to 40,000 tonnes of steel to Japan.",
            [],
            id="a-company-selling-an-amount-is-no-trade",
        ),
        pytest.param(
            "Regional airline Acme Air signed an agreement to buy 12 jets for 90 mln dlrs.",
            [
                (
                    "ORDER",
                    {
                        "customer": "Acme Air",
                        "goods": "jets",
                        "quantity": "12",
                        "value": "90 mln dlrs",
                    },
                )
            ],
            id="agreement-to-buy-aircraft-is-an-order",
        ),
        pytest.param(
            "Regional carrier Acme Air signed an agreement to buy 12 jets for 90 mln dlrs.",
            [
                (
                    "ORDER",
                    {
                        "customer": "Acme Air",
                        "goods": "jets",
                        "quantity": "12",
                        "value": "90 mln dlrs",
                    },
                )
            ],
            id="agreement-to-buy-aircraft-after-carrier",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the 0.4.0 NER reads a made-up name after 'carrier' as a PRODUCT (on "
                "Reuters-21578 'carrier X' is mostly a ship: 'bulk carrier Envoy'), and "
                "'carrier' is no company noun for that reason",
            ),
        ),
        pytest.param(
            "Zambia agreed to buy six helicopters from Italy.",
            [
                (
                    "ORDER",
                    {
                        "customer": "Zambia",
                        "goods": "helicopters",
                        "quantity": "six",
                        "supplier": "Italy",
                    },
                )
            ],
            id="agree-to-buy-helicopters-is-an-order",
        ),
        pytest.param(
            "Dart Group agreed to buy Jacobs Inc for 90 mln dlrs.",
            [],
            id="agree-to-buy-a-company-is-no-order",
        ),
        pytest.param(
            "Thailand's rice exports fell 8 pct to 4.2 mln tonnes last year.",
            [("TRADE", {"exporter": "Thailand", "goods": "rice", "period": "last year"})],
            id="exports-the-subject-of-a-verb-of-change",
        ),
        pytest.param(
            "Kenya's tea exports totalled 180 mln dlrs in 1986.",
            [
                (
                    "TRADE",
                    {
                        "exporter": "Kenya",
                        "goods": "tea",
                        "value": "180 mln dlrs",
                        "period": "1986",
                    },
                )
            ],
            id="totalled-misread-as-a-clause-of-exports",
        ),
        pytest.param(
            "Norwegian exports to Sweden were 3.1 billion crowns in 1986.",
            [
                (
                    "TRADE",
                    {
                        "exporter": "Norwegian",
                        "importer": "Sweden",
                        "value": "3.1 billion crowns",
                        "period": "1986",
                    },
                )
            ],
            id="exports-with-a-copular-amount",
        ),
        pytest.param(
            "The total value of Malaysia's exports fell in 1986 to 9.4 billion dlrs.",
            [
                (
                    "TRADE",
                    {"exporter": "Malaysia", "value": "9.4 billion dlrs", "period": "1986"},
                )
            ],
            id="exports-read-through-the-value-that-fell",
        ),
        pytest.param(
            "Ghana's cocoa exports of 250 mln dlrs in 1985 were a record.",
            [
                (
                    "TRADE",
                    {
                        "exporter": "Ghana",
                        "goods": "cocoa",
                        "value": "250 mln dlrs",
                        "period": "1985",
                    },
                )
            ],
            id="exports-with-their-own-value",
        ),
        pytest.param(
            "The ministry proposed quotas to curb Korean exports.", [], id="exports-to-be-curbed"
        ),
        pytest.param(
            "Officials said the strong dollar has hurt Brazilian exports.",
            [],
            id="exports-as-the-object-of-another-verb",
        ),
        pytest.param(
            "The bank provided 200 mln dlrs of credit for Spanish exports to Cuba.",
            [],
            id="credit-for-exports-states-no-flow",
        ),
        pytest.param("Nigerian oil exports are priced in dollars.", [], id="exports-described"),
        pytest.param(
            "Venezuela's corn exports were cut by 200,000 tonnes in the latest estimate.",
            [],
            id="an-estimate-cut-is-no-flow",
        ),
        pytest.param(
            "Harvey Corp sold the unit to Baxter Industries last year.",
            [],
            id="a-company-selling-a-unit-to-a-company-is-no-trade",
        ),
        pytest.param(
            "Western Mills has been sold to Dorset Ltd, a British investment company.",
            [],
            id="a-passive-subject-is-what-was-sold",
        ),
        pytest.param(
            # A possessor: "Dutch imports" is an adjective ("amod") as the retrained parser reads
            # it, and an adjective on "imports" may name the origin (IMPORTS_ADJECTIVE).
            "Holland's imports of Japanese cars rose 12 pct last year.",
            [
                (
                    "TRADE",
                    {"importer": "Holland", "goods": "Japanese cars", "period": "last year"},
                )
            ],
            id="imports-the-subject-of-a-verb-of-change",
        ),
        pytest.param(
            "The amendment places a quota on U.S. imports of casein.",
            [],
            id="a-quota-on-imports-states-no-flow",
        ),
        pytest.param(
            "South Korean textile exports totalled 310 mln dlrs in 1986.",
            [
                (
                    "TRADE",
                    {
                        "exporter": "South Korean",
                        "goods": "textile",
                        "value": "310 mln dlrs",
                        "period": "1986",
                    },
                )
            ],
            id="exports-with-the-nationality-on-the-goods-that-totalled",
        ),
        pytest.param(
            "Denmark rejected a ban on Danish meat exports.",
            [],
            id="a-ban-on-exports-states-no-flow",
        ),
        pytest.param(
            "Egypt bought 100,000 tonnes of French flour last week.",
            [
                (
                    "TRADE",
                    {"importer": "Egypt", "goods": "French flour", "period": "last week"},
                )
            ],
            id="country-bought-tonnes",
        ),
        pytest.param(
            "Egypt is rumoured to have bought 100,000 tonnes of French flour.",
            [],
            id="a-rumoured-purchase-is-no-fact",
        ),
        pytest.param(
            "There were rumours that Egypt bought 200,000 tonnes of French wheat last week.",
            [],
            id="a-purchase-in-a-rumour-clause-is-no-fact",
        ),
        pytest.param(
            "Kuwaiti state oil firm KPC in March resumed fuel shipments to Jordan for the first "
            "time this decade.",
            [
                (
                    "DELIVERY",
                    {"supplier": "KPC", "customer": "Jordan", "goods": "fuel", "date": "March"},
                )
            ],
            id="resumed-shipments-whatever-the-parser-hangs-the-verb-on",
        ),
        pytest.param(
            "During 1970-1980, the heavy machinery shipped to Angola from the GDR was worth nearly "
            "$2 bln.",
            [
                (
                    "DELIVERY",
                    {
                        "customer": "Angola",
                        "supplier": "GDR",
                        "goods": "heavy machinery",
                        "date": "1970-1980",
                    },
                )
            ],
            id="shipped-participle-as-a-clausal-subject",
        ),
        pytest.param(
            "Angola relied on supplies of spare parts from the Soviet Union.",
            [("DELIVERY", {"supplier": "the Soviet Union", "goods": "spare parts"})],
            id="supplies-of-goods-from-on-the-goods",
        ),
        pytest.param(
            "Nicaragua has been hit by cuts in shipments of cheap fuel from its socialist ally "
            "Venezuela.",
            [("DELIVERY", {"supplier": "Venezuela", "goods": "cheap fuel"})],
            id="from-phrase-on-the-verb-above-the-noun",
        ),
        pytest.param(
            "Under the Trade Agreement of March 3, 1985 Spain supplied Chile with tractors and "
            "trucks.",
            [("DELIVERY", {"supplier": "Spain", "customer": "Chile", "goods": "tractors"})],
            id="supplied-with-has-no-date-of-the-agreement",
        ),
        pytest.param(
            "China is now the United States' biggest supplier of apparel, the report said.",
            [
                (
                    "DELIVERY",
                    {
                        "supplier": "China",
                        "customer": "the United States",
                        "goods": "apparel",
                        "date": "now",
                    },
                )
            ],
            id="supplier-noun-with-the-copula-on-the-possessor",
        ),
        pytest.param(
            "Egypt agreed to purchase 300,000 tonnes of Australian wheat.",
            [("TRADE", {"importer": "Egypt", "goods": "Australian wheat"})],
            id="agreed-to-buy-a-commodity-amount-is-trade",
        ),
        pytest.param(
            "Pennzoil Co said it received a court order blocking the sale.",
            [],
            id="a-court-order-is-no-order-of-goods",
        ),
        pytest.param(
            "The exchange said it received an application from Norcross Trading Inc.",
            [],
            id="an-application-is-no-delivery",
        ),
        pytest.param(
            "Thailand sold 20,000 tonnes of rice to Iran at 210 dlrs per tonne.",
            [("TRADE", {"exporter": "Thailand", "goods": "rice", "importer": "Iran"})],
            id="a-unit-price-is-no-value",
        ),
        pytest.param(
            "Nippon Steel Corp bought a Cray supercomputer for 20 mln dlrs.",
            [
                (
                    "ORDER",
                    {
                        "customer": "Nippon Steel Corp",
                        "goods": "Cray supercomputer",
                        "value": "20 mln dlrs",
                    },
                )
            ],
            id="a-bought-machine-is-an-order",
        ),
        pytest.param("Japan will resume coal shipments to Taiwan.", [], id="future-is-no-fact"),
        pytest.param(
            "The minister delivered a speech to the Chamber of Commerce of Chicago.",
            [],
            id="a-speech-is-no-goods",
        ),
        pytest.param(
            "Midland Bank provides mortgages to homeowners in Kent.",
            [],
            id="provide-needs-a-named-customer",
        ),
        pytest.param(
            "The plan calls for providing soft loans to exporters.", [], id="proposed-financing"
        ),
        pytest.param(
            "If Peru falls behind on its payments, the banks will act.", [], id="conditional-debt"
        ),
        pytest.param(
            "The International Monetary Fund said it has loaned Uganda 92.1 mln dlrs to aid "
            "in economic recovery.",
            [
                (
                    "FINANCING",
                    {
                        "funder": "The International Monetary Fund",
                        "recipient": "Uganda",
                        "value": "92.1 mln dlrs",
                    },
                )
            ],
            id="loaned-a-country-an-amount-the-ner-ran-together",
        ),
        pytest.param(
            "The Economy Ministry said last year it owed the World Bank about 520 mln dlrs.",
            [
                (
                    "DEBT",
                    {
                        "debtor": "The Economy Ministry",
                        "action": "owed",
                        "amount": "about 520 mln dlrs",
                        "creditor": "the World Bank",
                        "date": "last year",
                    },
                )
            ],
            id="owed-a-creditor-about-an-amount",
        ),
        pytest.param(
            "Exports to France rose to 20,479 tonnes in 1986, while imports from Canada reached "
            "about 700 mln dlrs.",
            [
                ("TRADE", {"importer": "France", "period": "1986"}),
                ("TRADE", {"exporter": "Canada", "value": "about 700 mln dlrs"}),
            ],
            id="exports-to-or-imports-from-with-one-party-named",
        ),
        pytest.param(
            "Exports to Bolivia, Chile and Ecuador rose sharply last year.",
            [
                ("TRADE", {"importer": "Bolivia", "period": "last year"}),
                ("TRADE", {"importer": "Chile", "period": "last year"}),
                ("TRADE", {"importer": "Ecuador", "period": "last year"}),
            ],
            id="exports-to-a-list-of-countries-one-trade-each",
        ),
        pytest.param(
            "The principal debtors are Brazil and Mexico, each owing about 100 billion dlrs at "
            "the end of last year.",
            [
                (
                    "DEBT",
                    {
                        "debtor": "Brazil",
                        "action": "owing",
                        "amount": "about 100 billion dlrs",
                        "date": "the end of last year",
                    },
                ),
                (
                    "DEBT",
                    {
                        "debtor": "Mexico",
                        "action": "owing",
                        "amount": "about 100 billion dlrs",
                        "date": "the end of last year",
                    },
                ),
            ],
            id="each-of-a-list-owing",
        ),
        pytest.param(
            "Chinese textile and apparel exports to the U.S. In 1986 rose 65 pct in value.",
            [
                (
                    "TRADE",
                    {
                        "exporter": "Chinese",
                        "goods": "textile",
                        "importer": "U.S.",
                        "period": "1986",
                    },
                )
            ],
            id="a-modified-trigger-is-no-one-party-trade",
        ),
        pytest.param(
            "Coda Energy Inc. said it arranged a $50 million credit facility with NCNB Texas "
            "National Bank, a unit of NCNB Corp.",
            [
                (
                    "FINANCING",
                    {
                        "funder": "NCNB Texas National Bank",
                        "recipient": "Coda Energy Inc.",
                        "value": "$50 million",
                    },
                )
            ],
            id="a-loan-arranged-with-a-bank-is-the-bank-s",
        ),
    ],
)
def test_flows_end_to_end(pipeline, text: str, expected: list[object]) -> None:  # type: ignore[no-untyped-def]
    assert flows(pipeline, text) == expected


WON_ORDER_FROM = parse("""
Acme Acme PROPN compound 1 B-ORG
Corp Corp PROPN nsubj 2 I-ORG
won win VERB ROOT 2 O
an a DET det 4 O
order order NOUN obj 2 O
from from ADP case 7 O
Japan Japan PROPN compound 7 B-ORG
Airlines Airlines PROPN nmod 4 I-ORG
for for ADP case 10 O
six six NUM nummod 10 B-CARDINAL
jets jet NOUN nmod 4 O
""")

WON_CONTRACT = parse("""
Acme Acme PROPN compound 1 B-ORG
Corp Corp PROPN nsubj 2 I-ORG
won win VERB ROOT 2 O
a a DET det 4 O
contract contract NOUN obj 2 O
""")

WON_ORDER_NO_NAME = parse("""
It it PRON nsubj 1 O
won win VERB ROOT 1 O
an a DET det 3 O
order order NOUN obj 1 O
""")


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        pytest.param(
            WON_ORDER_FROM,
            [
                (
                    "ORDER",
                    "order.won-order",
                    {"supplier": "Acme Corp", "customer": "Japan Airlines", "goods": "jets"},
                )
            ],
            id="won-an-order-is-an-order",
        ),
        pytest.param(
            WON_CONTRACT,
            [("AGREEMENT", "agreement.awarded", {"party": "Acme Corp", "subject": "contract"})],
            id="won-a-contract-is-an-agreement",
        ),
        pytest.param(WON_ORDER_NO_NAME, [], id="no-participant-no-relation"),
    ],
)
def test_won_orders(doc: Doc, expected: list[object]) -> None:
    assert facts(doc) == expected
