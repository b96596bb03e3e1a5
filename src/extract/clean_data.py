"""Data of the cleaning steps: the word lists and patterns of ``data/clean/*.json``.

Contract: every file is read once (``functools.cache``) through ``importlib.resources`` and
checked on load: each list in it holds entries with unique ``id``s, else ``DataError``. ``words``
and ``pattern`` turn one list into the set of its ``words`` or one regex over its ``pattern``s.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from extract import data_files
from extract.errors import DataError


def load_data(name: str) -> Mapping[str, Any]:
    """One ``data/clean/<name>`` file; every list in it holds entries with unique ``id``s."""
    return data_files.load_data(f"clean/{name}")


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
