"""Loading a gold folder: one JSON file per document, its text found and checked, and a digest.

Contract: ``load_gold(folder, root, shared)`` reads every gold file of ``folder`` (a baseline
file kept there is not one), resolves each document's text with ``gold_text``, checks it against
the file's ``text_sha256``, and returns a ``GoldSet``; a document whose text lives in a shared
dataset that is absent here (no ``../shared/data``) is skipped and listed, never scored as
misses. ``GoldSet.sha256`` pins the gold files, and through their checked ``text_sha256`` the
texts: a baseline made for other gold is refused.

Text references (``text``): ``{"path": "corpus/x.txt"}`` relative to ``root``;
``{"dataset": "reuters21578", "id": "reuters-123"}``, the ``text`` of that line of
``shared/reuters21578/reuters21578.jsonl.gz``; ``{"dataset": "tempeval3", "path":
"TimeBank/X.tml"}``, the ``<TEXT>`` of that file as ``extract.timeml`` reads it. A gold file with
no reference at all is scored without a text.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from extract.errors import DataError
from extract.records import iter_spans, text_sha256
from extract.timeml import read_timeml

REUTERS = Path("reuters21578") / "reuters21578.jsonl.gz"
TEMPEVAL = Path("tempeval3")
BASELINE_SCHEMA_PREFIX = "extract.baseline/"


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: its file, its record and its text (None if it names no text)."""

    doc_id: str
    path: Path
    record: dict[str, Any]
    text: str | None


@dataclass(frozen=True, slots=True)
class GoldSet:
    """The gold documents that can be scored here, those skipped (id, why) and the digest."""

    docs: dict[str, GoldDoc]
    skipped: list[tuple[str, str]]
    sha256: str

    @property
    def records(self) -> dict[str, dict[str, Any]]:
        return {doc_id: doc.record for doc_id, doc in self.docs.items()}

    def skipped_message(self) -> str | None:
        """One line naming how many documents were skipped and where their texts should be."""
        if not self.skipped:
            return None
        where = Counter(reason for _, reason in self.skipped)
        total = len(self.docs) + len(self.skipped)
        return (
            f"{len(self.skipped)} of {total} gold documents skipped, their texts are absent here: "
            + ", ".join(f"{n} need {reason}" for reason, n in sorted(where.items()))
        )


def _reference(gold: dict[str, Any]) -> dict[str, Any] | None:
    ref = gold.get("text")
    if ref is not None and not isinstance(ref, dict):
        raise DataError(f"{gold.get('doc_id')}: 'text' must be an object naming where it is")
    return ref


def text_location(gold: dict[str, Any], root: Path, shared: Path) -> Path | None:
    """The file holding a gold document's text (None if it names none).

    >>> str(text_location({"text": {"dataset": "tempeval3", "path": "A/x.tml"}}, Path("."),
    ...                   Path("s")))
    's/tempeval3/A/x.tml'
    """
    ref = _reference(gold)
    if ref is None:
        return None
    dataset = ref.get("dataset")
    if dataset is None and "path" in ref:
        return root / str(ref["path"])
    if dataset == "reuters21578" and "id" in ref:
        return shared / REUTERS
    if dataset == "tempeval3" and "path" in ref:
        return shared / TEMPEVAL / str(ref["path"])
    raise DataError(f"{gold.get('doc_id')}: unknown text reference {json.dumps(ref)}")


def gold_text(gold: dict[str, Any], root: Path, shared: Path) -> str | None:
    """The raw text a gold document annotates, or None when it names none or when its shared
    dataset (``shared`` is the folder of ``reuters21578/`` and ``tempeval3/``) is absent.

    A text in the project (``path``) must exist, and so must an entry of a dataset that is
    present: a broken reference raises ``DataError`` rather than silently skipping a document.
    """
    location = text_location(gold, root, shared)
    if location is None:
        return None
    ref = _reference(gold) or {}
    dataset = ref.get("dataset")
    if dataset is not None and not (shared / dataset).is_dir():
        return None
    if dataset == "reuters21578":
        text = _reuters_texts(location).get(ref["id"])
        if text is None:
            raise DataError(f"{gold.get('doc_id')}: {ref['id']} is not in {location}")
        return text
    if not location.is_file():
        raise DataError(f"{gold.get('doc_id')}: text {location} does not exist")
    if dataset == "tempeval3":
        return read_timeml(location).text
    try:
        return location.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{location}: cannot read the text: {exc}") from exc


@cache
def _reuters_texts(path: Path) -> dict[str, str]:
    """Every Reuters-21578 article's text by id (read once: one pass over 19,043 lines)."""
    texts: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                item = json.loads(line)
                texts[str(item["id"])] = item["text"]
    return texts


def _fill_span_texts(record: dict[str, Any], text: str) -> None:
    """Give every span of ``record`` its text, in memory (gold over research-only texts stores
    offsets only), so that reports and diffs can show what each item says."""
    for _, span in iter_spans(record):
        start, end = span.get("start"), span.get("end")
        if isinstance(span, dict) and "text" not in span and isinstance(start, int):
            span["text"] = text[start:end] if isinstance(end, int) else ""


def is_research_only(record: dict[str, Any]) -> bool:
    """Whether the gold names its text in a shared, research-only dataset (whose text, even in
    excerpts, may not be committed)."""
    ref = record.get("text")
    return isinstance(ref, dict) and "dataset" in ref


def is_baseline(data: Any) -> bool:
    """Whether a JSON value read from the gold folder is a baseline file, not gold."""
    schema = data.get("schema") if isinstance(data, dict) else None
    return isinstance(schema, str) and schema.startswith(BASELINE_SCHEMA_PREFIX)


def load_gold(folder: Path, root: Path, shared: Path) -> GoldSet:
    """The gold set of ``folder`` (``*.json``), texts resolved and checked; see the module."""
    docs: dict[str, GoldDoc] = {}
    skipped: list[tuple[str, str]] = []
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.json")):
        raw = path.read_bytes()
        try:
            record = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DataError(f"{path}: invalid JSON: {exc}") from exc
        if is_baseline(record):
            continue  # the baseline may live next to the gold; it is not gold, nor hashed
        if not isinstance(record, dict) or not isinstance(record.get("doc_id"), str):
            raise DataError(f"{path}: not a gold record (an object with a string 'doc_id')")
        doc_id = record["doc_id"]
        if doc_id in docs or any(doc_id == s for s, _ in skipped):
            raise DataError(f"{path}: doc_id {doc_id!r} is used by another gold file")
        # Name and content of every file; each content pins its text through text_sha256.
        digest.update(f"{path.name}\0{hashlib.sha256(raw).hexdigest()}\n".encode())
        text = gold_text(record, root, shared)
        if text is None and _reference(record) is not None:
            skipped.append((doc_id, str(shared / (_reference(record) or {})["dataset"])))
            continue
        expected = record.get("text_sha256")
        if text is not None and expected is not None and text_sha256(text) != expected:
            raise DataError(
                f"{path}: the text of {doc_id} does not match its text_sha256 "
                f"(the text changed: re-check the gold offsets and update text_sha256)"
            )
        if text is not None:
            _fill_span_texts(record, text)
        docs[doc_id] = GoldDoc(doc_id, path, record, text)
    return GoldSet(docs, skipped, "sha256:" + digest.hexdigest())
