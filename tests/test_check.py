"""`extract check`: the corpus and gold validation names every problem with file and place."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extract.check import check_corpus, check_gold
from extract.records import text_sha256

from .conftest import CORPUS

RAW = "Sinara delivered 75 locomotives to Cuba."


def test_shipped_corpus_is_valid() -> None:
    assert check_corpus(CORPUS) == []


def test_corpus_hash_mismatch_is_named(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "corpus")
    target = next((tmp_path / "corpus").glob("*.txt"))
    target.write_text(target.read_text(encoding="utf-8") + " edited", encoding="utf-8")
    problems = check_corpus(tmp_path / "corpus")
    assert [(Path(p.path).name, p.where) for p in problems] == [
        (target.stem + ".meta.json", "text_sha256")
    ]


def _gold(tmp_path: Path, **changes: object) -> Path:
    (tmp_path / "doc.txt").write_text(RAW, encoding="utf-8")
    gold = {
        "doc_id": "doc",
        "text": {"path": "doc.txt"},
        "annotation": {"method": "hand-labelled", "annotators": ["test"], "checked_by": "test"},
        "text_sha256": text_sha256(RAW),
        "entities": [{"start": 0, "end": 6, "text": "Sinara", "label": "ORG"}],
        "money": [],
        "dates": [],
        "relations": [
            {
                "type": "DELIVERY",
                "args": {"supplier": {"start": 0, "end": 6, "text": "Sinara"}},
                "evidence": {"start": 0, "end": len(RAW), "text": RAW},
                "rule": "gold",
            }
        ],
    }
    gold.update(changes)
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "doc.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_valid_gold(tmp_path: Path) -> None:
    result = check_gold(_gold(tmp_path), tmp_path, tmp_path / "shared")
    assert (result.problems, result.checked, result.skipped) == ([], 1, [])


def test_gold_in_absent_shared_dataset_is_skipped_not_a_problem(tmp_path: Path) -> None:
    folder = _gold(tmp_path, text={"dataset": "reuters21578", "id": "reuters-5"})
    result = check_gold(folder, tmp_path, tmp_path / "no-shared-here")
    assert (result.problems, result.checked, len(result.skipped)) == ([], 0, 1)


def test_research_only_text_may_not_be_stored(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "tempeval3" / "TB").mkdir(parents=True)
    (shared / "tempeval3" / "TB" / "a.tml").write_text(
        f"<TimeML><TEXT>{RAW}</TEXT></TimeML>", encoding="utf-8"
    )
    folder = _gold(tmp_path, text={"dataset": "tempeval3", "path": "TB/a.tml"})
    wheres = {p.where for p in check_gold(folder, tmp_path, shared).problems}
    assert wheres == {"entities[0]", "relations[0].args.supplier", "relations[0].evidence"}


def test_missing_text_file_is_a_problem(tmp_path: Path) -> None:
    folder = _gold(tmp_path, text={"path": "nowhere.txt"})
    (problem,) = check_gold(folder, tmp_path, tmp_path / "shared").problems
    assert problem.where == "text" and "nowhere.txt" in problem.message


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        pytest.param(
            {"entities": [{"start": 0, "end": 5, "text": "Sinara", "label": "ORG"}]},
            "offsets",
            id="offset",
        ),
        pytest.param(
            {"entities": [{"start": 0, "end": 6, "text": "Sinara", "label": "COMPANY"}]},
            "entities[0]",
            id="label",
        ),
        pytest.param({"text_sha256": "sha256:" + "0" * 64}, "text_sha256", id="hash"),
        pytest.param({"annotation": None}, "annotation", id="no-annotation-record"),
        pytest.param(
            {"annotation": {"method": "hand-labelled"}}, "annotation.checked_by", id="unchecked"
        ),
        pytest.param(
            {"money": [{"start": 0, "end": 6, "text": "Sinara", "amount": 5.0}]},
            "money[0].amount",
            id="float",
        ),
        pytest.param(
            {"dates": [{"start": 0, "end": 6, "text": "Sinara", "type": "DAY"}]},
            "dates[0].type",
            id="date-type",
        ),
        pytest.param(
            {
                "relations": [
                    {"type": "SALE", "args": {}, "evidence": {"start": 0, "end": 1, "text": "S"}}
                ]
            },
            "relations[0].type",
            id="relation-type",
        ),
        pytest.param(
            {
                "relations": [
                    {
                        "type": "DELIVERY",
                        "args": {"seller": {"start": 0, "end": 6, "text": "Sinara"}},
                    }
                ]
            },
            "relations[0].args.seller",
            id="relation-role",
        ),
    ],
)
def test_gold_problems_are_named(tmp_path: Path, changes: dict[str, object], where: str) -> None:
    problems = check_gold(_gold(tmp_path, **changes), tmp_path, tmp_path / "shared").problems
    assert [p.where for p in problems] == [where]
    assert problems[0].path.endswith("doc.json")
