"""TimeML: the reader (inline documents and real TempEval-3 files) and TempEval-3 scoring."""

from __future__ import annotations

import doctest
import html
import json
import re
from pathlib import Path

import pytest

from extract import timeml
from extract.cli import EXIT_OK, main
from extract.dates import Dct, find_dates
from extract.errors import DataError
from extract.timeml import TimexSpan, read_timeml, score_timeml, timeml_extents, timeml_files

from .conftest import SHARED_DATA

TIMEBANK = SHARED_DATA / "tempeval3" / "TimeBank"
REAL_FILE = TIMEBANK / "wsj_0172.tml"

INLINE = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>INLINE001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07T06:18" temporalFunction="false" \
functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Not part of the text</TITLE>
<TEXT>
NAIROBI, Kenya (AP) _

Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" \
value="1998-08-07">Friday</TIMEX3>, AT&amp;T said &lt;ok&gt; <SIGNAL sid="s1">after</SIGNAL> \
<TIMEX3 tid="t2" type="DURATION" value="P2Y">two &quot;long&quot; years</TIMEX3>&#46;
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
</TimeML>
"""


def test_doctests() -> None:
    assert doctest.testmod(timeml).failed == 0


def test_inline_document(tmp_path: Path) -> None:
    path = tmp_path / "inline.tml"
    path.write_text(INLINE, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.doc_id == "INLINE001"
    assert doc.dct == "1998-08-07T06:18"
    assert doc.text.startswith("\nNAIROBI, Kenya (AP) _\n\nBombs exploded Friday, AT&T said <ok>")
    assert doc.text.endswith('after two "long" years.\n')
    assert "Not part of the text" not in doc.text
    assert doc.timexes == [
        TimexSpan(doc.text.index("Friday"), doc.text.index("Friday") + 6, "DATE", "1998-08-07"),
        TimexSpan(doc.text.index("two"), doc.text.index(" years") + 6, "DURATION", "P2Y"),
    ]
    assert [doc.text[t.start : t.end] for t in doc.timexes] == ["Friday", 'two "long" years']


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        pytest.param("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>", id="no-text-element"),
        pytest.param(
            "<TimeML><TEXT>a <TIMEX3 tid='t1'>b</TEXT></TimeML>", "not closed", id="open-timex"
        ),
        pytest.param("<TimeML><TEXT>a &nbsp; b</TEXT></TimeML>", "&nbsp;", id="html-entity"),
    ],
)
def test_broken_files_are_data_errors(tmp_path: Path, xml: str, message: str) -> None:
    path = tmp_path / "broken.tml"
    path.write_text(xml, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        read_timeml(path)


def test_timeml_files_finds_tml_under_folders(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.tml").write_text(INLINE)
    (tmp_path / "a" / "notes.txt").write_text("")
    assert timeml_files([tmp_path]) == [tmp_path / "a" / "x.tml"]
    with pytest.raises(DataError):
        timeml_files([tmp_path / "missing"])


def test_scoring_runs_find_dates_against_the_gold_timexes(tmp_path: Path) -> None:
    path = tmp_path / "inline.tml"
    path.write_text(INLINE, encoding="utf-8")
    result = score_timeml([read_timeml(path)]).to_json()
    dates = result["dates"]
    assert result["documents"]["gold_timexes"] == 2
    assert dates["span"]["tp"] + dates["span"]["fn"] == 2
    assert dates["value"]["tp"] <= dates["relaxed"]["tp"]
    assert set(dates) >= {"span", "relaxed", "value", "type", "value_accuracy"}


def test_scoring_feeds_model_spans_to_find_dates(tmp_path: Path) -> None:
    xml = "<TimeML><TEXT>It rained on the feast of Kupala.</TEXT></TimeML>"
    doc = timeml.parse_timeml(xml, "x")
    seen: list[list[str]] = []

    def spans(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        seen.append(list(texts))
        return [[(0, 2, "PERSON")] for _ in texts]

    score_timeml([doc], spans)
    assert seen == [[doc.text]]


def _expected_timex_texts(path: Path) -> list[str]:
    """The TIMEX3 contents of a file's <TEXT>, read independently of the reader."""
    body = re.search(r"<TEXT>(.*)</TEXT>", path.read_text(encoding="utf-8"), re.DOTALL)
    assert body is not None
    contents = re.findall(r"<TIMEX3\b[^>]*>(.*?)</TIMEX3>", body.group(1), re.DOTALL)
    return [html.unescape(re.sub(r"<[^>]+>", "", c)) for c in contents]


