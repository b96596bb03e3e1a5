"""TimeML: reading TempEval-3 ``.tml`` files, and scoring ``find_dates`` on them TempEval-3 style.

Contract: ``read_timeml(path)`` gives the document's text (the content of ``<TEXT>`` with the
tags removed and the XML entities unescaped, nothing else changed), its DCT and its TIMEX3
spans as offsets into that text; ``score_timeml(docs)`` runs ``find_dates`` (anchored by
``resolve_dct`` on the file's DCT) over the texts and scores it with TempEval-3's measures:
strict span (exact extent), relaxed span (any overlap), and the value and type attributes
over relaxed-matched spans (P = correct / predicted, R = correct / gold).

The text is cut out of the file with a small tokenizer rather than an XML parser on purpose:
a parser normalises line ends and would shift offsets away from the raw ``<TEXT>`` content
that the gold files (``{"dataset": "tempeval3", ...}``) are annotated against.

>>> doc = parse_timeml(
...     '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
...     'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT><TEXT>Sales fell '
...     '<TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3> &amp; more.</TEXT></TimeML>',
...     doc_id="x",
... )
>>> doc.text, doc.dct
('Sales fell last year & more.', '1998-01-08')
>>> [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes]
[('last year', 'DATE', '1997')]
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from extract.errors import DataError
from extract.scoring import Evaluation, Measure, evaluate, no_fields

if TYPE_CHECKING:
    from extract.dates import DateMatch, Dct
    from extract.timex import Timex

ModelSpans = Callable[[Sequence[str]], Iterable[list[tuple[int, int, str]]]]


class TimexSpan(NamedTuple):
    """A gold TIMEX3: ``text[start:end]`` with its TIMEX3 ``type`` and ``value``."""

    start: int
    end: int
    type: str
    value: str | None


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    """One TimeML document: id, ``<TEXT>`` content, DCT value (or None) and gold TIMEX3s."""

    doc_id: str
    text: str
    dct: str | None
    timexes: list[TimexSpan]


_TEXT = re.compile(r"<TEXT(?:\s[^>]*)?>(.*?)</TEXT\s*>", re.DOTALL)
_MARKUP = re.compile(r"<(/?)([A-Za-z_][\w.-]*)([^>]*?)(/?)>|<!--.*?-->|&([^;&<\s]*);", re.DOTALL)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_DOCID = re.compile(r"<DOCID>\s*(.*?)\s*</DOCID>", re.DOTALL)
_TIMEX = re.compile(r"<TIMEX3\s[^>]*>")
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def unescape_xml(reference: str) -> str:
    """The character an XML entity or character reference (without ``&`` and ``;``) stands for.

    >>> unescape_xml("amp"), unescape_xml("#233"), unescape_xml("#x2014")
    ('&', 'é', '—')
    """
    if reference in _PREDEFINED:
        return _PREDEFINED[reference]
    if reference.startswith("#x") and len(reference) > 2:
        return chr(int(reference[2:], 16))
    if reference.startswith("#") and reference[1:].isdigit():
        return chr(int(reference[1:]))
    raise ValueError(f"unknown XML entity &{reference};")


def _attributes(raw: str) -> dict[str, str]:
    return {
        m[1]: re.sub(r"&([^;&\s]*);", lambda e: unescape_xml(e[1]), m[2] or m[3] or "")
        for m in _ATTRIBUTE.finditer(raw)
    }


def parse_timeml(xml: str, doc_id: str = "") -> TimeMLDoc:
    """A TimeML document from its XML; ``doc_id`` is used when there is no ``<DOCID>``."""
    body = _TEXT.search(xml)
    if body is None:
        raise ValueError("no <TEXT> element")
    parts: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    timexes: list[TimexSpan] = []
    position = body.start(1)
    for match in _MARKUP.finditer(xml, body.start(1), body.end(1)):
        parts.append(xml[position : match.start()])
        length += match.start() - position
        position = match.end()
        closing, tag, attributes, empty, entity = match.groups()
        if entity is not None:
            char = unescape_xml(entity)
            parts.append(char)
            length += len(char)
        elif tag == "TIMEX3" and closing:
            if not open_timexes:
                raise ValueError(f"</TIMEX3> without <TIMEX3> at character {match.start()}")
            start, attrs = open_timexes.pop()
            timexes.append(TimexSpan(start, length, attrs.get("type", ""), attrs.get("value")))
        elif tag == "TIMEX3" and not empty:  # an empty TIMEX3 has no extent to score
            open_timexes.append((length, _attributes(attributes)))
    parts.append(xml[position : body.end(1)])
    if open_timexes:
        raise ValueError("<TIMEX3> not closed inside <TEXT>")
    dct = None
    for tag in _TIMEX.finditer(xml):
        attrs = _attributes(tag.group(0))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = attrs.get("value")
            break
    found_id = _DOCID.search(xml)
    return TimeMLDoc(
        doc_id=found_id.group(1) if found_id else doc_id,
        text="".join(parts),
        dct=dct,
        timexes=sorted(timexes),
    )


def read_timeml(path: str | Path) -> TimeMLDoc:
    """A TimeML ``.tml`` file (UTF-8); ``DataError`` if it is not readable TimeML."""
    path = Path(path)
    try:
        return parse_timeml(path.read_text(encoding="utf-8"), doc_id=path.stem)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DataError(f"{path}: not a readable TimeML file: {exc}") from exc


def timeml_files(paths: Iterable[str | Path]) -> list[Path]:
    """The ``.tml`` files among ``paths`` and, for folders, under them (sorted)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(path.rglob("*.tml")))
        elif path.is_file():
            files.append(path)
        else:
            raise DataError(f"{path}: no such TimeML file or folder")
    return files


