"""HTML input: main text without the page's boilerplate, title and date from the markup,
the page pinned by its hash, and every bad page an ``InputError`` naming its file."""

from __future__ import annotations

import doctest
import hashlib
import json
from pathlib import Path

import pytest

import extract.html
from extract.errors import InputError
from extract.html import EXTRACTOR, decode_html, extract_article, html_sha256
from extract.io import Document, read_documents
from extract.records import offset_errors, schema_errors, text_sha256

PARAGRAPHS = (
    "HAVANA (Daily Wire) - Russian state oil company Rosneft will ship 250,000 tonnes of oil "
    "and diesel to Cuba, the companies said on Thursday, as the island struggles with a fall "
    "in supplies from Venezuela.",
    "Russian exports to Cuba rose to $225 million in the January-September period, up 15 "
    "percent from a year earlier, according to official data published in Moscow.",
    "The deal is the first of its kind in more than a decade, officials in Havana said.",
)


def news_page(
    paragraphs: tuple[str, ...] = PARAGRAPHS,
    *,
    charset: str = "utf-8",
    published: str | None = "2017-11-02T09:30:00+00:00",
) -> str:
    """A hand-written news page: navigation, share buttons and a footer around the article."""
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    article = f"<article><h1>Russia to sell oil to Cuba</h1>\n{body}</article>" if body else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="{charset}">
<title>Russia to sell oil to Cuba | Daily Wire</title>
{date}
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li></ul></nav></header>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
<main>{article}</main>
<footer><p>Contact us: newsroom@dailywire.example, +1 555 0100</p>
<p>Copyright 2017 Daily Wire. All rights reserved.</p></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def article() -> extract.html.HtmlArticle:
    return extract_article(news_page().encode("utf-8"), source="page.html")


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param(PARAGRAPHS[0], id="first-paragraph"),
        pytest.param(PARAGRAPHS[1], id="middle-paragraph"),
        pytest.param(PARAGRAPHS[2], id="last-paragraph"),
    ],
)
def test_article_paragraphs_are_in_the_text(
    article: extract.html.HtmlArticle, expected: str
) -> None:
    assert expected in article.text


@pytest.mark.parametrize(
    "boilerplate",
    [
        pytest.param("Business", id="nav"),
        pytest.param("Share on Facebook", id="share-buttons"),
        pytest.param("Tweet this", id="share-tweet"),
        pytest.param("newsroom@dailywire.example", id="footer-contact"),
        pytest.param("All rights reserved", id="footer-copyright"),
        pytest.param("<p>", id="no-markup"),
    ],
)
def test_boilerplate_is_not_in_the_text(
    article: extract.html.HtmlArticle, boilerplate: str
) -> None:
    assert boilerplate not in article.text


def test_metadata_and_hash(article: extract.html.HtmlArticle) -> None:
    page = news_page().encode("utf-8")
    assert article.title == "Russia to sell oil to Cuba"
    assert article.published == "2017-11-02"
    assert article.html_sha256 == "sha256:" + hashlib.sha256(page).hexdigest()
    assert article.html_sha256 != text_sha256(article.text), "the page, not the text"


