"""NER accuracy on the gold set with and without cleaning, side by side in one run.

    python benchmarks/cleaning_effect.py [--gold gold/]

Runs the pipeline twice over the gold texts (default cleaning steps, then none) and prints the
entity scores of both; the difference is what cleaning is worth to the NER.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "gold")
    args = parser.parse_args()

    from extract.goldset import load_gold
    from extract.io import Document
    from extract.pipeline import Pipeline
    from extract.scoring import score

    gold_set = load_gold(args.gold, ROOT, ROOT.parent / "shared" / "data")
    docs = [
        Document(d.doc_id, d.text, d.record.get("published"))
        for d in gold_set.docs.values()
        if d.text is not None
    ]
    results = {}
    for label, steps in (("cleaned", None), ("raw", ())):
        pipeline = Pipeline(clean_steps=steps)
        pred = {r["doc_id"]: r for r in pipeline.process_many(docs)}
        result = score(gold_set.records, pred)
        results[label] = {
            "entities.strict": result["entities"]["strict"],
            "entities.span": result["entities"]["span"]["f"],
            "relations.strict": result["relations"]["strict"]["f"],
        }
    print(json.dumps({"documents": len(docs), **results}, indent=2))


if __name__ == "__main__":
    main()
