"""NER F1 on OntoNotes dev with the gold sentence starts, none, or the parser's.

Usage: python training/scripts/ner_sentence_starts.py {gold,none,parser} \
           [--model src/extract/models/en_extract_core] [--data ../shared/data]

spaCy's NER never crosses a sentence start it is given; ``extract evaluate-ner`` gives it the
gold ones. This measures what it loses or gains when the starts are absent (the NER runs first
in ``extract``'s pipeline) or come from the parser (the NER runs after it).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

import spacy
from spacy.tokens import Doc

from extract.ner_eval import evaluate_ner, read_ner_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("starts", choices=("gold", "none", "parser"))
    parser.add_argument("--model", default="src/extract/models/en_extract_core")
    parser.add_argument("--data", default="../shared/data")
    args = parser.parse_args()
    path = Path(args.data) / "ontonotes" / "ontonotes-v4-dev.jsonl.gz"
    docs = list(read_ner_corpus(path))
    if args.starts == "none":
        docs = [
            dataclasses.replace(d, sent_starts=[True] + [False] * (len(d.words) - 1)) for d in docs
        ]
    elif args.starts == "parser":
        syntax = spacy.load(args.model, exclude=["ner"])
        parsed = syntax.pipe(Doc(syntax.vocab, words=d.words) for d in docs)
        docs = [
            dataclasses.replace(d, sent_starts=[bool(t.is_sent_start) for t in parsed_doc])
            for d, parsed_doc in zip(docs, parsed, strict=True)
        ]
    scores = evaluate_ner(spacy.load(args.model), docs)
    print(json.dumps({"starts": args.starts, **scores["overall"]}))


if __name__ == "__main__":
    main()
