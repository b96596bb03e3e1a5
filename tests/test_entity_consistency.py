"""Document-level label consistency of organisation names, on hand-built Docs."""

from __future__ import annotations

import doctest
import json
from importlib import resources
from types import ModuleType

import pytest
from spacy.tokens import Doc

from extract import entity_consistency, entity_founders, entity_name_words, entity_short_names
from extract.entity_consistency import consistent_entities
from extract.entity_name_words import generic_first_words
from tests.entity_docs import NLP
from tests.entity_docs import doc_of as entity_doc
from tests.entity_docs import tagged_doc as doc_of


def labelled(spec: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in consistent_entities(doc_of(spec))]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "Bayou/B-ORG Resources/I-ORG Inc/I-ORG agreed . | Bayou said so .",
            [("Bayou Resources Inc", "ORG"), ("Bayou", "ORG")],
            id="first-word-of-a-firm-added",
        ),
        pytest.param(
            "Leucadia/B-ORG National/I-ORG Corp/I-ORG rose . | Leucadia/B-GPE said so . |"
            " a stake in Leucadia/B-GPE .",
            [("Leucadia National Corp", "ORG"), ("Leucadia", "ORG"), ("Leucadia", "ORG")],
            id="firm-read-as-a-place-where-nothing-says-it-is-one",
        ),
        pytest.param(
            "Esselte/B-ORG Trading/I-ORG AB/I-ORG sold it . | Esselte/B-PERSON said so .",
            [("Esselte Trading AB", "ORG"), ("Esselte", "ORG")],
            id="person-relabelled",
        ),
        pytest.param(
            "Lehman/B-ORG and/I-ORG First/I-ORG Boston/I-ORG said . | First/B-ORG Boston/I-ORG"
            " rose . | First Boston/B-GPE 's analyst left . | Banco/B-ORG do/I-ORG Brasil/I-ORG"
            " lent . | Banco do Brasil/B-GPE did not .",
            [
                ("Lehman and First Boston", "ORG"),
                ("First Boston", "ORG"),
                ("First Boston", "ORG"),
                ("Banco do Brasil", "ORG"),
                ("Banco do Brasil", "ORG"),
            ],
            id="a-whole-name-where-it-recurs-read-in-part",
        ),
        pytest.param(
            "GM/B-ORG Hughes/I-ORG Electronics/I-ORG said . | the GM/B-ORG Hughes/B-ORG unit"
            " rose . | GM/B-ORG Hughes net fell .",
            [("GM Hughes Electronics", "ORG"), ("GM Hughes", "ORG"), ("GM Hughes", "ORG")],
            id="a-short-name-the-ner-read-as-two-or-in-part-grows",
        ),
        pytest.param(
            "New/B-ORG York/I-ORG rose . | in New/B-GPE York/I-GPE . | New York said .",
            [("New York", "ORG"), ("New York", "GPE")],
            id="a-whole-name-the-document-also-reads-as-a-place-is-left-alone",
        ),
        pytest.param(
            "Hk/B-ORG Hotels/I-ORG rose . | Hk/B-ORG Hotels/I-ORG said . | a stake in Hk/B-GPE"
            " Hotels/I-GPE . | Crazy/B-PERSON Eddie/I-PERSON rose . | Crazy/B-ORG Eddie/I-ORG"
            " fell . | Crazy/B-ORG Eddie/I-ORG fell .",
            [("Hk Hotels", "ORG")] * 3 + [("Crazy Eddie", "ORG")] * 3,
            id="a-whole-name-the-ner-reads-as-an-org-more-often-than-otherwise",
        ),
        pytest.param(
            "Santa/B-ORG Fe/I-ORG rose . | Santa/B-ORG Fe/I-ORG fell . | sown in Santa/B-GPE"
            " Fe/I-GPE .",
            [("Santa Fe", "ORG"), ("Santa Fe", "ORG"), ("Santa Fe", "GPE")],
            id="a-whole-name-read-as-an-org-more-often-but-evidently-a-place-is-left-alone",
        ),
        pytest.param(
            "Lai/B-ORG Sun/I-ORG Garment/I-ORG Co/I-ORG ltd/I-ORG rose . | Lai/B-PERSON"
            " Sun/I-PERSON said . | Los/B-ORG Angeles/I-ORG Securities/I-ORG Group/I-ORG fell ."
            " | a Los/B-GPE Angeles/I-GPE -/O based/O broker .",
            [
                ("Lai Sun Garment Co ltd", "ORG"),
                ("Lai Sun", "ORG"),
                ("Los Angeles Securities Group", "ORG"),
                ("Los Angeles", "GPE"),
            ],
            id="the-words-before-a-firm-word-and-legal-form-but-not-a-place-before-based",
        ),
        pytest.param(
            "America/B-ORG West/I-ORG Airlines/I-ORG Inc/I-ORG rose . | America/B-GPE West/O"
            " is based in Phoenix/B-GPE . | West/B-ORG Germany/I-ORG Trade/I-ORG Co/I-ORG"
            " fell . | West/B-GPE Germany/I-GPE exports .",
            [
                ("America West Airlines Inc", "ORG"),
                ("America West", "ORG"),
                ("Phoenix", "GPE"),
                ("West Germany Trade Co", "ORG"),
                ("West Germany", "GPE"),
            ],
            id="a-place-may-open-the-words-before-a-firm-word-but-not-be-them",
        ),
        pytest.param(
            "John/B-ORG Labatt/I-ORG Ltd/I-ORG rose . | Labatt/B-PERSON 's earnings grew . |"
            " Labatt/B-ORG said . | Japan/B-ORG Fund/I-ORG Inc/I-ORG fell . | the Fund/B-ORG"
            " rose . | Fund/B-PERSON said . | the open-end fund .",
            [
                ("John Labatt Ltd", "ORG"),
                ("Labatt", "ORG"),
                ("Labatt", "ORG"),
                ("Japan Fund Inc", "ORG"),
                ("Fund", "ORG"),
                ("Fund", "PERSON"),
            ],
            id="the-last-of-two-words-the-ner-reads-alone-as-the-firm-but-no-lower-case-word",
        ),
        pytest.param(
            "Prev/B-ORG Wk/I-ORG 301.7 | Prev Wk 350.7 | Prev Wk 12.0 | The U.S./B-ORG"
            " Dollar/I-ORG rose . | the U.S./B-GPE Dollar fell .",
            [("Prev Wk", "ORG"), ("U.S. Dollar", "ORG"), ("U.S.", "GPE")],
            id="a-whole-name-the-ner-mostly-leaves-or-a-place-opens-is-left-alone",
        ),
        pytest.param(
            "British/B-ORG Petroleum/I-ORG rose . | British/B-ORG Petroleum/I-ORG said . | a"
            " stake of British/B-NORP Petroleum fell .",
            [("British Petroleum", "ORG")] * 3,
            id="a-whole-name-a-nationality-opens",
        ),
        pytest.param(
            "AB/B-ORG Catena/I-ORG rose . | profits of Catena/B-PERSON fell .",
            [("AB Catena", "ORG"), ("Catena", "ORG")],
            id="legal-form-written-first",
        ),
        pytest.param(
            "PJSC/B-ORG Rosneft/I-ORG said . | Rosneft resumed shipments .",
            [("PJSC Rosneft", "ORG"), ("Rosneft", "ORG")],
            id="russian-legal-form-first",
        ),
        pytest.param(
            "Federated/B-ORG Savings/I-ORG and/I-ORG Loan/I-ORG Association/I-ORG said . |"
            " Federated said so .",
            [("Federated Savings and Loan Association", "ORG"), ("Federated", "ORG")],
            id="first-word-of-a-firm-without-a-legal-form-but-a-firm-word",
        ),
        pytest.param(
            "Frank/B-ORG B./I-ORG Hall/I-ORG and/I-ORG Co/I-ORG Inc/I-ORG said . |"
            " Hall said so . | Frank/B-PERSON rose .",
            [("Frank B. Hall and Co Inc", "ORG"), ("Hall", "ORG"), ("Frank", "PERSON")],
            id="surname-of-a-firm-named-after-its-founder",
        ),
        pytest.param(
            "C.D./B-ORG Bramall/I-ORG Plc/I-ORG said . | Bramall/B-PERSON shares fell .",
            [("C.D. Bramall Plc", "ORG"), ("Bramall", "ORG")],
            id="surname-after-initials-only",
        ),
        pytest.param(
            "Group/B-ORG Lotus/I-ORG said . | Lotus rose .",
            [("Group Lotus", "ORG")],
            id="company-word-first-is-part-of-the-name",
        ),
        pytest.param(
            "Polly/B-ORG Peck/I-ORG International/I-ORG Plc/I-ORG rose . | "
            "Polly/B-PERSON Peck/I-PERSON said . | Polly/B-PERSON Peck/I-PERSON bought it .",
            [("Polly Peck International Plc", "ORG"), ("Polly Peck", "ORG"), ("Polly Peck", "ORG")],
            id="name-without-a-generic-last-word-is-no-person",
        ),
        pytest.param(
            "Pan/B-ORG Ocean/I-ORG Shipping/I-ORG Company/I-ORG said . | to take over"
            " Pan/B-LOC Ocean/I-LOC .",
            [("Pan Ocean Shipping Company", "ORG"), ("Pan Ocean", "ORG")],
            id="name-without-shipping-is-no-place",
        ),
        pytest.param(
            "Marine/B-ORG Midland/I-ORG Banks/I-ORG Inc/I-ORG rose . | "
            "Chemical/B-ORG and Marine/B-PERSON Midland/I-PERSON led .",
            [("Marine Midland Banks Inc", "ORG"), ("Chemical", "ORG"), ("Marine Midland", "ORG")],
            id="a-bank-holding-s-name-without-banks",
        ),
        pytest.param(
            "Wako/B-ORG Research/I-ORG Institute/I-ORG said so . | Wako/B-PERSON forecasts it .",
            [("Wako Research Institute", "ORG"), ("Wako", "ORG")],
            id="an-institute-s-distinctive-first-word",
        ),
        pytest.param(
            "Starpointe/B-ORG Savings/I-ORG Bank/I-ORG rose . | the acquisition of"
            " Starpointe/B-GPE .",
            [("Starpointe Savings Bank", "ORG"), ("Starpointe", "ORG")],
            id="first-word-the-ner-reads-as-a-place-nothing-says-is-one",
        ),
        pytest.param(
            "La/B-ORG Jolla/I-ORG Bancorp/I-ORG rose . | each share of La/B-GPE Jolla/I-GPE . |"
            " La/B-PERSON Jolla/I-PERSON is the parent .",
            [("La Jolla Bancorp", "ORG"), ("La Jolla", "ORG"), ("La Jolla", "ORG")],
            id="words-before-a-firm-word",
        ),
        pytest.param(
            "Mexico/B-ORG City/I-ORG Bank/I-ORG rose . | Mexico/B-GPE City/I-GPE grew .",
            [("Mexico City Bank", "ORG"), ("Mexico City", "GPE")],
            id="words-before-a-firm-word-with-a-place-in-them-are-the-place",
        ),
        pytest.param(
            "Anglo/B-ORG American/I-ORG Corp/I-ORG of/I-ORG South/I-ORG Africa/I-ORG Ltd/I-ORG"
            " rose . | Anglo/B-NORP American/I-NORP said .",
            [("Anglo American Corp of South Africa Ltd", "ORG"), ("Anglo American", "ORG")],
            id="a-firm-without-the-country-it-is-of",
        ),
        pytest.param(
            "First/B-ORG City/I-ORG Bancorp/I-ORG of/I-ORG Texas/I-ORG Inc/I-ORG lost . |"
            " its first quarter . | First/B-GPE City/I-GPE said .",
            [("First City Bancorp of Texas Inc", "ORG"), ("First City", "ORG")],
            id="words-before-a-firm-word-and-a-state-one-of-them-also-in-lower-case",
        ),
        pytest.param(
            "Cheung/B-ORG Kong/I-ORG (/I-ORG Holdings/I-ORG )/I-ORG Ltd/I-ORG rose . |"
            " both Cheung/B-PERSON Kong/I-PERSON and Hutchison/B-ORG said .",
            [
                ("Cheung Kong ( Holdings ) Ltd", "ORG"),
                ("Cheung Kong", "ORG"),
                ("Hutchison", "ORG"),
            ],
            id="part-in-brackets-left-out",
        ),
        pytest.param(
            "Alleghany/B-ORG Corp/I-ORG rose . | In February/B-DATE Alleghany agreed .",
            [("Alleghany Corp", "ORG"), ("February", "DATE"), ("Alleghany", "ORG")],
            id="a-date-before-leads-no-name",
        ),
        pytest.param(
            "Rally/B-ORG 's/I-ORG Inc./I-ORG rose . | Rally/B-PERSON 's board met .",
            [("Rally 's Inc.", "ORG"), ("Rally 's", "ORG")],
            id="mention-read-in-part-grows-to-the-short-name",
        ),
        pytest.param(
            "Ron/B-PERSON English/I-PERSON said . | English/B-LANGUAGE denied it .",
            [("Ron English", "PERSON"), ("English", "PERSON")],
            id="surname-read-as-a-language",
        ),
        pytest.param(
            "Acme/B-ORG International/I-ORG Inc/I-ORG rose . | Acme/B-PERSON said so .",
            [("Acme International Inc", "ORG"), ("Acme", "ORG")],
            id="one-word-left-is-the-first-word-rule",
        ),
        pytest.param(
            "Crossland/B-ORG Savings/I-ORG Corp/I-ORG rose . | "
            "Crossland/B-GPE Savings/I-GPE fell .",
            [("Crossland Savings Corp", "ORG"), ("Crossland Savings", "ORG")],
            id="name-without-legal-form-added",
        ),
        pytest.param(
            "Den/B-ORG Norske/I-ORG Oljeselskap/I-ORG ( Statoil ) signed . | "
            "Statoil/B-PERSON said so .",
            [("Den Norske Oljeselskap", "ORG"), ("Statoil", "ORG"), ("Statoil", "ORG")],
            id="alias-in-brackets",
        ),
        pytest.param(
            "Reynolds/B-ORG and/I-ORG Reynolds/I-ORG Co/I-ORG rose . | "
            "Reynolds and Reynolds said .",
            [("Reynolds and Reynolds Co", "ORG"), ("Reynolds and Reynolds", "ORG")],
            id="short-name-holding-another-short-name",
        ),
        pytest.param(
            "Hal/B-ORG Roach/I-ORG Studios/I-ORG Inc/I-ORG rose . | sell 900,000 Hal/B-PERSON"
            " Roach/I-PERSON shares . | Roach/B-PERSON will repay .",
            [
                ("Hal Roach Studios Inc", "ORG"),
                ("Hal Roach", "ORG"),
                ("Roach", "ORG"),
            ],
            id="a-founder-s-name-the-firm-opens-with",
        ),
        pytest.param(
            "Hal/B-ORG Roach/I-ORG Studios/I-ORG Inc/I-ORG rose . | in Culver/B-GPE"
            " City/I-GPE , Hal/B-PERSON Roach/I-PERSON said . | Hal/B-PERSON Roach/I-PERSON"
            " shares rose .",
            [
                ("Hal Roach Studios Inc", "ORG"),
                ("Culver City", "GPE"),
                ("Hal Roach", "ORG"),
                ("Hal Roach", "ORG"),
            ],
            id="a-founder-s-name-after-a-place-is-no-evidence-either-way",
        ),
        pytest.param(
            "Franco/B-ORG Nevada/I-ORG Mining/I-ORG Corp/I-ORG rose . | Franco/B-PERSON"
            " Nevada/I-PERSON said . | the mine in northern Nevada/B-GPE .",
            [
                ("Franco Nevada Mining Corp", "ORG"),
                ("Franco Nevada", "ORG"),
                ("Nevada", "GPE"),
            ],
            id="a-founder-s-surname-that-is-a-place-stays-the-place",
        ),
        pytest.param(
            "ROGERS/B-ORG COMMUNICATIONS/I-ORG Inc./I-ORG plans it . | Rogers/B-PERSON said .",
            [("ROGERS COMMUNICATIONS Inc.", "ORG"), ("Rogers", "ORG")],
            id="a-name-in-capitals-as-running-text-writes-it",
        ),
        pytest.param(
            "International/B-ORG H.R.S./I-ORG Industries/I-ORG Inc/I-ORG said . | H.R.S. said so .",
            [("International H.R.S. Industries Inc", "ORG"), ("H.R.S.", "ORG")],
            id="an-acronym-after-a-generic-first-word",
        ),
        pytest.param(
            "North/B-ORG American/I-ORG Ventures/I-ORG Inc/I-ORG sold it . |"
            " North/B-NORP American/I-NORP said so .",
            [("North American Ventures Inc", "ORG"), ("North American", "ORG")],
            id="a-name-without-ventures-read-as-a-nationality",
        ),
        pytest.param(
            "First/B-ORG of/I-ORG America/I-ORG Bank/I-ORG Corp./I-ORG said . |"
            " First/B-ORDINAL of America said so .",
            [("First of America Bank Corp.", "ORG"), ("First of America", "ORG")],
            id="a-name-without-bank-read-as-an-ordinal",
        ),
    ],
)
def test_short_names_become_org(spec: str, expected: list[tuple[str, str]]) -> None:
    assert labelled(spec) == expected


