"""The CLI: `main(argv)` with argument lists; exit codes and what goes where."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extract.cli import EXIT_DATA, EXIT_FAILED, EXIT_MODEL, EXIT_OK, EXIT_USAGE, main

from .conftest import CORPUS, ROOT

pytestmark = pytest.mark.model


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_run_corpus_writes_one_record_per_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["run", str(CORPUS), "--out", str(out)]) == EXIT_OK
    records = _records(out)
    assert [r["doc_id"] for r in records] == sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert "3 documents, 3 ok, 0 failed" in capsys.readouterr().err


def test_run_writes_a_store_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["run", str(CORPUS)]) == EXIT_OK
    assert "-> extract.db" in capsys.readouterr().err
    assert main(["export", "extract.db", "--ok-only"]) == EXIT_OK
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_run_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(next(CORPUS.glob("*.txt"))), "--out", "-"]) == EXIT_OK
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1 and json.loads(captured.out)["status"] == "ok"


def test_bad_inputs_are_reported_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "c_latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (folder / "d.jsonl").write_text(
        '{"id": "no-text"}\n{"id": "fine", "text": "Moscow and Havana."}\n'
    )
    out = tmp_path / "out.jsonl"
    assert main(["run", str(folder), "--out", str(out)]) == EXIT_OK
    records = _records(out)
    assert [(r["doc_id"], r["status"]) for r in records] == [
        ("a_empty", "error"),
        ("b_binary", "error"),
        ("c_latin1", "error"),
        ("no-text", "error"),
        ("fine", "ok"),
    ]
    err = capsys.readouterr().err
    assert "5 documents, 1 ok, 4 failed" in err
    for name in ("a_empty.txt", "b_binary.txt", "c_latin1.txt", "d.jsonl:1"):
        assert name in err
    assert main(["run", str(folder), "--out", str(out), "--fail-on-error"]) == EXIT_FAILED


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        pytest.param(["run", "/nonexistent/folder"], EXIT_USAGE, id="missing-input"),
        pytest.param(["frobnicate"], EXIT_USAGE, id="unknown-command"),
        pytest.param(
            ["run", str(CORPUS), "--model", "/nonexistent/model"], EXIT_MODEL, id="bad-model"
        ),
        pytest.param(
            ["score", "--gold", "/nonexistent", "--pred", "x.jsonl"], EXIT_USAGE, id="score-no-gold"
        ),
        pytest.param(["--version"], EXIT_OK, id="version"),
    ],
)
def test_exit_codes(argv: list[str], code: int) -> None:
    assert main(argv) == code


def test_score_prints_a_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    raw = "Havana is calm."
    (gold / "g.json").write_text(
        json.dumps(
            {"doc_id": "g", "entities": [{"start": 0, "end": 6, "text": "Havana", "label": "GPE"}]}
        )
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        json.dumps(
            {"doc_id": "g", "entities": [{"start": 0, "end": 6, "text": raw[:6], "label": "GPE"}]}
        )
        + "\n"
    )
    assert main(["score", "--gold", str(gold), "--pred", str(pred)]) == EXIT_OK
    assert "entities" in capsys.readouterr().out
    assert main(["score", "--gold", str(gold), "--pred", str(pred), "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["entities"]["strict"]["f"] == 1.0


def test_score_broken_predictions_is_a_data_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "g.json").write_text(json.dumps({"doc_id": "g"}))
    pred = tmp_path / "pred.jsonl"
    pred.write_text("{broken\n")
    assert main(["score", "--gold", str(gold), "--pred", str(pred)]) == EXIT_DATA


def test_check_passes_on_the_project_and_fails_on_a_broken_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["check", "--corpus", str(CORPUS), "--gold", str(ROOT / "gold"), "--root", str(ROOT)])
        == EXIT_OK
    )
    broken = tmp_path / "corpus"
    shutil.copytree(CORPUS, broken)
    next(broken.glob("*.meta.json")).write_text("{not json")
    assert main(["check", "--corpus", str(broken), "--gold", str(tmp_path / "none")]) == EXIT_FAILED
    assert ".meta.json: json:" in capsys.readouterr().out


def test_run_over_gold_texts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from extract.records import text_sha256

    text_file = next(CORPUS.glob("*.txt"))
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(
        json.dumps(
            {
                "doc_id": "a",
                "text": {"path": str(text_file.relative_to(ROOT))},
                "text_sha256": text_sha256(text_file.read_text(encoding="utf-8")),
                "published": "2017",
            }
        )
    )
    (gold / "b.json").write_text(
        json.dumps({"doc_id": "b", "text": {"dataset": "reuters21578", "id": "reuters-1"}})
    )
    out = tmp_path / "pred.jsonl"
    argv = ["run", "--gold", str(gold), "--root", str(ROOT), "--out", str(out)]
    assert main([*argv, "--shared", str(tmp_path / "no-shared")]) == EXIT_OK
    ((record,),) = [_records(out)]
    assert (record["doc_id"], record["published"], record["status"]) == ("a", "2017", "ok")
    assert "1 of 2 gold documents skipped" in capsys.readouterr().err


def test_run_without_inputs_is_a_usage_error() -> None:
    assert main(["run", "--out", "x.jsonl"]) == EXIT_USAGE
