"""How many DATE/TIME entities of OntoNotes v4 dev the date patterns find (no NER).

OntoNotes marks ages and some bare nouns ("the day") that GUIDELINES 5.1 leaves out, so this
is a recall check for expressions the patterns never find, not a score to reach 1.0. The text
is the tokens joined by spaces, and the DCT a fixed 2005-06-15 (values are not checked).
Reads ../shared/data/ontonotes/ontonotes-v4-dev.jsonl.gz (research-only data, not committed).

    python benchmarks/dates_ontonotes_recall.py [--misses N]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from extract.dates import Dct, find_dates
from extract.ner_eval import read_ner_corpus

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "ontonotes" / "ontonotes-v4-dev.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="list the N most frequent misses")
    args = parser.parse_args()
    total, found, misses = 0, 0, Counter[str]()
    for doc in read_ner_corpus(DEV):
        starts, position = [], 0
        for word in doc.words:
            starts.append(position)
            position += len(word) + 1
        text = " ".join(doc.words)
        spans = [(m.start, m.end) for m in find_dates(text, Dct("2005-06-15", "metadata"))]
        for first, last, label in doc.entities:
            if label not in ("DATE", "TIME"):
                continue
            start, end = starts[first], starts[last - 1] + len(doc.words[last - 1])
            total += 1
            if any(s < end and start < e for s, e in spans):
                found += 1
            else:
                misses[re.sub(r"\d", "9", text[start:end].lower())] += 1
    print(
        f"DATE/TIME entities: {total}, overlapped by a found expression: {found} "
        f"({found / total:.3f})"
    )
    for form, count in misses.most_common(args.misses):
        print(f"{count:4d}  {form}")


if __name__ == "__main__":
    main()