@pytest.mark.parametrize(
    "spec",
    [
        pytest.param(
            "First/B-ORG Federal/I-ORG Savings/I-ORG Co/I-ORG rose . | First results came .",
            id="generic-first-word",
        ),
        pytest.param("Bayou/B-ORG Resources/I-ORG rose . | Bayou said so .", id="no-legal-form"),
        pytest.param(
            "Bayou/B-ORG Resources/I-ORG Inc/I-ORG rose . | Bayou Petroleum said so .",
            id="runs-on-into-a-longer-name",
        ),
        pytest.param(
            "Bayou/B-ORG Resources/I-ORG Inc/I-ORG rose . | He met Mr Bayou .",
            id="honorific-before",
        ),
        pytest.param(
            "Boesky/B-ORG Capital/I-ORG Co/I-ORG rose . | Seemala and Boesky and Co agreed .",
            id="part-of-a-firm",
        ),
        pytest.param("RJR/B-ORG Nabisco/I-ORG Inc/I-ORG < RJR > paid .", id="reuters-ticker"),
        pytest.param(
            "foreign/B-ORG exchange/I-ORG certificates/I-ORG ( FECs ) rose . | FECs fell .",
            id="plural-acronym-is-no-alias",
        ),
        pytest.param(
            "Texas/B-ORG Oil/I-ORG Corp/I-ORG rose . | Texas/B-GPE farmers sold .",
            id="first-word-is-a-place",
        ),
        pytest.param(
            "Kinross/B-ORG Mines/I-ORG Ltd/I-ORG said . | a fire at Kinross/B-GPE killed two .",
            id="first-word-is-a-place-after-a-locative",
        ),
        pytest.param(
            "Teberebie/B-ORG Goldfields/I-ORG Ltd/I-ORG said . | land in Teberebie/B-GPE ,"
            " Ghana/B-GPE rose .",
            id="first-word-is-a-place-before-another",
        ),
        pytest.param(
            "Manitoba/B-ORG Mineral/I-ORG Resources/I-ORG Ltd/I-ORG said . | a project in"
            " northern Manitoba/B-GPE .",
            id="first-word-is-a-place-after-a-locative-and-a-compass-point",
        ),
        pytest.param(
            "Amsterdam/B-ORG Rotterdam/I-ORG Bank/I-ORG NV/I-ORG said . | the city of"
            " Amsterdam/B-GPE borrowed .",
            id="first-word-is-a-place-after-a-place-noun",
        ),
        pytest.param(
            "Kamaz/B-ORG Trucks/I-ORG Co/I-ORG rose . | Kamaz/B-DATE said .",
            id="non-relabelled-label-kept",
        ),
        pytest.param(
            "Reagan/B-ORG Administration/I-ORG officials said . | Reagan/B-PERSON said .",
            id="office-word-is-no-firm-word",
        ),
        pytest.param(
            "the Port/B-ORG Workers/I-ORG Association/I-ORG said . | ships at the port . |"
            " Port officials met .",
            id="first-word-written-in-lower-case-too-is-a-common-word",
        ),
        pytest.param(
            "the African/B-ORG Development/I-ORG Bank/I-ORG lent . | African/B-NORP states .",
            id="first-word-the-ner-reads-as-a-place-without-a-legal-form",
        ),
        pytest.param(
            "the London/B-ORG Potato/I-ORG Futures/I-ORG Association/I-ORG said . |"
            " Trading on the London/B-GPE potato futures .",
            id="first-word-the-ner-reads-as-a-place-after-the",
        ),
        pytest.param(
            "Singapore/B-ORG )/I-ORG Ltd/I-ORG said . | the Singapore/B-GPE rate .",
            id="a-span-opening-inside-brackets-leaves-no-known-place",
        ),
        pytest.param(
            "U.S./B-ORG Lines/I-ORG Inc/I-ORG said . | Lines/B-PRODUCT were busy .",
            id="country-before-a-name-is-no-founders-initials",
        ),
        pytest.param(
            "Bache/B-ORG Securities/I-ORG ( Japan/B-GPE ) said . | chips left Japan/B-GPE .",
            id="a-country-in-brackets-is-where-the-firm-is-no-alias",
        ),
        pytest.param(
            "ONEIDA/B-ORG Ltd./I-ORG declared it . | The Oneida/B-GPE , N.Y./B-GPE , maker said .",
            id="a-one-word-name-the-document-names-as-a-place-is-the-place",
        ),
        pytest.param(
            "Hal/B-ORG Roach/I-ORG Studios/I-ORG Inc/I-ORG rose . | its chairman"
            " Hal/B-PERSON Roach/I-PERSON died .",
            id="a-founder-s-name-after-a-title-is-the-person",
        ),
        pytest.param(
            "Philip/B-ORG Crosby/I-ORG Associates/I-ORG Inc/I-ORG said . | Philip/B-PERSON"
            " Crosby/I-PERSON Jr/I-PERSON , executive vice president , said . | Philip/B-PERSON"
            " Crosby/I-PERSON reported .",
            id="a-founder-s-name-in-a-name-with-a-title-after-it-is-the-person",
        ),
        pytest.param(
            "Nova/B-ORG Scotia/I-ORG Power/I-ORG Ltd/I-ORG has 15 pct . | east of"
            " Halifax/B-GPE , Nova/B-PERSON Scotia/I-PERSON .",
            id="a-name-after-a-place-and-a-comma-is-no-founder-s",
        ),
        pytest.param(
            "ARAB/B-ORG LIGHT/I-ORG 18.62 . | with Arab/B-NORP Light up 17 cts .",
            id="capitals-without-a-legal-form-give-no-running-text-name",
        ),
    ],
)
def test_mentions_left_alone(spec: str) -> None:
    assert labelled(spec) == [(e.text, e.label_) for e in doc_of(spec).ents]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "Police held Margalit Har-Shefi. Har-Shefi denied it.",
            (("Margalit Har-Shefi", "PERSON"), ("Har-Shefi", "ORG")),
            [("Margalit Har-Shefi", "PERSON"), ("Har-Shefi", "PERSON")],
            id="a-hyphenated-surname",
        ),
        pytest.param(
            "Oil minister Khalaf al-Oteiba spoke. Oteiba said so.",
            (("Khalaf al-Oteiba", "PERSON"), ("Oteiba", "ORG")),
            [("Khalaf al-Oteiba", "PERSON"), ("Oteiba", "PERSON")],
            id="a-surname-after-a-particle",
        ),
    ],
)
def test_surnames_written_with_a_hyphen(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    doc = entity_doc(text, ents)
    assert [(e.text, e.label_) for e in consistent_entities(doc)] == expected


def test_consistency_file_integrity() -> None:
    path = resources.files("extract") / "data" / "entities" / "consistency.json"
    entries = json.loads(path.read_text("utf-8"))["generic_first_words"]
    assert len({e["id"] for e in entries}) == len(entries)
    assert all(e["word"] == e["word"].lower() for e in entries)
    assert {"first", "american", "national"} <= generic_first_words()
    for key in ("company_nouns", "generic_last_words", "firm_last_words"):
        words = json.loads(path.read_text("utf-8"))[key]
        assert len({e["id"] for e in words}) == len(words), key
        assert all(e["word"].islower() and e["word"].isalpha() for e in words), key
        # the only marks, each a true flag: a firm word that closes a name, a newspaper noun, a
        # company noun that names a person's trade too
        flags = ("closes", "publication", "person")
        marks = {mark: value for e in words for mark, value in e.items() if mark[0] != "_"}
        assert set(marks) - {"id", "word"} <= set(flags), key
        assert all(e.get(mark, True) is True for e in words for mark in flags)


@pytest.mark.parametrize(
    ("words", "pos", "ents", "expected"),
    [
        pytest.param(
            ["oil", "major", "Rosneft", "said", ".", "Rosneft", "rose"],
            ["NOUN", "NOUN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB"],
            ["O", "O", "B-PERSON", "O", "O", "B-PERSON", "O"],
            [("Rosneft", "ORG"), ("Rosneft", "ORG")],
            id="company-noun-names-a-company-and-its-repeats",
        ),
        pytest.param(
            ["major", "Swiss", "banks"],
            ["ADJ", "ADJ", "NOUN"],
            ["O", "B-NORP", "O"],
            [("Swiss", "NORP")],
            id="adjective-major-before-a-nationality",
        ),
        pytest.param(
            ["the", "company", "John", "Smith", "founded"],
            ["DET", "NOUN", "PROPN", "PROPN", "VERB"],
            ["O", "O", "B-PERSON", "I-PERSON", "O"],
            [("John Smith", "PERSON")],
            id="two-word-person-after-company-stays",
        ),
        pytest.param(
            ["regional", "airline", "Acme", "Air", "said", ".", "Acme", "Air", "rose"],
            ["ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB"],
            ["O", "O", "B-PRODUCT", "I-PRODUCT", "O", "O", "B-GPE", "I-GPE", "O"],
            [("Acme Air", "ORG"), ("Acme Air", "ORG")],
            id="two-word-name-after-company-noun-and-its-repeat",
        ),
        pytest.param(
            ["holding", "company", "Bank", "of", "Tokyo", "said"],
            ["NOUN", "NOUN", "PROPN", "ADP", "PROPN", "VERB"],
            ["O", "O", "B-GPE", "I-GPE", "I-GPE", "O"],
            [("Bank of Tokyo", "ORG")],
            id="name-with-of-after-company-noun",
        ),
        pytest.param(
            ["utility", "Pacific", "Gas", "and", "Electric", "said"],
            ["NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB"],
            ["O", "B-GPE", "I-GPE", "I-GPE", "I-GPE", "O"],
            [("Pacific Gas and Electric", "GPE")],
            id="name-with-lower-case-word-after-company-noun-left-as-read",
        ),
        pytest.param(
            ["the", "smaller", "producer", "Ecuador", "said"],
            ["DET", "ADJ", "NOUN", "PROPN", "VERB"],
            ["O", "O", "O", "B-GPE", "O"],
            [("Ecuador", "GPE")],
            id="country-after-a-noun-it-shares-with-firms",
        ),
        pytest.param(
            ["the", "newspaper", "Granma", "reported", ".", "Granma", "said"],
            ["DET", "NOUN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB"],
            ["O", "O", "B-GPE", "O", "O", "B-GPE", "O"],
            [("Granma", "ORG"), ("Granma", "ORG")],
            id="a-name-after-newspaper-and-its-repeat",
        ),
        pytest.param(
            ["told", "Al-Rai", "al-Aam", "newspaper", "Moscow", "will", "answer"],
            ["VERB", "PROPN", "PROPN", "NOUN", "PROPN", "AUX", "VERB"],
            ["O", "B-ORG", "I-ORG", "O", "B-GPE", "O", "O"],
            [("Al-Rai al-Aam", "ORG"), ("Moscow", "GPE")],
            id="a-newspaper-named-before-its-noun-names-nothing-after-it",
        ),
        pytest.param(
            ["the", "Communist", "Party", "daily", "Granma", ".", "in", "Granma", "on"],
            ["DET", "ADJ", "PROPN", "ADJ", "PROPN", "PUNCT", "ADP", "PROPN", "ADP"],
            ["O", "B-ORG", "I-ORG", "O", "B-GPE", "O", "O", "B-GPE", "O"],
            [("Communist Party", "ORG"), ("Granma", "ORG"), ("Granma", "ORG")],
            id="the-party-daily-names-its-paper-after-it",
        ),
        pytest.param(
            ["will", "fly", "three", "daily", "Atlanta", "flights"],
            ["AUX", "VERB", "NUM", "ADJ", "PROPN", "NOUN"],
            ["O", "O", "B-CARDINAL", "O", "B-GPE", "O"],
            [("three", "CARDINAL"), ("Atlanta", "GPE")],
            id="daily-before-a-name-that-modifies-a-noun-is-a-frequency",
        ),
        pytest.param(
            ["The", "company", "first", "began", "selling"],
            ["DET", "NOUN", "ADV", "VERB", "VERB"],
            ["O", "O", "B-ORDINAL", "O", "O"],
            [("first", "ORDINAL")],
            id="an-ordinal-alone-after-a-company-noun-stays",
        ),
    ],
)
def test_company_nouns(
    words: list[str], pos: list[str], ents: list[str], expected: list[tuple[str, str]]
) -> None:
    doc = Doc(NLP.vocab, words=words, pos=pos, ents=ents)
    assert [(e.text, e.label_) for e in consistent_entities(doc)] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "Honeywell/PROPN/NNP/B-PERSON Bull/PROPN/NNP/I-PERSON ,/PUNCT/, a/DET/DT"
            " computer/NOUN/NN company/NOUN/NN formed/VERB/VBD by/ADP/IN Honeywell/PROPN/NNP"
            " ./PUNCT/. Honeywell/PROPN/NNP/B-PERSON Bull/PROPN/NNP/I-PERSON said/VERB/VBD",
            [("Honeywell Bull", "ORG"), ("Honeywell Bull", "ORG")],
            id="an-apposition-headed-by-a-company-noun-and-the-repeat",
        ),
        pytest.param(
            "Nova/PROPN/NNP/B-LOC ,/PUNCT/, the/DET/DT Canadian/ADJ/JJ company/NOUN/NN"
            " that/PRON/WDT owns/VERB/VBZ Husky/PROPN/NNP",
            [("Nova", "ORG")],
            id="the-with-a-modifier-before-a-relative-clause",
        ),
        pytest.param(
            "moved/VERB/VBD to/ADP/IN Palo/PROPN/NNP/B-GPE Alto/PROPN/NNP/I-GPE ,/PUNCT/,"
            " the/DET/DT company/NOUN/NN said/VERB/VBD",
            [("Palo Alto", "GPE")],
            id="the-company-said-reports",
        ),
        pytest.param(
            "replaces/VERB/VBZ Thomas/PROPN/NNP/B-PERSON McDonnell/PROPN/NNP/I-PERSON"
            " ,/PUNCT/, the/DET/DT company/NOUN/NN 's/PART/POS chief/ADJ/JJ",
            [("Thomas McDonnell", "PERSON")],
            id="the-company-s-officer-is-a-person",
        ),
        pytest.param(
            "Karl/PROPN/NNP/B-PERSON Otto/PROPN/NNP/I-PERSON ,/PUNCT/, the/DET/DT"
            " central/ADJ/JJ bank/NOUN/NN had/AUX/VBD added/VERB/VBN",
            [("Karl Otto", "PERSON")],
            id="the-bank-had-added-is-a-clause",
        ),
        pytest.param(
            "Jim/PROPN/NNP/B-PERSON Smith/PROPN/NNP/I-PERSON ,/PUNCT/, a/DET/DT"
            " film/NOUN/NN producer/NOUN/NN ,/PUNCT/, said/VERB/VBD",
            [("Jim Smith", "PERSON")],
            id="a-noun-naming-a-trade-too-is-no-company",
        ),
        pytest.param(
            "Loser/PROPN/NNP/B-ORG Inc/PROPN/NNP/I-ORG of/ADP/IN Trenton/PROPN/NNP/B-GPE"
            " ,/PUNCT/, a/DET/DT maker/NOUN/NN of/ADP/IN chemicals/NOUN/NNS",
            [("Loser Inc", "ORG"), ("Trenton", "GPE")],
            id="the-place-of-a-firm-before-its-apposition",
        ),
    ],
)
def test_apposed_company_nouns(spec: str, expected: list[tuple[str, str]]) -> None:
    items = [item.split("/") for item in spec.split()]
    doc = Doc(
        NLP.vocab,
        words=[i[0] for i in items],
        pos=[i[1] for i in items],
        tags=[i[2] for i in items],
        ents=[i[3] if len(i) > 3 else "O" for i in items],
    )
    assert [(e.text, e.label_) for e in consistent_entities(doc)] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "Malcolm/B-PERSON Baldrige/I-PERSON spoke . | Baldrige/B-ORG said so .",
            [("Malcolm Baldrige", "PERSON"), ("Baldrige", "PERSON")],
            id="surname-read-as-organisation",
        ),
        pytest.param(
            "Karl/B-PERSON Otto/I-PERSON Poehl/I-PERSON spoke . | Poehl emphasised it .",
            [("Karl Otto Poehl", "PERSON"), ("Poehl", "PERSON")],
            id="unlabelled-surname-added",
        ),
        pytest.param(
            "Caspar/B-PERSON Weinberger/I-PERSON spoke . | both Secretary Weinberger and he"
            " advised it .",
            [("Caspar Weinberger", "PERSON"), ("Weinberger", "PERSON")],
            id="a-surname-after-a-title-stands-alone",
        ),
        pytest.param(
            "Anthony/B-PERSON O'Reilly/I-PERSON told them . | O'Reilly said so . |"
            " David/B-PERSON McMinimy/I-PERSON spoke . | McMinimy/B-ORG said .",
            [
                ("Anthony O'Reilly", "PERSON"),
                ("O'Reilly", "PERSON"),
                ("David McMinimy", "PERSON"),
                ("McMinimy", "PERSON"),
            ],
            id="surname-with-a-prefix-before-a-capital",
        ),
        pytest.param(
            "Barend/B-PERSON du/I-PERSON Plessis/I-PERSON said . | Du/B-ORG Plessis/I-ORG"
            " told them . | du Plessis added .",
            [
                ("Barend du Plessis", "PERSON"),
                ("Du Plessis", "PERSON"),
                ("du Plessis", "PERSON"),
            ],
            id="surname-with-its-particle-read-as-a-firm",
        ),
        pytest.param(
            "Khalaf/B-PERSON al/I-PERSON -/I-PERSON Oteiba/I-PERSON spoke . | Oteiba said so .",
            [("Khalaf al - Oteiba", "PERSON"), ("Oteiba", "PERSON")],
            id="surname-after-a-hyphenated-particle",
        ),
        pytest.param(
            "Noboru/B-PERSON Takeshita/I-PERSON met . | He quoted Noboru/B-ORG Takeshita/I-ORG "
            "and Noboru/B-PERSON Takeshita/I-PERSON .",
            [
                ("Noboru Takeshita", "PERSON"),
                ("Noboru Takeshita", "PERSON"),
                ("Noboru Takeshita", "PERSON"),
            ],
            id="full-name-repeat-relabelled",
        ),
        pytest.param(
            "Mario/B-PERSON Amato/I-PERSON spoke . | Amato/B-GPE said so . | in Sao/B-GPE"
            " Paulo/I-GPE . | Amato/B-GPE added .",
            [
                ("Mario Amato", "PERSON"),
                ("Amato", "PERSON"),
                ("Sao Paulo", "GPE"),
                ("Amato", "PERSON"),
            ],
            id="surname-read-as-a-place-nothing-says-is-one",
        ),
        pytest.param(
            "Selling/B-PERSON Delhi/I-PERSON meant a loss . | Delhi/B-GPE rose . | Delhi/B-GPE"
            " fell . | Delhi/B-GPE lost .",
            [("Selling Delhi", "PERSON"), ("Delhi", "GPE"), ("Delhi", "GPE"), ("Delhi", "GPE")],
            id="a-place-read-so-more-often-than-a-surname-is-no-persons",
        ),
        pytest.param(
            "astronaut Bertalan/B-PERSON Farkas/I-PERSON flew . | Farkas/B-NORP said . | "
            "Farkas/B-GPE landed .",
            [("Bertalan Farkas", "PERSON"), ("Farkas", "PERSON"), ("Farkas", "PERSON")],
            id="titled-name-whose-surname-was-read-as-a-place",
        ),
        pytest.param(
            "David/B-PERSON M./I-PERSON Holland/I-PERSON , president of the division , said ."
            " | Holland/B-GPE said . | Holland/B-GPE added .",
            [("David M. Holland", "PERSON"), ("Holland", "PERSON"), ("Holland", "PERSON")],
            id="a-title-in-apposition-marks-a-name-whose-surname-is-a-place",
        ),
        pytest.param(
            "Garth/B-PERSON Drabinsky/I-PERSON said . | MCA opposed the Drabinsky group 's move"
            " , said the company .",
            [("Garth Drabinsky", "PERSON"), ("Drabinsky", "PERSON")],
            id="a-lower-case-group-or-company-after-a-surname-names-no-firm",
        ),
        pytest.param(
            "Nhek/B-PERSON Bunchhay/I-PERSON said . | Nhek Bunchhay/B-ORG fled .",
            [("Nhek Bunchhay", "PERSON"), ("Nhek Bunchhay", "PERSON")],
            id="a-full-name-read-in-part-grows",
        ),
    ],
)
def test_people_names_become_person(spec: str, expected: list[tuple[str, str]]) -> None:
    assert labelled(spec) == expected


