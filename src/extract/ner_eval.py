"""NER evaluation on pre-tokenised corpora: OntoNotes JSONL and CoNLL-style column files.

Contract: ``read_ner_corpus(path)`` yields ``TokenisedDoc`` (words, sentence starts and gold
entities as token spans) from ``.jsonl``/``.jsonl.gz`` OntoNotes exports (``{"sentences":
[{"words", "ner"}]}``) or CoNLL files (one token per line, the last column a BIO tag, blank lines
between sentences, ``-DOCSTART-`` lines between documents); ``evaluate_ner(nlp, docs)`` runs a
spaCy pipeline on the gold tokens and returns strict P/R/F1 overall and per label.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from spacy.language import Language
from spacy.tokens import Doc

from extract.errors import DataError
from extract.scoring import PRF

NOT_FOR_ENTITIES = frozenset(
    {"tagger", "morphologizer", "trainable_lemmatizer", "lemmatizer", "parser", "senter"}
)


@dataclass(frozen=True, slots=True)
class TokenisedDoc:
    """One document of gold tokens: entities are ``(start_token, end_token, label)``."""

    doc_id: str
    words: list[str]
    sent_starts: list[bool]
    entities: list[tuple[int, int, str]]


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity token spans from BIO (or IOB1) tags; an I- after O or another type starts one.

    >>> bio_spans(["B-ORG", "I-ORG", "O", "I-GPE", "B-GPE", "I-GPE"])
    [(0, 2, 'ORG'), (3, 4, 'GPE'), (4, 6, 'GPE')]
    """
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        kind, _, tag_label = tag.partition("-")
        continues = kind == "I" and start >= 0 and tag_label == label
        if start >= 0 and not continues:
            spans.append((start, i, label))
            start = -1
        if kind == "B" or (kind == "I" and not continues):
            start, label = i, tag_label
    return spans


def _open(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def read_ner_corpus(path: Path) -> Iterator[TokenisedDoc]:
    """Gold documents from an OntoNotes JSONL(.gz) or a CoNLL column file."""
    name = path.name.removesuffix(".gz")
    with _open(path) as handle:
        if name.endswith(".jsonl"):
            yield from _read_ontonotes(handle, path)
        else:
            yield from _read_conll(handle, path)


def _read_ontonotes(handle: IO[str], path: Path) -> Iterator[TokenisedDoc]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            words: list[str] = []
            starts: list[bool] = []
            tags: list[str] = []
            for sentence in data["sentences"]:
                words.extend(sentence["words"])
                starts.extend(i == 0 for i in range(len(sentence["words"])))
                tags.extend(sentence["ner"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise DataError(f"{path}:{number}: not an OntoNotes NER document: {exc}") from exc
        yield TokenisedDoc(str(data.get("doc_id", number)), words, starts, bio_spans(tags))


def _read_conll(handle: IO[str], path: Path) -> Iterator[TokenisedDoc]:
    words: list[str] = []
    starts: list[bool] = []
    tags: list[str] = []
    count = 0
    new_sentence = True

    def flush() -> TokenisedDoc:
        nonlocal count
        count += 1
        return TokenisedDoc(f"{path.name}#{count}", list(words), list(starts), bio_spans(tags))

    for number, line in enumerate(handle, start=1):
        columns = line.split()
        if not columns or columns[0] == "-DOCSTART-":
            new_sentence = True
            if columns and words:
                yield flush()
                words, starts, tags = [], [], []
            continue
        if len(columns) < 2:
            raise DataError(f"{path}:{number}: expected a word and a tag")
        words.append(columns[0])
        tags.append(columns[-1])
        starts.append(new_sentence)
        new_sentence = False
    if words:
        yield flush()


def evaluate_ner(
    nlp: Language, docs: Iterable[TokenisedDoc], batch_size: int = 64
) -> dict[str, Any]:
    """Strict entity P/R/F1 (span and label) of ``nlp`` on gold-tokenised documents."""
    total = PRF()
    per_label: dict[str, PRF] = {}
    gold_docs = list(docs)
    inputs = [
        Doc(nlp.vocab, words=d.words, sent_starts=list[bool | int | None](d.sent_starts))
        for d in gold_docs
    ]
    n_words = sum(len(d.words) for d in gold_docs)
    began = time.perf_counter()
    # Components that never set entities are skipped; a shared tok2vec stays, the NER may need it.
    skipped = [name for name in nlp.pipe_names if name in NOT_FOR_ENTITIES]
    predictions = nlp.pipe(inputs, batch_size=batch_size, disable=skipped)
    for gold, predicted in zip(gold_docs, predictions, strict=True):
        gold_set = set(gold.entities)
        pred_set = {(e.start, e.end, e.label_) for e in predicted.ents}
        total.add(gold_set, pred_set)  # type: ignore[arg-type]
        for label in {s[2] for s in gold_set | pred_set}:
            per_label.setdefault(label, PRF()).add(
                {s for s in gold_set if s[2] == label},
                {s for s in pred_set if s[2] == label},
            )
    seconds = time.perf_counter() - began
    return {
        "documents": len(gold_docs),
        "words": n_words,
        "words_per_second": round(n_words / seconds) if seconds else None,
        "overall": total.to_json(),
        "per_label": {label: prf.to_json() for label, prf in sorted(per_label.items())},
    }
