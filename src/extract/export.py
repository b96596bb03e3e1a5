"""Records as flat tables, for CSV export.

Contract: ``rows(table, records)`` turns JSON records into flat rows (dicts of str, int, bool or
None) with the columns ``columns(table)`` lists; ``write_csv`` writes them. A record's nested
parts become one table each, every row carrying its ``doc_id``:

- ``documents``: one row per record: status, dates, versions, counts, the error if any;
- ``entities``, ``money``, ``percentages``, ``dates``: one row per mention;
- ``relations``: one row per relation, each role as ``<role>_start/_end/_text`` columns (the
  roles of every relation type, from ``data/relations/types.json``).

Columns come from the record types, not from the data, so an empty export still has its header
and two exports of different runs line up.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from extract.records import DateMention, Entity, Money, Percentage

TABLES = ("documents", "entities", "money", "percentages", "dates", "relations")
_MENTIONS = {"entities": Entity, "money": Money, "percentages": Percentage, "dates": DateMention}
_DOCUMENT_COLUMNS = (
    "doc_id", "status", "source", "published", "dct_source", "text_sha256", "pipeline_version",
    "model", "model_version", "entities", "money", "percentages", "dates", "relations",
    "error_kind", "error_message",
)  # fmt: skip


def _relation_roles() -> list[str]:
    from extract.relation_rules import relation_types

    return sorted({role for roles in relation_types().values() for role in roles})


def columns(table: str) -> list[str]:
    """The header of one table.

    >>> columns("entities")
    ['doc_id', 'start', 'end', 'text', 'label']
    """
    if table == "documents":
        return list(_DOCUMENT_COLUMNS)
    if table in _MENTIONS:
        return ["doc_id", *(f.name for f in dataclasses.fields(_MENTIONS[table]))]
    if table == "relations":
        roles = [
            f"{role}_{part}" for role in _relation_roles() for part in ("start", "end", "text")
        ]
        return ["doc_id", "type", "rule", "evidence_start", "evidence_end", "evidence_text", *roles]
    raise ValueError(f"no table {table!r}; tables: {', '.join(TABLES)}")


def rows(table: str, records: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` for these records."""
    header = columns(table)
    for record in records:
        doc_id = record["doc_id"]
        if table == "documents":
            yield _document_row(record)
        elif table == "relations":
            for relation in record.get("relations", []):
                row = {
                    "doc_id": doc_id,
                    "type": relation["type"],
                    "rule": relation["rule"],
                    **_span("evidence", relation["evidence"]),
                }
                for role, span in relation["args"].items():
                    row.update(_span(role, span))
                yield {column: row.get(column) for column in header}
        else:
            for mention in record.get(table, []):
                row = {"doc_id": doc_id, **mention}
                yield {column: _flat(row.get(column)) for column in header}


def _document_row(record: Mapping[str, Any]) -> dict[str, Any]:
    model = record.get("model") or {}
    error = record.get("error") or {}
    row: dict[str, Any] = {
        key: record.get(key) for key in _DOCUMENT_COLUMNS if key in record and key != "model"
    }
    row.update(
        model=model.get("name"),
        model_version=model.get("version"),
        error_kind=error.get("kind"),
        error_message=error.get("message"),
    )
    for table in ("entities", "money", "percentages", "dates", "relations"):
        row[table] = len(record.get(table, []))
    return {column: row.get(column) for column in _DOCUMENT_COLUMNS}


def _span(name: str, span: Mapping[str, Any]) -> dict[str, Any]:
    return {
        f"{name}_start": span["start"],
        f"{name}_end": span["end"],
        f"{name}_text": span["text"],
    }


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


STORE_COLUMNS = {
    "errors": ["doc_id", "source", "kind", "message", "run_id"],
    "runs": [
        "run_id", "started_at", "finished_at", "status", "pipeline_version", "model",
        "model_version", "fingerprint", "engine", "workers", "inputs", "processed", "skipped",
        "failed",
    ],
}  # fmt: skip


def store_columns(table: str) -> list[str]:
    """The header of a store table exported as it is (``errors``, ``runs``)."""
    return STORE_COLUMNS[table]


def write_dicts(rows: Iterable[Mapping[str, Any]], out: TextIO, header: list[str]) -> int:
    """Write rows that already are flat as CSV; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_csv(table: str, records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write one table as CSV (header first); returns the number of rows."""
    return write_dicts(rows(table, records), out, columns(table))
