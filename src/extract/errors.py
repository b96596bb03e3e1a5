"""The exception hierarchy of the library; only the CLI maps these to exit codes."""

from __future__ import annotations


class ExtractError(Exception):
    """Base class of every error the library raises on purpose."""


class UsageError(ExtractError):
    """The caller asked for something impossible (unknown option value, no inputs)."""


class InputError(ExtractError):
    """One input document cannot be processed; names the document and the cause.

    ``kind`` is a stable code (``empty``, ``binary``, ``encoding``, ``invalid-json``,
    ``missing-text``, ``missing-id``, ``no-text`` (an HTML page without article text),
    ``too-long``, ``duplicate-id``, ``unreadable``, and ``internal-error`` for a document the
    pipeline itself failed on) that also lands in the document's error record.
    """

    def __init__(self, kind: str, message: str, *, doc_id: str | None, source: str | None):
        self.kind = kind
        self.doc_id = doc_id
        self.source = source
        where = source or doc_id or "<input>"
        super().__init__(f"{where}: {message}")
        self.detail = message


class ModelError(ExtractError):
    """The spaCy pipeline cannot be loaded or lacks what the stage needs."""


class DataError(ExtractError):
    """A packaged or user-supplied data file (rules, tables, gold, schema) is invalid."""
