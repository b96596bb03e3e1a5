"""Reading documents and writing records.

Contract: ``read_documents(paths)`` yields one ``Document`` per input document, or one
``InputError`` (not raised) per document that cannot be read, naming its source; a broken
document never stops the others. Records are written as JSON Lines, one per document.

Inputs: ``.txt`` files (the file stem is the id; an optional ``<stem>.meta.json`` sidecar gives
``id`` and ``published``), ``.json`` files holding one object or a list of objects,
``.jsonl`` files with one object per line (``{"id", "text", "published"?, ...}``), ``.html`` /
``.htm`` pages (like ``.txt``, with an optional sidecar; see ``extract.html``: the document's text
is the page's extracted main text, so offsets index that text, not the HTML), any of these
gzipped (``.jsonl.gz``, ``.txt.gz`` ...), folders of such files (searched recursively, in sorted
order; sidecars are not documents), glob patterns (``data/**/*.jsonl.gz``), and ``-`` for
standard input: JSON Lines documents, or one plain-text document (id ``stdin``) when its first
character is not ``{``.
"""

from __future__ import annotations

import glob
import gzip
import itertools
import json
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TextIO

from extract.errors import InputError, UsageError

SIDECAR_SUFFIX = ".meta.json"
HTML_SUFFIXES = (".html", ".htm")
PLAIN_SUFFIXES = (".txt", ".json", ".jsonl", *HTML_SUFFIXES)
DOCUMENT_SUFFIXES = (*PLAIN_SUFFIXES, *(suffix + ".gz" for suffix in PLAIN_SUFFIXES))
STDIN = "-"
STDIN_ID = "stdin"
_GLOB_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Document:
    """One article to process: its id, raw text, publication date and where it came from."""

    doc_id: str
    text: str
    published: str | None = None
    source: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)


def read_documents(
    paths: Iterable[str | Path], *, stdin: IO[bytes] | None = None
) -> Iterator[Document | InputError]:
    """Every document under ``paths``, in order, with a bad one as an ``InputError`` item.

    Documents are streamed: a large JSON Lines file is read a line at a time. ``stdin`` is the
    byte stream ``-`` stands for (default: the process's standard input). Raises
    ``UsageError`` at once, before anything is read, for a path that does not exist, a glob
    that matches nothing, or a folder that holds no documents at all.
    """
    inputs = [None if str(name) == STDIN else input_files(name) for name in paths]
    return _stream(inputs, stdin)


def _stream(
    inputs: list[list[Path] | None], stdin: IO[bytes] | None
) -> Iterator[Document | InputError]:
    for files in inputs:
        if files is None:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
            continue
        for file in files:
            yield from _read_file(file)


def input_files(name: str | Path) -> list[Path]:
    """The document files one input names: itself, a folder's documents, or a glob's matches.

    >>> input_files("no/such/*.txt")
    Traceback (most recent call last):
    extract.errors.UsageError: no/such/*.txt: no files match this pattern
    """
    path = Path(name)
    if not path.exists() and _GLOB_CHARACTERS & set(str(name)):
        matches = [Path(m) for m in sorted(glob.glob(str(name), recursive=True))]
        files = [f for m in matches for f in _document_files(m)]
        if not files:
            raise UsageError(f"{name}: no files match this pattern")
        return files
    if not path.exists():
        raise UsageError(f"{path}: no such file or folder")
    files = list(_document_files(path))
    if not files:
        raise UsageError(f"{path}: no .txt, .json, .jsonl or .html documents (or .gz) found")
    return files