@pytest.mark.skipif(not REAL_FILE.exists(), reason=f"{REAL_FILE} absent (../shared/data missing)")
def test_real_file_offsets_select_every_timex() -> None:
    doc = read_timeml(REAL_FILE)
    assert doc.doc_id == "wsj_0172" and doc.dct is not None
    assert doc.timexes, "the file has TIMEX3s"
    assert [doc.text[t.start : t.end] for t in doc.timexes] == _expected_timex_texts(REAL_FILE)
    assert "<" not in doc.text


@pytest.mark.skipif(not TIMEBANK.exists(), reason=f"{TIMEBANK} absent (../shared/data missing)")
def test_real_files_all_parse_with_their_dct() -> None:
    docs = [read_timeml(path) for path in timeml_files([TIMEBANK])]
    assert len(docs) == 183
    assert sum(len(d.timexes) for d in docs) == 1243  # as the data README counts them
    assert all(d.dct for d in docs)


def test_cli_scores_timeml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "inline.tml").write_text(INLINE, encoding="utf-8")
    html_file = tmp_path / "dates.html"
    argv = ["score", "--timeml", str(tmp_path), "--json", "--html", str(html_file)]
    assert main(argv) == EXIT_OK
    result = json.loads(capsys.readouterr().out)
    assert result["timeml"]["documents"]["gold_timexes"] == 2
    assert "<summary>dates:" in html_file.read_text(encoding="utf-8")
    assert main(["score", "--timeml", str(tmp_path / "inline.tml")]) == EXIT_OK
    assert "TimeML, TempEval-3 measures: 1 documents" in capsys.readouterr().out


@pytest.mark.model
def test_one_command_scores_ontonotes_and_timeml_with_the_ner(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "inline.tml").write_text(INLINE, encoding="utf-8")
    conll = tmp_path / "ner.conll"
    conll.write_text("Bombs O\nhit O\nNairobi B-GPE\non O\nFriday B-DATE\n. O\n")
    argv = ["score", "--ontonotes", str(conll), "--timeml", str(tmp_path), "--timeml-ner"]
    assert main([*argv, "--json"]) == EXIT_OK
    result = json.loads(capsys.readouterr().out)
    assert result["ontonotes"]["documents"] == 1 and "overall" in result["ontonotes"]
    assert result["timeml"]["dates"]["relaxed"]["tp"] >= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sales rose from 1991 to 1997.", [("1991", "1991"), ("1997", "1997")], id="years"
        ),
        pytest.param(
            "It bought shares between Aug. 26 and Oct. 20.",
            [("Aug. 26", "1999-08-26"), ("Oct. 20", "1999-10-20")],
            id="days-between",
        ),
        pytest.param(
            "Talks ran December 13-16, 2000.",
            [("December 13-16, 2000", "2000-12")],
            id="days-of-one-month-whole",
        ),
        pytest.param(
            "Exports rose in the January-September period.",
            [("the January-September period", "1999")],
            id="period-whole",
        ),
        pytest.param("The 1987/88 budget fell.", [("1987/88", "198X")], id="short-end-whole"),
        pytest.param("Prices rose in mid-1998.", [("mid-1998", "1998")], id="no-range"),
    ],
)
def test_a_range_is_two_timex3_in_timeml(text: str, expected: list[tuple[str, str]]) -> None:
    dct = Dct("1999-11-01", "metadata")
    found = [
        (text[s:e], t.value)
        for m in find_dates(text, dct)
        for s, e, t in timeml_extents(text, m, dct)
    ]
    assert found == expected
