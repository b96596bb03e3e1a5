"""Batch runs: what is skipped, what is an error, and that a killed run resumes exactly.

The triage tests use a stand-in pipeline; the end-to-end ones (marked ``model``) run the CLI
with the real one, on one and two worker processes, killed and resumed, and on a local Dask
cluster of two worker processes.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from extract.batch import (
    BatchConfig,
    Item,
    JsonlSink,
    PipelineIdentity,
    StoreSink,
    pipeline_identity,
    process_items,
    run_batch,
)
from extract.cli import main
from extract.errors import InputError
from extract.io import Document
from extract.store import RunInfo, Store

IDENTITY = PipelineIdentity("0.1.0", "en_test", "1.0", "sha256:test")


class _Stub:
    """Stands in for ``Pipeline``: one ok record per document, counting what it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def process_many(self, docs: Iterable[Document]) -> Iterator[dict[str, Any]]:
        from extract.records import text_sha256

        for doc in docs:
            self.seen.append(doc.doc_id)
            yield {
                "doc_id": doc.doc_id,
                "status": "ok",
                "source": doc.source,
                "text_sha256": text_sha256(doc.text),
            }


def _run(items: Sequence[Document | InputError], sink: Any, stub: _Stub, **config: Any) -> Any:
    def executor(batches: Iterable[list[Item]]) -> Iterator[list[dict[str, Any]]]:
        return (process_items(batch, stub) for batch in batches)

    return run_batch(items, sink, BatchConfig(batch_size=2, **config), IDENTITY, None, executor)


def _docs(*ids: str) -> list[Document]:
    return [Document(i, f"Text of {i}.", source=f"in/{i}.txt") for i in ids]


def test_order_errors_and_duplicates(tmp_path: Path) -> None:
    items = [
        *_docs("a"),
        InputError("encoding", "invalid UTF-8", doc_id="b", source="in/b.txt"),
        *_docs("c", "a"),
    ]
    out = (tmp_path / "out.jsonl").open("w")
    counts = _run(items, JsonlSink(out), stub := _Stub())
    out.close()
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [(r["doc_id"], r["status"]) for r in records] == [
        ("a", "ok"),
        ("b", "error"),
        ("c", "ok"),
        ("a", "error"),
    ]
    assert records[3]["error"]["kind"] == "duplicate-id"
    assert stub.seen == ["a", "c"]
    assert (counts.documents, counts.processed, counts.failed, counts.skipped) == (4, 4, 2, 0)
    assert records[1]["model"] == {"name": "en_test", "version": "1.0"}


def _store_run(path: Path, items: Sequence[Document | InputError], **config: Any) -> Any:
    with Store(path, writer=True) as db:
        info = RunInfo("0.1.0", "en_test", "1.0", IDENTITY.fingerprint, "local", 1, ())
        run = db.begin_run(info)
        stub = _Stub()
        counts = _run(items, StoreSink(db, run, IDENTITY.fingerprint), stub, **config)
        db.finish_run(run, "completed")
    return counts, stub


