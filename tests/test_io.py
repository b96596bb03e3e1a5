"""Reading inputs: every kind of file, and every bad input named with its source."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from extract.errors import InputError, UsageError
from extract.io import Document, read_documents, read_jsonl, write_jsonl


def _read(path: Path) -> list[Document | InputError]:
    return list(read_documents([path]))


def test_txt_with_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Hello Havana.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"id": "A1", "published": "2017-11-02"}))
    (doc,) = _read(tmp_path)
    assert isinstance(doc, Document)
    assert (doc.doc_id, doc.text, doc.published) == ("A1", "Hello Havana.", "2017-11-02")


def test_folder_order_and_kinds(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(
        '{"id": "j1", "text": "One."}\n\n{"id": "j2", "text": "Two.", "published": "1987"}\n'
    )
    (tmp_path / "c.json").write_text(json.dumps([{"id": "c1", "text": "Three."}]))
    (tmp_path / "notes.csv").write_text("ignored")
    docs = _read(tmp_path)
    assert [d.doc_id for d in docs if isinstance(d, Document)] == ["j1", "j2", "b", "c1"]
    assert docs[1].published == "1987"  # type: ignore[union-attr]


def test_html_pages_are_documents_of_their_extracted_text(tmp_path: Path) -> None:
    body = "<p>Rosneft will ship 250,000 tonnes of oil and diesel to Cuba, the company said.</p>"
    page = f"<html><body><article>{body * 3}</article></body></html>"
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (tmp_path / "b.htm").write_text(page, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Third.", encoding="utf-8")
    docs = _read(tmp_path)
    assert [d.doc_id for d in docs if isinstance(d, Document)] == ["a", "b", "c"]
    assert docs[0].text.startswith("Rosneft will ship")  # type: ignore[union-attr]
    assert "<p>" not in docs[0].text  # type: ignore[union-attr]
    assert set(docs[0].meta) == {"title", "html_sha256", "extractor"}  # type: ignore[union-attr]


def test_single_json_object_uses_file_stem_without_id(tmp_path: Path) -> None:
    (tmp_path / "story.json").write_text(json.dumps({"text": "Text."}))
    (doc,) = _read(tmp_path / "story.json")
    assert isinstance(doc, Document) and doc.doc_id == "story"


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        pytest.param("empty.txt", b"", "empty", id="empty-file"),
        pytest.param("blank.txt", b"  \n\t\n", "empty", id="whitespace-only"),
        pytest.param("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary", id="binary"),
        pytest.param(
            "latin.txt", "Caf\xe9 Havana".encode("latin-1"), "encoding", id="invalid-utf8"
        ),
        pytest.param("x.jsonl", b'{"id": "n1"}\n', "missing-text", id="json-line-without-text"),
        pytest.param("y.jsonl", b'{"id": "n2", "text": 5}\n', "missing-text", id="text-not-string"),
        pytest.param("z.jsonl", b'{"id": "n3", "text": \n', "invalid-json", id="broken-json-line"),
        pytest.param("w.jsonl", b"[1, 2]\n", "invalid-json", id="json-line-not-object"),
        pytest.param("v.json", b"{nope", "invalid-json", id="broken-json-file"),
        pytest.param(
            "nav.html",
            b"<html><body><nav><ul><li><a href='/'>Home</a></li></ul></nav></body></html>",
            "no-text",
            id="html-without-article-text",
        ),
        pytest.param(
            "latin.htm", "<p>Caf\xe9 Havana</p>".encode("latin-1"), "encoding", id="html-undeclared"
        ),
        pytest.param("bin.html", b"<html>\x00\x00\x00", "binary", id="html-binary"),
    ],
)
def test_bad_input_is_an_error_item_naming_the_source(
    tmp_path: Path, name: str, content: bytes, kind: str
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("A good document.", encoding="utf-8")
    items = _read(tmp_path)
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.kind for e in errors] == [kind]
    assert name in str(errors[0])
    assert any(isinstance(i, Document) and i.doc_id == "good" for i in items), "others go on"


def test_bad_line_keeps_the_rest_of_the_file(tmp_path: Path) -> None:
    (tmp_path / "m.jsonl").write_text(
        '{"id": "a", "text": "A."}\n{"id": "b"}\n{"id": "c", "text": "C."}\n'
    )
    items = _read(tmp_path)
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert items[1].source.endswith("m.jsonl:2")  # type: ignore[union-attr]


def test_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffHavana".encode())
    (doc,) = _read(tmp_path)
    assert isinstance(doc, Document) and doc.text == "Havana"


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda p: p / "missing", id="missing-path"),
        pytest.param(lambda p: p, id="folder-without-documents"),
    ],
)
def test_usage_errors(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError):
        _read(make(tmp_path))


def test_jsonl_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        assert write_jsonl([{"doc_id": "a", "text": "Ростех"}, {"doc_id": "b"}], handle) == 2
    assert [r["doc_id"] for r in read_jsonl(out)] == ["a", "b"]
    assert "Ростех" in out.read_text(encoding="utf-8")


def test_read_jsonl_names_broken_line(tmp_path: Path) -> None:
    out = tmp_path / "bad.jsonl"
    out.write_text('{"doc_id": "a"}\n{oops\n')
    with pytest.raises(InputError, match=r"bad\.jsonl:2"):
        list(read_jsonl(out))


def _ids(items: list[Document | InputError]) -> list[str | None]:
    return [d.doc_id for d in items]


def _gzip(path: Path, text: str) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(text)
    return path


def test_gzipped_inputs_are_read(tmp_path: Path) -> None:
    _gzip(tmp_path / "a.jsonl.gz", '{"id": "a", "text": "A."}\n{"id": "b", "text": "B."}\n')
    _gzip(tmp_path / "c.txt.gz", "Havana, Cuba.")
    _gzip(tmp_path / "d.json.gz", json.dumps({"id": "d", "text": "D."}))
    (tmp_path / "c.meta.json").write_text(json.dumps({"published": "2017-11-02"}))
    docs = _read(tmp_path)
    assert _ids(docs) == ["a", "b", "c", "d"]
    assert docs[2].published == "2017-11-02"  # type: ignore[union-attr]
    assert docs[0].source == f"{tmp_path / 'a.jsonl.gz'}:1"


def test_truncated_gzip_keeps_what_it_read_and_names_where_it_broke(tmp_path: Path) -> None:
    lines = "".join(
        json.dumps({"id": f"d{i}", "text": "x" * 2000 + str(i)}) + "\n" for i in range(50)
    )
    data = gzip.compress(lines.encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    docs = _read(tmp_path / "cut.jsonl.gz")
    *read, last = docs
    assert read and all(isinstance(d, Document) for d in read)
    assert isinstance(last, InputError) and last.kind == "unreadable"
    assert last.source == f"{tmp_path / 'cut.jsonl.gz'}:{len(read) + 1}"


def test_file_that_is_not_gzip_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "fake.txt.gz").write_text("plain text, not gzip")
    (error,) = _read(tmp_path / "fake.txt.gz")
    assert isinstance(error, InputError) and error.kind == "unreadable"
    assert "gzip" in error.detail.lower()


def test_globs_expand_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "b.txt").write_text("B.")
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "c.csv").write_text("not a document")
    assert _ids(list(read_documents([str(tmp_path / "**" / "*.txt")]))) == ["a", "b"]
    with pytest.raises(UsageError, match="no files match"):
        list(read_documents([str(tmp_path / "*.nothing")]))


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        pytest.param(
            b'{"id": "a", "text": "A."}\n{"id": "b", "text": "B."}\n', ["a", "b"], id="jsonl"
        ),
        pytest.param(b'\n\n{"id": "a", "text": "A."}\n', ["a"], id="jsonl-after-blank-lines"),
        pytest.param(b"Moscow and Havana signed a deal.\n", ["stdin"], id="plain-text"),
        pytest.param(b"", [None], id="empty"),
    ],
)
def test_stdin(stdin: bytes, expected: list[str | None]) -> None:
    import io

    docs = list(read_documents(["-"], stdin=io.BytesIO(stdin)))
    assert [d.doc_id if isinstance(d, Document) else None for d in docs] == expected
    if expected == ["stdin"]:
        assert docs[0].text == stdin.decode()  # type: ignore[union-attr]


def test_stdin_jsonl_errors_name_the_line() -> None:
    import io

    docs = list(read_documents(["-"], stdin=io.BytesIO(b'{"id": "a", "text": "A."}\n{oops\n')))
    assert isinstance(docs[1], InputError) and docs[1].source == "stdin:2"
