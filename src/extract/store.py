"""The embedded store: one SQLite file holding a batch's records, errors and runs.

Contract: ``Store(path)`` opens (or creates) the file; ``write(run_id, items)`` stores one batch
of records in one transaction, so a run killed at any point leaves whole batches only, and
``is_done(doc_id, text_sha256, fingerprint)`` tells a re-run which documents it may skip: those
stored with the same text and the same pipeline. Each document id has at most one row in
``records`` (a re-processed document replaces its row), so resuming never duplicates anything.

Tables (schema ``extract.store/1``):

- ``records``: one ok record per document id, with its text hash, the fingerprint of the
  pipeline that made it, the run and the record's JSON.
- ``errors``: one row per input that failed, keyed by (document id, source): kind, message, the
  run and the error record's JSON. A failure that comes from the text itself (empty, too long)
  is as final as a record and skipped on re-runs; an input with no text hash (an unreadable
  file) is tried again. A document that later succeeds leaves the table.
- ``runs``: one row per run: start and end times, status (running, completed, interrupted,
  failed), pipeline and model versions, engine, workers, inputs and counts.

Only one process writes at a time (a lock file next to the store); readers (``extract export``)
may read while a run writes, thanks to SQLite's write-ahead log.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from extract.errors import DataError, UsageError

SCHEMA = "extract.store/1"
STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'interrupted', 'failed')),
    pipeline_version TEXT NOT NULL,
    model TEXT NOT NULL,
    model_version TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    engine TEXT NOT NULL,
    workers INTEGER NOT NULL,
    inputs TEXT NOT NULL,
    processed INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS records (
    doc_id TEXT PRIMARY KEY,
    text_sha256 TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    source TEXT NOT NULL,
    run_id INTEGER NOT NULL REFERENCES runs (run_id),
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS errors (
    doc_id TEXT NOT NULL,
    source TEXT NOT NULL,
    text_sha256 TEXT,
    fingerprint TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    run_id INTEGER NOT NULL REFERENCES runs (run_id),
    record TEXT NOT NULL,
    PRIMARY KEY (doc_id, source)
);
"""


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What a run is: the pipeline that makes its records and what it was asked to read."""

    pipeline_version: str
    model: str
    model_version: str
    fingerprint: str
    engine: str
    workers: int
    inputs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RunCounts:
    processed: int = 0
    skipped: int = 0
    failed: int = 0


def is_store_path(path: str | Path) -> bool:
    """Whether an ``--out`` path names a store rather than a JSON Lines file.

    >>> is_store_path("out/extract.db"), is_store_path("out.jsonl")
    (True, False)
    """
    return str(path).endswith(STORE_SUFFIXES)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """An open store. Use as a context manager, or call ``close()``.

    ``writer=True`` takes the store's lock file; a second writer gets a ``UsageError``.
    """

    def __init__(self, path: str | Path, *, writer: bool = False) -> None:
        self.path = Path(path)
        if not writer and not self.path.is_file():
            raise UsageError(f"{self.path}: no such store")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = _WriterLock(self.path) if writer else None
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            # WAL with synchronous=NORMAL survives a killed process; only a power cut may lose
            # the last transactions, which a re-run then simply redoes.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=10000")
            if writer:
                self._db.executescript(_TABLES)
                self._db.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA,)
                )
            self._check_schema()
        except sqlite3.DatabaseError as exc:
            self.close()
            raise DataError(f"{self.path}: not an extract store: {exc}") from exc

    def _check_schema(self) -> None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.OperationalError:
            row = None
        if row is None or row[0] != SCHEMA:
            found = row[0] if row else "no schema"
            raise DataError(f"{self.path}: not an {SCHEMA} store ({found})")

    def close(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()
            self._db = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # Runs

    def begin_run(self, info: RunInfo) -> int:
        """Start a run; runs left 'running' by a killed process become 'interrupted'."""
        with _transaction(self._db):
            self._db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            cursor = self._db.execute(
                "INSERT INTO runs (started_at, status, pipeline_version, model, model_version,"
                " fingerprint, engine, workers, inputs) VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?)",
                (
                    _now(),
                    info.pipeline_version,
                    info.model,
                    info.model_version,
                    info.fingerprint,
                    info.engine,
                    info.workers,
                    json.dumps(list(info.inputs), ensure_ascii=False),
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def finish_run(self, run_id: int, status: str, skipped: int = 0) -> None:
        """End a run; ``skipped`` counts the documents it found done already."""
        with _transaction(self._db):
            self._db.execute(
                "UPDATE runs SET status = ?, finished_at = ?, skipped = ? WHERE run_id = ?",
                (status, _now(), skipped, run_id),
            )

    def runs(self) -> list[dict[str, Any]]:
        cursor = self._db.execute("SELECT * FROM runs ORDER BY run_id")
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    # Documents

    def is_done(self, doc_id: str, source: str | None, text_sha256: str, fingerprint: str) -> bool:
        """Whether this document, with this text, was stored by this pipeline already."""
        row = self._db.execute(
            "SELECT 1 FROM records WHERE doc_id = ? AND text_sha256 = ? AND fingerprint = ?"
            " UNION ALL SELECT 1 FROM errors WHERE doc_id = ? AND source = ?"
            " AND text_sha256 = ? AND fingerprint = ? LIMIT 1",
            (doc_id, text_sha256, fingerprint, doc_id, source or "", text_sha256, fingerprint),
        ).fetchone()
        return row is not None

    def write(
        self, run_id: int, records: Sequence[Mapping[str, Any]], fingerprint: str
    ) -> RunCounts:
        """Store one batch of records (ok or error) in one transaction; returns its counts."""
        failed = 0
        with _transaction(self._db):
            for record in records:
                doc_id, source = record["doc_id"], record.get("source") or ""
                data = json.dumps(record, ensure_ascii=False)
                if record["status"] == "ok":
                    self._db.execute(
                        "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?, ?)",
                        (doc_id, record["text_sha256"], fingerprint, source, run_id, data),
                    )
                    # An input that failed before (by its id, or by its source when it had
                    # no id yet) and now succeeds is no longer an error.
                    self._db.execute(
                        "DELETE FROM errors WHERE source = ? AND doc_id IN (?, source)",
                        (source, doc_id),
                    )
                    continue
                failed += 1
                error = record["error"]
                self._db.execute(
                    "INSERT OR REPLACE INTO errors VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        doc_id,
                        source,
                        record.get("text_sha256"),
                        fingerprint,
                        error["kind"],
                        error["message"],
                        run_id,
                        data,
                    ),
                )
            counts = RunCounts(processed=len(records), failed=failed)
            self._db.execute(
                "UPDATE runs SET processed = processed + ?, failed = failed + ? WHERE run_id = ?",
                (counts.processed, counts.failed, run_id),
            )
        return counts

    def records(self, *, errors: bool = True) -> Iterator[dict[str, Any]]:
        """Every stored record in the order it was stored, then (``errors``) the error records."""
        for (data,) in self._db.execute("SELECT record FROM records ORDER BY rowid"):
            yield json.loads(data)
        if errors:
            for (data,) in self._db.execute("SELECT record FROM errors ORDER BY rowid"):
                yield json.loads(data)

    def errors(self) -> Iterator[dict[str, Any]]:
        cursor = self._db.execute(
            "SELECT doc_id, source, kind, message, run_id FROM errors ORDER BY rowid"
        )
        names = [column[0] for column in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def count(self, table: str) -> int:
        if table not in ("records", "errors", "runs"):
            raise ValueError(table)
        (count,) = self._db.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(count)


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` on an exception."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class _WriterLock:
    """An exclusive lock on ``<store>.lock`` for as long as a writer has the store open."""

    def __init__(self, store: Path) -> None:
        import fcntl

        self.file = store.with_name(store.name + ".lock").open("a+")
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.file.close()
            raise UsageError(
                f"{store}: another extract run is writing to this store; wait for it or use "
                "another --out"
            ) from None
        self.file.seek(0)
        self.file.truncate()
        self.file.write(str(os.getpid()))
        self.file.flush()

    def release(self) -> None:
        import fcntl

        fcntl.flock(self.file, fcntl.LOCK_UN)
        self.file.close()


def load_records(
    store: Store,
    run_id: int,
    records: Iterable[Mapping[str, Any]],
    fingerprint: str,
    batch_size: int = 500,
) -> RunCounts:
    """Write records from anywhere (a JSON Lines file, a Dask partition) in batches."""
    processed = failed = 0
    batch: list[Mapping[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= batch_size:
            counts = store.write(run_id, batch, fingerprint)
            processed, failed = processed + counts.processed, failed + counts.failed
            batch = []
    if batch:
        counts = store.write(run_id, batch, fingerprint)
        processed, failed = processed + counts.processed, failed + counts.failed
    return RunCounts(processed=processed, failed=failed)
