"""Faster stand-ins for two spaCy internals of a loaded pipeline; the annotations stay the same.

Contract: ``speed_up(nlp)`` swaps, in place, (1) a floret vectors table for one that keeps each
word's n-gram rows once worked out, and (2) an edit-tree lemmatizer that picks the best tree
(``top_k`` 1) for one that keeps each (tree, word) result; anything else is left alone. It
returns the names of what it swapped. ``slow_down(nlp)`` swaps them back (for a benchmark
that times both).

Why: spaCy's floret lookup hashes every character n-gram of every distinct word of a batch in
Python, again for each batch, and its edit-tree lemmatizer applies the chosen tree to each
token twice (to check it applies, then to set the lemma), again for every token. Both are
functions of the word alone, and news repeats its words: on Reuters-21578 the two were about a
tenth of the packaged pipeline's time (``benchmarks/model_speed.py``). The caches are bounded:
when one holds ``CACHE_LIMIT`` words it is emptied and starts over.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.pipeline.edit_tree_lemmatizer import EditTreeLemmatizer
from spacy.tokens import Doc
from spacy.vectors import Mode, Vectors
from thinc.backends import get_array_ops

CACHE_LIMIT = 200_000


def speed_up(nlp: Language) -> list[str]:
    """Swap the pipeline's floret vectors and best-tree lemmatizers for the cached ones."""
    swapped = []
    vectors = nlp.vocab.vectors
    if type(vectors) is Vectors and vectors.mode == Mode.floret:
        nlp.vocab.vectors = CachedFloretVectors.like(vectors)
        swapped.append("vectors")
    for name, pipe in nlp.pipeline:
        if type(pipe) is EditTreeLemmatizer and pipe.top_k == 1:
            pipe.__class__ = CachedEditTreeLemmatizer  # same layout: a subclass adding no slots
            swapped.append(name)
    return swapped


def slow_down(nlp: Language) -> None:
    """Undo ``speed_up``: spaCy's own floret lookup and edit-tree lemmatizer again."""
    if isinstance(nlp.vocab.vectors, CachedFloretVectors):
        nlp.vocab.vectors = Vectors(**_floret_settings(nlp.vocab.vectors))
    for _, pipe in nlp.pipeline:
        if type(pipe) is CachedEditTreeLemmatizer:
            pipe.__class__ = EditTreeLemmatizer
            pipe.__dict__.pop("_applied", None)


# ``Vectors``' keyword arguments: a floret table's data and settings.
_FLORET_SETTINGS = (
    "strings",
    "data",
    "name",
    "mode",
    "minn",
    "maxn",
    "hash_count",
    "hash_seed",
    "bow",
    "eow",
    "attr",
)


def _floret_settings(vectors: Vectors) -> dict[str, Any]:
    """The keyword arguments of a table over the same data with the same settings."""
    return {name: getattr(vectors, name) for name in _FLORET_SETTINGS}


class CachedFloretVectors(Vectors):  # type: ignore[misc]  # a Cython class, untyped
    """Floret vectors whose n-gram rows are worked out once per word (``get_batch``)."""

    _rows: dict[int, np.ndarray]

    @classmethod
    def like(cls, vectors: Vectors) -> CachedFloretVectors:
        """A cached table over the same data and floret settings as ``vectors``."""
        cached = cls(**_floret_settings(vectors))
        cached._rows = {}
        return cached

    def get_batch(self, keys: Any) -> Any:
        """The vector of each key: the mean of its n-grams' rows, as ``Vectors.get_batch``."""
        ops = get_array_ops(self.data)  # type: ignore[no-untyped-call]
        unique, inverse = np.unique(np.asarray(keys, dtype="uint64"), return_inverse=True)
        rows = [self._rows_of(int(key)) for key in unique]
        lengths = np.asarray([len(r) for r in rows], dtype="int32")
        indices = np.concatenate(rows) if rows else np.zeros(0, dtype="int32")
        if not indices.size:  # only empty strings, as spaCy's own lookup has it
            return ops.xp.zeros((len(inverse.reshape(-1)), self.data.shape[1]))
        vecs = ops.reduce_mean(self.data[indices], ops.asarray1i(lengths))
        return ops.as_contig(vecs[inverse.reshape(-1)])

    def _rows_of(self, key: int) -> np.ndarray:
        rows = self._rows.get(key)
        if rows is None:
            word, table_rows = self.strings.as_string(key), self.data.shape[0]
            found = [
                h % table_rows
                for ngram in (self._get_ngrams(word) if word else ())
                for h in self._get_ngram_hashes(ngram)
            ]
            rows = np.asarray(found, dtype="int32")
            if len(self._rows) >= CACHE_LIMIT:
                self._rows.clear()
            self._rows[key] = rows
        return rows


_UNSEEN = object()


class CachedEditTreeLemmatizer(EditTreeLemmatizer):
    """An edit-tree lemmatizer (``top_k`` 1) that applies a tree to a word once."""

    def _apply(self, tree: int, orth: int) -> str | None:
        cache: dict[tuple[int, int], str | None] = self.__dict__.setdefault("_applied", {})
        lemma = cache.get((tree, orth), _UNSEEN)
        if lemma is _UNSEEN:
            lemma = self.trees.apply(tree, self.vocab.strings[orth])
            if len(cache) >= CACHE_LIMIT:
                cache.clear()
            cache[tree, orth] = lemma
        return lemma  # type: ignore[return-value]

    def _scores2guesses_top_k_equals_1(self, docs: list[Doc], scores: Any) -> list[np.ndarray]:
        labels = self.cfg["labels"]
        guesses = []
        for doc, doc_scores in zip(docs, scores, strict=True):
            best = self.numpy_ops.asarray(doc_scores.argmax(axis=1)).tolist()
            orths = doc.to_array("ORTH").tolist()
            guesses.append(
                np.array(
                    [
                        labels[b] if self._apply(labels[b], orth) is not None else -1
                        for b, orth in zip(best, orths, strict=True)
                    ]
                )
            )
        return guesses

    def set_annotations(self, docs: Iterable[Doc], batch_tree_ids: Any) -> None:
        for doc, tree_ids in zip(docs, batch_tree_ids, strict=True):
            if hasattr(tree_ids, "get"):
                tree_ids = tree_ids.get()
            orths = doc.to_array("ORTH").tolist()
            lemmas = doc.to_array("LEMMA").tolist()
            for j, tree in enumerate(np.asarray(tree_ids).tolist()):
                if not (self.overwrite or lemmas[j] == 0):
                    continue
                if tree == -1:  # no tree applies: the backoff attribute, if any
                    if self.backoff is not None:
                        doc[j].lemma = getattr(doc[j], self.backoff)
                else:
                    lemma = self._apply(tree, orths[j])
                    assert lemma is not None  # predict keeps only trees that apply to the word
                    doc[j].lemma_ = lemma
