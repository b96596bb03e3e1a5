"""Static word vectors for the NER, trained here with floret on the project's raw text.

floret (explosion's fastText fork, on PyPI) stores a vector per hashed character n-gram and
word, so a small table (``--bucket`` rows) covers every word, including ones never seen in
training; spaCy loads the result with ``spacy init vectors --mode floret``.

    python training/scripts/train_vectors.py training/corpus/raw.jsonl training/corpus/vectors

reads the JSON Lines written by ``raw_text.py`` (Reuters-21578 and the OntoNotes v4 *training*
documents, never the dev split), tokenises them with spaCy's English tokenizer (the one the
pipeline uses, so the keys match ``token.orth_``), trains skip-gram vectors and writes a spaCy
vectors directory (``<out>/nlp``) that ``configs/ner.cfg`` takes as ``paths.vectors``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import floret  # type: ignore[import-not-found]
import spacy
from spacy.training.initialize import convert_vectors


def write_tokenised(raw: Path, out: Path) -> int:
    """Write one line of space-separated tokens per text; return the token count."""
    tokenizer = spacy.blank("en").tokenizer
    count = 0
    with raw.open(encoding="utf-8") as source, out.open("w", encoding="utf-8") as sink:
        for line in source:
            tokens = [t.text for t in tokenizer(json.loads(line)["text"]) if not t.is_space]
            count += len(tokens)
            sink.write(" ".join(tokens) + "\n")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path, help="JSON Lines of {'text': ...} (raw_text.py)")
    parser.add_argument("out", type=Path, help="output directory")
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--bucket", type=int, default=50000, help="rows of the vector table")
    parser.add_argument("--epoch", type=int, default=10)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "tokens.txt"
        tokens = write_tokenised(args.raw, text)
        print(f"{tokens:,} tokens", file=sys.stderr)
        model = floret.train_unsupervised(
            str(text),
            model="skipgram",
            mode="floret",
            dim=args.dim,
            bucket=args.bucket,
            minn=4,
            maxn=5,
            hashCount=2,
            epoch=args.epoch,
            minCount=args.min_count,
            thread=1,
        )
    table = args.out / "vectors.floret"
    model.save_floret_vectors(str(table))
    nlp = spacy.blank("en")  # what `spacy init vectors en TABLE OUT --mode floret` makes
    convert_vectors(nlp, table, truncate=0, prune=-1, mode="floret")
    nlp.to_disk(args.out / "nlp")
    print(f"vectors {nlp.vocab.vectors.shape} -> {args.out / 'nlp'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