def _values_of(item: Mapping[str, Any]) -> tuple[str | None]:
    return (item.get("value"),)


def _type_of(item: Mapping[str, Any]) -> tuple[str | None]:
    return (item.get("type"),)


# TempEval-3's measures. Unlike the gold-set "value" (type and value), TempEval-3 scores the
# value alone, so that these numbers compare with published ones (HeidelTime: value F1 77.6).
TEMPEVAL3_MEASURES: Mapping[str, Mapping[str, Measure]] = {
    "dates": {
        "span": Measure(no_fields),
        "relaxed": Measure(no_fields, overlap=True),
        "value": Measure(no_fields, overlap=True, value=_values_of),
        "type": Measure(no_fields, overlap=True, value=_type_of),
    }
}


@dataclass(frozen=True, slots=True)
class TimeMLScore:
    """The evaluation, its documents (for reports) and how long ``find_dates`` took."""

    evaluation: Evaluation
    docs: list[TimeMLDoc]
    seconds: float

    def to_json(self) -> dict[str, Any]:
        result = self.evaluation.to_json()
        result["documents"]["gold_timexes"] = sum(len(d.timexes) for d in self.docs)
        result["documents"]["seconds"] = round(self.seconds, 2)
        return result


def score_timeml(docs: Sequence[TimeMLDoc], model_spans: ModelSpans | None = None) -> TimeMLScore:
    """``find_dates`` on each document's text, scored against its TIMEX3s.

    ``model_spans`` maps the texts to the NER's ``(start, end, label)`` spans, as ``extract
    run`` feeds them to ``find_dates``; without it only the module's own patterns are used.
    """
    from extract.dates import find_dates, resolve_dct

    began = time.perf_counter()
    spans = model_spans([d.text for d in docs]) if model_spans else ([] for _ in docs)
    gold: dict[str, dict[str, Any]] = {}
    pred: dict[str, dict[str, Any]] = {}
    for doc, ents in zip(docs, spans, strict=True):
        time_spans = [s for s in ents if s[2] in ("DATE", "TIME")]
        dct = resolve_dct(doc.dct, doc.text)
        found = find_dates(doc.text, dct, time_spans)
        gold[doc.doc_id] = {"dates": [_item(doc.text, *t) for t in doc.timexes]}
        pred[doc.doc_id] = {
            "dates": [
                _item(doc.text, start, end, timex.type, timex.value)
                for m in found
                for start, end, timex in timeml_extents(doc.text, m, dct)
            ]
        }
    seconds = time.perf_counter() - began
    return TimeMLScore(evaluate(gold, pred, TEMPEVAL3_MEASURES), list(docs), seconds)


@cache
def _range_join() -> re.Pattern[str]:
    """Where a range's two ends meet: the date rules' {DASH} ("1991 to 1997", "Aug. 26 - Oct.
    20"), a slash, or the "and" of "between 1985 and 1987"."""
    from extract.dates_data import expand

    return re.compile(expand(r"{DASH}|\s*/\s*|\s+and\s+"))


def timeml_extents(text: str, match: DateMatch, dct: Dct) -> list[tuple[int, int, Timex]]:
    """A found expression as TimeML writes it. TimeML has no TIMEX3 for a range: it tags each
    end ("1991 to 1997" is ``1991`` and ``1997``), where our records keep one item with the
    range's interval. A range whose two ends each normalise is split into them; anything
    else is kept whole.

    >>> from extract.dates import Dct, find_dates
    >>> text, dct = "Sales rose from 1991 to 1997.", Dct("2000-01-01", "metadata")
    >>> [(text[s:e], t.value) for s, e, t in timeml_extents(text, find_dates(text, dct)[0], dct)]
    [('1991', '1991'), ('1997', '1997')]
    """
    from extract.dates import normalise

    whole = (match.start, match.end, match.timex)
    if match.timex.interval_start is None or match.timex.interval_start == match.timex.interval_end:
        return [whole]
    for join in _range_join().finditer(text, match.start, match.end):
        ends = [(match.start, join.start()), (join.end(), match.end)]
        timexes = [normalise(text[s:e], dct) for s, e in ends]
        if all(t.value is not None and t.rule != match.timex.rule for t in timexes):
            return [(s, e, t) for (s, e), t in zip(ends, timexes, strict=True)]
    return [whole]


def _item(text: str, start: int, end: int, type_: str, value: str | None) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end], "type": type_, "value": value}