def test_no_date_in_the_markup_is_none() -> None:
    # The body mentions "Thursday" and the footer "2017": neither is the page's date.
    assert extract_article(news_page(published=None), source=None).published is None


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(news_page(paragraphs=()), id="navigation-only"),
        pytest.param("<html><head><title>T</title></head><body></body></html>", id="empty-body"),
        pytest.param("", id="empty-string"),
        pytest.param(
            "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>",
            id="inline-nav-links",
            marks=pytest.mark.xfail(
                strict=True,
                reason="trafilatura keeps links outside a list as text ('Home World '); no "
                "length or punctuation floor of ours, which would drop short real items too",
            ),
        ),
    ],
)
def test_page_without_article_text_is_no_text(page: str) -> None:
    with pytest.raises(InputError, match=r"nav\.html: no main article text") as caught:
        extract_article(page, source="nav.html")
    assert caught.value.kind == "no-text"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("<p>Café</p>".encode(), "<p>Café</p>", id="utf8"),
        pytest.param("\ufeff<p>Café</p>".encode(), "<p>Café</p>", id="utf8-bom-dropped"),
        pytest.param(
            '<meta charset="iso-8859-1"><p>Café</p>'.encode("latin-1"),
            '<meta charset="iso-8859-1"><p>Café</p>',
            id="declared-latin1",
        ),
        pytest.param(
            b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            b"<p>\x93Caf\xe9\x94</p>",
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            "<p>\u201cCafé\u201d</p>",
            id="declared-http-equiv-cp1252",
        ),
    ],
)
def test_decoding(data: bytes, expected: str) -> None:
    assert decode_html(data, source="p.html") == expected


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        pytest.param("<p>Café</p>".encode("latin-1"), "encoding", id="undeclared-latin1"),
        pytest.param(b'<meta charset="utf-8"><p>Caf\xe9</p>', "encoding", id="declared-utf8-lie"),
        pytest.param(
            b'<meta charset="x-nonsense"><p>Caf\xe9</p>', "encoding", id="unknown-charset"
        ),
        pytest.param(b"<p>\x00\x01\x02</p>", "binary", id="nul-bytes"),
    ],
)
def test_undecodable_page_is_an_input_error(data: bytes, kind: str) -> None:
    with pytest.raises(InputError, match=r"p\.html") as caught:
        extract_article(data, source="p.html")
    assert caught.value.kind == kind


def test_page_in_declared_charset_is_extracted() -> None:
    page = news_page(charset="windows-1252").replace("Havana", "Habana \u2013 the capital")
    data = page.encode("cp1252")
    got = extract_article(data, source=None)
    assert "Habana \u2013 the capital" in got.text
    assert got.html_sha256 == html_sha256(data)


def test_folder_of_html_pages(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(news_page(), encoding="utf-8")
    (tmp_path / "b.htm").write_text(news_page(published=None), encoding="utf-8")
    (tmp_path / "b.meta.json").write_text(json.dumps({"id": "B1", "published": "2017-11-03"}))
    (tmp_path / "c.html").write_text(news_page(paragraphs=()), encoding="utf-8")
    a, b, c = read_documents([tmp_path])
    assert isinstance(a, Document) and isinstance(b, Document)
    assert (a.doc_id, a.published, b.doc_id, b.published) == ("a", "2017-11-02", "B1", "2017-11-03")
    assert a.text == b.text == extract_article(news_page(), source=None).text, "no dedup"
    assert a.meta == {
        "title": "Russia to sell oil to Cuba",
        "html_sha256": html_sha256((tmp_path / "a.html").read_bytes()),
        "extractor": EXTRACTOR,
    }
    assert isinstance(c, InputError) and c.kind == "no-text" and "c.html" in str(c)


def test_sidecar_date_wins_over_the_markup(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(news_page(), encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2017-11-01"}))
    (doc,) = read_documents([tmp_path / "a.html"])
    assert isinstance(doc, Document) and doc.published == "2017-11-01"


def test_extractor_names_the_installed_version() -> None:
    import trafilatura

    assert f"trafilatura {trafilatura.__version__}" == EXTRACTOR


def test_doctests() -> None:
    result = doctest.testmod(extract.html, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.model
def test_record_offsets_index_the_extracted_text(tmp_path: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.html").write_text(news_page(), encoding="utf-8")
    (doc,) = read_documents([tmp_path])
    assert isinstance(doc, Document)
    (record,) = pipeline.process_many([doc])
    assert record["status"] == "ok" and record["entities"]
    assert record["text_sha256"] == text_sha256(doc.text)
    assert offset_errors(record, doc.text) == []
    # The record names the page its text came from, and stays schema-valid.
    html_bytes = (tmp_path / "a.html").read_bytes()
    assert record["input"]["format"] == "html"
    assert record["input"]["html_sha256"] == "sha256:" + hashlib.sha256(html_bytes).hexdigest()
    assert record["input"]["extractor"].startswith("trafilatura ")
    assert schema_errors(record) == []
