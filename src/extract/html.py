"""HTML input: a news page -> its main text, title and date, through trafilatura.

Contract: ``extract_article(html, source=...)`` returns an ``HtmlArticle`` whose ``text`` is
trafilatura's plain-text main content and is, from then on, the document's *raw text*: every
record offset indexes ``text``, and ``text_sha256`` hashes it. The page itself is pinned by
``html_sha256`` (``sha256:`` + hex of the HTML bytes) and the ``extractor`` version, since another
trafilatura release may extract different text from the same bytes. A page with no main text,
or bytes that cannot be decoded, raises ``InputError`` (``no-text``, ``encoding``, ``binary``).

Extraction is offline and deterministic: only a string or bytes in, never a URL to fetch; no
cross-document deduplication (it would make one page's text depend on the pages before it).

>>> page = "<html><body><article><p>" + "Rosneft will ship oil to Cuba. " * 3 + "</p></article>"
>>> extract_article(page + "</body></html>", source=None).text[:30]
'Rosneft will ship oil to Cuba.'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any

import trafilatura

from extract.errors import InputError
from extract.records import sha256_digest

EXTRACTOR = f"trafilatura {trafilatura.__version__}"

# The settings that decide what text (and so what offsets) a page yields; changing one changes
# records, so they live here in one place.
EXTRACTION_SETTINGS: dict[str, Any] = {
    "output_format": "python",
    "with_metadata": True,
    # Reader comments are not the article: their names, sums and dates would become its facts.
    "include_comments": False,
    # Tables come out as cells joined by "|": not sentences, so the parse-based relation rules
    # would link cells that have nothing to do with each other. Abstain instead.
    "include_tables": False,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    # Precision over recall: with the default, a page of navigation alone still "has text"
    # ("Home / World"), which would become a record full of menu entities.
    "favor_precision": True,
    "deduplicate": False,
    # Dates only from the page's markup (meta tags, JSON-LD, <time>), never guessed from
    # free text or numbers in the body: a wrong anchor misdates every relative date.
    "date_extraction_params": {"original_date": True, "extensive_search": False},
}

# How far into the bytes a declared charset is looked for (the HTML standard's prescan reads
# 1024 bytes; pages with long <head>s declare it later, so look a little further).
CHARSET_PRESCAN_BYTES = 4096
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """What a page yields: the raw text records index, its title and date, the page's hash."""

    text: str
    title: str | None
    published: str | None
    html_sha256: str


def html_sha256(html: str | bytes) -> str:
    """``sha256:`` + hex digest of the HTML bytes (a ``str`` is hashed as UTF-8).

    >>> html_sha256(b"abc") == html_sha256("abc")
    True
    """
    return sha256_digest(html.encode("utf-8") if isinstance(html, str) else html)


def decode_html(data: bytes, *, source: str | None) -> str:
    """The page as text: UTF-8 (a BOM dropped), else the charset the page declares.

    No guessing from byte statistics: a page that is neither valid UTF-8 nor valid in its
    declared charset raises ``InputError`` ("encoding") rather than become plausible nonsense.

    >>> decode_html('<meta charset="latin-1"><p>Caf\\xe9'.encode("latin-1"), source=None)[-4:]
    'Café'
    """
    if b"\x00" in data[:8192]:
        raise InputError("binary", "binary file (NUL bytes), not HTML", doc_id=None, source=source)
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        utf8_error = f"invalid UTF-8 at byte {exc.start}: {data[exc.start : exc.start + 4]!r}"
    declared = _declared_charset(data)
    if declared is None:
        raise InputError(
            "encoding", f"{utf8_error} and no charset declared", doc_id=None, source=source
        )
    try:
        return data.decode(declared)
    except UnicodeDecodeError as exc:
        raise InputError(
            "encoding",
            f"{utf8_error}, and invalid {declared} (declared) at byte {exc.start}",
            doc_id=None,
            source=source,
        ) from exc


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:CHARSET_PRESCAN_BYTES])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:  # an unknown charset name is no declaration we can use
        return None


def extract_article(html: str | bytes, *, source: str | None) -> HtmlArticle:
    """The main text, title and date of a news page; ``InputError`` if it has no main text.

    ``html`` may be the file's bytes (decoded by ``decode_html``, hashed as they are) or text.
    ``published`` is trafilatura's ISO date (``YYYY-MM-DD``) from the page's markup, or None.
    """
    page = decode_html(html, source=source) if isinstance(html, bytes) else html
    result = trafilatura.bare_extraction(page, **EXTRACTION_SETTINGS)
    text = getattr(result, "text", None)
    if not isinstance(text, str) or not text.strip():
        raise InputError(
            "no-text",
            f"no main article text found in the HTML ({EXTRACTOR})",
            doc_id=None,
            source=source,
        )
    return HtmlArticle(
        text=text,
        title=getattr(result, "title", None) or None,
        published=getattr(result, "date", None) or None,
        html_sha256=html_sha256(html),
    )
