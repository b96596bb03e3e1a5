"""Assemble the packaged pipeline from the two trained pipelines.

The syntax pipeline (tok2vec, tagger, morphologizer, trainable_lemmatizer, parser; trained on
UD English-EWT) and the NER pipeline (its own tok2vec + ner; trained on OntoNotes v4) are
trained separately because their data differ. The NER's listener is replaced by a copy of its
tok2vec so the component is self-contained, then it is sourced into the syntax pipeline.
Both token-vector layers read the same static vectors (``train_vectors.py``); the table is
stored once, in the assembled pipeline's vocab.

    python training/scripts/assemble.py training/output/syntax/model-best \
        training/output/ner/model-best src/extract/models/en_extract_core --version 0.1.0
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy
import spacy


def assemble(syntax_path: Path, ner_path: Path, version: str) -> spacy.language.Language:
    nlp = spacy.load(syntax_path)
    ner_nlp = spacy.load(ner_path)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    theirs, ours = ner_nlp.vocab.vectors, nlp.vocab.vectors
    if theirs.shape[0] and not ours.shape[0]:
        nlp.vocab.vectors = theirs  # only the NER reads static vectors
    elif theirs.shape[0] and not (
        theirs.mode == ours.mode and numpy.array_equal(ours.data, theirs.data)
    ):
        raise SystemExit("the NER and the syntax pipeline were trained with different vectors")
    nlp.add_pipe("ner", source=ner_nlp, name="ner")
    nlp.meta.update(
        {
            "name": "extract_core",
            "version": version,
            "description": "extract's English pipeline: UD EWT syntax + OntoNotes v4 NER. "
            "See MODEL_CARD.md.",
            "sources": [
                {"name": "OntoNotes 5.0 (CoNLL-2012 v4 split)", "license": "LDC2013T19"},
                {"name": "UD English-EWT 2.16", "license": "CC BY-SA 4.0"},
            ],
            "license": "CC BY-SA 4.0 (syntax); NER trained on LDC2013T19 (research use)",
        }
    )
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("syntax", type=Path)
    parser.add_argument("ner", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--version", required=True)
    args = parser.parse_args()
    nlp = assemble(args.syntax, args.ner, args.version)
    # Keep accuracy numbers from training in meta so the model card can be checked against them.
    performance = {}
    for path in (args.syntax, args.ner):
        meta = json.loads((path / "meta.json").read_text())
        performance.update(meta.get("performance", {}))
    nlp.meta["performance"] = performance
    args.output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.output)
    print(f"pipeline {nlp.pipe_names} -> {args.output}")


if __name__ == "__main__":
    main()