def count_documents(paths: Iterable[str | Path]) -> int | None:
    """How many documents ``read_documents(paths)`` will yield, for a progress display: one per
    text or HTML file, one per non-blank JSON Lines line, the items of a JSON list; None when
    stdin is among the inputs (it cannot be read twice) or a file cannot be counted."""
    total = 0
    for name in paths:
        if str(name) == STDIN:
            return None
        for file in input_files(name):
            kind = _kind(file)
            if kind not in (".jsonl", ".json"):
                total += 1
                continue
            try:
                if kind == ".jsonl":
                    opener = gzip.open if file.name.endswith(".gz") else open
                    with opener(file, "rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                else:
                    loaded = json.loads(_read_bytes(file))
                    total += len(loaded) if isinstance(loaded, list) else 1
            except (OSError, EOFError, zlib.error, ValueError):
                return None
    return total


def _document_files(path: Path) -> Iterator[Path]:
    if path.is_file():
        yield path
        return
    for file in sorted(path.rglob("*")):
        if file.is_file() and _is_document_file(file):
            yield file


def _is_document_file(file: Path) -> bool:
    name = file.name
    return not name.endswith(SIDECAR_SUFFIX) and name.endswith(DOCUMENT_SUFFIXES)


def _kind(file: Path) -> str:
    """The document suffix with any ``.gz`` removed: ``a.jsonl.gz`` -> ``.jsonl``."""
    name = file.name.removesuffix(".gz")
    return Path(name).suffix


def _stem(file: Path) -> str:
    return Path(file.name.removesuffix(".gz")).stem


def _read_file(file: Path) -> Iterator[Document | InputError]:
    source = str(file)
    kind = _kind(file)
    if kind == ".jsonl":
        yield from _read_jsonl_documents(file, source)
        return
    try:
        data = _read_bytes(file)
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(
            "unreadable", f"cannot read file: {_reason(exc)}", doc_id=None, source=source
        )
        return
    if kind in HTML_SUFFIXES:
        yield _html_document(file, data)
        return
    if kind != ".json":
        yield _text_document(file, data)
        return
    text = _decode(data, doc_id=None, source=source)
    if isinstance(text, InputError):
        yield text
        return
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError("invalid-json", f"invalid JSON: {exc}", doc_id=None, source=source)
        return
    items = loaded if isinstance(loaded, list) else [loaded]
    for index, item in enumerate(items):
        item_source = source if len(items) == 1 else f"{source}[{index}]"
        yield document_from_object(item, source=item_source, fallback_id=_stem(file))


def _read_bytes(file: Path) -> bytes:
    if file.name.endswith(".gz"):
        with gzip.open(file, "rb") as handle:
            return handle.read()
    return file.read_bytes()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _read_jsonl_documents(file: Path, source: str) -> Iterator[Document | InputError]:
    """One document per line, streamed; a file that breaks off mid-way (a truncated gzip)
    yields what it held and then an error naming the line where reading stopped."""
    number = 0
    try:
        with gzip.open(file, "rb") if file.name.endswith(".gz") else file.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                yield from _jsonl_line(line, f"{source}:{number}")
    except (OSError, EOFError, zlib.error) as exc:
        where = f"{source}:{number + 1}" if number else source
        yield InputError(
            "unreadable", f"cannot read file: {_reason(exc)}", doc_id=None, source=where
        )


def _jsonl_line(line: bytes, source: str) -> Iterator[Document | InputError]:
    if not line.strip():
        return
    text = _decode(line, doc_id=None, source=source)
    if isinstance(text, InputError):
        yield text
        return
    yield _json_document(text, source=source, fallback_id=None)


def _read_stdin(stream: IO[bytes]) -> Iterator[Document | InputError]:
    lines = iter(stream)
    blank: list[bytes] = []
    for first in lines:
        if first.strip():
            break
        blank.append(first)
    else:
        yield InputError("empty", "standard input is empty", doc_id=STDIN_ID, source=STDIN_ID)
        return
    if first.lstrip().startswith(b"{"):
        for number, line in enumerate(itertools.chain([first], lines), start=len(blank) + 1):
            yield from _jsonl_line(line, f"{STDIN_ID}:{number}")
        return
    text = _decode(b"".join([*blank, first, *lines]), doc_id=STDIN_ID, source=STDIN_ID)
    if isinstance(text, InputError):
        yield text
        return
    yield _checked(Document(doc_id=STDIN_ID, text=text, source=STDIN_ID))


def _text_document(file: Path, data: bytes) -> Document | InputError:
    meta = _sidecar(file)
    if isinstance(meta, InputError):
        return meta
    doc_id = str(meta.get("id") or _stem(file))
    text = _decode(data, doc_id=doc_id, source=str(file))
    if isinstance(text, InputError):
        return text
    return _checked(
        Document(
            doc_id=doc_id,
            text=text,
            published=meta.get("published"),
            source=str(file),
            meta=meta,
        )
    )


def _html_document(file: Path, data: bytes) -> Document | InputError:
    # Imported here so that reading text and JSON never loads trafilatura and lxml.
    from extract.html import EXTRACTOR, extract_article

    meta = _sidecar(file)
    if isinstance(meta, InputError):
        return meta
    doc_id = str(meta.get("id") or _stem(file))
    try:
        article = extract_article(data, source=str(file))
    except InputError as exc:
        return InputError(exc.kind, exc.detail, doc_id=doc_id, source=str(file))
    return _checked(
        Document(
            doc_id=doc_id,
            text=article.text,
            # A date the sidecar gives is the caller's word; the page's markup comes second.
            published=meta.get("published") or article.published,
            source=str(file),
            meta={
                **meta,
                "title": meta.get("title") or article.title,
                "html_sha256": article.html_sha256,
                "extractor": EXTRACTOR,
            },
        )
    )


def _sidecar(file: Path) -> dict[str, Any] | InputError:
    sidecar = file.with_name(_stem(file) + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return InputError(
            "invalid-json", f"bad metadata sidecar {sidecar}: {exc}", doc_id=None, source=str(file)
        )
    if not isinstance(meta, dict):
        return InputError(
            "invalid-json",
            f"metadata sidecar {sidecar} is not an object",
            doc_id=None,
            source=str(file),
        )
    return meta


def _decode(data: bytes, *, doc_id: str | None, source: str) -> str | InputError:
    if b"\x00" in data[:8192]:
        return InputError(
            "binary", "binary file (NUL bytes), not text", doc_id=doc_id, source=source
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(
            "encoding",
            f"invalid UTF-8 at byte {exc.start}: {data[exc.start : exc.start + 4]!r}",
            doc_id=doc_id,
            source=source,
        )
    # A byte-order mark is an encoding artefact, not text: offsets start after it.
    return text.removeprefix("\ufeff")


def _json_document(line: str, *, source: str, fallback_id: str | None) -> Document | InputError:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError("invalid-json", f"invalid JSON: {exc.msg}", doc_id=None, source=source)
    return document_from_object(item, source=source, fallback_id=fallback_id)


def document_from_object(
    item: Any, *, source: str | None, fallback_id: str | None
) -> Document | InputError:
    """A ``Document`` from a ``{"id", "text", "published"?, ...}`` object, or why it is not one."""
    if not isinstance(item, dict):
        return InputError(
            "invalid-json", "a document must be a JSON object", doc_id=None, source=source
        )
    raw_id = item.get("id", fallback_id)
    doc_id = str(raw_id) if raw_id is not None else None
    if doc_id is None:
        return InputError("missing-id", 'object has no "id"', doc_id=None, source=source)
    text = item.get("text")
    if not isinstance(text, str):
        what = 'no "text"' if text is None else 'a "text" that is not a string'
        return InputError("missing-text", f"object has {what}", doc_id=doc_id, source=source)
    published = item.get("published")
    if published is not None and not isinstance(published, str):
        return InputError(
            "invalid-json", '"published" must be an ISO date string', doc_id=doc_id, source=source
        )
    meta = {k: v for k, v in item.items() if k != "text"}
    return _checked(
        Document(doc_id=doc_id, text=text, published=published, source=source, meta=meta)
    )


def _checked(document: Document) -> Document | InputError:
    if not document.text.strip():
        return InputError(
            "empty", "document is empty", doc_id=document.doc_id, source=document.source
        )
    return document


def write_jsonl(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write one JSON object per line, flushing each so a crash loses at most one line."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=False))
        out.write("\n")
        out.flush()
        count += 1
    return count


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The objects of a JSON Lines file; a broken line raises ``InputError`` naming it."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    "invalid-json",
                    f"invalid JSON: {exc.msg}",
                    doc_id=None,
                    source=f"{path}:{number}",
                ) from exc
            if not isinstance(item, dict):
                raise InputError(
                    "invalid-json", "expected a JSON object", doc_id=None, source=f"{path}:{number}"
                )
            yield item
