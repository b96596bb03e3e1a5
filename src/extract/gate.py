"""Regression gate: a baseline of scores and item-level results, pinned to the gold set's digest.

Contract: ``make_baseline(evaluation, gold_sha256)`` returns the baseline (a JSON-ready dict:
the tracked scores, and per document and tracked measure its counts, the gold items it got
right and its false alarms, each as ``key -> text``); ``check(baseline, evaluation,
gold_sha256)`` compares a new evaluation with it and returns a ``GateReport`` (the scores that
dropped by more than their tolerance, the items that became wrong, the new false alarms);
``lowered(old, new)`` lists the scores a new baseline would lower. A baseline made for other
gold raises ``DataError``. The CLI turns a failed report into exit code 1.

>>> from extract.scoring import evaluate
>>> gold = {"d": {"entities": [{"start": 0, "end": 6, "text": "Havana", "label": "GPE"}]}}
>>> baseline = make_baseline(evaluate(gold, gold), "sha256:x")
>>> report = check(baseline, evaluate(gold, {"d": {}}), "sha256:x")
>>> report.passed, [str(d) for d in report.drops][0]
(False, 'entities.strict.f 1.0000 -> 0.0000 (-1.0000, tolerance 0.0050)')
>>> print(report.format())
gate FAILED: 1 documents compared with the baseline
  dropped: entities.strict.f 1.0000 -> 0.0000 (-1.0000, tolerance 0.0050)
  dropped: entities.type.f 1.0000 -> 0.0000 (-1.0000, tolerance 0.0050)
became wrong (right in the baseline): 1
  d  0:6 GPE  'Havana'  (entities.strict, entities.type)
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from extract.errors import DataError
from extract.scoring import PRF, Evaluation, describe

SCHEMA = "extract.baseline/1"

# The scores the gate guards: the headline measure of every layer and its relaxed variant, so
# that a boundary regression and a labelling or normalisation regression both show.
TRACKED = (
    "entities.strict.f",
    "entities.type.f",
    "money.span.f",
    "money.value.f",
    "dates.span.f",
    "dates.value.f",
    "relations.strict.f",
    "relations.relaxed.f",
)

# Half a point of F1, absolute. Scoring is deterministic (same model, code and gold give the same
# numbers), so the tolerance is not there for noise: it lets a change trade one item for another
# on the larger layers (one of ~200 entities moves F1 by ~0.0025-0.005) while failing on anything
# that loses more. On small layers (a few dozen relations) any lost item exceeds it, on purpose:
# there every item is a rule's whole evidence. A layer that needs slack gets its own entry in the
# baseline's "tolerance" map, e.g. {"default": 0.005, "relations.relaxed.f": 0.02}.
DEFAULT_TOLERANCE = 0.005
_EPSILON = 1e-9  # float slack when comparing a drop with its tolerance


@dataclass(frozen=True, slots=True)
class Drop:
    """A tracked score lower than the baseline's by more than its tolerance."""

    metric: str
    baseline: float
    current: float
    tolerance: float

    def __str__(self) -> str:
        change = self.current - self.baseline
        return (
            f"{self.metric} {self.baseline:.4f} -> {self.current:.4f} "
            f"({change:+.4f}, tolerance {self.tolerance:.4f})"
        )


@dataclass(frozen=True, slots=True)
class ItemChange:
    """An item of one document whose outcome changed: its measure, key and text."""

    doc_id: str
    measure: str
    key: str
    text: str

    def __str__(self) -> str:
        return f"{self.doc_id}  {self.measure}  {self.key}  {self.text!r}"


