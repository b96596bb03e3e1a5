"""Raw text for `spacy pretrain`: Reuters-21578 articles and OntoNotes v4 training documents.

Writes JSON Lines of {"text": ...} pieces of at most about 300 words (spaCy's pretraining
corpus skips documents over its max_length), paragraphs kept whole where they fit.

    python training/scripts/raw_text.py ../shared/data training/corpus/raw.jsonl

Only the OntoNotes *training* split is used, so the NER's dev scores stay unseen text.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

MAX_WORDS = 300


def _pieces(paragraphs: list[str]) -> Iterator[str]:
    piece: list[str] = []
    words = 0
    for paragraph in paragraphs:
        count = len(paragraph.split())
        if piece and words + count > MAX_WORDS:
            yield "\n\n".join(piece)
            piece, words = [], 0
        if count <= MAX_WORDS:
            piece.append(paragraph)
            words += count
    if piece:
        yield "\n\n".join(piece)


def main(data: Path, out: Path) -> None:
    count = 0
    with out.open("w", encoding="utf-8") as sink:
        with gzip.open(data / "reuters21578" / "reuters21578.jsonl.gz", "rt") as handle:
            for line in handle:
                text = json.loads(line)["text"]
                for piece in _pieces([p.strip() for p in text.split("\n\n") if p.strip()]):
                    sink.write(json.dumps({"text": piece}) + "\n")
                    count += 1
        with gzip.open(data / "ontonotes" / "ontonotes-v4-train.jsonl.gz", "rt") as handle:
            for line in handle:
                sentences = [" ".join(s["words"]) for s in json.loads(line)["sentences"]]
                for piece in _pieces(sentences):
                    sink.write(json.dumps({"text": piece}) + "\n")
                    count += 1
    print(f"{count} pieces -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
