"""Reports of an evaluation for people: a plain-text table, and an HTML page of every document.

Contract: ``format_table(result)`` renders the dict of ``scoring.score`` (or of a TimeML or
OntoNotes run) as text; ``render_html(docs, ...)`` renders each document's text once per layer
with its gold and predicted spans marked, displaCy style: right (gold and prediction agree under
the layer's headline measure), miss (gold only) and false alarm (predicted only) in distinct
colours, a label after each span, details in its tooltip. All text goes through
``html.escape``: a document's ``<script>`` stays text.

>>> from extract.scoring import evaluate
>>> gold = {"d": {"entities": [{"start": 0, "end": 6, "text": "Havana", "label": "GPE"}]}}
>>> docs = report_docs(evaluate(gold, {"d": {}}), {"d": "Havana <b>"})
>>> page = render_html(docs)
>>> 'class="miss"' in page, "Havana &lt;b&gt;" in page, "<b>" in page
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import Any

from extract.scoring import Evaluation, Outcome, Record, describe, label_of

# The measure whose outcome colours each layer: the one the gate tracks first for it.
HEADLINE = {"entities": "strict", "money": "value", "dates": "value", "relations": "strict"}
_SKIP = ("per_label", "per_label_type", "macro", "per_rule", "per_type")


# ---- text table


def _row(name: str, measure: str, prf: Mapping[str, Any]) -> str:
    return (
        f"{name:<12}{measure:<16}{prf['p']:>8.3f}{prf['r']:>8.3f}{prf['f']:>8.3f}"
        f"{prf['tp']:>7}{prf['fp']:>7}{prf['fn']:>7}"
    )


def _is_prf(value: Any) -> bool:
    return isinstance(value, dict) and "tp" in value and "f" in value


def format_table(result: Mapping[str, Any], per_document: bool = True) -> str:
    """The scores as a plain-text table: per layer and measure, then labels, rules, documents.

    >>> from extract.scoring import score
    >>> gold = {"d": {"dates": [{"start": 0, "end": 4, "text": "2016", "type": "DATE",
    ...                          "value": "2016"}]}}
    >>> table = format_table(score(gold, gold)).splitlines()
    >>> print(table[0])
    layer       measure                P       R      F1     TP     FP     FN
    >>> print(next(row for row in table if row.startswith("dates       value")))
    dates       value              1.000   1.000   1.000      1      0      0
    """
    header = f"{'layer':<12}{'measure':<16}{'P':>8}{'R':>8}{'F1':>8}{'TP':>7}{'FP':>7}{'FN':>7}"
    lines = [header]
    layers = [
        k for k, v in result.items() if isinstance(v, dict) and any(_is_prf(m) for m in v.values())
    ]
    for layer in layers:
        for measure, prf in result[layer].items():
            if measure.endswith("_accuracy"):
                lines.append(
                    f"{layer:<12}{measure:<16}{prf['accuracy']:>8.3f}"
                    f"  ({prf['correct']} of {prf['matched']} matched spans)"
                )
            elif measure not in _SKIP and _is_prf(prf):
                lines.append(_row(layer, measure, prf))
    entities = result.get("entities", {})
    if entities.get("per_label"):
        lines += ["", "entities per label (strict)"]
        lines += [_row("", label, prf) for label, prf in entities["per_label"].items()]
        for measure, avg in entities.get("macro", {}).items():
            lines.append(
                f"{'':<12}{'macro ' + measure:<16}{avg['p']:>8.3f}{avg['r']:>8.3f}{avg['f']:>8.3f}"
            )
    kinds = result.get("relations", {}).get("per_type", {})
    if kinds:
        lines += ["", "relations per type (strict)"]
        lines += [_row("", kind, prf) for kind, prf in kinds.items()]
    rules = result.get("relations", {}).get("per_rule", {})
    if rules:
        lines += ["", f"{'relation rule':<40}{'predicted':>10}{'strict P':>10}{'relaxed P':>10}"]
        for rule, counts in rules.items():
            lines.append(
                f"{rule:<40}{counts['predicted']:>10}"
                f"{counts.get('strict_p', 0.0):>10.3f}{counts.get('relaxed_p', 0.0):>10.3f}"
            )
    documents = result.get("documents", {})
    per_doc = documents.get("per_document", {})
    columns = [f"{layer}.{HEADLINE[layer]}" for layer in layers if layer in HEADLINE]
    if per_document and per_doc and columns:
        lines += ["", f"{'document (F1)':<32}" + "".join(f"{c:>20}" for c in columns)]
        for doc_id, scores in per_doc.items():
            cells = "".join(
                f"{'-':>20}" if scores.get(c) is None else f"{scores[c]:>20.3f}" for c in columns
            )
            lines.append(f"{doc_id[:31]:<32}{cells}")
    if documents:
        lines += [
            "",
            f"documents scored: {documents.get('scored', 0)}, "
            f"without prediction: {len(documents.get('missing', []))}",
        ]
    return "\n".join(lines)


def format_ner_table(result: Mapping[str, Any]) -> str:
    """The result of ``ner_eval.evaluate_ner`` as text: overall, then per label.

    >>> prf = {"p": 1.0, "r": 0.5, "f": 0.6667, "tp": 1, "fp": 0, "fn": 1}
    >>> print(format_ner_table({"documents": 1, "words": 9, "words_per_second": 90,
    ...                         "overall": prf, "per_label": {}}).splitlines()[2])
                ALL                1.000   0.500   0.667      1      0      1
    """
    speed = result.get("words_per_second")
    lines = [f"{result['documents']} documents, {result['words']} words, {speed} words/s"]
    lines.append(f"{'':<12}{'label':<16}{'P':>8}{'R':>8}{'F1':>8}{'TP':>7}{'FP':>7}{'FN':>7}")
    lines.append(_row("", "ALL", result["overall"]))
    lines += [_row("", label, prf) for label, prf in result["per_label"].items()]
    return "\n".join(lines)


# ---- HTML


@dataclass(frozen=True, slots=True)
class ReportDoc:
    """A document to show: its text (None if unknown) and one outcome per layer."""

    doc_id: str
    text: str | None
    layers: dict[str, Outcome]


def report_docs(
    evaluation: Evaluation, texts: Mapping[str, str | None], headline: Mapping[str, str] = HEADLINE
) -> list[ReportDoc]:
    """The documents of an evaluation with their texts, each layer by its headline measure."""
    docs = []
    for doc in evaluation.documents:
        layers = {
            layer: outcomes[headline.get(layer, next(iter(outcomes)))]
            for layer, outcomes in doc.outcomes.items()
            if outcomes
        }
        docs.append(ReportDoc(doc.doc_id, texts.get(doc.doc_id), layers))
    return docs


_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em;max-width:70em;color:#222}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1em;line-height:2.2}
mark{padding:.15em .1em;border-radius:.25em}
mark.ok{background:#c8efc8}mark.miss{background:#ffc4c4}
mark.fa{background:#fff;outline:2px dashed #d48a00}mark.miss.fa{background:#ffc4c4}
.tag{font-size:.7em;font-weight:bold;padding:0 .3em;margin:0 .2em;border-radius:.2em;color:#fff}
.tag.ok{background:#2e8b2e}.tag.miss{background:#c62828}.tag.fa{background:#d48a00}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .6em;text-align:left}
tr.ok td:first-child{color:#2e8b2e}tr.miss td:first-child{color:#c62828}
tr.fa td:first-child{color:#d48a00}details{margin:.5em 0}summary{cursor:pointer}
"""
_LEGEND = (
    '<p><mark class="ok">right</mark> gold and predicted agree &middot; '
    '<mark class="miss">miss</mark> gold only &middot; '
    '<mark class="fa">false alarm</mark> predicted only</p>'
)
_STATUS = {"ok": "right", "miss": "miss (gold only)", "fa": "false alarm (predicted only)"}