@dataclass(slots=True)
class GateReport:
    """What a comparison with the baseline found; ``passed`` unless a score dropped."""

    drops: list[Drop] = field(default_factory=list)
    newly_wrong: list[ItemChange] = field(default_factory=list)
    new_false_alarms: list[ItemChange] = field(default_factory=list)
    fixed: int = 0
    compared: int = 0
    not_compared: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.drops

    def to_json(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "drops": [
                {"metric": d.metric, "baseline": d.baseline, "current": d.current}
                | {"tolerance": d.tolerance}
                for d in self.drops
            ],
            "newly_wrong": [_change_json(c) for c in self.newly_wrong],
            "new_false_alarms": [_change_json(c) for c in self.new_false_alarms],
            "fixed": self.fixed,
            "documents_compared": self.compared,
            "documents_not_compared": self.not_compared,
        }

    def format(self) -> str:
        """The verdict, the drops and the items behind them, for people."""
        verdict = "passed" if self.passed else "FAILED"
        lines = [f"gate {verdict}: {self.compared} documents compared with the baseline"]
        if self.not_compared:
            lines.append(f"  not compared (no text here): {len(self.not_compared)} documents")
        lines.extend(f"  dropped: {drop}" for drop in self.drops)
        for title, changes in (
            ("became wrong (right in the baseline)", self.newly_wrong),
            ("new false alarms", self.new_false_alarms),
        ):
            # One line per item, naming every tracked measure it changed in.
            grouped: dict[tuple[str, str, str], list[str]] = {}
            for c in changes:
                grouped.setdefault((c.doc_id, c.key, c.text), []).append(c.measure)
            if grouped:
                lines.append(f"{title}: {len(grouped)}")
            for (doc_id, key, text), measures in grouped.items():
                lines.append(f"  {doc_id}  {key}  {text!r}  ({', '.join(measures)})")
        if self.fixed:
            lines.append(f"right now, wrong in the baseline: {self.fixed}")
        return "\n".join(lines)


def _change_json(change: ItemChange) -> dict[str, str]:
    return {"doc": change.doc_id, "measure": change.measure, "key": change.key, "text": change.text}


def _measure(metric: str) -> tuple[str, str]:
    layer, measure, _ = metric.split(".")
    return layer, measure


def make_baseline(
    evaluation: Evaluation,
    gold_sha256: str,
    tolerance: Mapping[str, float] | None = None,
    redact: Collection[str] = (),
) -> dict[str, Any]:
    """The baseline of ``evaluation``: tracked scores and, per document, item-level results.

    Documents in ``redact`` (texts that may not be committed) keep their item keys but not
    their texts; a report shows those texts from the gold it is checked against.
    """
    documents: dict[str, Any] = {}
    for doc in evaluation.documents:
        entry = documents[doc.doc_id] = {}
        shown = (lambda _: "") if doc.doc_id in redact else (lambda text: text)
        for metric in TRACKED:
            layer, measure = _measure(metric)
            outcome = doc.outcomes[layer][measure]
            prf = outcome.prf
            correct = (describe(outcome.gold[i]) for i, _ in outcome.correct)
            alarms = (describe(outcome.pred[j]) for j in outcome.false_alarms)
            entry[f"{layer}.{measure}"] = {
                "counts": [prf.tp, prf.fp, prf.fn],
                "correct": {key: shown(text) for key, text in correct},
                "false_alarms": {key: shown(text) for key, text in alarms},
            }
    return {
        "schema": SCHEMA,
        "gold_sha256": gold_sha256,
        "tolerance": dict(tolerance or {"default": DEFAULT_TOLERANCE}),
        "scores": {m: round(evaluation.total(*_measure(m)).f, 4) for m in TRACKED},
        "documents": documents,
    }


def dump(baseline: Mapping[str, Any]) -> str:
    """The baseline as stable, diff-friendly JSON: sorted keys, one count triple per line.

    >>> print(dump({"b": {"counts": [1, 0, 2]}, "a": 1}), end="")
    {
     "a": 1,
     "b": {
      "counts": [1, 0, 2]
     }
    }
    """
    text = json.dumps(baseline, indent=1, sort_keys=True, ensure_ascii=False)
    return re.sub(r"\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]", r"[\1, \2, \3]", text) + "\n"


