"""extract: raw news articles in, structured and checkable facts out.

``Pipeline`` and ``load_nlp`` import spaCy and are loaded on first use, so that importing a
light module such as ``extract.records`` does not pay for the model stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from extract._version import __version__
from extract.errors import DataError, ExtractError, InputError, ModelError, UsageError

if TYPE_CHECKING:
    from extract.entities import load_nlp
    from extract.pipeline import Pipeline

__all__ = [
    "DataError",
    "ExtractError",
    "InputError",
    "ModelError",
    "Pipeline",
    "UsageError",
    "__version__",
    "load_nlp",
]


def __getattr__(name: str) -> Any:
    if name == "Pipeline":
        from extract.pipeline import Pipeline

        return Pipeline
    if name == "load_nlp":
        from extract.entities import load_nlp

        return load_nlp
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