Mark = tuple[int, int, str, Record]


def _items(outcome: Outcome) -> list[tuple[str, Record]]:
    """Every item of an outcome with its status: right, miss or false alarm."""
    items = [("ok", outcome.gold[i]) for i, _ in outcome.correct]
    items += [("miss", outcome.gold[i]) for i in outcome.misses]
    return items + [("fa", outcome.pred[j]) for j in outcome.false_alarms]


def _marks(outcome: Outcome) -> list[Mark]:
    marks = [(*_span(item), status, item) for status, item in _items(outcome)]
    return sorted(marks, key=lambda m: (m[0], -m[1]))


def _span(item: Record) -> tuple[int, int]:
    return int(item["start"]), int(item["end"])


def _fits(mark: Mark, text: str) -> bool:
    return 0 <= mark[0] < mark[1] <= len(text)


def _title(mark: Mark) -> str:
    key, text = describe(mark[3])
    return f"{_STATUS[mark[2]]}: {key} {text!r}"


def render_text(text: str, outcome: Outcome) -> str:
    """``text`` as HTML with the outcome's items marked; overlapping marks share segments.

    >>> from extract.scoring import MEASURES, align
    >>> gold = [{"start": 0, "end": 2, "text": "<a", "label": "ORG"}]
    >>> render_text("<a b", align(gold, [], MEASURES["entities"]["strict"]))
    '<mark class="miss" title="miss (gold only): 0:2 ORG &#x27;&lt;a&#x27;">&lt;a</mark><span \
class="tag miss">ORG</span> b'
    """
    marks = [m for m in _marks(outcome) if _fits(m, text)]
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out: list[str] = []
    for start, end in pairwise(cuts):
        covering = [m for m in marks if m[0] <= start and end <= m[1]]
        piece = escape(text[start:end])
        if covering:
            classes = " ".join(sorted({m[2] for m in covering}))
            titles = escape("\n".join(_title(m) for m in covering))
            out.append(f'<mark class="{classes}" title="{titles}">{piece}</mark>')
        else:
            out.append(piece)
        for mark in (m for m in marks if m[1] == end):
            out.append(f'<span class="tag {mark[2]}">{escape(label_of(mark[3]) or "·")}</span>')
    return "".join(out)


