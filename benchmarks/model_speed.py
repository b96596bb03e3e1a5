"""Words per second of the packaged spaCy pipeline on Reuters-21578, one process.

Measures, side by side in one run on the same articles: the full packaged pipeline
(tagger, morphologiser, lemmatiser, parser, NER) and the NER alone (the other components
disabled), so the ratio between them is meaningful even on a noisy machine.

    python benchmarks/model_speed.py --docs 2000

Reads ../shared/data/reuters21578/reuters21578.jsonl.gz (research-only data, not committed).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", default=None, help="spaCy pipeline; default: the packaged one")
    args = parser.parse_args()
    # One core per process is what the speed target is stated for.
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    from extract.entities import load_nlp

    with gzip.open(REUTERS, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in islice(handle, args.docs)]
    nlp = load_nlp(args.model)
    list(nlp.pipe(texts[:20]))  # warm-up: first calls allocate
    results = {}
    # The packaged NER carries its own token vectors, so "ner only" needs no other component.
    ner_only = [name for name in nlp.pipe_names if name != "ner"]
    for label, disabled in (("full pipeline", []), ("ner only", ner_only)):
        with nlp.select_pipes(disable=disabled):
            began = time.perf_counter()
            words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=args.batch_size))
            seconds = time.perf_counter() - began
        results[label] = {
            "docs": len(texts),
            "words": words,
            "seconds": round(seconds, 2),
            "words_per_second": round(words / seconds),
        }
    print(
        json.dumps(
            {"model": nlp.meta.get("name"), "version": nlp.meta.get("version"), "results": results},
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
