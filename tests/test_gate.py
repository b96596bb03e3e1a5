"""The gold set (texts, skipping, digest) and the regression gate, through ``main(argv)``."""

from __future__ import annotations

import copy
import doctest
import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from extract import gate, goldset
from extract.cli import EXIT_DATA, EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from extract.errors import DataError
from extract.goldset import gold_text, load_gold
from extract.records import text_sha256
from extract.scoring import evaluate

CORPUS_TEXT = "HAVANA (Reuters) - Russia sold $225 million of Ladas to Cuba in 2017.\n"
REUTERS_TEXT = "Showers continued throughout the week in\nthe Bahia cocoa zone."
TML = (
    '<TimeML><DOCID>TB1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
    'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>\nStocks &amp; bonds fell '
    '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.\n</TEXT></TimeML>'
)
TML_TEXT = "\nStocks & bonds fell yesterday.\n"


def span(text: str, phrase: str, **extra: Any) -> dict[str, Any]:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase, **extra}


def gold_records() -> dict[str, dict[str, Any]]:
    t = CORPUS_TEXT
    return {
        "a": {
            "doc_id": "a",
            "text": {"path": "corpus/a.txt"},
            "text_sha256": text_sha256(t),
            "published": "2017",
            "annotation": {"by": "test"},
            "entities": [
                span(t, "HAVANA", label="GPE"),
                span(t, "Russia", label="GPE"),
                span(t, "Ladas", label="PRODUCT"),
                span(t, "Cuba", label="GPE"),
            ],
            "money": [span(t, "$225 million", amount="225000000", currency="USD")],
            "dates": [span(t, "2017", type="DATE", value="2017")],
            "relations": [
                {
                    "type": "TRADE",
                    "args": {"exporter": span(t, "Russia"), "importer": span(t, "Cuba")},
                    "rule": "trade.sold-to",
                }
            ],
        },
        "r": {
            "doc_id": "r",
            "text": {"dataset": "reuters21578", "id": "reuters-1"},
            "text_sha256": text_sha256(REUTERS_TEXT),
            "published": "1987-02-26",
            "entities": [span(REUTERS_TEXT, "Bahia", label="GPE")],
            "dates": [span(REUTERS_TEXT, "the week", type="DURATION", value="P1W")],
        },
        "t": {
            "doc_id": "t",
            "text": {"dataset": "tempeval3", "path": "TimeBank/TB1.tml"},
            "text_sha256": text_sha256(TML_TEXT),
            "published": "1998-01-08",
            "dates": [span(TML_TEXT, "yesterday", type="DATE", value="1998-01-07")],
        },
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project root with a corpus text and gold files, next to ``shared/data``."""
    root = tmp_path / "proj"
    (root / "corpus").mkdir(parents=True)
    (root / "corpus" / "a.txt").write_text(CORPUS_TEXT, encoding="utf-8")
    (root / "gold").mkdir()
    for doc_id, record in gold_records().items():
        (root / "gold" / f"{doc_id}.json").write_text(json.dumps(record, indent=2))
    shared = tmp_path / "shared" / "data"
    (shared / "reuters21578").mkdir(parents=True)
    with gzip.open(shared / "reuters21578" / "reuters21578.jsonl.gz", "wt") as out:
        for i, text in enumerate(["other", REUTERS_TEXT]):
            out.write(json.dumps({"id": f"reuters-{i}", "text": text}) + "\n")
    (shared / "tempeval3" / "TimeBank").mkdir(parents=True)
    (shared / "tempeval3" / "TimeBank" / "TB1.tml").write_text(TML)
    write_pred(root / "pred.jsonl", gold_records())
    return root


def write_pred(path: Path, records: dict[str, dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records.values()))
    return path


def damaged() -> dict[str, dict[str, Any]]:
    """Perfect predictions but for a lost entity and a wrong amount."""
    records = copy.deepcopy(gold_records())
    records["a"]["entities"] = [e for e in records["a"]["entities"] if e["text"] != "Cuba"]
    records["a"]["money"][0]["amount"] = "225000"
    return records


def run(root: Path, *extra: str, pred: str = "pred.jsonl") -> int:
    argv = ["score", "--gold", str(root / "gold"), "--pred", str(root / pred)]
    return main([*argv, "--root", str(root), *extra])


def test_doctests() -> None:
    assert doctest.testmod(gate).failed == 0
    assert doctest.testmod(goldset).failed == 0


# ---- the gold set


def test_gold_texts_resolve_from_corpus_and_datasets(project: Path) -> None:
    shared = project.parent / "shared" / "data"
    records = gold_records()
    assert gold_text(records["a"], project, shared) == CORPUS_TEXT
    assert gold_text(records["r"], project, shared) == REUTERS_TEXT
    assert gold_text(records["t"], project, shared) == TML_TEXT
    assert gold_text({"doc_id": "x"}, project, shared) is None
    gold = load_gold(project / "gold", project, shared)
    assert sorted(gold.docs) == ["a", "r", "t"] and gold.skipped == []
    assert gold.sha256.startswith("sha256:")


def test_absent_shared_data_skips_documents_with_a_message(project: Path) -> None:
    gold = load_gold(project / "gold", project, project / "nowhere")
    assert sorted(gold.docs) == ["a"]
    message = gold.skipped_message() or ""
    assert message.startswith("2 of 3 gold documents skipped")
    assert "reuters21578" in message and "tempeval3" in message


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param({"text_sha256": "sha256:00"}, "does not match its text_sha256", id="hash"),
        pytest.param({"text": {"path": "corpus/gone.txt"}}, "does not exist", id="corpus-path"),
        pytest.param(
            {"text": {"dataset": "reuters21578", "id": "reuters-99"}}, "not in", id="reuters-id"
        ),
        pytest.param({"text": {"dataset": "nope"}}, "unknown text reference", id="dataset"),
        pytest.param({"doc_id": "r"}, "used by another gold file", id="duplicate-id"),
    ],
)
def test_broken_gold_is_a_data_error(project: Path, change: dict[str, Any], message: str) -> None:
    (project / "gold" / "a.json").write_text(json.dumps({**gold_records()["a"], **change}))
    with pytest.raises(DataError, match=message):
        load_gold(project / "gold", project, project.parent / "shared" / "data")


def test_digest_pins_the_gold_but_not_the_baseline_next_to_it(project: Path) -> None:
    shared = project.parent / "shared" / "data"
    before = load_gold(project / "gold", project, shared)
    baseline = gate.make_baseline(evaluate(before.records, before.records), before.sha256)
    (project / "gold" / "baseline.json").write_text(json.dumps(baseline))
    assert load_gold(project / "gold", project, shared).sha256 == before.sha256
    record = gold_records()["a"]
    record["entities"] = record["entities"][:1]
    (project / "gold" / "a.json").write_text(json.dumps(record))
    assert load_gold(project / "gold", project, shared).sha256 != before.sha256


# ---- the gate through the command line


def test_perfect_predictions_pass_the_gate(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = project / "gold" / "baseline.json"
    assert run(project, "--update-baseline", str(baseline)) == EXIT_OK
    data = json.loads(baseline.read_text())
    assert data["scores"]["entities.strict.f"] == 1.0
    assert data["documents"]["a"]["entities.strict"]["correct"]["56:60 GPE"] == "Cuba"
    capsys.readouterr()
    assert run(project, "--baseline", str(baseline)) == EXIT_OK
    assert "gate passed: 3 documents compared" in capsys.readouterr().out


def test_damaged_predictions_fail_with_a_readable_diff(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = project / "gold" / "baseline.json"
    assert run(project, "--update-baseline", str(baseline)) == EXIT_OK
    write_pred(project / "bad.jsonl", damaged())
    capsys.readouterr()
    assert run(project, "--baseline", str(baseline), pred="bad.jsonl") == EXIT_FAILED
    out = capsys.readouterr().out
    assert "gate FAILED" in out
    assert "dropped: entities.strict.f 1.0000 -> 0.8889 (-0.1111, tolerance 0.0050)" in out
    assert "dropped: money.value.f 1.0000 -> 0.0000" in out
    assert "a  56:60 GPE  'Cuba'  (entities.strict, entities.type)" in out
    assert "a  31:43 225000000 USD  '$225 million'  (money.value)" in out
    assert "new false alarms: 1\n  a  31:43 225000 USD  '$225 million'  (money.value)" in out
    assert run(project, "--baseline", str(baseline), "--json", pred="bad.jsonl") == EXIT_FAILED
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert not result["gate"]["passed"]
    assert {"doc": "a", "measure": "entities.strict", "key": "56:60 GPE", "text": "Cuba"} in result[
        "gate"
    ]["newly_wrong"]
    assert "gate FAILED" in captured.err


def test_a_tolerance_per_metric_comes_from_the_baseline(project: Path) -> None:
    baseline = project / "gold" / "baseline.json"
    assert run(project, "--update-baseline", str(baseline)) == EXIT_OK
    data = json.loads(baseline.read_text())
    data["tolerance"] = {"default": 0.005, "entities.strict.f": 0.2, "entities.type.f": 0.2}
    data["tolerance"] |= {"money.value.f": 1.0}
    baseline.write_text(json.dumps(data))
    write_pred(project / "bad.jsonl", damaged())
    assert run(project, "--baseline", str(baseline), pred="bad.jsonl") == EXIT_OK
    data["tolerance"]["relations.nope.f"] = 0.1
    baseline.write_text(json.dumps(data))
    assert run(project, "--baseline", str(baseline), pred="bad.jsonl") == EXIT_DATA


def test_a_baseline_for_other_gold_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = project / "baseline.json"
    assert run(project, "--update-baseline", str(baseline)) == EXIT_OK
    record = gold_records()["a"]
    record["entities"] = record["entities"][:2]
    (project / "gold" / "a.json").write_text(json.dumps(record))
    capsys.readouterr()
    assert run(project, "--baseline", str(baseline)) == EXIT_DATA
    err = capsys.readouterr().err
    assert "the gold or its texts changed" in err and "--update-baseline" in err


def test_update_refuses_to_lower_a_score_unless_allowed(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = project / "gold" / "baseline.json"
    assert run(project, "--update-baseline", str(baseline)) == EXIT_OK
    before = baseline.read_text()
    write_pred(project / "bad.jsonl", damaged())
    capsys.readouterr()
    assert run(project, "--update-baseline", str(baseline), pred="bad.jsonl") == EXIT_FAILED
    out = capsys.readouterr().out
    assert "would drop" in out and "entities.strict.f 1.0000 -> 0.8889" in out
    assert baseline.read_text() == before
    argv = ["--update-baseline", str(baseline), "--allow-lower"]
    assert run(project, *argv, pred="bad.jsonl") == EXIT_OK
    assert json.loads(baseline.read_text())["scores"]["money.value.f"] == 0.0
    assert "lowering entities.strict.f" in capsys.readouterr().out


def test_without_shared_data_the_gate_compares_what_it_can(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = project / "gold" / "baseline.json"
    assert run(project, "--update-baseline", str(baseline)) == EXIT_OK
    nowhere = ["--shared", str(project / "nowhere")]
    capsys.readouterr()
    assert run(project, *nowhere, "--baseline", str(baseline)) == EXIT_OK
    captured = capsys.readouterr()
    assert "2 of 3 gold documents skipped" in captured.err
    assert "1 documents compared" in captured.out and "not compared" in captured.out
    assert run(project, *nowhere, "--update-baseline", str(baseline)) == EXIT_DATA


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        pytest.param(["score"], EXIT_USAGE, id="nothing-to-score"),
        pytest.param(["score", "--gold", "gold"], EXIT_USAGE, id="gold-without-pred"),
        pytest.param(["score", "--timeml", "x", "--allow-lower"], EXIT_USAGE, id="allow-lower"),
        pytest.param(["score", "--timeml", "x", "--baseline", "b"], EXIT_USAGE, id="no-gold"),
        pytest.param(["score", "--timeml", "/nonexistent"], EXIT_DATA, id="timeml-missing"),
    ],
)
def test_usage(argv: list[str], code: int) -> None:
    assert main(argv) == code


def test_missing_baseline_file_is_a_usage_error(project: Path) -> None:
    assert run(project, "--baseline", str(project / "none.json")) == EXIT_USAGE


def test_check_lists_drops_only_beyond_tolerance() -> None:
    gold = {"d": {"entities": [{"start": i, "end": i + 1, "label": "X"} for i in range(0, 400, 2)]}}
    baseline = gate.make_baseline(evaluate(gold, gold), "sha256:x")
    one_less = {"d": {"entities": gold["d"]["entities"][1:]}}  # F1 0.9975: within 0.005
    two_less = {"d": {"entities": gold["d"]["entities"][2:]}}  # F1 0.9950: just within
    three_less = {"d": {"entities": gold["d"]["entities"][3:]}}  # F1 0.9925: beyond
    assert gate.check(baseline, evaluate(gold, one_less), "sha256:x").passed
    assert gate.check(baseline, evaluate(gold, two_less), "sha256:x").passed
    report = gate.check(baseline, evaluate(gold, three_less), "sha256:x")
    assert [d.metric for d in report.drops] == ["entities.strict.f", "entities.type.f"]
    assert len(report.newly_wrong) == 6  # three entities, in strict and in type


@pytest.mark.parametrize(
    ("baseline", "message"),
    [
        pytest.param([], "not a baseline", id="not-an-object"),
        pytest.param({"schema": "extract.baseline/0"}, "not a baseline", id="other-schema"),
        pytest.param({"schema": gate.SCHEMA, "scores": {}}, "no 'gold_sha256'", id="no-hash"),
    ],
)
def test_validate(baseline: Any, message: str) -> None:
    with pytest.raises(DataError, match=message):
        gate.validate(baseline)


def test_research_only_texts_stay_out_of_the_baseline_but_show_in_reports(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = project / "gold" / "baseline.json"
    assert run(project, "--update-baseline", str(baseline)) == EXIT_OK
    data = json.loads(baseline.read_text())
    assert "Bahia" not in baseline.read_text() and "yesterday" not in baseline.read_text()
    start = REUTERS_TEXT.index("Bahia")
    assert data["documents"]["r"]["entities.strict"]["correct"] == {f"{start}:{start + 5} GPE": ""}
    records = gold_records()
    records["r"]["entities"] = []
    write_pred(project / "lost.jsonl", records)
    capsys.readouterr()
    assert run(project, "--baseline", str(baseline), pred="lost.jsonl") == EXIT_FAILED
    assert "GPE  'Bahia'  (entities.strict, entities.type)" in capsys.readouterr().out