def _item_table(outcome: Outcome) -> str:
    rows = []
    for status, item in _items(outcome):
        key, text = describe(item)
        rule = item.get("rule") or ""
        rows.append(
            f'<tr class="{status}"><td>{escape(_STATUS[status])}</td><td>{escape(key)}</td>'
            f"<td>{escape(text)}</td><td>{escape(str(rule))}</td></tr>"
        )
    if not rows:
        return "<p>(no items)</p>"
    head = "<tr><th>outcome</th><th>item</th><th>text</th><th>rule</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def render_html(
    docs: Sequence[ReportDoc], title: str = "extract: gold vs predicted", summary: str = ""
) -> str:
    """A self-contained HTML page: per document, per layer, the text with its spans marked."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        _LEGEND,
    ]
    if summary:
        parts.append(f"<pre>{escape(summary)}</pre>")
    for doc in docs:
        parts.append(f"<h2>{escape(doc.doc_id)}</h2>")
        if doc.text is None:
            parts.append("<p>(text not available: spans listed without it)</p>")
        for layer, outcome in doc.layers.items():
            prf = outcome.prf
            counts = f"{prf.tp} right, {prf.fn} missed, {prf.fp} false alarms"
            has_spans = all("start" in item for item in (*outcome.gold, *outcome.pred))
            parts.append(
                f"<details{' open' if prf.fn or prf.fp else ''}><summary>{escape(layer)}: "
                f"{escape(counts)}</summary>"
            )
            if doc.text is not None and has_spans:
                parts.append(f'<div class="text">{render_text(doc.text, outcome)}</div>')
                outside = [m for m in _marks(outcome) if not _fits(m, doc.text)]
                if outside:
                    keys = ", ".join(describe(m[3])[0] for m in outside)
                    parts.append(f"<p>outside the text, not drawn: {escape(keys)}</p>")
            else:
                parts.append(_item_table(outcome))
            parts.append("</details>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
