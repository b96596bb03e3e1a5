"""Record types: one immutable, typed record per article, with explicit JSON (de)serialisation.

Contract: every span in a record carries ``start``/``end`` character offsets into the *raw*
input text (end-exclusive) and ``text == raw[start:end]``; amounts are decimal strings, never
floats. ``Record.to_json()`` produces exactly what ``data/record.schema.json`` describes.

>>> e = Entity(start=0, end=6, text="Havana", label="GPE")
>>> e.to_json()
{'start': 0, 'end': 6, 'text': 'Havana', 'label': 'GPE'}
>>> Entity.from_json(e.to_json()) == e
True
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from jsonschema import Draft202012Validator, FormatChecker

SCHEMA_VERSION = "extract.record/1"

JSON = dict[str, Any]
DateType = Literal["DATE", "TIME", "DURATION", "SET"]


def sha256_digest(data: bytes) -> str:
    """The digest form used in records and gold files: ``sha256:`` + hex.

    >>> sha256_digest(b"abc")[:15]
    'sha256:ba7816bf'
    """
    return "sha256:" + hashlib.sha256(data).hexdigest()


def text_sha256(raw: str) -> str:
    """Hash of the raw text as stored in records (the digest of its UTF-8 bytes).

    >>> text_sha256("abc") == sha256_digest(b"abc")
    True
    """
    return sha256_digest(raw.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the raw text: ``raw[start:end] == text``."""

    start: int
    end: int
    text: str

    def to_json(self) -> JSON:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Span:
        return cls(start=data["start"], end=data["end"], text=data["text"])

    @classmethod
    def of(cls, raw: str, start: int, end: int) -> Span:
        """The span of ``raw`` between two offsets, its text taken from ``raw`` itself."""
        return cls(start=start, end=end, text=raw[start:end])


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity with its OntoNotes label (PERSON, ORG, GPE, MONEY, DATE, ...)."""

    start: int
    end: int
    text: str
    label: str

    def to_json(self) -> JSON:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Entity:
        return cls(start=data["start"], end=data["end"], text=data["text"], label=data["label"])


@dataclass(frozen=True, slots=True)
class Money:
    """A money mention and its normalised value.

    Either ``amount`` (a single value) or ``min``/``max`` (a range, one bound may be open) is
    set; all three are decimal strings in the currency's main unit. ``currency`` is an ISO 4217
    code or None; ``currency_assumed`` says it was inferred (a bare "$" read as USD).
    ``qualifier`` keeps the hedge ("about", "more than", ...). Where the value cannot be
    determined with confidence, the numbers are None and ``reason`` says why.
    ``equivalent_of`` is the index (in the record's money list) of the mention this one restates,
    as in "430 million euros ($508.60 million)". ``note`` marks a unit price: ``"per share"``,
    ``"per tonne"``, ``"each"`` (GUIDELINES.md 4.9).
    """

    start: int
    end: int
    text: str
    amount: str | None = None
    min: str | None = None
    max: str | None = None
    currency: str | None = None
    currency_assumed: bool = False
    qualifier: str | None = None
    reason: str | None = None
    equivalent_of: int | None = None
    rule: str | None = None
    note: str | None = None

    def to_json(self) -> JSON:
        data: JSON = {"start": self.start, "end": self.end, "text": self.text}
        if self.min is not None or self.max is not None:
            data["min"] = self.min
            data["max"] = self.max
        else:
            data["amount"] = self.amount
        data["currency"] = self.currency
        if self.currency_assumed:
            data["currency_assumed"] = True
        for key in ("qualifier", "reason", "equivalent_of", "rule", "note"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Money:
        return cls(
            start=data["start"],
            end=data["end"],
            text=data["text"],
            amount=data.get("amount"),
            min=data.get("min"),
            max=data.get("max"),
            currency=data.get("currency"),
            currency_assumed=bool(data.get("currency_assumed", False)),
            qualifier=data.get("qualifier"),
            reason=data.get("reason"),
            equivalent_of=data.get("equivalent_of"),
            rule=data.get("rule"),
            note=data.get("note"),
        )


@dataclass(frozen=True, slots=True)
class Percentage:
    """A percentage mention and its number as a decimal string ("81 percent" -> "81"), or None
    when the number cannot be read or is no one percentage (a range; percentage points, which
    are a difference)."""

    start: int
    end: int
    text: str
    value: str | None

    def to_json(self) -> JSON:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Percentage:
        return cls(data["start"], data["end"], data["text"], data.get("value"))


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression with its TIMEX3 ``type`` and ``value``.

    ``value`` is TIMEX3 notation ("2017-11", "2017-Q3", "199X", "P10Y", "PAST_REF") or None
    when it cannot be resolved (then ``reason`` says why). ``interval_start``/``interval_end``
    are the first and last calendar day the expression denotes, where known.
    """

    start: int
    end: int
    text: str
    type: DateType
    value: str | None
    interval_start: str | None = None
    interval_end: str | None = None
    reason: str | None = None
    rule: str | None = None

    def to_json(self) -> JSON:
        data: JSON = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if self.interval_start is not None or self.interval_end is not None:
            data["interval"] = {"start": self.interval_start, "end": self.interval_end}
        for key in ("reason", "rule"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DateMention:
        interval = data.get("interval") or {}
        return cls(
            start=data["start"],
            end=data["end"],
            text=data["text"],
            type=data["type"],
            value=data.get("value"),
            interval_start=interval.get("start"),
            interval_end=interval.get("end"),
            reason=data.get("reason"),
            rule=data.get("rule"),
        )


@dataclass(frozen=True, slots=True)
class Relation:
    """A fact: a relation ``type`` whose ``args`` map role names to raw-text spans.

    ``evidence`` is the sentence the fact was read from; ``rule`` the id of the rule that fired.
    ``names``: role -> its entry in the record's ``names``; ``same_as``: the index of the first
    relation stating the same fact (type, linked arguments) in an earlier sentence.
    """

    type: str
    args: Mapping[str, Span]
    evidence: Span
    rule: str
    names: Mapping[str, int] = field(default_factory=dict)
    same_as: int | None = None

    def to_json(self) -> JSON:
        data: JSON = {
            "type": self.type,
            "args": {role: span.to_json() for role, span in sorted(self.args.items())},
            "evidence": self.evidence.to_json(),
            "rule": self.rule,
        }
        if self.names:
            data["names"] = dict(sorted(self.names.items()))
        if self.same_as is not None:
            data["same_as"] = self.same_as
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Relation:
        return cls(
            type=data["type"],
            args={role: Span.from_json(span) for role, span in data["args"].items()},
            evidence=Span.from_json(data["evidence"]),
            rule=data["rule"],
            names=dict(data.get("names", {})),
            same_as=data.get("same_as"),
        )


@dataclass(frozen=True, slots=True)
class Name:
    """A participant named in the article (``linking.py``): ``name`` is its fullest form,
    ``entities`` the indices of its mentions in the record's entities ("Russian Railways", "RZD").
    """

    id: int
    name: str
    label: str
    entities: tuple[int, ...]

    def to_json(self) -> JSON:
        entities = list(self.entities)
        return {"id": self.id, "name": self.name, "label": self.label, "entities": entities}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Name:
        return cls(data["id"], data["name"], data["label"], tuple(data["entities"]))


@dataclass(frozen=True, slots=True)
class DocumentError:
    """Why a document produced no annotations: ``kind`` is a stable code, ``message`` prose."""

    kind: str
    message: str

    def to_json(self) -> JSON:
        return {"kind": self.kind, "message": self.message}


@dataclass(frozen=True, slots=True)
class Record:
    """Everything extracted from one article, or the error that stopped it."""

    doc_id: str
    published: str | None
    text_sha256: str | None
    pipeline_version: str
    model: str
    model_version: str
    source: str | None = None
    entities: tuple[Entity, ...] = ()
    money: tuple[Money, ...] = ()
    percentages: tuple[Percentage, ...] = ()
    dates: tuple[DateMention, ...] = ()
    relations: tuple[Relation, ...] = ()
    names: tuple[Name, ...] = ()  # the linked names (optional: absent from older records)
    dct_source: str | None = None
    input: Mapping[str, Any] | None = None  # provenance of an HTML page's extracted text
    error: DocumentError | None = field(default=None)

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> JSON:
        data: JSON = {
            "schema": SCHEMA_VERSION,
            "doc_id": self.doc_id,
            "status": "ok" if self.error is None else "error",
            "source": self.source,
            "published": self.published,
            "dct_source": self.dct_source,
            "text_sha256": self.text_sha256,
            "pipeline_version": self.pipeline_version,
            "model": {"name": self.model, "version": self.model_version},
            "entities": [e.to_json() for e in self.entities],
            "money": [m.to_json() for m in self.money],
            "percentages": [p.to_json() for p in self.percentages],
            "dates": [d.to_json() for d in self.dates],
            "relations": [r.to_json() for r in self.relations],
        }
        if self.names:
            data["names"] = [n.to_json() for n in self.names]
        if self.input is not None:
            data["input"] = dict(self.input)
        if self.error is not None:
            data["error"] = self.error.to_json()
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Record:
        error = data.get("error")
        model = data.get("model") or {}
        return cls(
            doc_id=data["doc_id"],
            published=data.get("published"),
            text_sha256=data.get("text_sha256"),
            pipeline_version=data.get("pipeline_version", ""),
            model=model.get("name", ""),
            model_version=model.get("version", ""),
            source=data.get("source"),
            entities=tuple(Entity.from_json(e) for e in data.get("entities", [])),
            money=tuple(Money.from_json(m) for m in data.get("money", [])),
            percentages=tuple(Percentage.from_json(p) for p in data.get("percentages", [])),
            dates=tuple(DateMention.from_json(d) for d in data.get("dates", [])),
            relations=tuple(Relation.from_json(r) for r in data.get("relations", [])),
            names=tuple(Name.from_json(n) for n in data.get("names", [])),
            dct_source=data.get("dct_source"),
            input=data.get("input"),
            error=DocumentError(error["kind"], error["message"]) if error else None,
        )


@cache
def record_schema() -> JSON:
    """The JSON Schema of ``Record.to_json()`` output (``data/record.schema.json``)."""
    path = resources.files("extract") / "data" / "record.schema.json"
    schema: JSON = json.loads(path.read_text(encoding="utf-8"))
    return schema


def schema_errors(record: Mapping[str, Any]) -> list[str]:
    """Every way ``record`` breaks the record schema, as ``path: message`` strings."""
    validator = Draft202012Validator(record_schema(), format_checker=FormatChecker())
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '<record>'}: {error.message}"
        for error in sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
    ]


def offset_errors(record: Mapping[str, Any], raw: str) -> list[str]:
    """Every span of ``record`` whose offsets do not select its text in ``raw`` (a span without
    ``text``, as in gold over research-only texts, is only checked to lie inside ``raw``)."""
    errors = []
    for where, span in iter_spans(record):
        start, end, text = span["start"], span["end"], span.get("text")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(raw)):
            errors.append(
                f"{where}: offsets {start}-{end} not a span of the text (length {len(raw)})"
            )
        elif text is not None and raw[start:end] != text:
            errors.append(f"{where}: raw[{start}:{end}] is {raw[start:end]!r}, not {text!r}")
    return errors


def iter_spans(record: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """``(path, span)`` for every span in a record dict: mentions, relation args and evidence."""
    for layer in ("entities", "money", "percentages", "dates"):
        for i, item in enumerate(record.get(layer, [])):
            yield f"{layer}[{i}]", item
    for i, relation in enumerate(record.get("relations", [])):
        for role, span in relation.get("args", {}).items():
            yield f"relations[{i}].args.{role}", span
        if "evidence" in relation:
            yield f"relations[{i}].evidence", relation["evidence"]
