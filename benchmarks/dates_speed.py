"""Milliseconds per article of ``find_dates`` (patterns only), this tree against a git revision.

The two source trees run alternately in fresh processes on the same Reuters-21578 articles, so
the ratio is measured side by side; absolute times vary from run to run. The revision is
checked out into a temporary git worktree and removed afterwards.
Reads ../shared/data/reuters21578/ (research-only data, not committed).

    python benchmarks/dates_speed.py --base REV [--docs 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REUTERS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl.gz"

# Runs in a child process with PYTHONPATH set to one tree's src/; prints ms per article.
_TIMED = """
import gzip, json, sys, time
from itertools import islice
from extract.dates import find_dates, resolve_dct
rows = islice((json.loads(line) for line in gzip.open(sys.argv[1], "rt")), int(sys.argv[2]))
pairs = [(a["text"], resolve_dct(a.get("published"), a["text"])) for a in rows]
for text, dct in pairs[:50]:
    find_dates(text, dct)
began = time.perf_counter()
for text, dct in pairs:
    find_dates(text, dct)
print((time.perf_counter() - began) / len(pairs) * 1000)
"""


def _ms_per_article(src: Path, docs: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(src), "OMP_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _TIMED, str(REUTERS), str(docs)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="git revision to compare with")
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch) / "base"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), args.base],
            check=True,
            capture_output=True,
        )
        try:
            times: dict[str, list[float]] = {"base": [], "this": []}
            for _ in range(args.rounds):
                times["base"].append(_ms_per_article(base / "src", args.docs))
                times["this"].append(_ms_per_article(ROOT / "src", args.docs))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=True
            )
    medians = {k: statistics.median(v) for k, v in times.items()}
    result = {
        "base": args.base,
        "docs": args.docs,
        "ms_per_article": times,
        "median_ratio_this_to_base": round(medians["this"] / medians["base"], 3),
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