@pytest.mark.parametrize(
    "spec",
    [
        pytest.param(
            "British/B-PERSON Airways/I-PERSON rose . | British/B-NORP officials said . | "
            "Airways fell .",
            id="name-holding-a-place",
        ),
        pytest.param(
            "Crazy/B-PERSON Eddie/I-PERSON rose . | Crazy/B-ORG Eddie/I-ORG fell .",
            id="name-the-ner-reads-as-a-firm-as-often",
        ),
        pytest.param(
            "Taft/B-PERSON Broadcasting/I-PERSON rose . | Taft Broadcasting Co fell . | "
            "Broadcasting/B-ORG fell .",
            id="name-a-legal-form-follows",
        ),
        pytest.param(
            "Ivan/B-PERSON Boesky/I-PERSON agreed . | Boesky/B-ORG Capital/I-ORG Co/I-ORG rose . "
            "| Boesky/B-ORG said .",
            id="surname-also-a-firm-s-short-name",
        ),
        pytest.param(
            "Malcolm/B-PERSON Baldrige/I-PERSON spoke . | Baldrige/B-DATE said .",
            id="number-or-date-label-kept",
        ),
    ],
)
def test_people_names_left_alone(spec: str) -> None:
    assert labelled(spec) == [(e.text, e.label_) for e in doc_of(spec).ents]