def test_a_rerun_skips_what_is_done_and_redoes_what_changed(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _store_run(db, _docs("a", "b", "c"))
    changed = Document("b", "A new text of b.", source="in/b.txt")
    counts, stub = _store_run(db, [*_docs("a"), changed, *_docs("c", "d")])
    assert stub.seen == ["b", "d"]
    assert (counts.skipped, counts.processed) == (2, 2)
    counts, stub = _store_run(db, _docs("a", "b"), force=True)
    assert stub.seen == ["a", "b"]
    with Store(db) as store:
        assert store.count("records") == 4


def test_a_skipped_document_still_claims_its_id(tmp_path: Path) -> None:
    """The first run stores 'a' and calls the second 'a' a duplicate: so must the re-run."""
    db = tmp_path / "s.db"
    first = Document("a", "The first a.", source="in/1.txt")
    second = Document("a", "Another a.", source="in/2.txt")
    _store_run(db, [first, second])
    _, stub = _store_run(db, [first, second])
    assert stub.seen == []
    with Store(db) as store:
        assert [r["source"] for r in store.records(errors=False)] == ["in/1.txt"]
        assert [e["source"] for e in store.errors()] == ["in/2.txt"]


def test_the_identity_is_stable_and_names_the_packaged_model() -> None:
    assert pipeline_identity(None) == pipeline_identity(None)
    assert pipeline_identity(None).model == "en_extract_core"


# End to end, with the real model.


def _corpus_folder(tmp_path: Path, count: int) -> Path:
    """``count`` small articles, plus one broken file, as .txt files."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(count):
        text = (
            f"MOSCOW, Nov {1 + i % 28} (Reuters) - Russia will sell {10 + i} helicopters to "
            f"Cuba for ${i + 1} million, the ministry said on Monday. Talks lasted {i} days."
        )
        (folder / f"doc{i:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "zz_broken.txt").write_bytes(b"\xff\xfe broken")
    return folder


def _stored(db: Path) -> tuple[dict[str, dict[str, Any]], list[str]]:
    with closing(sqlite3.connect(db)) as conn:
        records = {
            doc_id: json.loads(data)
            for doc_id, data in conn.execute("SELECT doc_id, record FROM records")
        }
        ids = [doc_id for (doc_id,) in conn.execute("SELECT doc_id FROM records")]
        errors = [source for (source,) in conn.execute("SELECT source FROM errors")]
    assert len(ids) == len(set(ids))
    return records, errors


@pytest.mark.model
def test_cli_store_run_resume_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _corpus_folder(tmp_path, 6)
    db = tmp_path / "out.db"
    assert main(["run", str(folder), "--out", str(db), "--batch-size", "4"]) == 0
    assert "7 documents, 6 ok, 1 failed" in capsys.readouterr().err
    assert main(["run", str(folder), "--out", str(db), "--fail-on-error"]) == 1
    assert "6 skipped" in capsys.readouterr().err
    with Store(db) as store:
        assert [(r["processed"], r["skipped"]) for r in store.runs()] == [(7, 0), (1, 6)]
    records, errors = _stored(db)
    assert len(records) == 6 and errors == [str(folder / "zz_broken.txt")]
    csv_out = tmp_path / "money.csv"
    assert (
        main(["export", str(db), "--format", "csv", "--table", "money", "--out", str(csv_out)]) == 0
    )
    lines = csv_out.read_text().splitlines()
    assert lines[0].startswith("doc_id,start,end,text,amount") and len(lines) == 7
    assert main(["export", str(db), "--format", "csv", "--table", "runs", "-o", str(csv_out)]) == 0
    assert len(csv_out.read_text().splitlines()) == 3


@pytest.mark.model
def test_two_workers_give_the_same_records_as_one(tmp_path: Path) -> None:
    folder = _corpus_folder(tmp_path, 12)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["run", str(folder), "-o", str(one), "--batch-size", "3", "-q"]) == 0
    args = ["run", str(folder), "-o", str(two), "--batch-size", "3", "--workers", "2", "-q"]
    assert main(args) == 0
    assert one.read_text() == two.read_text()


@pytest.mark.model
def test_killed_run_resumes_with_every_document_exactly_once(tmp_path: Path) -> None:
    folder = _corpus_folder(tmp_path, 120)
    db = tmp_path / "out.db"
    command = [sys.executable, "-m", "extract.cli", "run", str(folder), "-o", str(db), "-q"]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    process = subprocess.Popen([*command, "--batch-size", "2"], env=env)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                stored = len(_stored(db)[0])
            except sqlite3.DatabaseError:  # the file or its tables are being created
                continue
            if stored >= 6:
                break
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 6 <= stored < 120, "the run was not killed mid-way"
    resumed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert resumed.returncode == 0, resumed.stderr
    assert "skipped" in resumed.stderr
    records, errors = _stored(db)
    assert sorted(records) == [f"doc{i:03d}" for i in range(120)]
    assert errors == [str(folder / "zz_broken.txt")]
    with Store(db) as store:
        assert [r["status"] for r in store.runs()] == ["interrupted", "completed"]
    fresh = tmp_path / "fresh.jsonl"
    assert main(["run", str(folder), "-o", str(fresh), "-q"]) == 0
    expected = {r["doc_id"]: r for r in map(json.loads, fresh.read_text().splitlines())}
    assert all(records[doc_id] == expected[doc_id] for doc_id in records)


@pytest.mark.model
@pytest.mark.filterwarnings(
    "ignore::DeprecationWarning", "ignore::ResourceWarning", "ignore::UserWarning"
)
def test_dask_engine_on_a_local_cluster_of_two_processes(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    folder = _corpus_folder(tmp_path, 10)
    local = tmp_path / "local.jsonl"
    assert main(["run", str(folder), "-o", str(local), "-q"]) == 0
    parts, db = tmp_path / "parts", tmp_path / "dask.db"
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        argv = ["run", str(folder), "-o", str(db), "--engine", "dask", "--batch-size", "3"]
        argv += ["--scheduler", cluster.scheduler_address, "--parts", str(parts), "-q"]
        assert main(argv) == 0
    expected = {r["doc_id"]: r for r in map(json.loads, local.read_text().splitlines())}
    records, errors = _stored(db)
    assert records == {k: v for k, v in expected.items() if v["status"] == "ok"}
    assert errors == [str(folder / "zz_broken.txt")]
    part_files = sorted(parts.glob("part-*.jsonl"))
    assert len(part_files) == 4 and (parts / "manifest.json").is_file()
    loaded = tmp_path / "loaded.db"
    assert main(["load", str(parts), "--store", str(loaded)]) == 0
    assert _stored(loaded) == (records, errors)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param('{"doc_id": "a"}\n', "not an extract record", id="not-a-record"),
        pytest.param("{oops\n", "invalid JSON", id="broken-json"),
    ],
)
def test_load_refuses_what_is_not_a_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    (tmp_path / "part.jsonl").write_text(content)
    assert main(["load", str(tmp_path / "part.jsonl"), "--store", str(tmp_path / "s.db")]) == 4
    err = capsys.readouterr().err
    assert message in err and "part.jsonl" in err
