"""Words per second of the packaged spaCy pipeline on Reuters-21578, one process.

Measures, side by side in one run on the same articles: the full packaged pipeline
(tagger, morphologiser, lemmatiser, parser, NER) and the NER alone (the other components
disabled), so the ratio between them is meaningful even on a noisy machine.

    python benchmarks/model_speed.py --docs 2000 [--rounds 3] [--reference]

The settings take turns: each round times every setting once on all the articles, the order
rotated from round to round, so that a slow spell of a shared machine falls on all of them
alike. Each setting reports its median over the rounds, and each ratio is the median of the
ratios within a round.

``--reference`` also times, in the same run, a pipeline of the architecture spaCy's
``en_core_web_sm`` is built from, which cannot be installed here: ``spacy init config
--optimize efficiency`` for tagger, parser and NER (shared tok2vec width 96, parser hidden
width 128, NER hidden width 64), with the NER given its own copy of the tok2vec as in spaCy's
trained pipelines, and the packaged model's labels. It is trained for a few epochs on the
packaged model's output for 100 articles (random seed fixed), only so that it finds about as
many sentences and entities (the work per word of a transition-based component depends on
them; the counts are printed); its accuracy is not the point. "full pipeline / reference" is
then the speed ratio to a small spaCy pipeline on this machine.

Reads ../shared/data/reuters21578/reuters21578.jsonl.gz (research-only data, not committed).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import time
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3, help="turns each setting takes")
    parser.add_argument("--model", default=None, help="spaCy pipeline; default: the packaged one")
    parser.add_argument(
        "--reference", action="store_true", help="also time a pipeline of spaCy's sm architecture"
    )
    args = parser.parse_args()
    # One core per process is what the speed target is stated for.
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    from extract.entities import load_nlp

    with gzip.open(REUTERS, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in islice(handle, args.docs)]
    nlp = load_nlp(args.model)
    list(nlp.pipe(texts[:20]))  # warm-up: first calls allocate
    # The packaged NER carries its own token vectors, so "ner only" needs no other component.
    ner_only = [name for name in nlp.pipe_names if name != "ner"]
    settings = [("full pipeline", nlp, []), ("ner only", nlp, ner_only)]
    if args.reference:
        reference = reference_pipeline(nlp, texts[:100])
        list(reference.pipe(texts[:20]))
        settings.append(("reference (sm architecture)", reference, []))
    rounds: dict[str, list[dict[str, Any]]] = {label: [] for label, _, _ in settings}
    for turn in range(args.rounds):
        for label, pipeline, disabled in (
            settings[turn % len(settings) :] + settings[: turn % len(settings)]
        ):
            rounds[label].append(_timed(pipeline, disabled, texts, args.batch_size))
    results = {label: _summary(runs) for label, runs in rounds.items()}
    ratios = {
        f"{label} / {base}": _median_ratio(rounds[label], rounds[base])
        for label, base in _RATIOS
        if label in rounds and base in rounds
    }
    print(
        json.dumps(
            {
                "model": nlp.meta.get("name"),
                "version": nlp.meta.get("version"),
                "rounds": args.rounds,
                "results": results,
                "ratios": ratios,
            },
            indent=2,
        )
    )


# (numerator, denominator) of the speed ratios reported.
_RATIOS = (
    ("full pipeline", "reference (sm architecture)"),
    ("ner only", "full pipeline"),
)


def _timed(pipeline: Any, disabled: list[str], texts: list[str], batch_size: int) -> dict[str, Any]:
    with pipeline.select_pipes(disable=disabled):
        began = time.perf_counter()
        docs = list(pipeline.pipe(texts, batch_size=batch_size))
        seconds = time.perf_counter() - began
    words = sum(len(doc) for doc in docs)
    return {
        "docs": len(texts),
        "words": words,
        "entities": sum(len(doc.ents) for doc in docs),
        "sentences": sum(_sentences(doc) for doc in docs),
        "seconds": round(seconds, 2),
        "words_per_second": round(words / seconds),
    }


def _summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The first run's counts (every round sees the same articles), the median speed and
    each round's speed."""
    speeds = [run["words_per_second"] for run in runs]
    summary = {key: runs[0][key] for key in ("docs", "words", "entities", "sentences")}
    summary["words_per_second"] = round(statistics.median(speeds))
    summary["words_per_second_by_round"] = speeds
    return summary


def _median_ratio(runs: list[dict[str, Any]], bases: list[dict[str, Any]]) -> dict[str, Any]:
    by_round = [
        round(run["words_per_second"] / base["words_per_second"], 3)
        for run, base in zip(runs, bases, strict=True)
    ]
    return {"median": round(statistics.median(by_round), 3), "by_round": by_round}


def _sentences(doc: Any) -> int:
    return sum(1 for _ in doc.sents) if doc.has_annotation("SENT_START") else 0


def reference_pipeline(packaged: Any, sample: list[str], epochs: int = 10) -> Any:
    """spaCy's efficiency architecture for tagger, parser and NER, untrained, with the labels
    the packaged pipeline predicts on ``sample`` (label counts size the output layers)."""
    import spacy
    from spacy.cli.init_config import init_config
    from spacy.training import Example

    spacy.util.fix_random_seed(0)
    config = init_config(lang="en", pipeline=["tagger", "parser", "ner"], optimize="efficiency")
    reference = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    for name in ("tagger", "parser", "ner"):
        for label in packaged.get_pipe(name).labels:
            reference.get_pipe(name).add_label(label)
    annotated = list(packaged.pipe(sample))
    examples = [Example(reference.make_doc(d.text), d) for d in annotated]
    optimizer = reference.initialize(lambda: examples)
    # A few epochs on the packaged model's own output: an untrained parser and NER act
    # abnormally (a sentence and an entity at every word), which changes their work per word.
    for _ in range(epochs):
        for batch in spacy.util.minibatch(examples, size=8):
            reference.update(batch, sgd=optimizer)
    # spaCy's trained pipelines give the NER its own token vectors, as the packaged one has.
    reference.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    return reference


if __name__ == "__main__":
    main()
