"""The store: transactions, skipping what is done, errors, runs; and its exports."""

from __future__ import annotations

import doctest
import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from extract import export, progress, store
from extract import io as extract_io
from extract.batch import BatchCounts
from extract.errors import DataError, UsageError
from extract.store import RunInfo, Store

FINGERPRINT = "sha256:test"
INFO = RunInfo("0.1.0", "en_test", "1.0", FINGERPRINT, "local", 1, ("in/",))


def _ok(doc_id: str, sha: str = "sha256:a", source: str = "in/a.txt") -> dict[str, Any]:
    return {
        "schema": "extract.record/1",
        "doc_id": doc_id,
        "status": "ok",
        "source": source,
        "text_sha256": sha,
        "model": {"name": "en_test", "version": "1.0"},
        "entities": [{"start": 0, "end": 6, "text": "Havana", "label": "GPE"}],
        "money": [],
        "percentages": [],
        "dates": [],
        "relations": [],
    }


def _error(doc_id: str, kind: str, source: str, sha: str | None = None) -> dict[str, Any]:
    return {
        **_ok(doc_id, sha or "", source),
        "status": "error",
        "text_sha256": sha,
        "entities": [],
        "error": {"kind": kind, "message": f"{kind} happened"},
    }


@pytest.mark.parametrize("module", [store, export, progress, extract_io], ids=lambda m: m.__name__)
def test_doctests(module: Any) -> None:
    assert doctest.testmod(module).failed == 0


def test_write_then_skip_what_is_done(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db", writer=True) as db:
        run = db.begin_run(INFO)
        counts = db.write(
            run, [_ok("a"), _error("b", "empty", "in/b.txt", "sha256:e")], FINGERPRINT
        )
        assert (counts.processed, counts.failed) == (2, 1)
        assert db.is_done("a", "in/a.txt", "sha256:a", FINGERPRINT)
        assert db.is_done("a", "elsewhere.txt", "sha256:a", FINGERPRINT)  # records: by id
        assert not db.is_done("a", "in/a.txt", "sha256:changed", FINGERPRINT)
        assert not db.is_done("a", "in/a.txt", "sha256:a", "sha256:other-pipeline")
        assert db.is_done("b", "in/b.txt", "sha256:e", FINGERPRINT)  # a failure of the text
        db.finish_run(run, "completed")
        (row,) = db.runs()
        assert (row["status"], row["processed"], row["failed"]) == ("completed", 2, 1)


def test_a_document_is_stored_once_however_often_it_is_written(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db", writer=True) as db:
        run = db.begin_run(INFO)
        db.write(run, [_ok("a")], FINGERPRINT)
        db.write(run, [_ok("a", sha="sha256:new")], FINGERPRINT)
        assert db.count("records") == 1
        assert [r["text_sha256"] for r in db.records()] == ["sha256:new"]


def test_unreadable_inputs_are_retried_and_leave_errors_once_fixed(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db", writer=True) as db:
        run = db.begin_run(INFO)
        db.write(run, [_error("in/a.txt", "unreadable", "in/a.txt")], FINGERPRINT)
        db.write(run, [_error("in/a.txt", "unreadable", "in/a.txt")], FINGERPRINT)
        assert db.count("errors") == 1
        assert not db.is_done("in/a.txt", "in/a.txt", "sha256:a", FINGERPRINT)
        db.write(run, [_ok("a", source="in/a.txt")], FINGERPRINT)
        assert (db.count("errors"), db.count("records")) == (0, 1)


def test_a_duplicate_id_error_does_not_touch_the_first_document(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db", writer=True) as db:
        run = db.begin_run(INFO)
        db.write(
            run, [_ok("a"), _error("a", "duplicate-id", "in/copy.txt", "sha256:b")], FINGERPRINT
        )
        assert (db.count("records"), db.count("errors")) == (1, 1)


def test_a_batch_is_all_or_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db", writer=True) as db:
        run = db.begin_run(INFO)
        broken = {"doc_id": "c", "status": "ok"}  # no text_sha256: the insert fails
        with pytest.raises(KeyError):
            db.write(run, [_ok("a"), broken], FINGERPRINT)
        assert db.count("records") == 0
        assert db.runs()[0]["processed"] == 0


def test_runs_left_running_by_a_killed_process_become_interrupted(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db", writer=True) as db:
        db.begin_run(INFO)
    with Store(tmp_path / "s.db", writer=True) as db:
        db.begin_run(INFO)
        assert [r["status"] for r in db.runs()] == ["interrupted", "running"]


def test_one_writer_at_a_time(tmp_path: Path) -> None:
    with (
        Store(tmp_path / "s.db", writer=True),
        pytest.raises(UsageError, match="another extract run"),
    ):
        Store(tmp_path / "s.db", writer=True)
    Store(tmp_path / "s.db", writer=True).close()  # the lock went with the first writer


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"not a database at all" * 100, "not an extract store", id="not-sqlite"),
        pytest.param(None, "no schema", id="other-sqlite-db"),
    ],
)
def test_a_file_that_is_not_a_store_is_a_data_error(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "x.db"
    if content is None:
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    else:
        path.write_bytes(content)
    with pytest.raises(DataError, match=message):
        Store(path)


def test_reading_a_missing_store_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such store"):
        Store(tmp_path / "none.db")


def test_csv_tables_have_fixed_headers_and_one_row_per_item() -> None:
    records = [_ok("a"), _error("b", "empty", "in/b.txt")]
    out = io.StringIO()
    assert export.write_csv("entities", records, out) == 1
    assert out.getvalue().splitlines() == ["doc_id,start,end,text,label", "a,0,6,Havana,GPE"]
    rows = list(export.rows("documents", records))
    assert [(r["doc_id"], r["status"], r["entities"], r["error_kind"]) for r in rows] == [
        ("a", "ok", 1, None),
        ("b", "error", 0, "empty"),
    ]
    empty = io.StringIO()
    assert export.write_csv("relations", [], empty) == 0
    assert empty.getvalue().startswith("doc_id,type,rule,evidence_start")


def test_relation_roles_become_columns() -> None:
    relation = {
        "type": "VISIT",
        "rule": "visit.x",
        "evidence": {"start": 0, "end": 20, "text": "Putin visited Havana"},
        "args": {"visitor": {"start": 0, "end": 5, "text": "Putin"}},
    }
    (row,) = export.rows("relations", [{**_ok("a"), "relations": [relation]}])
    assert (row["visitor_text"], row["visitor_start"], row["place_text"]) == ("Putin", 0, None)


def test_unknown_table_is_refused() -> None:
    with pytest.raises(ValueError, match="no table"):
        export.columns("people")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_only_on_a_terminal() -> None:
    counts = BatchCounts(documents=5, processed=5, words=500)
    quiet = io.StringIO()
    line = progress.ProgressLine(quiet, 10, interval=0)
    line(counts)
    line.close()
    assert quiet.getvalue() == ""
    terminal = _Terminal()
    line = progress.ProgressLine(terminal, 10, interval=0)
    line(counts)
    line.close()
    assert terminal.getvalue().startswith("\r5/10 docs (50%)") and terminal.getvalue().endswith(
        "\n"
    )
