"""NER evaluation readers and scoring on pre-tokenised data, with a blank pipeline."""

from __future__ import annotations

import doctest
import gzip
import json
from pathlib import Path

import pytest
import spacy

from extract import ner_eval
from extract.errors import DataError
from extract.ner_eval import bio_spans, evaluate_ner, read_ner_corpus


def test_doctests() -> None:
    assert doctest.testmod(ner_eval).failed == 0


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        pytest.param(["O", "O"], [], id="none"),
        pytest.param(["B-PERSON", "I-PERSON"], [(0, 2, "PERSON")], id="one"),
        pytest.param(["B-ORG", "B-ORG"], [(0, 1, "ORG"), (1, 2, "ORG")], id="adjacent"),
        pytest.param(["I-GPE", "I-GPE", "O"], [(0, 2, "GPE")], id="iob1-start"),
        pytest.param(["B-GPE", "I-ORG"], [(0, 1, "GPE"), (1, 2, "ORG")], id="type-change"),
        pytest.param(["O", "B-DATE"], [(1, 2, "DATE")], id="at-end"),
    ],
)
def test_bio_spans(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert bio_spans(tags) == spans


def test_read_ontonotes_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "onto.jsonl.gz"
    doc = {
        "doc_id": "nw/x",
        "sentences": [
            {"words": ["Putin", "spoke", "."], "ner": ["B-PERSON", "O", "O"]},
            {"words": ["In", "Havana"], "ner": ["O", "B-GPE"]},
        ],
    }
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(doc) + "\n")
    (read,) = read_ner_corpus(path)
    assert read.words == ["Putin", "spoke", ".", "In", "Havana"]
    assert read.sent_starts == [True, False, False, True, False]
    assert read.entities == [(0, 1, "PERSON"), (4, 5, "GPE")]


def test_read_conll_documents_and_sentences(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text(
        "-DOCSTART- -X- O O\n\nEU NNP B-ORG\nrejects VBZ O\n\nPeter NNP B-PER\n"
        "-DOCSTART- -X- O O\n\nBonn NNP B-LOC\n",
        encoding="utf-8",
    )
    docs = list(read_ner_corpus(path))
    assert [d.words for d in docs] == [["EU", "rejects", "Peter"], ["Bonn"]]
    assert docs[0].sent_starts == [True, False, True]
    assert docs[0].entities == [(0, 1, "ORG"), (2, 3, "PER")]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("bad.jsonl", '{"sentences": 3}\n', id="jsonl-not-ontonotes"),
        pytest.param("bad.conll", "lonely\n", id="conll-without-tag"),
    ],
)
def test_reader_errors_name_the_line(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=f"{name}:1"):
        list(read_ner_corpus(path))


def test_evaluate_with_a_rule_based_pipeline(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(  # type: ignore[attr-defined]
        [{"label": "GPE", "pattern": "Havana"}, {"label": "ORG", "pattern": "Putin"}]
    )
    docs = [ner_eval.TokenisedDoc("d", ["Putin", "in", "Havana"], [True, False, False],
                                  [(0, 1, "PERSON"), (2, 3, "GPE")])]  # fmt: skip
    result = evaluate_ner(nlp, docs)
    assert result["overall"]["tp"] == 1 and result["overall"]["fp"] == 1
    assert result["overall"]["fn"] == 1
    assert result["per_label"]["GPE"]["f"] == 1.0 and result["per_label"]["PERSON"]["r"] == 0.0
