"""Scoring predicted records against gold records, layer by layer, as set arithmetic.

Contract: ``score(gold, pred)`` takes two mappings ``doc_id -> record dict`` (the gold files and
the pipeline's output share the record shape) and returns a JSON-ready dict of precision, recall
and F1 per layer: entities (strict span + label, and per label), money and dates (span match,
and value match: span plus normalised value), relations (type plus every role's span).
Only documents present in the gold are scored; a gold document with no prediction counts as
all misses and is listed under ``missing``.

>>> gold = {"d": {"entities": [{"start": 0, "end": 6, "text": "Havana", "label": "GPE"}]}}
>>> pred = {"d": {"entities": [{"start": 0, "end": 6, "text": "Havana", "label": "ORG"}]}}
>>> score(gold, pred)["entities"]["strict"]["f"]
0.0
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Key = tuple[Hashable, ...]
Record = Mapping[str, Any]


@dataclass(slots=True)
class PRF:
    """True positives, false positives and false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[Key], pred: set[Key]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "p": round(self.p, 4),
            "r": round(self.r, 4),
            "f": round(self.f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def _entity_key(item: Record) -> Key:
    return (item["start"], item["end"], item["label"])


def _span_key(item: Record) -> Key:
    return (item["start"], item["end"])


def _money_value_key(item: Record) -> Key:
    return (
        item["start"],
        item["end"],
        item.get("amount"),
        item.get("min"),
        item.get("max"),
        item.get("currency"),
    )


def _date_value_key(item: Record) -> Key:
    return (item["start"], item["end"], item["type"], item.get("value"))


def _relation_key(item: Record) -> Key:
    args = tuple(sorted((role, s["start"], s["end"]) for role, s in item["args"].items()))
    return (item["type"], args)


# layer -> measure -> key function; a measure compares the sets of keys of gold and prediction.
MEASURES: dict[str, dict[str, Callable[[Record], Key]]] = {
    "entities": {"strict": _entity_key, "span": _span_key},
    "money": {"span": _span_key, "value": _money_value_key},
    "dates": {"span": _span_key, "value": _date_value_key},
    "relations": {"strict": _relation_key},
}


def _keys(items: Iterable[Record], key: Callable[[Record], Key]) -> set[Key]:
    return {key(item) for item in items}


def score(gold: Mapping[str, Record], pred: Mapping[str, Record]) -> dict[str, Any]:
    """Precision, recall and F1 per layer and measure, plus per entity label and per document."""
    totals = {layer: {m: PRF() for m in measures} for layer, measures in MEASURES.items()}
    per_label: dict[str, PRF] = {}
    per_doc: dict[str, dict[str, Any]] = {}
    missing = sorted(doc_id for doc_id in gold if doc_id not in pred)
    for doc_id, gold_record in sorted(gold.items()):
        pred_record = pred.get(doc_id, {})
        doc_scores: dict[str, Any] = {}
        for layer, measures in MEASURES.items():
            gold_items = gold_record.get(layer, [])
            pred_items = pred_record.get(layer, [])
            for measure, key in measures.items():
                gold_keys, pred_keys = _keys(gold_items, key), _keys(pred_items, key)
                totals[layer][measure].add(gold_keys, pred_keys)
                doc_prf = PRF()
                doc_prf.add(gold_keys, pred_keys)
                doc_scores[f"{layer}.{measure}"] = round(doc_prf.f, 4)
        for label in {e["label"] for e in gold_record.get("entities", [])} | {
            e["label"] for e in pred_record.get("entities", [])
        }:
            per_label.setdefault(label, PRF()).add(
                _keys(
                    (e for e in gold_record.get("entities", []) if e["label"] == label), _entity_key
                ),
                _keys(
                    (e for e in pred_record.get("entities", []) if e["label"] == label), _entity_key
                ),
            )
        per_doc[doc_id] = doc_scores
    result: dict[str, Any] = {
        layer: {measure: prf.to_json() for measure, prf in measures.items()}
        for layer, measures in totals.items()
    }
    result["entities"]["per_label"] = {
        label: prf.to_json() for label, prf in sorted(per_label.items())
    }
    result["documents"] = {"scored": len(gold), "missing": missing, "per_document": per_doc}
    return result


def format_table(result: Mapping[str, Any]) -> str:
    """The scores as a plain-text table, one line per layer and measure, then per label."""
    lines = [f"{'layer':<12}{'measure':<10}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for layer in MEASURES:
        for measure, prf in result[layer].items():
            if measure == "per_label":
                continue
            lines.append(_row(layer, measure, prf))
    lines.append("")
    lines.append("entities per label")
    for label, prf in result["entities"]["per_label"].items():
        lines.append(_row("", label, prf))
    missing = result["documents"]["missing"]
    lines.append("")
    lines.append(
        f"documents scored: {result['documents']['scored']}, without prediction: {len(missing)}"
    )
    return "\n".join(lines)


def _row(layer: str, measure: str, prf: Mapping[str, Any]) -> str:
    return (
        f"{layer:<12}{measure:<10}{prf['p']:>8.3f}{prf['r']:>8.3f}{prf['f']:>8.3f}"
        f"{prf['tp']:>6}{prf['fp']:>6}{prf['fn']:>6}"
    )
