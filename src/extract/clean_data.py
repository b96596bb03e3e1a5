"""Data of the cleaning steps: the word lists and patterns of ``data/clean/*.json``.

Contract: every file is read once (``functools.cache``) through ``importlib.resources`` and
checked on load: each list in it holds entries with unique ``id``s, else ``DataError``. ``words``
and ``pattern`` turn one list into the set of its ``words`` or one regex over its ``pattern``s.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from extract.errors import DataError


@cache
def load_data(name: str) -> Mapping[str, Any]:
    """One ``data/clean/<name>`` file; every list in it holds entries with unique ``id``s."""
    path = resources.files("extract") / "data" / "clean" / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"clean/{name}: {exc}") from exc
    seen: set[str] = set()
    for key, entries in data.items():
        if key.startswith("_"):
            continue
        for entry in entries:
            entry_id = entry.get("id") if isinstance(entry, dict) else None
            if not isinstance(entry_id, str) or entry_id in seen:
                raise DataError(f"clean/{name}: {key}: missing or duplicate id {entry_id!r}")
            seen.add(entry_id)
    return dict(data)


def words(name: str, key: str) -> frozenset[str]:
    """The ``words`` of every entry of list ``key`` in ``data/clean/<name>``."""
    return frozenset(w for entry in load_data(name)[key] for w in entry["words"])


@cache
def pattern(name: str, key: str, anchored: bool = False) -> re.Pattern[str]:
    """One regex: the alternation of the ``pattern``s of list ``key``, whole-string if anchored."""
    parts = [entry["pattern"] for entry in load_data(name)[key]]
    alternation = "|".join(f"(?:{p})" for p in parts)
    try:
        return re.compile(rf"^(?:{alternation})$" if anchored else alternation)
    except re.error as exc:
        raise DataError(f"clean/{name}: {key}: invalid pattern: {exc}") from exc
