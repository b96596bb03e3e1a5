"""The whole pipeline with the real model: records, offsets, bad input, model swap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from extract import Pipeline, load_nlp
from extract.io import Document
from extract.paragraphs import unwrapped
from extract.records import offset_errors, schema_errors, text_sha256

pytestmark = pytest.mark.model

SENTENCE = "Vladimir Putin met Raul Castro in Havana on Monday, Interfax reported."


def labels_of(record: dict[str, object], text: str) -> set[tuple[str, str]]:
    return {(e["text"], e["label"]) for e in record["entities"]}  # type: ignore[index, attr-defined]


def test_model_loads_offline_and_tags_obvious_entities() -> None:
    nlp = load_nlp()
    assert {"tagger", "parser", "ner", "trainable_lemmatizer", "morphologizer"} <= set(
        nlp.pipe_names
    )
    doc = nlp(SENTENCE)
    found = {(e.text, e.label_) for e in doc.ents}
    assert {("Vladimir Putin", "PERSON"), ("Raul Castro", "PERSON"), ("Havana", "GPE")} <= found
    assert doc.has_annotation("DEP") and doc.has_annotation("LEMMA")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The ferry's owner is <European Ferries Plc>, majority owned\nby Peninsular and "
            "Oriental Steam Navigation Co Plc <PORL.L>.",
            "Peninsular and Oriental Steam Navigation Co Plc",
            id="parser-starts-a-sentence-at-co-plc",
        ),
    ],
)
def test_the_ner_is_not_cut_by_the_parsers_sentences(text: str, name: str) -> None:
    """The NER may not cross a sentence start, so it runs before the parser (after the
    paragraph breaks): the parser's starts inside a firm's name no longer cut it."""
    nlp = load_nlp()
    names = nlp.pipe_names
    assert names.index("extract_paragraph_breaks") < names.index("ner") < names.index("parser")
    assert name in {e.text for e in nlp(unwrapped(text)).ents}


def test_corpus_records_are_schema_valid_with_raw_offsets(corpus_records) -> None:  # type: ignore[no-untyped-def]
    assert len(corpus_records) == 3
    for document, record in corpus_records:
        assert record["status"] == "ok", record.get("error")
        assert schema_errors(record) == [], document.doc_id
        assert offset_errors(record, document.text) == [], document.doc_id
        assert record["text_sha256"] == text_sha256(document.text)
        assert record["entities"] and record["dates"], document.doc_id


def test_records_are_plain_json(corpus_records) -> None:  # type: ignore[no-untyped-def]
    for _, record in corpus_records:
        assert json.loads(json.dumps(record)) == record


def test_corpus_has_money_and_relations(corpus_records) -> None:  # type: ignore[no-untyped-def]
    money = [m for _, r in corpus_records for m in r["money"]]
    relations = [rel for _, r in corpus_records for rel in r["relations"]]
    assert any(m.get("amount") and m["currency"] for m in money)
    assert relations and all(rel["rule"] for rel in relations)


def test_process_single_text(pipeline: Pipeline) -> None:
    record = pipeline.process(SENTENCE, doc_id="s1", published="2017-11-06")
    assert record["doc_id"] == "s1" and record["status"] == "ok"
    assert ("Havana", "GPE") in labels_of(record, SENTENCE)
    assert offset_errors(record, SENTENCE) == []


@pytest.mark.parametrize(
    ("documents", "kinds"),
    [
        pytest.param([Document("a", "")], ["empty"], id="empty"),
        pytest.param([Document("a", "   \n")], ["empty"], id="blank"),
        pytest.param(
            [Document("a", "One."), Document("a", "Two.")],
            [None, "duplicate-id"],
            id="duplicate-id",
        ),
        pytest.param([{"id": "m"}], ["missing-text"], id="mapping-without-text"),
        pytest.param([{"text": "Havana."}], ["missing-id"], id="mapping-without-id"),
    ],
)
def test_bad_documents_become_error_records(pipeline: Pipeline, documents, kinds) -> None:  # type: ignore[no-untyped-def]
    records = list(pipeline.process_many(documents))
    assert [r.get("error", {}).get("kind") for r in records] == kinds
    for record in records:
        assert schema_errors(record) == []


def test_too_long_text_is_an_error_and_the_run_goes_on(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline.nlp, "max_length", 100)
    records = list(
        pipeline.process_many([Document("long", "word " * 50), Document("short", "Havana.")])
    )
    assert records[0]["status"] == "error" and records[0]["error"]["kind"] == "too-long"
    assert "100" in records[0]["error"]["message"]
    assert records[1]["status"] == "ok"


def test_user_model_gives_entities_and_our_parser_gives_relations(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(  # type: ignore[attr-defined]
        [{"label": "ORG", "pattern": "Boeing"}, {"label": "ORG", "pattern": "Aeroflot"}]
    )
    nlp.to_disk(tmp_path / "ruler_model")
    swapped = Pipeline(model=tmp_path / "ruler_model")
    record = swapped.process("Aeroflot ordered 20 jets from Boeing last year.", doc_id="x")
    # Names come from the user's model; the date stage adds its mentions to the entity layer.
    assert {(e["text"], e["label"]) for e in record["entities"]} == {
        ("Aeroflot", "ORG"),
        ("Boeing", "ORG"),
        ("last year", "DATE"),
    }
    assert record["model"]["name"] == "en_pipeline"
    assert any(
        r["type"] == "ORDER" and r["args"]["customer"]["text"] == "Aeroflot"
        for r in record["relations"]
    )


def test_percentages_carry_their_numbers(pipeline: Pipeline) -> None:
    text = "Exports rose 81 percent, and imports up to 4.5 pct, officials said."
    record = pipeline.process(text, doc_id="p")
    assert [(p["text"], p["value"]) for p in record["percentages"]] == [
        ("81 percent", "81"),
        ("up to 4.5 pct", "4.5"),
    ]
    assert {("81 percent", "PERCENT"), ("up to 4.5 pct", "PERCENT")} <= labels_of(record, text)


def test_a_quantity_wrapped_over_a_line_is_no_money(pipeline: Pipeline) -> None:
    # the NER reads "19.00 mln" as MONEY when "tonnes" is on the next line
    text = "Wheat exports are forecast at 19.00 mln\ntonnes, vs 19.00 mln tonnes last month."
    record = pipeline.process(text, doc_id="q")
    assert record["money"] == []
    assert {("19.00 mln\ntonnes", "QUANTITY"), ("19.00 mln tonnes", "QUANTITY")} <= labels_of(
        record, text
    )


def test_a_currency_without_an_amount_is_no_money(pipeline: Pipeline) -> None:
    # the NER reads "the dollar" as MONEY here (GUIDELINES 4.1: no amount, no money)
    text = "Dealers bought large amounts of dollars for yen to hold the dollar above 149 yen."
    record = pipeline.process(text, doc_id="d")
    assert [m["text"] for m in record["money"]] == ["above 149 yen"]
    assert [t for t, label in labels_of(record, text) if label == "MONEY"] == ["above 149 yen"]


def test_a_date_the_ner_read_as_a_number_is_a_date_entity(pipeline: Pipeline) -> None:
    # the NER reads a crop year as CARDINAL; the date stage's span and label replace it
    text = "The board estimated Canada's 1986/87 wheat crop at 31.4 mln tonnes."
    record = pipeline.process(text, doc_id="d", published="1987-04-09")
    assert ("1986/87", "DATE") in labels_of(record, text)
    assert ("1986/87", "CARDINAL") not in labels_of(record, text)


def test_a_clock_time_replaces_the_names_the_ner_read_in_it(pipeline: Pipeline) -> None:
    # the NER reads a time zone as an ORG and "A.M."/"P.M." as places or people
    text = "Banks open at 8 A.M. and close at 5.30 P.M. The offer ends at 1530 EST today."
    record = pipeline.process(text, doc_id="t", published="1987-06-29")
    found = labels_of(record, text)
    assert {("8 A.M.", "TIME"), ("5.30 P.M.", "TIME"), ("1530 EST today", "TIME")} <= found
    assert not {label for span, label in found if span in ("A.M.", "P.M.", "EST")}


def test_a_passage_the_wire_sent_twice_is_labelled_twice(pipeline: Pipeline) -> None:
    # GUIDELINES.md 2: all article text is labelled, a repeated paragraph too
    paragraph = "Texaco said it would pay Pennzoil 11 billion dlrs in New York yesterday."
    text = f"{paragraph}\n    {paragraph}\n"
    record = pipeline.process(text, doc_id="r", published="1987-04-13")
    found = [(e["text"], e["label"]) for e in record["entities"]]
    assert found.count(("Pennzoil", "ORG")) == 2
    assert [m["text"] for m in record["money"]] == ["11 billion dlrs", "11 billion dlrs"]
    assert [d["value"] for d in record["dates"]] == ["1987-04-12", "1987-04-12"]


def test_a_table_heading_s_unit_read_as_a_name_gives_way_to_the_date(pipeline: Pipeline) -> None:
    # the NER reads "mths" of the heading "Six mths" as an ORG
    text = "Shr 81 cts vs 57 cts\n    Net 3,660,273 vs 2,437,914\n    Six mths\n    Shr 29 cts"
    record = pipeline.process(text, doc_id="m", published="1987-03-03")
    found = labels_of(record, text)
    assert ("Six mths", "DATE") in found
    assert not [span for span, label in found if span == "mths"]


def test_a_date_word_of_a_name_is_no_date(pipeline: Pipeline) -> None:
    text = "The Sunday Times said May Department Stores Co will report on Sunday."
    record = pipeline.process(text, doc_id="n", published="1987-06-29")
    assert [text[d["start"] : d["end"]] for d in record["dates"]] == ["Sunday"]


def test_a_document_the_pipeline_fails_on_gets_an_error_record_and_the_batch_goes_on(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extract import pipeline as pipeline_module

    real = pipeline_module.find_quantities

    def failing(text: str) -> list[tuple[int, int, str]]:
        if "Boom" in text:
            raise RuntimeError("stage bug")
        return real(text)

    monkeypatch.setattr(pipeline_module, "find_quantities", failing)
    docs = [
        Document("a", "Havana grew."),
        Document("b", "Boom Corp fell."),
        Document("c", SENTENCE),
    ]
    records = list(pipeline.process_many(docs))
    assert [r["doc_id"] for r in records] == ["a", "b", "c"]
    assert [r["status"] for r in records] == ["ok", "error", "ok"]
    assert records[1]["error"]["kind"] == "internal-error"
    assert "RuntimeError: stage bug" in records[1]["error"]["message"]
    assert ("Havana", "GPE") in labels_of(records[2], SENTENCE)