def validate(baseline: Any, where: str = "baseline") -> dict[str, Any]:
    """The baseline if it is one of this schema, with a valid tolerance map; else DataError."""
    if not isinstance(baseline, dict) or baseline.get("schema") != SCHEMA:
        raise DataError(f"{where}: not a baseline (schema {SCHEMA})")
    for key in ("gold_sha256", "scores", "documents"):
        if key not in baseline:
            raise DataError(f"{where}: no {key!r}")
    for metric, value in baseline.get("tolerance", {}).items():
        if metric != "default" and metric not in TRACKED:
            raise DataError(f"{where}: tolerance for {metric!r}, which is not tracked {TRACKED}")
        if not isinstance(value, int | float) or value < 0:
            raise DataError(f"{where}: tolerance {metric}={value!r} must be a number >= 0")
    return baseline


def tolerance_of(baseline: Mapping[str, Any], metric: str) -> float:
    tolerances = baseline.get("tolerance", {})
    return float(tolerances.get(metric, tolerances.get("default", DEFAULT_TOLERANCE)))


def check(baseline: Mapping[str, Any], evaluation: Evaluation, gold_sha256: str) -> GateReport:
    """Compare ``evaluation`` with ``baseline`` on the documents both have (see the module)."""
    baseline = validate(baseline)
    if baseline["gold_sha256"] != gold_sha256:
        raise DataError(
            f"the baseline was made for gold {baseline['gold_sha256']}, the gold is now "
            f"{gold_sha256}: the gold or its texts changed, so the scores do not compare; "
            "make a new baseline with `extract score ... --update-baseline FILE`"
        )
    base_docs: Mapping[str, Any] = baseline["documents"]
    doc_ids = {d.doc_id for d in evaluation.documents if d.doc_id in base_docs}
    report = GateReport(compared=len(doc_ids))
    report.not_compared = sorted(set(base_docs) - doc_ids)
    for metric in TRACKED:
        layer, measure = _measure(metric)
        before = PRF()
        for doc_id in doc_ids:
            counts = base_docs[doc_id].get(f"{layer}.{measure}", {}).get("counts", [0, 0, 0])
            before.merge(*counts)
        old, new = round(before.f, 4), round(evaluation.total(layer, measure, doc_ids).f, 4)
        if old - new > tolerance_of(baseline, metric) + _EPSILON:
            report.drops.append(Drop(metric, old, new, tolerance_of(baseline, metric)))
    for doc in evaluation.documents:
        if doc.doc_id not in doc_ids:
            continue
        for metric in TRACKED:
            layer, measure = _measure(metric)
            name = f"{layer}.{measure}"
            outcome = doc.outcomes[layer][measure]
            was = base_docs[doc.doc_id].get(name, {})
            right = dict(describe(outcome.gold[i]) for i, _ in outcome.correct)
            alarms = dict(describe(outcome.pred[j]) for j in outcome.false_alarms)
            was_right, was_alarm = was.get("correct", {}), was.get("false_alarms", {})
            # A redacted baseline keeps keys only: the gold gives the text back.
            gold_texts = dict(describe(item) for item in outcome.gold)
            report.newly_wrong.extend(
                ItemChange(doc.doc_id, name, k, t or gold_texts.get(k, ""))
                for k, t in was_right.items()
                if k not in right
            )
            report.new_false_alarms.extend(
                ItemChange(doc.doc_id, name, k, t) for k, t in alarms.items() if k not in was_alarm
            )
            report.fixed += sum(k not in was_right for k in right)
    return report


def lowered(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Drop]:
    """The tracked scores of baseline ``new`` below those of baseline ``old`` (no tolerance)."""
    if old is None:
        return []
    old_scores, new_scores = old.get("scores", {}), new["scores"]
    return [
        Drop(metric, old_scores[metric], new_scores[metric], 0.0)
        for metric in TRACKED
        if metric in old_scores and new_scores[metric] < old_scores[metric]
    ]
