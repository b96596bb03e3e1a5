"""Batch throughput, memory and resume on Reuters-21578, side by side in one run.

Measures, on the same articles and the same packaged model:

1. bare ``nlp.pipe`` (tagger, parser, NER ...; no cleaning, no value stages, no output);
2. ``extract run`` with the full pipeline into a store, ``--workers 1``;
3. the same with ``--workers 2``;

and reports words/s and docs/s of each, the ratios the targets are stated in (full / bare,
2 workers / 1 worker), and the resident memory of every process, sampled each second: its peak,
and its peak in the first and last quarter of the run (flat memory means these agree). Then a
resume test: a run killed with SIGKILL half-way, run again, must leave every document exactly
once in the store.

    python benchmarks/batch_throughput.py                # all 19,043 articles (~20 min)
    python benchmarks/batch_throughput.py --docs 2000    # a quicker look

Reads ../shared/data/reuters21578/reuters21578.jsonl.gz (research-only data, not committed);
writes the JSON report to stdout and its working files to a temporary folder. Needs psutil.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from itertools import islice
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=0, help="first N articles (default: all)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--skip-resume", action="store_true")
    args = parser.parse_args()
    os.environ["OMP_NUM_THREADS"] = "1"  # one core per process: the targets are per core

    work = Path(tempfile.mkdtemp(prefix="extract-bench-"))
    data = work / "reuters.jsonl.gz"
    with gzip.open(REUTERS, "rt", encoding="utf-8") as source:
        lines = list(islice(source, args.docs or None))
    with gzip.open(data, "wt", encoding="utf-8") as out:
        out.writelines(lines)
    texts = [json.loads(line)["text"] for line in lines]
    words = sum(len(text.split()) for text in texts)
    report: dict[str, Any] = {"documents": len(texts), "words": words, "results": {}}

    report["results"]["bare nlp.pipe"] = _measure(
        [sys.executable, __file__, "--bare", str(data), str(args.batch_size)], words, len(texts)
    )
    for workers in (1, 2):
        store = work / f"workers{workers}.db"
        command = _run_command(data, store, args.batch_size, workers)
        result = _measure(command, words, len(texts))
        result["stored"] = _count(store)
        report["results"][f"extract run, {workers} worker{'s' if workers > 1 else ''}"] = result
    results = report["results"]
    bare, one, two = (results[k]["seconds"] for k in results)
    report["ratios"] = {
        "full 1 worker / bare nlp.pipe (target >= 0.8)": round(bare / one, 3),
        "2 workers / 1 worker (target >= 1.7)": round(one / two, 3),
    }
    if not args.skip_resume:
        report["resume"] = _resume_test(data, work / "resume.db", args.batch_size, len(texts))
    print(json.dumps(report, indent=2))


def _run_command(data: Path, store: Path, batch_size: int, workers: int) -> list[str]:
    return [
        sys.executable, "-m", "extract.cli", "run", str(data), "--out", str(store), "--quiet",
        "--batch-size", str(batch_size), "--workers", str(workers),
    ]  # fmt: skip


def _measure(command: list[str], words: int, docs: int) -> dict[str, Any]:
    """Run ``command``, sampling the memory of it and its children every second."""
    began = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL)
    samples: dict[tuple[int, str], list[tuple[float, int]]] = {}
    while process.poll() is None:
        _sample(process, samples, time.perf_counter() - began)
        time.sleep(1.0)
    seconds = time.perf_counter() - began
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}")
    return {
        "seconds": round(seconds, 1),
        "words_per_second": round(words / seconds),
        "docs_per_second": round(docs / seconds, 1),
        "memory_mb": _memory_summary(samples, seconds),
    }


def _sample(
    process: psutil.Process, samples: dict[tuple[int, str], list[tuple[float, int]]], t: float
) -> None:
    try:
        family = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return
    for member in family:
        try:
            command = " ".join(member.cmdline())
            rss = member.memory_info().rss
        except psutil.NoSuchProcess:
            continue
        if "resource_tracker" in command:
            continue  # multiprocessing's bookkeeping process, not ours
        role = "worker" if "spawn_main" in command else "main"
        samples.setdefault((member.pid, role), []).append((t, rss))


def _memory_summary(
    samples: dict[tuple[int, str], list[tuple[float, int]]], seconds: float
) -> list[Any]:
    """Per process (that lived over a quarter of the run): peak, and peak per quarter."""
    summary = []
    for (_pid, role), points in samples.items():
        if len(points) < 4 or points[-1][0] - points[0][0] < seconds / 4:
            continue  # short-lived helper processes
        start, end = points[0][0], points[-1][0]
        quarters = [
            max((rss for t, rss in points if start + q * (end - start) / 4 <= t
                 <= start + (q + 1) * (end - start) / 4), default=0)
            for q in range(4)
        ]  # fmt: skip
        summary.append(
            {
                "process": role,
                "peak": round(max(rss for _, rss in points) / 2**20),
                "peak_by_quarter": [round(q / 2**20) for q in quarters],
            }
        )
    return summary


def _count(store: Path) -> dict[str, int]:
    with closing(sqlite3.connect(store)) as db:
        records = db.execute("SELECT count(*), count(DISTINCT doc_id) FROM records").fetchone()
        errors = db.execute("SELECT count(*) FROM errors").fetchone()[0]
    return {"records": records[0], "distinct_ids": records[1], "errors": errors}


def _resume_test(data: Path, store: Path, batch_size: int, docs: int) -> dict[str, Any]:
    """Kill a 2-worker run with SIGKILL (the whole process group) half-way, then run again."""
    command = _run_command(data, store, batch_size, 2)
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL)
    before = 0
    while process.poll() is None:
        time.sleep(1.0)
        try:
            before = _count(store)["records"]
        except sqlite3.DatabaseError:  # the file or its tables are being created
            continue
        if before >= docs // 2:
            break
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    after = _count(store)
    return {
        "killed_at_records": before,
        "after_resume": after,
        "every_document_once": after["records"] + after["errors"] == docs
        and after["records"] == after["distinct_ids"],
    }


def _bare(data: str, batch_size: int) -> None:
    """The baseline: the packaged model's ``nlp.pipe`` over the same texts, nothing else."""
    from extract.entities import load_nlp

    with gzip.open(data, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    nlp = load_nlp()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--bare":
        _bare(sys.argv[2], int(sys.argv[3]))
    else:
        main()
