"""Command line: a thin layer over the library. ``main(argv) -> int``.

Data goes to stdout or the ``--out`` file; logs, progress and the error summary go to stderr.
Exit codes: 0 success; 1 documents failed and ``--fail-on-error`` was given, or ``check`` found
problems; 2 usage error (bad arguments, missing input); 3 model cannot be loaded; 4 invalid data
file (rules, tables, gold, predictions).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract._version import __version__
from extract.cli_batch import add_commands as add_batch_commands
from extract.cli_batch import export_command, load_command, run_command
from extract.errors import DataError, ExtractError, InputError, ModelError, UsageError

if TYPE_CHECKING:
    pass

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_MODEL, EXIT_DATA = 0, 1, 2, 3, 4


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extract", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"extract {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    add_batch_commands(commands)

    score = commands.add_parser(
        "score", help="score predictions against gold; find_dates on TimeML; the NER on OntoNotes"
    )
    score.add_argument("--gold", help="folder of gold files (goes with --pred)")
    score.add_argument("--pred", help="predictions (JSON Lines records) to score against --gold")
    score.add_argument("--root", default=".", help="folder that gold text paths are relative to")
    score.add_argument("--shared", help="shared datasets folder (default: ROOT/../shared/data)")
    score.add_argument(
        "--timeml",
        nargs="+",
        action="extend",
        metavar="PATH",
        help=".tml files or folders: run find_dates on them, TempEval-3 scores",
    )
    score.add_argument(
        "--timeml-ner",
        action="store_true",
        help="give find_dates the NER's DATE/TIME spans too, as `run` does (loads the model)",
    )
    score.add_argument("--ontonotes", metavar="FILE", help="OntoNotes JSONL(.gz) or CoNLL: NER")
    score.add_argument("--model", help="spaCy pipeline for --ontonotes and --timeml-ner")
    score.add_argument("--limit", type=int, default=0, help="only the first N TimeML/NER docs")
    score.add_argument("--json", action="store_true", help="print the scores as JSON")
    score.add_argument("--html", metavar="FILE", help="write an HTML report of gold vs predicted")
    gate = score.add_mutually_exclusive_group()
    gate.add_argument(
        "--baseline", metavar="FILE", help="exit 1 if a tracked score dropped below this baseline"
    )
    gate.add_argument("--update-baseline", metavar="FILE", help="write this run as the baseline")
    score.add_argument(
        "--allow-lower", action="store_true", help="let --update-baseline lower a score"
    )

    ner = commands.add_parser("evaluate-ner", help="score the NER on OntoNotes JSONL or CoNLL data")
    ner.add_argument("data", help="OntoNotes .jsonl(.gz) or CoNLL column file")
    ner.add_argument("--model", help="spaCy pipeline (name or path); default: the packaged one")
    ner.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ner.add_argument("--json", action="store_true", help="print the scores as JSON")

    check = commands.add_parser("check", help="validate corpus and gold files")
    check.add_argument("--corpus", default="corpus")
    check.add_argument("--gold", default="gold")
    check.add_argument("--root", default=".", help="folder that gold text paths are relative to")
    check.add_argument("--shared", help="shared datasets folder (default: ROOT/../shared/data)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help/--version
        return int(exc.code or 0)
    try:
        if args.command == "run":
            return run_command(args)
        if args.command == "export":
            return export_command(args)
        if args.command == "load":
            return load_command(args)
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
    except BrokenPipeError:
        # The reader went away (`extract export ... | head`): stop quietly, as Unix tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout at exit
        return EXIT_OK


def _score(args: argparse.Namespace) -> int:
    from extract.report import format_ner_table, format_table, render_html, report_docs

    if args.gold is None and args.pred is None and not args.timeml and not args.ontonotes:
        raise UsageError("nothing to score: give --gold and --pred, --timeml or --ontonotes")
    if (args.gold is None) != (args.pred is None):
        raise UsageError("--gold and --pred go together")
    if (args.baseline or args.update_baseline) and args.gold is None:
        raise UsageError("--baseline and --update-baseline need --gold and --pred")
    if args.allow_lower and not args.update_baseline:
        raise UsageError("--allow-lower goes with --update-baseline")
    if args.limit < 0:
        raise UsageError("--limit must be 0 (all) or more")
    result: dict[str, Any] = {}
    sections: list[str] = []  # the text report, also the HTML's summary
    gate_message = ""
    docs: list[Any] = []
    code = EXIT_OK
    if args.gold is not None:
        evaluation, gold_set = _score_gold(args)
        result = evaluation.to_json()
        result["documents"]["skipped"] = [doc_id for doc_id, _ in gold_set.skipped]
        docs += report_docs(evaluation, {d.doc_id: d.text for d in gold_set.docs.values()})
        sections.append(format_table(result))
        if args.baseline or args.update_baseline:
            code, result["gate"], gate_message = _score_gate(args, evaluation, gold_set)
            sections.append(gate_message)
    if args.timeml:
        timeml = _score_timeml(args)
        result["timeml"] = timeml.to_json()
        docs += report_docs(timeml.evaluation, {d.doc_id: d.text for d in timeml.docs})
        how = "with the NER's spans" if args.timeml_ner else "patterns only, no NER"
        sections.append(
            f"TimeML, TempEval-3 measures: {len(timeml.docs)} documents, dates found in "
            f"{timeml.seconds:.1f}s ({how})\n" + format_table(result["timeml"], per_document=False)
        )
    if args.ontonotes:
        result["ontonotes"] = _score_ontonotes(args)
        sections.append(f"NER on {args.ontonotes}\n" + format_ner_table(result["ontonotes"]))
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        if gate_message:  # stdout carries the JSON; the verdict still reaches people
            print(gate_message, file=sys.stderr)
    else:
        print("\n\n".join(sections))
    if args.html:
        html_file = Path(args.html)
        html_file.parent.mkdir(parents=True, exist_ok=True)
        html_file.write_text(render_html(docs, summary="\n\n".join(sections)), encoding="utf-8")
        print(f"extract: wrote {html_file} ({len(docs)} documents)", file=sys.stderr)
    return code


def _score_gold(args: argparse.Namespace) -> tuple[Any, Any]:
    """The evaluation of ``--pred`` against the gold folder, and the gold set."""
    from extract.goldset import load_gold
    from extract.io import read_jsonl
    from extract.scoring import evaluate

    gold_dir, pred_file, root = Path(args.gold), Path(args.pred), Path(args.root)
    if not gold_dir.is_dir():
        raise UsageError(f"{gold_dir}: not a folder of gold files")
    if not pred_file.is_file():
        raise UsageError(f"{pred_file}: no such predictions file")
    shared = Path(args.shared) if args.shared else root.resolve().parent / "shared" / "data"
    gold_set = load_gold(gold_dir, root, shared)
    if not gold_set.docs and not gold_set.skipped:
        raise UsageError(f"{gold_dir}: no gold files (*.json)")
    message = gold_set.skipped_message()
    if message:
        print(f"extract: {message}", file=sys.stderr)
    pred = {}
    for number, record in enumerate(read_jsonl(pred_file), start=1):
        if not isinstance(record.get("doc_id"), str):
            raise DataError(f"{pred_file}: record {number} has no doc_id")
        pred[record["doc_id"]] = record
    return evaluate(gold_set.records, pred), gold_set


def _score_gate(
    args: argparse.Namespace, evaluation: Any, gold_set: Any
) -> tuple[int, dict[str, Any], str]:
    """Check against ``--baseline``, or write ``--update-baseline``: (exit code, JSON, text)."""
    from extract import gate
    from extract.goldset import is_research_only

    if args.baseline:
        report = gate.check(_read_baseline(Path(args.baseline)), evaluation, gold_set.sha256)
        return (EXIT_OK if report.passed else EXIT_FAILED), report.to_json(), report.format()
    target = Path(args.update_baseline)
    if gold_set.skipped:
        raise DataError(
            f"cannot write {target}: {gold_set.skipped_message()}; a baseline covers the whole "
            "gold set, so make it where ../shared/data is present (or pass --shared)"
        )
    old = _read_baseline(target) if target.exists() else None
    tolerance = old.get("tolerance") if old else None
    research_only = {d.doc_id for d in gold_set.docs.values() if is_research_only(d.record)}
    new = gate.make_baseline(evaluation, gold_set.sha256, tolerance, redact=research_only)
    drops = gate.lowered(old, new)
    if drops and not args.allow_lower:
        lines = [f"not updating {target}: these scores would drop (--allow-lower to accept):"]
        if old is not None and old["gold_sha256"] != gold_set.sha256:
            lines[0] += " (the gold changed since that baseline, so some change is expected)"
        lines += [f"  {drop.metric} {drop.baseline:.4f} -> {drop.current:.4f}" for drop in drops]
        return (
            EXIT_FAILED,
            {"updated": False, "would_drop": [d.metric for d in drops]},
            "\n".join(lines),
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(gate.dump(new), encoding="utf-8")
    lowered = f", lowering {', '.join(d.metric for d in drops)}" if drops else ""
    return EXIT_OK, {"updated": True}, f"extract: wrote baseline {target}{lowered}"


def _read_baseline(path: Path) -> dict[str, Any]:
    from extract.gate import validate

    if not path.is_file():
        raise UsageError(f"{path}: no such baseline file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"{path}: invalid JSON: {exc}") from exc
    return validate(data, str(path))


def _score_timeml(args: argparse.Namespace) -> Any:
    from itertools import islice

    from extract.timeml import read_timeml, score_timeml, timeml_files

    files = timeml_files(args.timeml)
    if not files:
        raise UsageError(f"no .tml files in {' '.join(args.timeml)}")
    docs = [read_timeml(f) for f in islice(files, args.limit or None)]
    if not args.timeml_ner:
        return score_timeml(docs)
    from extract.entities import entity_spans, load_nlp

    nlp = load_nlp(args.model)
    return score_timeml(docs, lambda texts: (entity_spans(doc) for doc in nlp.pipe(texts)))


def _score_ontonotes(args: argparse.Namespace) -> dict[str, Any]:
    from itertools import islice

    from extract.entities import load_nlp
    from extract.ner_eval import evaluate_ner, read_ner_corpus

    data = Path(args.ontonotes)
    if not data.is_file():
        raise UsageError(f"{data}: no such file")
    nlp = load_nlp(args.model)
    return evaluate_ner(nlp, islice(read_ner_corpus(data), args.limit or None))


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
    shared = Path(args.shared) if args.shared else root.resolve().parent / "shared" / "data"
    if not corpus.is_dir():
        raise UsageError(f"{corpus}: no such corpus folder")
    problems = check_corpus(corpus)
    summary = f"corpus {corpus}"
    if gold.is_dir():
        result = check_gold(gold, root, shared)
        problems.extend(result.problems)
        summary += f", {result.checked} gold file(s)"
        if result.skipped:
            summary += f", {len(result.skipped)} skipped: their texts are in {shared}, absent here"
    for problem in problems:
        print(problem)
    print(f"extract check: {summary}: {len(problems)} problem(s)", file=sys.stderr)
    return EXIT_FAILED if problems else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
