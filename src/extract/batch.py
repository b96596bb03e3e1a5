"""Batch runs: documents in, records out to a sink, on one process or several.

Contract: ``run_batch(items, sink, config)`` processes every input item once, in input order,
and hands the records to ``sink`` a batch at a time; it returns the run's counts. Before a
document reaches the pipeline, the run (not the pipeline) decides what needs doing:

- an unreadable input becomes its error record at once;
- a second document with an id already seen in this run is a ``duplicate-id`` error, even when
  the first one is skipped, so a re-run decides exactly as the first run did;
- a document the sink already holds with the same text hash and pipeline fingerprint is skipped
  (``config.force`` turns that off): this is how a killed run resumes.

With ``workers > 1`` the batches go to a pool of processes that each load the pipeline once;
results come back in input order and at most ``2 * workers`` batches are in flight, so memory
does not grow with the input. The per-batch function, ``process_items``, is the same one the
Dask engine (``extract.dask_engine``) runs on its workers.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Protocol

from extract._version import __version__
from extract.errors import InputError, ModelError
from extract.io import Document, write_jsonl
from extract.records import text_sha256

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Ready:
    """An item whose record is already known (an error found before the pipeline)."""

    record: JSON


Item = Document | Ready


@dataclass(frozen=True, slots=True)
class PipelineIdentity:
    """What made a record: versions, and a fingerprint of everything that shapes the output."""

    pipeline_version: str
    model: str
    model_version: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class BatchConfig:
    model: str | None = None
    batch_size: int = 32
    workers: int = 1
    force: bool = False


@dataclass(slots=True)
class BatchCounts:
    documents: int = 0  # every input item, whatever became of it
    processed: int = 0  # records written in this run, ok or error
    skipped: int = 0  # already in the sink
    failed: int = 0  # error records written in this run
    words: int = 0  # whitespace-separated words of the processed documents
    failures: list[str] = field(default_factory=list)


class Sink(Protocol):
    """Where records go: the store, or a JSON Lines stream."""

    def is_done(self, doc_id: str, source: str | None, text_sha256: str) -> bool: ...

    def write(self, records: Sequence[JSON]) -> None: ...


Progress = Callable[[BatchCounts], None]


def pipeline_identity(model: str | None) -> PipelineIdentity:
    """The identity of the pipeline ``Pipeline(model)`` would build, without loading it.

    The fingerprint covers the package version, the model's name and version, and the contents
    of every rule, pattern and table file, so editing a rule makes a re-run redo the documents.
    """
    name, version = _model_meta(model)
    digest = hashlib.sha256(f"{__version__}\0{name}\0{version}\0".encode())
    for path, data in _data_files(resources.files("extract") / "data"):
        digest.update(path.encode() + b"\0" + data + b"\0")
    return PipelineIdentity(__version__, name, version, "sha256:" + digest.hexdigest()[:32])


def _model_meta(model: str | None) -> tuple[str, str]:
    import spacy.util

    from extract.entities import default_model_path

    try:
        if model is None:
            path = default_model_path()
        elif Path(model).exists():
            path = Path(model)
        else:
            path = Path(spacy.util.get_package_path(model))
        meta = spacy.util.get_model_meta(path)
    except (OSError, ValueError, ImportError) as exc:
        raise ModelError(f"cannot read spaCy pipeline {model!r}: {exc}") from exc
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}", str(meta.get("version", ""))


def _data_files(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, bytes]]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_dir():
            yield from _data_files(entry, f"{prefix}{entry.name}/")
        elif not entry.name.endswith((".pyc", ".py")):
            yield f"{prefix}{entry.name}", entry.read_bytes()


Executor = Callable[[Iterable[list[Item]]], Iterator[list[JSON]]]


def run_batch(
    items: Iterable[Document | InputError],
    sink: Sink,
    config: BatchConfig,
    identity: PipelineIdentity,
    progress: Progress | None = None,
    executor: Executor | None = None,
    counts: BatchCounts | None = None,
) -> BatchCounts:
    """Process ``items`` into ``sink``; see the module's contract. ``executor`` turns batches
    of items into their records (default: this machine, ``config.workers`` processes).
    ``counts`` (default: new ones) is updated as the run goes, so a caller whose run is
    interrupted still knows how far it got."""
    counts = counts if counts is not None else BatchCounts()
    batches = _batches(_triaged(items, sink, config, identity, counts), config.batch_size)
    run = executor or (lambda batches: local_executor(batches, config))
    for records in run(batches):
        sink.write(records)
        for record in records:
            counts.processed += 1
            if record["status"] == "error":
                counts.failed += 1
                counts.failures.append(failure_line(record))
        if progress is not None:
            progress(counts)
    if progress is not None:
        progress(counts)
    return counts


def failure_line(record: JSON) -> str:
    """``source [doc_id]: kind: message`` for an error record."""
    error, where = record["error"], record.get("source") or record["doc_id"]
    return f"{where} [{record['doc_id']}]: {error['kind']}: {error['message']}"


def _triaged(
    items: Iterable[Document | InputError],
    sink: Sink,
    config: BatchConfig,
    identity: PipelineIdentity,
    counts: BatchCounts,
) -> Iterator[Item]:
    from extract.pipeline import error_record

    def ready(error: InputError, document: Document | None = None) -> Ready:
        record = error_record(error, identity.model, identity.model_version, document)
        return Ready(record.to_json())

    seen: set[str] = set()
    for item in items:
        counts.documents += 1
        if isinstance(item, InputError):
            yield ready(item)
            continue
        if item.doc_id in seen:
            duplicate = InputError(
                "duplicate-id",
                f"document id {item.doc_id!r} was already read in this run",
                doc_id=item.doc_id,
                source=item.source,
            )
            yield ready(duplicate, item)
            continue
        seen.add(item.doc_id)
        if not config.force and sink.is_done(item.doc_id, item.source, text_sha256(item.text)):
            counts.skipped += 1
            continue
        counts.words += len(item.text.split())
        yield item


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def local_executor(batches: Iterable[list[Item]], config: BatchConfig) -> Iterator[list[JSON]]:
    if config.workers <= 1:
        pipeline = cached_pipeline(config.model, config.batch_size)
        for batch in batches:
            yield process_items(batch, pipeline)
        return
    # "spawn": a fresh interpreter per worker, never a fork of a process holding threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        config.workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(config.model, config.batch_size),
    ) as pool:
        pending: deque[Future[list[JSON]]] = deque()
        for batch in batches:
            pending.append(pool.submit(_worker_process, batch, config.model, config.batch_size))
            if len(pending) >= 2 * config.workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def process_items(items: Sequence[Item], pipeline: Any) -> list[JSON]:
    """The records of one batch, in order: the pipeline's for documents, the known ones for
    ``Ready`` items. This is the unit of work of every engine."""
    documents = [item for item in items if isinstance(item, Document)]
    records = iter(pipeline.process_many(documents))
    return [item.record if isinstance(item, Ready) else next(records) for item in items]


@cache
def cached_pipeline(model: str | None, batch_size: int) -> Any:
    """One pipeline per process and configuration: loading the model is the slow part."""
    from extract.pipeline import Pipeline

    return Pipeline(model=model, batch_size=batch_size)


def _init_worker(model: str | None, batch_size: int) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core per worker, not all per worker
    cached_pipeline(model, batch_size)  # load the model before the first batch arrives


def _worker_process(items: list[Item], model: str | None, batch_size: int) -> list[JSON]:
    return process_items(items, cached_pipeline(model, batch_size))


class JsonlSink:
    """Records as JSON Lines on a text stream; never skips (a stream has no memory)."""

    def __init__(self, out: Any) -> None:
        self.out = out

    def is_done(self, doc_id: str, source: str | None, text_sha256: str) -> bool:
        return False

    def write(self, records: Sequence[JSON]) -> None:
        write_jsonl(records, self.out)


class StoreSink:
    """Records into a store's run, one transaction per batch."""

    def __init__(self, store: Any, run_id: int, fingerprint: str) -> None:
        self.store, self.run_id, self.fingerprint = store, run_id, fingerprint

    def is_done(self, doc_id: str, source: str | None, text_sha256: str) -> bool:
        return bool(self.store.is_done(doc_id, source, text_sha256, self.fingerprint))

    def write(self, records: Sequence[JSON]) -> None:
        self.store.write(self.run_id, records, self.fingerprint)