def test_a_name_the_ner_reads_as_an_org_only_as_a_modifier_is_left_alone() -> None:
    words = "Third World loans rose . Third World nations grew . aid to Third World countries"
    doc = Doc(
        NLP.vocab,
        words=words.split(),
        ents=["B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "I-ORG"]
        + ["O"] * 5
        + ["B-LOC", "I-LOC", "O"],
        pos=["PROPN", "PROPN", "NOUN", "VERB", "PUNCT"] * 2
        + ["NOUN", "ADP", "PROPN", "PROPN", "NOUN"],
    )
    assert [(e.text, e.label_) for e in consistent_entities(doc)][-1] == ("Third World", "LOC")


def test_function_word_before_a_short_name_leads_nothing() -> None:
    words = ["Coleco", "Industries", "Inc", "failed", ".", "But", "Coleco", "bounced", "back"]
    doc = Doc(
        NLP.vocab,
        words=words,
        ents=["B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-PERSON", "O", "O"],
        pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "CCONJ", "PROPN", "VERB", "ADV"],
        sent_starts=[True, False, False, False, False, True, False, False, False],
    )
    found = [(e.text, e.label_) for e in consistent_entities(doc)]
    assert found == [("Coleco Industries Inc", "ORG"), ("Coleco", "ORG")]


