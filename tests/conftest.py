"""Shared fixtures: paths, and the few session-scoped objects that load the real model."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from extract import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def corpus_records(pipeline):  # type: ignore[no-untyped-def]
    """The pipeline's records for every corpus document, with the raw texts."""
    from extract.io import Document, read_documents

    docs = [d for d in read_documents([CORPUS]) if isinstance(d, Document)]
    return [(doc, record) for doc, record in zip(docs, pipeline.process_many(docs), strict=True)]
