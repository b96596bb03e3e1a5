"""OntoNotes train DocBin -> a tags-only DocBin for the syntax pipeline's tagger.

Usage: python training/scripts/ontonotes_tags.py training/corpus/ner-train.spacy \
           training/corpus/syntax-mixed/onto-train.spacy

Keeps words, spaces, PTB tags and sentence starts (no entities, heads, morphology or lemmas:
the other syntax components treat those as missing), and undoes the PTB escapes of the
OntoNotes export ("-LRB-" -> "(", "``" -> '"') so the words look like running text.
"""

from __future__ import annotations

import sys

import spacy
from spacy.tokens import Doc, DocBin

UNESCAPE = {
    "-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}", "-LSB-": "[", "-RSB-": "]",
    "``": '"', "''": '"',
}  # fmt: skip


def main(source: str, target: str) -> None:
    nlp = spacy.blank("en")
    out = DocBin(attrs=["ORTH", "TAG", "SENT_START"])
    for doc in DocBin().from_disk(source).get_docs(nlp.vocab):
        out.add(
            Doc(
                nlp.vocab,
                words=[UNESCAPE.get(t.text, t.text) for t in doc],
                spaces=[bool(t.whitespace_) for t in doc],
                tags=[t.tag_ for t in doc],
                sent_starts=[bool(t.is_sent_start) for t in doc],
            )
        )
    out.to_disk(target)


if __name__ == "__main__":
    main(*sys.argv[1:3])
