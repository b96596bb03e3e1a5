"""Names a legal form or an organisation noun closes, on blank-pipeline Docs with hand-set
entities."""

from __future__ import annotations

import doctest
import json
from importlib import resources
from types import ModuleType

import pytest
from spacy.tokens import Doc, Span

from extract import entity_firm_words, entity_firms
from extract.entity_firm_words import head_nouns
from extract.entity_firms import firm_entities
from extract.linking import legal_forms
from tests.entity_docs import doc_of


def firms(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in firm_entities(doc)]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "Patrick Petroleum Co said it signed.",
            (),
            [("Patrick Petroleum Co", "ORG")],
            id="unlabelled-firm-at-sentence-start",
        ),
        pytest.param(
            "managed by Hoare Govett (Far East) Ltd and Jardine\nFleming (Securities) Ltd with",
            (("Jardine\nFleming", "PERSON"), ("Securities) Ltd", "ORG")),
            [("Hoare Govett (Far East) Ltd", "ORG"), ("Jardine\nFleming (Securities) Ltd", "ORG")],
            id="a-bracketed-part-before-the-legal-form",
        ),
        pytest.param(
            "The International Cocoa Organization (ICCO) Council met",
            (("The International Cocoa Organization", "ORG"), ("ICCO", "ORG"), ("Council", "ORG")),
            [("The International Cocoa Organization", "ORG"), ("ICCO", "ORG"), ("Council", "ORG")],
            id="an-alias-in-brackets-before-an-organisation-noun",
        ),
        pytest.param(
            "the subsidiary Banco Royal do Canada (Brasil) S.A. sees growth",
            (("Banco Royal", "PERSON"), ("Canada", "GPE"), ("Brasil", "GPE")),
            [("Banco Royal do Canada (Brasil) S.A.", "ORG")],
            id="a-portuguese-particle-inside",
        ),
        pytest.param(
            "by S and P. Co-managers are Daiwa and a Merrill Lynch and Co-backed group",
            (),
            [("Merrill Lynch and Co", "ORG")],
            id="co-opening-a-hyphenated-word-is-no-legal-form",
        ),
        pytest.param(
            "Video Jukebox Network inc said it sold shares to Vista Chemical co.",
            (("Video Jukebox Network", "ORG"),),
            [("Video Jukebox Network inc", "ORG"), ("Vista Chemical co.", "ORG")],
            id="a-lower-case-legal-form-after-a-name",
        ),
        pytest.param(
            "Campbell Soup co said it will sell",
            (("Campbell Soup", "PERSON"),),
            [("Campbell Soup co", "ORG")],
            id="a-lower-case-legal-form-after-a-name-read-as-a-person",
        ),
        pytest.param(
            "results.\nParent co net turnover rose, and Merrill Lynch co-managed it",
            (("Merrill Lynch", "ORG"),),
            [("Merrill Lynch", "ORG")],
            id="a-lower-case-form-after-one-capitalised-word-or-opening-a-hyphen-is-none",
        ),
        pytest.param(
            "a stake in Robert Maxwell's British Printing and Communications Corp plc",
            (("Robert Maxwell", "PERSON"), ("British Printing and Communications Corp plc", "ORG")),
            [("Robert Maxwell", "PERSON"), ("British Printing and Communications Corp plc", "ORG")],
            id="a-full-name-before-a-possessive-is-the-owner",
        ),
        pytest.param(
            "said.\nDutch Coffee Roasters' Association secretary Jan de Vries said",
            (("Dutch", "NORP"), ("Jan de Vries", "PERSON")),
            [("Dutch Coffee Roasters' Association", "ORG"), ("Jan de Vries", "PERSON")],
            id="a-plural-possessive-inside-the-name",
        ),
        pytest.param(
            "Winn Enterprises' Knudsen Foods Inc said",
            (("Knudsen Foods Inc", "ORG"),),
            [("Winn Enterprises", "ORG"), ("Knudsen Foods Inc", "ORG")],
            id="a-firm-word-before-a-plural-possessive-is-the-owner",
        ),
        pytest.param(
            "influences.\n\nBank of China President Wang Deyan said.",
            (("China", "GPE"), ("Wang Deyan", "PERSON")),
            [("Bank of China", "ORG"), ("Wang Deyan", "PERSON")],
            id="head-noun-and-place-alone-up-to-a-title",
        ),
        pytest.param(
            "the state-owned Bank of Communications Ltd Hong Kong branch",
            (("Hong Kong", "GPE"),),
            [("Bank of Communications Ltd", "ORG"), ("Hong Kong", "GPE")],
            id="place-ends-at-a-legal-form",
        ),
        pytest.param(
            "a loan from the Federal Home Loan Bank of Dallas today",
            (("the Federal Home Loan Bank", "ORG"), ("Dallas", "GPE")),
            [("the Federal Home Loan Bank of Dallas", "ORG")],
            id="article-of-the-ners-name-kept",
        ),
        pytest.param(
            "Chairman of the Stock Exchange of Hong Kong Ronald Li said.",
            (("the Stock Exchange", "ORG"), ("Hong Kong", "GPE"), ("Ronald Li", "PERSON")),
            [("the Stock Exchange of Hong Kong", "ORG"), ("Ronald Li", "PERSON")],
            id="place-ends-before-a-person",
        ),
        pytest.param(
            "Two rival bidders for Connaught BioSciences extended their offers.",
            (("Connaught BioSciences", "PERSON"),),
            [("Connaught BioSciences", "ORG")],
            id="a-firm-word-closes-a-name-read-as-a-person",
        ),
        pytest.param(
            "shipments to San-Yan Industries of Taiwan rose",
            (("San-Yan Industries", "GPE"), ("Taiwan", "GPE")),
            [("San-Yan Industries", "ORG"), ("Taiwan", "GPE")],
            id="a-firm-word-takes-no-place-after-it",
        ),
        pytest.param(
            "Corning Glass Works and Hazleton Laboratories Corp merged.",
            (("Hazleton Laboratories Corp", "ORG"),),
            [("Hazleton Laboratories Corp", "ORG")],
            id="a-firm-word-before-a-legal-form-leaves-it-the-name-s-end",
        ),
        pytest.param(
            "demands by U.S. Airlines to deregulate fares",
            (("U.S.", "GPE"),),
            [("U.S.", "GPE")],
            id="a-place-alone-before-a-firm-word-is-a-country-s-firms",
        ),
        pytest.param(
            "We may have the Disneylands and the Universal Studios here.",
            (("Disneylands", "FAC"), ("the Universal Studios", "FAC")),
            [("Disneylands", "FAC"), ("the Universal Studios", "FAC")],
            id="a-facility-the-ner-read-ending-in-a-firm-word-stays",
        ),
        pytest.param(
            "The firm said its Board of Directors met.",
            (),
            [],
            id="possessive-before-a-head-noun",
        ),
        pytest.param(
            "Toshin Steel Co Ltd said.",
            (("Toshin Steel", "ORG"),),
            [("Toshin Steel Co Ltd", "ORG")],
            id="two-legal-forms-added-to-a-name",
        ),
        pytest.param(
            "Esso Malaysia Bhd, a unit, said.",
            (("Esso", "PERSON"), ("Malaysia Bhd", "PERSON")),
            [("Esso Malaysia Bhd", "ORG")],
            id="pieces-read-as-people-joined",
        ),
        pytest.param(
            "Talks with J.C. Penney Co ended.",
            (),
            [("J.C. Penney Co", "ORG")],
            id="initials",
        ),
        pytest.param(
            "Talks with Coca-Cola Co ended.",
            (),
            [("Coca-Cola Co", "ORG")],
            id="hyphen",
        ),
        pytest.param(
            "its U.S. Subsidiary Strata Bit Corp said.",
            (("U.S.", "GPE"), ("Strata Bit", "ORG")),
            [("U.S.", "GPE"), ("Strata Bit Corp", "ORG")],
            id="a-company-noun-after-a-country-abbreviation-is-outside",
        ),
        pytest.param(
            "Hudson's Bay Co said.",
            (),
            [("Hudson's Bay Co", "ORG")],
            id="possessive-inside",
        ),
        pytest.param(
            "American Telephone and\nTelegraph Co said.",
            (("American Telephone", "ORG"),),
            [("American Telephone and\nTelegraph Co", "ORG")],
            id="and-before-the-last-word",
        ),
        pytest.param(
            "Analyst Lawrence Cohn of Merrill Lynch and Co said.",
            (("Merrill Lynch", "ORG"),),
            [("Merrill Lynch and Co", "ORG")],
            id="and-co-partnership",
        ),
        pytest.param(
            "Hercules Inc and Co said.", (), [("Hercules Inc", "ORG")], id="no-overlapping-names"
        ),
        pytest.param(
            "Acme Corp and Bayou Inc said.",
            (("Acme Corp and Bayou Inc", "ORG"),),
            [("Acme Corp", "ORG"), ("Bayou Inc", "ORG")],
            id="two-firms-the-ner-joined",
        ),
        pytest.param(
            "It sold Plant Cell Research to Montedision SpA of Milan.",
            (("Plant Cell Research to Montedision SpA", "ORG"),),
            [("Plant Cell Research", "ORG"), ("Montedision SpA", "ORG")],
            id="a-sale-to-a-firm-the-ner-joined",
        ),
        pytest.param(
            "It sold DSA Financial Corp to Tangent.",
            (("DSA Financial Corp to Tangent", "ORG"),),
            [("DSA Financial Corp", "ORG"), ("Tangent", "ORG")],
            id="a-sale-of-a-firm-the-ner-joined",
        ),
        pytest.param(
            "The Committee to Restore Shareholder Value said.",
            (("The Committee to Restore Shareholder Value", "ORG"),),
            [("The Committee to Restore Shareholder Value", "ORG")],
            id="a-bodys-to-and-a-verb-stays",
        ),
        pytest.param(
            "It appointed Chemical Bank International Ltd as agent.",
            (("Chemical Bank", "ORG"),),
            [("Chemical Bank International Ltd", "ORG")],
            id="legal-form-after-a-head-noun",
        ),
        pytest.param(
            "General Manager of Sumitomo Bank\nLtd said.",
            (("Sumitomo Bank", "ORG"),),
            [("Sumitomo Bank\nLtd", "ORG")],
            id="legal-form-over-a-line-break",
        ),
        pytest.param(
            "Shares of Bank of Japan Ltd rose.",
            (),
            [("Bank of Japan Ltd", "ORG")],
            id="of-after-an-organisation-word",
        ),
        pytest.param(
            "Agricola del Guadalete SA said.",
            (),
            [("Agricola del Guadalete SA", "ORG")],
            id="particle",
        ),
        pytest.param(
            "IBM and Apple Computer Inc agreed.",
            (("IBM", "ORG"),),
            [("IBM", "ORG"), ("Apple Computer Inc", "ORG")],
            id="and-before-two-words-stops",
        ),
        pytest.param(
            "Innopac Inc. said so. Units of Innopac and Mobil Corp. rose.",
            (("Innopac Inc.", "ORG"), ("Innopac and Mobil Corp.", "ORG")),
            [("Innopac Inc.", "ORG"), ("Innopac", "ORG"), ("Mobil Corp.", "ORG")],
            id="a-firm-s-short-name-and-another-firm",
        ),
        pytest.param(
            "Innopac Inc. said so. Units of Innopac and Mobil Corp. rose.",
            (("Innopac Inc.", "ORG"),),
            [("Innopac Inc.", "ORG"), ("Mobil Corp.", "ORG")],
            id="a-firm-s-short-name-is-not-read-into-the-next-firm",
        ),
        pytest.param(
            "the acquisition of Johnson and Johnson Co's unit",
            (("Johnson", "PERSON"), ("Johnson Co", "ORG")),
            [("Johnson and Johnson Co", "ORG")],
            id="a-name-joined-to-itself-is-one-firm",
        ),
        pytest.param(
            "Alex. Brown Inc said so. Its Alex. Brown and Sons Inc unit rose.",
            (("Brown Inc", "ORG"), ("Brown and Sons Inc", "ORG")),
            [("Brown Inc", "ORG"), ("Brown and Sons Inc", "ORG")],
            id="a-founder-s-name-and-sons-is-one-firm",
        ),
        pytest.param(
            "Institute of International Finance\nManaging Director Horst Schulmann said.",
            (("Horst Schulmann", "PERSON"),),
            [("Institute of International Finance", "ORG"), ("Horst Schulmann", "PERSON")],
            id="a-head-noun-s-place-stops-at-a-title-it-opens",
        ),
        pytest.param(
            "Hercules Inc and Collagen Corp said.",
            (),
            [("Hercules Inc", "ORG"), ("Collagen Corp", "ORG")],
            id="two-firms-joined-by-and",
        ),
        pytest.param(
            "Japan's Livestock Industry Promotion Corp said.",
            (("Japan", "GPE"),),
            [("Japan", "GPE"), ("Livestock Industry Promotion Corp", "ORG")],
            id="a-place-s-firm",
        ),
        pytest.param(
            "Orders from Boeing Co's Boeing Commercial Airplane Co rose.",
            (),
            [("Boeing Co", "ORG"), ("Boeing Commercial Airplane Co", "ORG")],
            id="a-firm-s-firm",
        ),
        pytest.param(
            "The Deputy General Manager of Sumitomo Bank Ltd said.",
            (),
            [("Sumitomo Bank Ltd", "ORG")],
            id="of-after-a-title-stops",
        ),
        pytest.param(
            "Profit at Acme Corp\n\nNew York Corp said.",
            (),
            [("Acme Corp", "ORG"), ("New York Corp", "ORG")],
            id="blank-line-stops",
        ),
        pytest.param(
            "Deposits at Crossland Savings Bank rose.",
            (),
            [("Crossland Savings Bank", "ORG")],
            id="head-noun-closes-a-name",
        ),
        pytest.param(
            "The suit was filed in Los Angeles Superior Court by a Rome University professor.",
            (("Los Angeles Superior Court", "GPE"),),
            [("Los Angeles Superior Court", "ORG"), ("Rome University", "ORG")],
            id="a-court-and-a-university-close-a-name",
        ),
        pytest.param(
            "First Federal Savings and Loan\nAssociation of Fort Myers said.",
            (("First Federal Savings and Loan\nAssociation", "ORG"),),
            [("First Federal Savings and Loan\nAssociation of Fort Myers", "ORG")],
            id="head-noun-with-its-place",
        ),
        pytest.param(
            "It was led by Marine Midland Bank and Trust Co.",
            (("Marine Midland Bank", "ORG"), ("Trust Co.", "ORG")),
            [("Marine Midland Bank and Trust Co.", "ORG")],
            id="bank-and-trust-is-one-name",
        ),
        pytest.param(
            "Talks with the IMF and World Bank ended.",
            (("IMF", "ORG"),),
            [("IMF", "ORG"), ("World Bank", "ORG")],
            id="acronym-and-a-bank-are-two",
        ),
        pytest.param(
            "U.S. Bancorp's Pacific State Bank said.",
            (("U.S. Bancorp", "ORG"),),
            [("U.S. Bancorp", "ORG"), ("Pacific State Bank", "ORG")],
            id="a-bank-s-bank",
        ),
        pytest.param(
            "Rose's Stores Inc reported.",
            (("Rose's", "ORG"),),
            [("Rose's Stores Inc", "ORG")],
            id="possessive-inside-an-organisation-name",
        ),
        pytest.param(
            "Kidder, Peabody and Co Inc. Goldman, Sachs and Co told the SEC.",
            (
                ("Kidder, Peabody and", "ORG"),
                ("Co Inc.", "ORG"),  # cut at the sentence's end (entity_sentences)
                ("Goldman, Sachs", "ORG"),
                ("Co", "ORG"),
                ("SEC", "ORG"),
            ),
            [
                ("Kidder, Peabody and Co Inc.", "ORG"),
                ("Goldman, Sachs and Co", "ORG"),
                ("SEC", "ORG"),
            ],
            id="partnerships-the-ner-read-across-a-sentence-end",
        ),
        pytest.param(
            "It sold through Loewen, Ondaatje, McCutcheon and Co Ltd and Smith Barney, Harris "
            "Upham and Co.",
            (
                ("Loewen", "GPE"),
                ("Ondaatje", "ORG"),
                ("McCutcheon and Co Ltd", "ORG"),
                ("Smith Barney, Harris Upham and", "ORG"),
                ("Co.", "ORG"),
            ),
            [
                ("Loewen, Ondaatje, McCutcheon and Co Ltd", "ORG"),
                ("Smith Barney, Harris Upham and Co.", "ORG"),
            ],
            id="partners-surnames-or-the-ners-own-organisation",
        ),
        pytest.param(
            "It was led by Citicorp, J.P. Morgan and Co. and Thomas McKiernan, McKiernan and Co.",
            (
                ("Citicorp", "ORG"),
                ("J.P. Morgan and Co.", "ORG"),
                ("Thomas McKiernan", "PERSON"),
                ("McKiernan and Co.", "ORG"),
            ),
            [
                ("Citicorp", "ORG"),
                ("J.P. Morgan and Co.", "ORG"),
                ("Thomas McKiernan", "PERSON"),
                ("McKiernan and Co.", "ORG"),
            ],
            id="a-firm-or-a-person-before-a-partnership",
        ),
        pytest.param(
            "USAir bought Piedmont and PSA Inc.",
            (("USAir", "ORG"), ("Piedmont", "ORG")),
            [("USAir", "ORG"), ("Piedmont", "ORG"), ("PSA Inc.", "ORG")],
            id="an-acronym-after-and-is-a-name-of-its-own",
        ),
        pytest.param(
            "lead bank Marine Midland\nBank NA's rating",
            (("Marine Midland\nBank", "ORG"), ("NA", "ORG")),
            [("Marine Midland\nBank NA", "ORG")],
            id="a-bank-designator-after-an-organisation-noun",
        ),
        pytest.param(
            "its Central Trust Co N.A. unit",
            (("Central Trust Co", "ORG"),),
            [("Central Trust Co N.A.", "ORG")],
            id="a-bank-designator-after-a-legal-form",
        ),
    ],
)
def test_firms_named_to_their_legal_form(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert firms(doc_of(text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        pytest.param("The company and its Co said.", (), id="nothing-before-the-form"),
        pytest.param("the company said.", (), id="lower-case-company"),
        pytest.param("Boesky Group said.", (), id="group-closes-nothing"),
        pytest.param("Acme Corp said.", (("Acme Corp", "ORG"),), id="already-labelled"),
        pytest.param(
            "Shares of 1987 Acme Corp fell.",
            (("Shares of 1987 Acme", "DATE"),),
            id="a-date-stops",
        ),
        pytest.param(
            "The Acme Corp Tower opened.",
            (("Acme Corp Tower", "FAC"),),
            id="entity-running-past-the-form",
        ),
        pytest.param(
            "He joined N.V. Philips and Nikko Securities Co. International.",
            (("N.V. Philips", "ORG"), ("Nikko Securities Co. International", "ORG")),
            id="a-legal-form-opening-or-going-on-with-a-name",
        ),
        pytest.param("Year Shr NA vs 1.20 dlrs", (), id="not-available-in-a-table-row"),
        pytest.param(
            "End Stocks    N.A.    N.A.", (("N.A.", "ORG"),), id="not-available-in-table-columns"
        ),
    ],
)
def test_firms_left_alone(text: str, ents: tuple[tuple[str, str], ...]) -> None:
    doc = doc_of(text, ents)
    assert firms(doc) == [(e.text, e.label_) for e in doc.ents]


def test_firm_replaces_the_entities_inside_it() -> None:
    doc = doc_of("Rio Tinto-Zinc Corp PLC said.", (("Rio Tinto-", "LOC"), ("Zinc Corp", "ORG")))
    (firm,) = firm_entities(doc)
    assert isinstance(firm, Span) and (firm.text, firm.start, firm.end) == (
        "Rio Tinto-Zinc Corp PLC",
        0,
        6,
    )


def test_firms_file_integrity() -> None:
    path = resources.files("extract") / "data" / "entities" / "firms.json"
    heads = json.loads(path.read_text("utf-8"))["heads"]
    assert len({e["id"] for e in heads}) == len(heads)
    assert all(e["word"].isalpha() and e["word"].islower() for e in heads)
    # nouns that also close places or numbered groups stay out ("Soviet Union", "Group of Seven")
    assert not {"union", "group", "government", "administration"} & head_nouns()
    forms = json.loads(path.read_text("utf-8"))["lower_case_forms"]
    assert len({e["id"] for e in forms}) == len(forms)
    assert all(e["word"].isalpha() and e["word"].islower() for e in forms)
    # lower-case forms that are English words would close "as" or "ag" clauses
    assert {e["word"] for e in forms} <= legal_forms() - {"as", "sa", "ag", "and", "the"}
    designators = json.loads(path.read_text("utf-8"))["designators_after_a_name"]
    assert len({e["id"] for e in designators}) == len(designators)
    # written as in the text, and no English word that could follow a name ("Bank AS")
    assert all(
        f[:1].isupper() and f.lower() not in legal_forms() for e in designators for f in e["forms"]
    )


@pytest.mark.parametrize("module", [entity_firms, entity_firm_words])
def test_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.failed == 0 and result.attempted > 0, module.__name__
