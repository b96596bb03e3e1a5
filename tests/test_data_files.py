"""The shared loader of packaged data files."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import data_files
from extract.errors import DataError


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("{not json", "x.json", id="bad-json"),
        pytest.param(
            '{"words": [{"id": "a"}, {"id": "a"}]}', "duplicate id 'a'", id="duplicate-id"
        ),
        pytest.param('{"words": [{"word": "a"}]}', "missing or duplicate id None", id="missing-id"),
    ],
)
def test_bad_data_files_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, message: str
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "x.json").write_text(content, "utf-8")
    monkeypatch.setattr(data_files.resources, "files", lambda package: tmp_path)
    data_files.load_data.cache_clear()
    try:
        with pytest.raises(DataError, match=message):
            data_files.load_data("x.json")
    finally:
        data_files.load_data.cache_clear()


def test_missing_list_is_named() -> None:
    with pytest.raises(DataError, match="no list 'nothing'"):
        data_files.entries("quantities/units.json", "nothing")


def test_lists_are_read() -> None:
    assert data_files.entries("quantities/units.json", "units")
    assert data_files.load_data("quantities/units.json") is data_files.load_data(
        "quantities/units.json"
    )
