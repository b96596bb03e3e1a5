"""Command line: a thin layer over the library. ``main(argv) -> int``.

Data goes to stdout or the ``--out`` file; logs, progress and the error summary go to stderr.
Exit codes: 0 success; 1 documents failed and ``--fail-on-error`` was given, or ``check`` found
problems; 2 usage error (bad arguments, missing input); 3 model cannot be loaded; 4 invalid data
file (rules, tables, gold, predictions).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from extract._version import __version__
from extract.errors import DataError, ExtractError, InputError, ModelError, UsageError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_MODEL, EXIT_DATA = 0, 1, 2, 3, 4


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extract", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"extract {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="extract one record per document")
    run.add_argument("inputs", nargs="+", help=".txt, .json, .jsonl files or folders of them")
    run.add_argument("--out", "-o", help="output JSON Lines file (default: stdout)")
    run.add_argument("--model", help="spaCy pipeline (name or path) for entities")
    run.add_argument("--batch-size", type=int, default=32)
    run.add_argument("--fail-on-error", action="store_true", help="exit 1 if any document failed")

    score = commands.add_parser("score", help="score predictions against gold")
    score.add_argument("--gold", required=True, help="folder of gold files")
    score.add_argument("--pred", required=True, help="predictions (JSON Lines records)")
    score.add_argument("--json", action="store_true", help="print the scores as JSON")

    ner = commands.add_parser("evaluate-ner", help="score the NER on OntoNotes JSONL or CoNLL data")
    ner.add_argument("data", help="OntoNotes .jsonl(.gz) or CoNLL column file")
    ner.add_argument("--model", help="spaCy pipeline (name or path); default: the packaged one")
    ner.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ner.add_argument("--json", action="store_true", help="print the scores as JSON")

    check = commands.add_parser("check", help="validate corpus and gold files")
    check.add_argument("--corpus", default="corpus")
    check.add_argument("--gold", default="gold")
    check.add_argument("--root", default=".", help="folder that gold text paths are relative to")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help/--version
        return int(exc.code or 0)
    try:
        if args.command == "run":
            return _run(args)
        if args.command == "score":
            return _score(args)
        if args.command == "evaluate-ner":
            return _evaluate_ner(args)
        return _check(args)
    except UsageError as exc:
        print(f"extract: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ModelError as exc:
        print(f"extract: model error: {exc}", file=sys.stderr)
        return EXIT_MODEL
    except (DataError, InputError) as exc:
        print(f"extract: data error: {exc}", file=sys.stderr)
        return EXIT_DATA
    except ExtractError as exc:
        print(f"extract: error: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _run(args: argparse.Namespace) -> int:
    from extract.io import read_documents
    from extract.pipeline import Pipeline

    if args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    documents = read_documents(args.inputs)
    pipeline = Pipeline(model=args.model, batch_size=args.batch_size)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as out:
            count, failures = _write_records(pipeline.process_many(documents), out)
    else:
        count, failures = _write_records(pipeline.process_many(documents), sys.stdout)
    print(
        f"extract: {count} documents, {count - len(failures)} ok, {len(failures)} failed",
        file=sys.stderr,
    )
    for failure in failures:
        print(f"  failed: {failure}", file=sys.stderr)
    return EXIT_FAILED if failures and args.fail_on_error else EXIT_OK


def _write_records(records: Iterable[dict[str, Any]], out: TextIO) -> tuple[int, list[str]]:
    """Write each record as it comes (flushed), reporting failures on stderr as they happen."""
    from extract.io import write_jsonl

    count = 0
    failures: list[str] = []
    for record in records:
        if record["status"] == "error":
            error = record["error"]
            where = record["source"] or record["doc_id"]
            failures.append(f"{where} [{record['doc_id']}]: {error['kind']}: {error['message']}")
            print(f"extract: {failures[-1]}", file=sys.stderr)
        count += write_jsonl([record], out)
    return count, failures


def _score(args: argparse.Namespace) -> int:
    from extract.io import read_jsonl
    from extract.scoring import format_table, score

    gold_dir, pred_file = Path(args.gold), Path(args.pred)
    if not gold_dir.is_dir():
        raise UsageError(f"{gold_dir}: not a folder of gold files")
    if not pred_file.is_file():
        raise UsageError(f"{pred_file}: no such predictions file")
    gold = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise DataError(f"{path}: invalid JSON: {exc}") from exc
        gold[record["doc_id"]] = record
    if not gold:
        raise UsageError(f"{gold_dir}: no gold files (*.json)")
    pred = {record["doc_id"]: record for record in read_jsonl(pred_file)}
    result = score(gold, pred)
    print(json.dumps(result, indent=2) if args.json else format_table(result))
    return EXIT_OK


def _evaluate_ner(args: argparse.Namespace) -> int:
    from itertools import islice

    from extract.entities import load_nlp
    from extract.ner_eval import evaluate_ner, read_ner_corpus

    data = Path(args.data)
    if not data.is_file():
        raise UsageError(f"{data}: no such file")
    nlp = load_nlp(args.model)
    docs = read_ner_corpus(data)
    result = evaluate_ner(nlp, islice(docs, args.limit) if args.limit > 0 else docs)
    if args.json:
        print(json.dumps(result, indent=2))
        return EXIT_OK
    speed = result["words_per_second"]
    print(f"{result['documents']} documents, {result['words']} words, {speed} words/s")
    print(f"{'label':<14}{'P':>8}{'R':>8}{'F1':>8}{'TP':>7}{'FP':>7}{'FN':>7}")
    rows = [("ALL", result["overall"]), *result["per_label"].items()]
    for label, prf in rows:
        print(
            f"{label:<14}{prf['p']:>8.3f}{prf['r']:>8.3f}{prf['f']:>8.3f}"
            f"{prf['tp']:>7}{prf['fp']:>7}{prf['fn']:>7}"
        )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from extract.check import check_corpus, check_gold

    corpus, gold, root = Path(args.corpus), Path(args.gold), Path(args.root)
    problems = []
    if corpus.is_dir():
        problems.extend(check_corpus(corpus))
    else:
        raise UsageError(f"{corpus}: no such corpus folder")
    if gold.is_dir():
        problems.extend(check_gold(gold, root))
    for problem in problems:
        print(problem)
    print(f"extract check: {len(problems)} problem(s)", file=sys.stderr)
    return EXIT_FAILED if problems else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
