"""Convert the OntoNotes v4 JSONL export into spaCy DocBin files for NER training.

Input: one document per line, ``{"doc_id", "genre", "sentences": [{"words", "pos", "ner"}]}``
with BIO tags over the 18 OntoNotes types. Output: one spaCy ``Doc`` per document, with
sentence starts, PTB tags and entities, so the NER sees document context while training.

    python training/scripts/convert_ontonotes.py \
        ../shared/data/ontonotes/ontonotes-v4-train.jsonl.gz training/corpus/ner-train.spacy
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab


def read_documents(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def to_doc(vocab: Vocab, record: dict) -> Doc:
    words: list[str] = []
    tags: list[str] = []
    ents: list[str] = []
    sent_starts: list[bool] = []
    for sentence in record["sentences"]:
        for i, word in enumerate(sentence["words"]):
            words.append(word)
            sent_starts.append(i == 0)
        tags.extend(sentence["pos"])
        ents.extend(_repair_bio(sentence["ner"]))
    return Doc(vocab, words=words, tags=tags, ents=ents, sent_starts=sent_starts)


def _repair_bio(tags: list[str]) -> list[str]:
    """Turn an I- tag that follows O or another type into B-, as spaCy requires valid IOB."""
    fixed: list[str] = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and (previous == "O" or previous[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
        previous = tag
    return fixed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    vocab = Vocab()
    docbin = DocBin(attrs=["ORTH", "TAG", "ENT_IOB", "ENT_TYPE", "SENT_START"])
    n_docs = n_tokens = 0
    for record in read_documents(args.source):
        doc = to_doc(vocab, record)
        docbin.add(doc)
        n_docs += 1
        n_tokens += len(doc)
    args.target.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(args.target)
    print(f"{args.source} -> {args.target}: {n_docs} docs, {n_tokens} tokens")


if __name__ == "__main__":
    main()
