"""The batch commands of the CLI: ``run``, ``export`` and ``load`` (see ``extract.cli``).

``run`` writes to a store by default (``extract.db``: records, errors, runs; a re-run skips what
is done), to JSON Lines with ``--out FILE.jsonl``, or to stdout with ``--out -``.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.errors import DataError, InputError, UsageError

if TYPE_CHECKING:
    from extract.io import Document

DEFAULT_STORE = "extract.db"
_SHOWN_FAILURES = 20


def add_commands(commands: Any) -> None:
    run = commands.add_parser("run", help="extract one record per document")
    run.add_argument(
        "inputs",
        nargs="*",
        help="files (.txt .json .jsonl .html, or .gz of them), folders, globs, or - for stdin",
    )
    run.add_argument(
        "--out",
        "-o",
        default=DEFAULT_STORE,
        help=f"a store (.db .sqlite .sqlite3; default {DEFAULT_STORE}), a .jsonl file, or - "
        "for JSON Lines on stdout",
    )
    run.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    run.add_argument("--batch-size", type=int, default=32)
    run.add_argument("--model", help="spaCy pipeline (name or path) for entities")
    run.add_argument("--force", action="store_true", help="redo documents the store has")
    run.add_argument("--quiet", "-q", action="store_true", help="no progress line")
    run.add_argument("--fail-on-error", action="store_true", help="exit 1 if any document failed")
    run.add_argument("--engine", choices=("local", "dask"), default="local")
    run.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler (--engine dask)")
    run.add_argument(
        "--parts", metavar="DIR", help="folder for the Dask workers' JSONL parts (--engine dask)"
    )
    run.add_argument(
        "--gold",
        metavar="DIR",
        help="also run over the texts the gold files of DIR label (for scoring against them)",
    )
    run.add_argument("--root", default=".", help="folder that gold text paths are relative to")
    run.add_argument("--shared", help="shared datasets folder (default: ROOT/../shared/data)")

    export = commands.add_parser("export", help="write a store's records as JSON Lines or CSV")
    export.add_argument("store", help="the store file")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    export.add_argument(
        "--table",
        default="documents",
        help="for CSV: documents, entities, money, percentages, dates, relations, errors or runs",
    )
    export.add_argument("--ok-only", action="store_true", help="JSON Lines: leave out errors")
    export.add_argument("--out", "-o", default="-", help="output file (default: stdout)")

    load = commands.add_parser(
        "load", help="load JSON Lines records (e.g. Dask parts) into a store"
    )
    load.add_argument("inputs", nargs="+", help=".jsonl record files or folders of them")
    load.add_argument("--store", default=DEFAULT_STORE)


def run_command(args: argparse.Namespace) -> int:
    from extract.batch import BatchConfig, BatchCounts, pipeline_identity, run_batch
    from extract.io import read_documents

    if args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if not args.inputs and not args.gold:
        raise UsageError("nothing to run: give INPUT files, folders, globs or -, or --gold DIR")
    if args.engine == "dask" and not (args.scheduler and args.parts):
        raise UsageError("--engine dask needs --scheduler ADDRESS and --parts DIR")
    if args.engine == "local" and (args.scheduler or args.parts):
        raise UsageError("--scheduler and --parts go with --engine dask")
    documents: Iterable[Document | InputError] = read_documents(args.inputs)
    if args.gold:
        documents = itertools.chain(documents, _gold_documents(args))
    identity = pipeline_identity(args.model)
    config = BatchConfig(args.model, args.batch_size, args.workers, args.force)
    executor = None
    if args.engine == "dask":
        from extract.dask_engine import dask_executor

        executor = dask_executor(args.scheduler, Path(args.parts), config, identity)
    with ExitStack() as stack:
        sink, finish = _open_sink(args, identity, stack)
        progress = _progress(args)
        counts = BatchCounts()
        try:
            run_batch(documents, sink, config, identity, progress, executor, counts)
        except KeyboardInterrupt:
            finish("interrupted", counts.skipped)
            print("\nextract: interrupted; run again to resume", file=sys.stderr)
            return 130
        except BaseException:
            finish("failed", counts.skipped)
            raise
        finally:
            if progress is not None:
                progress.close()
        finish("completed", counts.skipped)
    ok = counts.processed - counts.failed
    summary = f"extract: {counts.documents} documents, {ok} ok, {counts.failed} failed"
    if counts.skipped:
        summary += f", {counts.skipped} skipped (already done)"
    print(f"{summary} -> {'stdout' if args.out == '-' else args.out}", file=sys.stderr)
    for failure in counts.failures[:_SHOWN_FAILURES]:
        print(f"  failed: {failure}", file=sys.stderr)
    if len(counts.failures) > _SHOWN_FAILURES:
        more = len(counts.failures) - _SHOWN_FAILURES
        print(f"  ... and {more} more (extract export STORE --table errors)", file=sys.stderr)
    return 1 if counts.failures and args.fail_on_error else 0


def _open_sink(args: argparse.Namespace, identity: Any, stack: ExitStack) -> tuple[Any, Any]:
    """The run's sink and the function that records how the run ended."""
    from extract.batch import JsonlSink, StoreSink
    from extract.store import RunInfo, Store, is_store_path

    def no_runs(status: str, skipped: int) -> None:
        """A JSON Lines file or stream keeps no run history."""

    if args.out == "-":
        return JsonlSink(sys.stdout), no_runs
    out = Path(args.out)
    if not is_store_path(out):
        out.parent.mkdir(parents=True, exist_ok=True)
        return JsonlSink(stack.enter_context(out.open("w", encoding="utf-8"))), no_runs
    store = stack.enter_context(Store(out, writer=True))
    info = RunInfo(
        pipeline_version=identity.pipeline_version,
        model=identity.model,
        model_version=identity.model_version,
        fingerprint=identity.fingerprint,
        engine=args.engine,
        workers=args.workers,
        inputs=tuple(str(i) for i in args.inputs),
    )
    run_id = store.begin_run(info)
    return StoreSink(store, run_id, identity.fingerprint), partial(store.finish_run, run_id)


