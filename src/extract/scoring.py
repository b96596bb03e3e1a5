"""Scoring predicted records against gold records: one scorer for every layer.

Contract: ``evaluate(gold, pred)`` takes two mappings ``doc_id -> record dict`` (gold files and
the pipeline's output share the record shape) and returns an ``Evaluation`` that keeps, per
document and measure, which items matched; ``score(gold, pred)`` is its JSON-ready summary of
precision, recall and F1. Only documents in the gold are scored; a gold document without a
prediction counts as all misses and is listed under ``missing``.

Measures, per layer (``MEASURES``):

- entities: ``strict`` (same span and label), ``span`` (same span, any label), ``type``
  (overlapping spans, same label) and ``partial`` (overlapping spans, any label); per label
  (strict and type) with micro (the layer's numbers) and macro averages;
- money and dates: ``span`` (same span), ``relaxed`` (overlapping spans) and ``value``
  (TempEval-3 attribute F1: a relaxed-matched pair whose values agree is a true positive;
  money compares amount, min, max and currency, dates type and value), plus
  ``value_accuracy`` = correct values / relaxed-matched spans;
- relations: ``strict`` (type and every role's span) and ``relaxed`` (type, every role's span
  overlapping); per rule, the precision of the predictions each rule made.

Items equal under a measure count once (a repeated prediction is not a second false alarm);
otherwise matching is one-to-one, greedy: exact pairs first, then by characters of overlap,
so two overlapping predictions cannot both claim one gold item.

>>> gold = {"d": {"entities": [{"start": 0, "end": 6, "text": "Havana", "label": "GPE"}]}}
>>> pred = {"d": {"entities": [{"start": 0, "end": 6, "text": "Havana", "label": "ORG"}]}}
>>> result = score(gold, pred)
>>> result["entities"]["strict"]["f"], result["entities"]["span"]["f"]
(0.0, 1.0)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Key = tuple[Hashable, ...]
Record = Mapping[str, Any]
Spans = tuple[tuple[int, int], ...]


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

    def merge(self, tp: int, fp: int, fn: int) -> PRF:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn
        return self

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


@dataclass(frozen=True, slots=True)
class Measure:
    """How the items of a layer are compared.

    ``fields`` must be equal; the spans must be equal or, with ``overlap``, overlap (each role
    of a relation with the same role). ``value``, when set, is judged after that match: the pair
    is a true positive only if the values agree too.
    """

    fields: Callable[[Record], Key]
    overlap: bool = False
    value: Callable[[Record], Key] | None = None


def spans_of(item: Record) -> Spans:
    """The spans an item is compared by: its own, or its arguments' in role order.

    >>> spans_of({"type": "T", "args": {"b": {"start": 5, "end": 9}, "a": {"start": 0, "end": 2}}})
    ((0, 2), (5, 9))
    """
    if "args" in item:
        return tuple((s["start"], s["end"]) for _, s in sorted(item["args"].items()))
    return ((item["start"], item["end"]),)


def no_fields(item: Record) -> Key:
    return ()


def _label(item: Record) -> Key:
    return (item["label"],)


def _relation_fields(item: Record) -> Key:
    return (item["type"], tuple(sorted(item["args"])))


def _money_value(item: Record) -> Key:
    return (item.get("amount"), item.get("min"), item.get("max"), item.get("currency"))


def _date_value(item: Record) -> Key:
    return (item.get("type"), item.get("value"))


MEASURES: Mapping[str, Mapping[str, Measure]] = {
    "entities": {
        "strict": Measure(_label),
        "span": Measure(no_fields),
        "type": Measure(_label, overlap=True),
        "partial": Measure(no_fields, overlap=True),
    },
    "money": {
        "span": Measure(no_fields),
        "relaxed": Measure(no_fields, overlap=True),
        "value": Measure(no_fields, overlap=True, value=_money_value),
    },
    "dates": {
        "span": Measure(no_fields),
        "relaxed": Measure(no_fields, overlap=True),
        "value": Measure(no_fields, overlap=True, value=_date_value),
    },
    "relations": {
        "strict": Measure(_relation_fields),
        "relaxed": Measure(_relation_fields, overlap=True),
    },
}


@dataclass(frozen=True, slots=True)
class Outcome:
    """Which items of one document's layer matched under one measure (indices into the lists).

    ``pairs`` are the span matches, ``correct`` those that count (all of them unless the
    measure judges a value); ``misses`` and ``false_alarms`` are the items left without one.
    """

    gold: Sequence[Record]
    pred: Sequence[Record]
    pairs: list[tuple[int, int]]
    correct: list[tuple[int, int]]
    misses: list[int]
    false_alarms: list[int]

    @property
    def prf(self) -> PRF:
        return PRF(len(self.correct), len(self.false_alarms), len(self.misses))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _unique(items: Sequence[Record], measure: Measure) -> list[int]:
    seen: dict[Key, int] = {}
    for i, item in enumerate(items):
        value = measure.value(item) if measure.value else ()
        seen.setdefault((spans_of(item), measure.fields(item), value), i)
    return sorted(seen.values())


def align(gold: Sequence[Record], pred: Sequence[Record], measure: Measure) -> Outcome:
    """Match gold and predicted items one-to-one under ``measure``.

    >>> gold = [{"start": 0, "end": 10, "label": "ORG"}]
    >>> pred = [{"start": 0, "end": 4, "label": "ORG"}, {"start": 5, "end": 10, "label": "ORG"}]
    >>> outcome = align(gold, pred, MEASURES["entities"]["type"])
    >>> outcome.correct, outcome.false_alarms
    ([(0, 1)], [0])
    """
    g, p = _unique(gold, measure), _unique(pred, measure)
    pred_keys = {j: (spans_of(pred[j]), measure.fields(pred[j])) for j in p}
    candidates: list[tuple[int, int, int, int]] = []
    for i in g:
        spans, fields = spans_of(gold[i]), measure.fields(gold[i])
        for j, (other, other_fields) in pred_keys.items():
            if other_fields != fields or len(other) != len(spans):
                continue
            if other == spans:
                candidates.append((0, 0, i, j))
            elif measure.overlap:
                shared = [_overlap(a, b) for a, b in zip(spans, other, strict=True)]
                if min(shared) > 0:
                    candidates.append((1, -sum(shared), i, j))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    value = measure.value
    correct = [(i, j) for i, j in pairs if value is None or value(gold[i]) == value(pred[j])]
    right_gold, right_pred = {i for i, _ in correct}, {j for _, j in correct}
    return Outcome(
        gold,
        pred,
        sorted(pairs),
        sorted(correct),
        [i for i in g if i not in right_gold],
        [j for j in p if j not in right_pred],
    )


@dataclass(frozen=True, slots=True)
class DocResult:
    """One document's outcomes: ``outcomes[layer][measure]``."""

    doc_id: str
    outcomes: dict[str, dict[str, Outcome]]


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Item-level results of every document, and the measures they were scored with."""

    documents: list[DocResult]
    missing: list[str]
    measures: Mapping[str, Mapping[str, Measure]] = field(default_factory=lambda: MEASURES)

    def total(self, layer: str, measure: str, doc_ids: set[str] | None = None) -> PRF:
        """Micro-averaged counts of one measure, over all documents or those of ``doc_ids``."""
        total = PRF()
        for doc in self.documents:
            if doc_ids is None or doc.doc_id in doc_ids:
                prf = doc.outcomes[layer][measure].prf
                total.merge(prf.tp, prf.fp, prf.fn)
        return total

    def to_json(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for layer, measures in self.measures.items():
            section = result[layer] = {m: self.total(layer, m).to_json() for m in measures}
            for name, measure in measures.items():
                if measure.value is not None:
                    matched = sum(len(d.outcomes[layer][name].pairs) for d in self.documents)
                    right = sum(len(d.outcomes[layer][name].correct) for d in self.documents)
                    section[f"{name}_accuracy"] = {
                        "correct": right,
                        "matched": matched,
                        "accuracy": round(right / matched, 4) if matched else 0.0,
                    }
        if "entities" in result:
            result["entities"].update(self._per_label())
        if "relations" in result:
            result["relations"]["per_type"] = {
                kind: prf.to_json() for kind, prf in self._counts_by("relations", "strict", "type")
            }
            result["relations"]["per_rule"] = self._per_rule()
        result["documents"] = {
            "scored": len(self.documents),
            "missing": self.missing,
            "per_document": {
                d.doc_id: {
                    # None where the document has nothing to score (no gold, no prediction)
                    f"{layer}.{m}": round(o.prf.f, 4) if o.gold or o.pred else None
                    for layer, outcomes in d.outcomes.items()
                    for m, o in outcomes.items()
                }
                for d in self.documents
            },
        }
        return result

    def _per_label(self) -> dict[str, Any]:
        """Per label (strict, and type) and their macro averages (the mean of the labels')."""
        found: dict[str, Any] = {}
        for measure, name in (("strict", "per_label"), ("type", "per_label_type")):
            if measure not in self.measures["entities"]:
                continue
            labels = dict(self._counts_by("entities", measure, "label"))
            found[name] = {label: prf.to_json() for label, prf in labels.items()}
            n = len(labels) or 1
            found.setdefault("macro", {})[measure] = {
                k: round(sum(getattr(prf, k) for prf in labels.values()) / n, 4)
                for k in ("p", "r", "f")
            }
        return found

    def _counts_by(self, layer: str, measure: str, key: str) -> list[tuple[str, PRF]]:
        """Micro counts of one measure per value of an item field (an entity's ``label``, a
        relation's ``type``), sorted by it."""
        if measure not in self.measures[layer]:
            return []
        groups: dict[str, PRF] = {}
        for doc in self.documents:
            o = doc.outcomes[layer][measure]
            for i, _ in o.correct:
                groups.setdefault(o.gold[i][key], PRF()).merge(1, 0, 0)
            for i in o.misses:
                groups.setdefault(o.gold[i][key], PRF()).merge(0, 0, 1)
            for j in o.false_alarms:
                groups.setdefault(o.pred[j][key], PRF()).merge(0, 1, 0)
        return sorted(groups.items())

    def _per_rule(self) -> dict[str, Any]:
        """Per ``rule`` of the predicted relations: how many, and the share that is right."""
        rules: dict[str, dict[str, int]] = {}
        for doc in self.documents:
            for measure, outcome in doc.outcomes["relations"].items():
                right = {j for _, j in outcome.correct}
                for j in right | set(outcome.false_alarms):
                    rule = str(outcome.pred[j].get("rule") or "(none)")
                    counts = rules.setdefault(rule, {})
                    counts[f"{measure}_n"] = counts.get(f"{measure}_n", 0) + 1
                    counts[f"{measure}_tp"] = counts.get(f"{measure}_tp", 0) + (j in right)
        return {
            rule: {
                "predicted": counts.get("strict_n", 0),
                **{
                    f"{m}_p": round(counts.get(f"{m}_tp", 0) / counts[f"{m}_n"], 4)
                    for m in self.measures["relations"]
                    if counts.get(f"{m}_n")
                },
            }
            for rule, counts in sorted(rules.items())
        }


def evaluate(
    gold: Mapping[str, Record],
    pred: Mapping[str, Record],
    measures: Mapping[str, Mapping[str, Measure]] = MEASURES,
) -> Evaluation:
    """Item-level results of ``pred`` against ``gold`` (``doc_id -> record``) per measure."""
    documents = []
    for doc_id, gold_record in sorted(gold.items()):
        pred_record = pred.get(doc_id, {})
        outcomes = {
            layer: {
                name: align(gold_record.get(layer, []), pred_record.get(layer, []), measure)
                for name, measure in layer_measures.items()
            }
            for layer, layer_measures in measures.items()
        }
        documents.append(DocResult(doc_id, outcomes))
    missing = sorted(doc_id for doc_id in gold if doc_id not in pred)
    return Evaluation(documents, missing, measures)


def score(gold: Mapping[str, Record], pred: Mapping[str, Record]) -> dict[str, Any]:
    """Precision, recall and F1 per layer and measure, per label, rule and document."""
    return evaluate(gold, pred).to_json()


def describe(item: Record) -> tuple[str, str]:
    """A stable key naming an item (offsets and what is judged) and its text, for diffs.

    >>> describe({"start": 0, "end": 6, "text": "Havana", "label": "GPE"})
    ('0:6 GPE', 'Havana')
    >>> describe({"type": "T", "args": {"who": {"start": 0, "end": 2, "text": "Al"}}})
    ('T who=0:2', 'who=Al')
    """
    if "args" in item:
        roles = sorted(item["args"].items())
        key = " ".join([item["type"], *(f"{r}={s['start']}:{s['end']}" for r, s in roles)])
        return key, "; ".join(f"{r}={s.get('text', '')}" for r, s in roles)
    return f"{item['start']}:{item['end']} {label_of(item)}".rstrip(), str(item.get("text", ""))


def label_of(item: Record) -> str:
    """What an item says besides its span: entity label, money value, date type and value.

    >>> label_of({"amount": "225000000", "currency": "USD"})
    '225000000 USD'
    >>> label_of({"min": "1", "max": None, "currency": None}), label_of({"type": "DATE"})
    ('1..? ?', 'DATE ?')
    """
    if "label" in item:
        return str(item["label"])
    if "currency" in item or "amount" in item or "min" in item or "max" in item:
        amount = item.get("amount")
        if amount is None and ("min" in item or "max" in item):
            amount = f"{item.get('min') or '?'}..{item.get('max') or '?'}"
        return f"{amount or '?'} {item.get('currency') or '?'}"
    if "type" in item:
        return f"{item['type']} {item.get('value') or '?'}"
    return ""


def format_table(result: Mapping[str, Any]) -> str:
    """The scores as a plain-text table (kept here for callers; see ``extract.report``)."""
    from extract.report import format_table as table  # report imports this module

    return table(result)