@pytest.mark.parametrize(
    ("dep", "expected"),
    [
        pytest.param("nsubj", [("May Department Stores Co", "ORG"), ("May", "ORG")], id="subject"),
        pytest.param(
            "obl", [("May Department Stores Co", "ORG"), ("May", "DATE")], id="month-of-a-clause"
        ),
    ],
)
def test_short_name_read_as_a_date(dep: str, expected: list[tuple[str, str]]) -> None:
    # "May had planned" after "May Department Stores Co": the firm's short name as a subject;
    # "(rose in) May" stays the month
    words = ["May", "Department", "Stores", "Co", "rose", ".", "May", "had", "planned"]
    doc = Doc(
        NLP.vocab,
        words=words,
        ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-DATE", "O", "O"],
        deps=["compound", "compound", "compound", "nsubj", "ROOT", "punct", dep, "aux", "ROOT"],
        heads=[3, 3, 3, 4, 4, 4, 8, 8, 8],
        sent_starts=[True, False, False, False, False, False, True, False, False],
    )
    assert [(e.text, e.label_) for e in consistent_entities(doc)] == expected


@pytest.mark.parametrize(
    "module", [entity_consistency, entity_founders, entity_name_words, entity_short_names]
)
def test_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.failed == 0 and result.attempted > 0, module.__name__


def test_a_family_name_before_a_hyphenated_given_name() -> None:
    """East Asian names put the family name first ("Park Ken-sek" ... "Park"); a hyphenated
    English word is no given name ("Welsh Carson-affiliated")."""
    text = "Park Ken-sek fled. Hahn and Park sent it. Li Ka-shing bought. Li said so."
    doc = entity_doc(text, (("Park Ken-sek", "PERSON"), ("Li Ka-shing", "PERSON")))
    assert [(e.text, e.label_) for e in consistent_entities(doc)] == [
        ("Park Ken-sek", "PERSON"),
        ("Park", "PERSON"),
        ("Li Ka-shing", "PERSON"),
        ("Li", "PERSON"),
    ]