def _progress(args: argparse.Namespace) -> Any:
    from extract.progress import ProgressLine

    if args.quiet or not sys.stderr.isatty():
        return None
    from extract.io import count_documents

    return ProgressLine(sys.stderr, count_documents(args.inputs))


def _gold_documents(args: argparse.Namespace) -> Iterator[Document]:
    from extract.goldset import load_gold
    from extract.io import Document

    root = Path(args.root)
    shared = Path(args.shared) if args.shared else root.resolve().parent / "shared" / "data"
    gold_set = load_gold(Path(args.gold), root, shared)
    if message := gold_set.skipped_message():
        print(f"extract: {message}", file=sys.stderr)
    for doc in gold_set.docs.values():
        if doc.text is not None:
            published = doc.record.get("published")
            yield Document(doc.doc_id, doc.text, published, source=str(doc.path))


def export_command(args: argparse.Namespace) -> int:
    from extract import export
    from extract.io import write_jsonl
    from extract.store import Store

    tables = (*export.TABLES, "errors", "runs")
    if args.format == "csv" and args.table not in tables:
        raise UsageError(f"--table must be one of: {', '.join(tables)}")
    with Store(args.store) as store, ExitStack() as stack:
        out = (
            sys.stdout
            if args.out == "-"
            else stack.enter_context(open(args.out, "w", encoding="utf-8", newline=""))
        )
        if args.format == "jsonl":
            count = write_jsonl(store.records(errors=not args.ok_only), out)
        elif args.table in ("errors", "runs"):
            rows = list(store.errors()) if args.table == "errors" else store.runs()
            count = export.write_dicts(rows, out, export.store_columns(args.table))
        else:
            count = export.write_csv(args.table, store.records(), out)
    print(f"extract: exported {count} rows from {args.store}", file=sys.stderr)
    return 0


def load_command(args: argparse.Namespace) -> int:
    from extract.dask_engine import read_manifest
    from extract.store import RunInfo, Store, load_records

    files: list[Path] = []
    for name in args.inputs:
        path = Path(name)
        if path.is_dir():
            files += sorted(path.glob("*.jsonl"))
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    if not files:
        raise UsageError("no .jsonl files to load")
    total = failed = 0
    with Store(args.store, writer=True) as store:
        for folder, group in itertools.groupby(files, key=lambda f: f.parent):
            manifest = read_manifest(folder) or {}
            # Without a manifest the pipeline is unknown: such records never count as done.
            fingerprint = manifest.get("fingerprint", "unknown")
            info = RunInfo(
                pipeline_version=manifest.get("pipeline_version", "unknown"),
                model=manifest.get("model", "unknown"),
                model_version=manifest.get("model_version", "unknown"),
                fingerprint=fingerprint,
                engine="load",
                workers=0,
                inputs=tuple(str(f) for f in group),
            )
            run_id = store.begin_run(info)
            for file in info.inputs:
                records = _valid_records(Path(file))
                counts = load_records(store, run_id, records, fingerprint)
                total, failed = total + counts.processed, failed + counts.failed
            store.finish_run(run_id, "completed")
    print(f"extract: loaded {total} records ({failed} errors) into {args.store}", file=sys.stderr)
    return 0


def _valid_records(file: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file; one that breaks the record schema is a ``DataError``
    naming its line (the batch it is in is not stored; earlier ones are)."""
    from extract.io import read_jsonl
    from extract.records import schema_errors

    for number, record in enumerate(read_jsonl(file), start=1):
        if problems := schema_errors(record):
            raise DataError(f"{file}:{number}: not an extract record: {problems[0]}")
        yield record
