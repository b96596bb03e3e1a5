"""model_speedups: the cached floret lookup and lemmatizer annotate exactly as spaCy's own."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.strings import StringStore
from spacy.vectors import Vectors

from extract import model_speedups
from extract.model_speedups import CachedFloretVectors, slow_down, speed_up

WORDS = [
    pytest.param(["Havana", "Moscow", "Havana"], id="repeated-word"),
    pytest.param(["", "Cuba"], id="empty-string"),
    pytest.param(["", ""], id="only-empty-strings"),
    pytest.param(["a", "U.S.", "mln", "dlrs", "Rosneft", "s"], id="short-and-dotted"),
    pytest.param(["Ñandú", "São", "Paulo"], id="non-ascii"),
]


def _floret(words: list[str]) -> tuple[Vectors, list[int]]:
    strings = StringStore(words)
    data = np.random.default_rng(7).random((97, 6), dtype="float32")
    vectors = Vectors(
        strings=strings, data=data, mode="floret", minn=2, maxn=4, hash_count=2, hash_seed=11
    )
    return vectors, [strings.add(w) for w in words]


@pytest.mark.parametrize("words", WORDS)
def test_cached_floret_vectors_equal_spacys(words: list[str]) -> None:
    vectors, keys = _floret(words)
    cached = CachedFloretVectors.like(vectors)
    expected = vectors.get_batch(keys)
    assert np.array_equal(cached.get_batch(keys), expected)
    assert np.array_equal(cached.get_batch(keys), expected)  # now from the cache


def test_cached_floret_vectors_start_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_speedups, "CACHE_LIMIT", 2)
    words = ["Havana", "Moscow", "Caracas", "Havana"]
    vectors, keys = _floret(words)
    cached = CachedFloretVectors.like(vectors)
    assert np.array_equal(cached.get_batch(keys), vectors.get_batch(keys))
    assert len(cached._rows) <= 2


def test_speed_up_leaves_other_pipelines_alone() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("trainable_lemmatizer", config={"top_k": 2})
    assert speed_up(nlp) == []


TEXTS = [
    "Russian exports to Cuba jumped 81 percent to $225 million in the January-September period.",
    "Their manufacturer Avtovaz, Russia s biggest carmaker, says it hopes to ramp up exports.",
    "The ministers were meeting in Havana; talks had been scheduled for Thursday.",
    "Shipments of cheap fuel from its troubled socialist ally Venezuela have slumped.",
]


def test_packaged_pipeline_annotates_as_without_speedups() -> None:
    from extract.entities import default_model_path, load_nlp

    plain, fast = spacy.load(default_model_path()), spacy.load(default_model_path())
    assert speed_up(fast) == ["vectors", "trainable_lemmatizer"]
    slow_down(fast)
    assert type(fast.vocab.vectors) is Vectors
    assert speed_up(fast) == ["vectors", "trainable_lemmatizer"]
    assert isinstance(load_nlp().vocab.vectors, CachedFloretVectors)
    for slow_doc, fast_doc in zip(plain.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
        assert [(t.lemma_, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i) for t in fast_doc] == [
            (t.lemma_, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i) for t in slow_doc
        ]
        assert [(e.start, e.end, e.label_) for e in fast_doc.ents] == [
            (e.start, e.end, e.label_) for e in slow_doc.ents
        ]
