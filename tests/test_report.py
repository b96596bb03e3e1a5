"""Reports: the HTML page (escaping, colours per outcome, every layer) and the text tables."""

from __future__ import annotations

import doctest
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from extract import report
from extract.cli import EXIT_OK, main
from extract.report import format_ner_table, format_table, render_html, render_text, report_docs
from extract.scoring import MEASURES, align, evaluate, score

TEXT = 'Acme <script>alert("x")</script> paid $5 & "more" in 2016.'


def ent(text: str, phrase: str, label: str) -> dict[str, Any]:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase, "label": label}


def test_doctests() -> None:
    assert doctest.testmod(report).failed == 0


def _page(gold: dict[str, Any], pred: dict[str, Any], text: str | None = TEXT) -> str:
    return render_html(report_docs(evaluate({"d": gold}, {"d": pred}), {"d": text}))


class _Tags(HTMLParser):
    """The start tags of a page, to prove no markup came from the document's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def test_script_in_the_text_is_escaped() -> None:
    gold = {"entities": [ent(TEXT, '<script>alert("x")', "ORG")]}
    page = _page(gold, gold)
    assert "<script>" not in page and "</script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)" in page
    assert "$5 &amp; &quot;more&quot;" in page
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags


def test_ids_labels_and_values_are_escaped_too() -> None:
    evil = "<img src=x onerror=alert(1)>"
    gold = {"d": {"entities": [{"start": 0, "end": 4, "text": "Acme", "label": evil}]}}
    page = render_html(report_docs(evaluate(gold, {}), {"d": TEXT}), title=evil, summary=evil)
    evaluation = evaluate({evil: gold["d"]}, {})
    page += render_html(report_docs(evaluation, {evil: TEXT}))
    assert "<img" not in page


@pytest.mark.parametrize(
    ("pred_phrase", "pred_label", "classes"),
    [
        pytest.param("Acme", "ORG", {"ok"}, id="right"),
        pytest.param(None, None, {"miss"}, id="miss-gold-only"),
        pytest.param("paid", "ORG", {"miss", "fa"}, id="miss-and-false-alarm-elsewhere"),
        pytest.param("Acme", "GPE", {"fa miss"}, id="wrong-label-on-the-same-span"),
    ],
)
def test_outcomes_get_distinct_classes(
    pred_phrase: str | None, pred_label: str | None, classes: set[str]
) -> None:
    gold = {"entities": [ent(TEXT, "Acme", "ORG")]}
    pred = {"entities": [ent(TEXT, pred_phrase, pred_label or "")] if pred_phrase else []}
    text_part = _page(gold, pred).split('<div class="text">')[1]
    assert set(re.findall(r'<mark class="([^"]+)"', text_part)) == classes


def test_overlapping_spans_share_segments() -> None:
    text = "the Bank of Cuba said"
    gold = [ent(text, "Bank of Cuba", "ORG")]
    pred = [ent(text, "Bank", "ORG"), ent(text, "Cuba", "GPE")]
    html = render_text(text, align(gold, pred, MEASURES["entities"]["strict"]))
    assert '<mark class="fa miss"' in html  # "Bank": gold miss and false alarm
    assert '<mark class="miss"' in html  # " of ": the gold alone
    assert re.sub(r"<[^>]+>", "", html) == "the BankORG of CubaORGGPE said"  # labels at ends


def test_every_layer_is_shown_and_relations_as_a_table() -> None:
    gold = {
        "entities": [ent(TEXT, "Acme", "ORG")],
        "money": [{"start": 40, "end": 42, "text": "$5", "amount": "5", "currency": "USD"}],
        "dates": [{"start": 57, "end": 61, "text": "2016", "type": "DATE", "value": "2016"}],
        "relations": [
            {
                "type": "PAYMENT",
                "args": {"payer": {"start": 0, "end": 4, "text": "Acme"}},
                "rule": "pay.<b>",
            }
        ],
    }
    page = _page(gold, {**gold, "money": []})
    for layer in ("entities", "money", "dates", "relations"):
        assert f"<summary>{layer}:" in page
    assert "<table>" in page and "payer=Acme" in page and "pay.&lt;b&gt;" in page
    assert "5 USD" in page  # the missed amount's label


def test_without_text_items_are_listed() -> None:
    page = _page({"entities": [ent(TEXT, "Acme", "ORG")]}, {}, text=None)
    assert "text not available" in page and "0:4 ORG" in page


def test_spans_outside_the_text_are_not_drawn() -> None:
    gold = {"entities": [{"start": 500, "end": 504, "text": "Acme", "label": "ORG"}]}
    page = _page(gold, {})
    assert "<mark" not in page.split('<div class="text">')[1]
    assert "outside the text, not drawn: 500:504 ORG" in page


def test_tables() -> None:
    gold = {"d": {"entities": [ent(TEXT, "Acme", "ORG")]}}
    table = format_table(score(gold, gold))
    assert "entities    strict" in table and "document (F1)" in table
    assert "document (F1)" not in format_table(score(gold, gold), per_document=False)
    prf = {"p": 1.0, "r": 1.0, "f": 1.0, "tp": 1, "fp": 0, "fn": 0}
    ner = {"documents": 1, "words": 3, "words_per_second": 3, "overall": prf}
    assert "GPE" in format_ner_table({**ner, "per_label": {"GPE": prf}})


def test_cli_writes_the_html_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    gold = {"doc_id": "x", "text": {"path": "corpus/x.txt"}, "entities": [ent(TEXT, "Acme", "ORG")]}
    (tmp_path / "gold" / "x.json").write_text(json.dumps(gold))
    (tmp_path / "pred.jsonl").write_text(json.dumps({"doc_id": "x", "entities": []}) + "\n")
    out = tmp_path / "report" / "index.html"
    argv = ["score", "--gold", str(tmp_path / "gold"), "--pred", str(tmp_path / "pred.jsonl")]
    assert main([*argv, "--root", str(tmp_path), "--html", str(out)]) == EXIT_OK
    page = out.read_text(encoding="utf-8")
    assert "<h2>x</h2>" in page and '<mark class="miss"' in page
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert f"wrote {out}" in capsys.readouterr().err
