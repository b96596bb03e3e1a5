"""Packaged data files: read once, checked for ids, errors named by file.

Contract: ``load_data(path)`` reads ``src/extract/data/<path>`` (a JSON file) through
``importlib.resources``, once (``functools.cache``), and checks that every list in it (keys
not starting with ``_``) holds entries with unique string ``id``s; a missing file, bad JSON or
a missing or repeated id raises ``DataError`` naming the file. ``entries(path, key)`` is one of
its lists, a missing list being a ``DataError`` too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from extract.errors import DataError


@cache
def load_data(path: str) -> Mapping[str, Any]:
    """The data file ``data/<path>``, its lists' ids checked."""
    file = resources.files("extract") / "data" / path
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"{path}: {exc}") from exc
    seen: set[str] = set()
    for key, items in data.items():
        if key.startswith("_"):
            continue
        for entry in items:
            entry_id = entry.get("id") if isinstance(entry, dict) else None
            if not isinstance(entry_id, str) or entry_id in seen:
                raise DataError(f"{path}: {key}: missing or duplicate id {entry_id!r}")
            seen.add(entry_id)
    return dict(data)


def entries(path: str, key: str) -> list[dict[str, Any]]:
    """The list ``key`` of ``data/<path>``."""
    data = load_data(path)
    if key not in data:
        raise DataError(f"{path}: no list {key!r}")
    items: list[dict[str, Any]] = data[key]
    return items
