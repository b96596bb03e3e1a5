"""Named documents, on blank-pipeline Docs with hand-set entities and parts of speech."""

from __future__ import annotations

import doctest

import pytest
from spacy.tokens import Doc

from extract import entity_laws
from extract.data_files import entries
from extract.entity_laws import law_entities
from tests.entity_docs import doc_of

# The parts of speech the rule reads, as the packaged tagger gives them; other words stay
# untagged (a blank pipeline's Docs have none).
FUNCTION_WORDS = {"the": "DET", "a": "DET", "an": "DET", "of": "ADP", "on": "ADP", "in": "ADP",
                  "and": "CCONJ", "under": "ADP", "since": "SCONJ"}  # fmt: skip


def laws(text: str, ents: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    doc = doc_of(text, ents)
    for token in doc:
        token.pos_ = FUNCTION_WORDS.get(token.lower_, "PROPN" if token.is_title else "")
    return [(e.text, e.label_) for e in law_entities(doc)]


def test_doctests() -> None:
    assert doctest.testmod(entity_laws).failed == 0


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "It followed the Louvre accord.",
            (("Louvre", "PERSON"),),
            [("the Louvre accord", "LAW")],
            id="place-of-an-accord-read-as-a-person",
        ),
        pytest.param(
            "since the Paris agreement",
            (("Paris", "GPE"),),
            [("the Paris agreement", "LAW")],
            id="town-names-the-accord",
        ),
        pytest.param(
            "rates after the Louvre\naccord was",
            (),
            [("the Louvre\naccord", "LAW")],
            id="over-a-line-break",
        ),
        pytest.param(
            "the February Louvre accord",
            (("February", "DATE"),),
            [("February", "DATE"), ("Louvre accord", "LAW")],
            id="date-before-stays-a-date-and-the-article-outside",
        ),
        pytest.param(
            "last month's Plaza pact",
            (("last month", "DATE"),),
            [("last month", "DATE"), ("Plaza pact", "LAW")],
            id="after-a-possessive",
        ),
        pytest.param(
            "violating the 1972 ABM treaty",
            (("1972", "DATE"), ("ABM", "LAW")),
            [("1972", "DATE"), ("ABM treaty", "LAW")],
            id="acronym-before-treaty",
        ),
        pytest.param(
            "the 1972 Anti-Ballistic Missile treaty",
            (("1972", "DATE"),),
            [("1972", "DATE"), ("Anti-Ballistic Missile treaty", "LAW")],
            id="hyphenated-name",
        ),
        pytest.param(
            "he said the Punta del Este agreement",
            (("Punta del Este", "GPE"),),
            [("the Punta del Este agreement", "LAW")],
            id="particle-inside-a-place",
        ),
        pytest.param(
            "Shares rose after the Tax Reform Act passed.",
            (("the Tax Reform Act", "ORG"),),
            [("the Tax Reform Act", "LAW")],
            id="act-read-as-an-organisation",
        ),
        pytest.param(
            "ratified The INF Treaty in 1988",
            (("1988", "DATE"),),
            [("The INF Treaty", "LAW"), ("1988", "DATE")],
            id="capitalised-treaty",
        ),
        pytest.param(
            "signed the Intergovernmental Agreement on Trade and Economic Cooperation of"
            " October 18, 1991",
            (
                ("the Intergovernmental Agreement on Trade and Economic Cooperation of", "ORG"),
                ("October 18, 1991", "DATE"),
            ),
            [
                ("the Intergovernmental Agreement on Trade and Economic Cooperation", "LAW"),
                ("October 18, 1991", "DATE"),
            ],
            id="complement-up-to-a-date",
        ),
        pytest.param(
            "under the Treaty of Rome",
            (("Rome", "GPE"),),
            [("the Treaty of Rome", "LAW")],
            id="complement-holding-a-place",
        ),
        pytest.param(
            "signed a Protocol on the Scope and Form of Reimbursement",
            (("Protocol", "LAW"),),
            [("Protocol on the Scope and Form of Reimbursement", "LAW")],
            id="protocol-with-its-complement",
        ),
        pytest.param(
            "In Paris, the aim of the Paris Accord",
            (("Paris", "GPE"), ("the Paris Accord", "ORG")),
            [("Paris", "GPE"), ("the Paris Accord", "LAW")],
            id="accord-read-as-an-organisation",
        ),
        pytest.param(
            "under the Montreal Protocol",
            (("Montreal", "GPE"),),
            [("the Montreal Protocol", "LAW")],
            id="protocol-named-by-a-town",
        ),
        pytest.param(
            "signed a Public Law 480 agreement",
            (("480", "CARDINAL"),),
            [("Public Law 480", "LAW")],
            id="law-and-its-number",
        ),
        pytest.param(
            "Iran rejected U.N. Security Council Resolution 598.",
            (("U.N. Security Council Resolution", "ORG"), ("598", "CARDINAL")),
            [("U.N. Security Council Resolution 598", "LAW")],
            id="resolution-and-its-number",
        ),
        pytest.param(
            "the Racketeer Influenced and Corrupt Organization Act",
            (("Racketeer Influenced and Corrupt Organization Act", "ORG"),),
            [("the Racketeer Influenced and Corrupt Organization Act", "LAW")],
            id="and-inside-one-name",
        ),
        pytest.param(
            "under the Freedom of Access to Clinic Entrances Act",
            (("the Freedom of Access to Clinic Entrances Act", "ORG"),),
            [("the Freedom of Access to Clinic Entrances Act", "LAW")],
            id="of-and-to-inside-one-name",
        ),
        pytest.param(
            "a Freedom of Access Act",
            (("Access Act", "ORG"),),
            [("Access Act", "LAW")],
            id="of-outside-the-name-read-stops-it",
        ),
        pytest.param(
            "the Financial Institutions Reform, Recovery and Enforcement Act",
            (("the Financial Institutions Reform", "ORG"), ("Enforcement Act", "LAW")),
            [("the Financial Institutions Reform, Recovery and Enforcement Act", "LAW")],
            id="list-of-words-inside-one-name",
        ),
        pytest.param(
            "signed by France, Britain and the Trade Act",
            (("France", "GPE"), ("Britain", "GPE")),
            [("France", "GPE"), ("Britain", "GPE"), ("the Trade Act", "LAW")],
            id="list-of-places-before-a-name",
        ),
        pytest.param(
            "the Securities Act of 1933",
            (("the Securities Act of 1933", "LAW"),),
            [("the Securities Act of 1933", "LAW")],
            id="ner-law-holding-the-name-kept",
        ),
    ],
)
def test_named_documents(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert laws(text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        pytest.param("the OPEC accord", (("OPEC", "ORG"),), id="acronym-party"),
        pytest.param("a UAW agreement", (), id="acronym-unlabelled-party"),
        pytest.param("the Japan accord", (("Japan", "GPE"),), id="country"),
        pytest.param("a U.S.-Canada pact", (("U.S.-Canada", "GPE"),), id="country-pair"),
        pytest.param("the Soviet Union accord", (), id="country-of-two-words"),
        pytest.param("a Sino-British agreement", (("Sino-British", "NORP"),), id="nationality"),
        pytest.param("the Paris Club accord", (("the Paris Club", "EVENT"),), id="organisation"),
        pytest.param("a European Community agreement", (("European Community", "ORG"),), id="bloc"),
        pytest.param(
            "the Contel agreement, Contel Corp said",
            (("Contel", "ORG"), ("Contel Corp", "ORG")),
            id="firm-named-in-full",
        ),
        pytest.param("the December accord", (("December", "DATE"),), id="date"),
        pytest.param("OPEC's agreement", (("OPEC", "ORG"),), id="possessive"),
        pytest.param("The agreement was signed.", (), id="article-only"),
        pytest.param("Financing agreements were reached", (), id="sentence-start-noun"),
        pytest.param("the Group of Six agreement", (("Six", "CARDINAL"),), id="number"),
        pytest.param("the Honda Accord", (("Honda Accord", "PRODUCT"),), id="car-model"),
        pytest.param(
            "Honda shipped Honda Accord cars",
            (("Honda", "ORG"), ("Honda Accord", "ORG")),
            id="maker-named-elsewhere-and-model",
        ),
        pytest.param("the U.S. Agreement", (("U.S.", "GPE"),), id="country-only-title"),
        pytest.param("Another provision of the Act", (), id="bare-act"),
        pytest.param("compatible with Apple File Protocol", (), id="protocol-of-a-product"),
        pytest.param("the North Atlantic Treaty Organization", (), id="noun-not-last"),
        pytest.param("Harvard Law School", (), id="law-school"),
        pytest.param(
            "the Resolution Trust Corp sold it", (("Resolution Trust Corp", "ORG"),), id="rtc"
        ),
        pytest.param("John Law said", (("John Law", "PERSON"),), id="person-named-law"),
        pytest.param(
            "members of the General Agreement on Tariffs and Trade",
            (("the General Agreement on Tariffs and Trade", "ORG"),),
            id="gatt-is-an-organisation",
        ),
        pytest.param(
            "the Australia-New Zealand Closer Economic Relations treaty",
            (),
            id="longer-than-an-accord-name",
        ),
    ],
)
def test_not_named_documents(text: str, ents: tuple[tuple[str, str], ...]) -> None:
    assert all(label != "LAW" for _, label in laws(text, ents))


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "to relaunch the Andean Pact, he said",
            (("the Andean Pact", "LAW"),),
            [("the Andean Pact", "ORG")],
            id="a-trade-group-the-ner-read-as-a-document",
        ),
        pytest.param(
            "The Warsaw Pact held exercises",
            (("The Warsaw Pact", "WORK_OF_ART"),),
            [("The Warsaw Pact", "ORG")],
            id="an-alliance",
        ),
    ],
)
def test_organisations_named_as_documents(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert laws(text, ents) == expected


def test_entities_outside_are_untouched() -> None:
    doc = doc_of(
        "Baker met Miyazawa after the Plaza agreement.",
        (("Baker", "PERSON"), ("Miyazawa", "PERSON"), ("Plaza", "GPE")),
    )
    found = {(e.text, e.label_, e.start_char) for e in law_entities(doc)}
    assert found == {
        ("Baker", "PERSON", 0),
        ("Miyazawa", "PERSON", 10),
        ("the Plaza agreement", "LAW", 25),
    }


def test_law_files_integrity() -> None:
    for key in ("title_heads", "model_heads", "complement_heads", "accord_nouns", "acronym_heads"):
        words = [e["word"] for e in entries("entities/laws.json", key)]
        assert words and all(w == w.lower() and " " not in w for w in words), key
        assert all(e["id"] == f"{key[:-1].replace('_', '-')}.{e['word']}" for e in
                   entries("entities/laws.json", key)), key  # fmt: skip
    titles = {e["word"] for e in entries("entities/laws.json", "title_heads")}
    assert {e["word"] for e in entries("entities/laws.json", "model_heads")} <= titles
    accords = {e["word"] for e in entries("entities/laws.json", "accord_nouns")}
    assert {e["word"] for e in entries("entities/laws.json", "acronym_heads")} <= accords
    organisations = [e["words"] for e in entries("entities/laws.json", "organisations")]
    assert all(w == w.lower() for w in organisations)


def test_doc_offsets_unchanged() -> None:
    doc: Doc = doc_of("x the Louvre accord y", (("Louvre", "PERSON"),))
    (ent,) = law_entities(doc)
    assert doc.text[ent.start_char : ent.end_char] == ent.text == "the Louvre accord"


def test_packaged_pipeline_reads_named_documents(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = pipeline.process(
        "The dollar has held steady since the Louvre accord, dealers said. The OPEC accord "
        "and the Tax Reform Act were cited."
    )
    laws = [e["text"] for e in record["entities"] if e["label"] == "LAW"]
    assert laws == ["the Louvre accord", "the Tax Reform Act"]
