"""Validation of the corpus and the gold files: every problem named with its file and position.

Contract: ``check_corpus(folder)`` and ``check_gold(folder, root)`` return lists of
``Problem`` (empty when all is well); they never stop at the first problem.

Corpus: each ``.txt`` has a ``.meta.json`` sidecar with ``id``, ``published`` (ISO date at any
precision, or null), ``published_precision`` and a ``text_sha256`` that matches the text.
Gold: each ``*.json`` (but the baseline kept beside them) is a record-shaped object with
``doc_id``, ``text_sha256`` and ``text`` (where its text is: see ``extract.goldset``); its spans
must select their text, labels must be OntoNotes labels, relation types and roles must be
declared. A document whose text is in a shared dataset absent here cannot be checked: it is
listed in ``GoldCheck.skipped``, not as a problem.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from extract.entities import ONTONOTES_LABELS
from extract.errors import DataError
from extract.goldset import gold_text, is_baseline
from extract.io import SIDECAR_SUFFIX
from extract.records import DateType, iter_spans, offset_errors, text_sha256
from extract.relation_rules import relation_types

PRECISIONS = ("day", "month", "year", "unknown")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATE_TYPES = get_args(DateType)
DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.where}: {self.message}"


def check_corpus(folder: Path) -> list[Problem]:
    """Problems with the corpus texts and their metadata sidecars."""
    problems: list[Problem] = []
    texts = sorted(folder.glob("*.txt"))
    if not texts:
        problems.append(Problem(str(folder), "folder", "no .txt documents"))
    for text_file in texts:
        sidecar = text_file.with_name(text_file.stem + SIDECAR_SUFFIX)
        meta = _load_json(sidecar, problems)
        if meta is None:
            continue
        raw = text_file.read_bytes()
        where = str(sidecar)
        if meta.get("id") != text_file.stem:
            problems.append(
                Problem(where, "id", f"is {meta.get('id')!r}, expected {text_file.stem!r}")
            )
        published = meta.get("published")
        if published is not None and not (isinstance(published, str) and ISO_DATE.match(published)):
            problems.append(
                Problem(where, "published", f"{published!r} is not an ISO date or null")
            )
        if meta.get("published_precision") not in PRECISIONS:
            problems.append(Problem(where, "published_precision", f"must be one of {PRECISIONS}"))
        try:
            actual = text_sha256(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            problems.append(Problem(str(text_file), f"byte {exc.start}", "invalid UTF-8"))
            continue
        if meta.get("text_sha256") != actual:
            problems.append(Problem(where, "text_sha256", f"does not match the text ({actual})"))
    for sidecar in sorted(folder.glob("*" + SIDECAR_SUFFIX)):
        if not sidecar.with_name(sidecar.name.removesuffix(SIDECAR_SUFFIX) + ".txt").exists():
            problems.append(Problem(str(sidecar), "file", "sidecar without a .txt document"))
    return problems


@dataclass(frozen=True, slots=True)
class GoldCheck:
    problems: list[Problem]
    checked: int
    skipped: list[str]


def check_gold(folder: Path, root: Path, shared: Path) -> GoldCheck:
    """Problems with the gold files in ``folder``; see the module for where texts are found."""
    problems: list[Problem] = []
    checked = 0
    skipped: list[str] = []
    for gold_file in sorted(folder.glob("*.json")):
        gold = _load_json(gold_file, problems)
        if gold is None or is_baseline(gold):
            continue
        try:
            raw = gold_text(gold, root, shared) if "text" in gold else None
        except DataError as exc:
            problems.append(Problem(str(gold_file), "text", str(exc)))
            continue
        if raw is None and "text" in gold:
            skipped.append(str(gold_file))
            continue
        problems.extend(_check_gold_record(gold_file, gold, raw))
        if isinstance(gold.get("text"), dict) and "dataset" in gold["text"]:
            problems.extend(_stored_texts(gold_file, gold))
        checked += 1
    return GoldCheck(problems, checked, skipped)


def _check_gold_record(path: Path, gold: dict[str, Any], raw: str | None) -> list[Problem]:
    where = str(path)
    problems = [
        Problem(where, field, "missing")
        for field in ("doc_id", "text_sha256", "text", "annotation")
        if gold.get(field) is None
    ]
    annotation = gold.get("annotation")
    if isinstance(annotation, dict) and not annotation.get("checked_by"):
        problems.append(Problem(where, "annotation.checked_by", "missing: who checked every item"))
    if problems or raw is None:
        return problems
    if text_sha256(raw) != gold["text_sha256"]:
        problems.append(Problem(where, "text_sha256", "does not match the text it names"))
    problems.extend(Problem(where, "offsets", message) for message in offset_errors(gold, raw))
    for i, entity in enumerate(gold.get("entities", [])):
        if entity.get("label") not in ONTONOTES_LABELS:
            problems.append(
                Problem(where, f"entities[{i}]", f"unknown label {entity.get('label')!r}")
            )
    for i, money in enumerate(gold.get("money", [])):
        for key in ("amount", "min", "max"):
            value = money.get(key)
            if value is not None and not (isinstance(value, str) and DECIMAL.match(value)):
                problems.append(
                    Problem(where, f"money[{i}].{key}", f"{value!r} is not a decimal string")
                )
    for i, date in enumerate(gold.get("dates", [])):
        if date.get("type") not in DATE_TYPES:
            problems.append(Problem(where, f"dates[{i}].type", f"must be one of {DATE_TYPES}"))
    types = relation_types()
    for i, relation in enumerate(gold.get("relations", [])):
        roles = types.get(relation.get("type", ""))
        if roles is None:
            problems.append(
                Problem(where, f"relations[{i}].type", f"unknown type {relation.get('type')!r}")
            )
            continue
        for role in relation.get("args", {}):
            if role not in roles:
                problems.append(
                    Problem(
                        where, f"relations[{i}].args.{role}", f"not a role of {relation['type']}"
                    )
                )
    return problems


def _stored_texts(path: Path, gold: dict[str, Any]) -> list[Problem]:
    """Gold over a research-only dataset keeps offsets only: its text may not be committed."""
    return [
        Problem(str(path), where, "stores text of a research-only dataset; keep offsets only")
        for where, span in iter_spans(gold)
        if "text" in span
    ]


def _load_json(path: Path, problems: list[Problem]) -> dict[str, Any] | None:
    if not path.exists():
        problems.append(Problem(str(path), "file", "missing"))
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        problems.append(Problem(str(path), "json", str(exc)))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(str(path), "json", "not a JSON object"))
        return None
    return data
