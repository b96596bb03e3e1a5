"""Edits of the cleaning steps: the ``Edit`` record, applying and merging edit lists, diffing.

Contract: an ``Edit`` replaces ``text[start:end]`` (end-exclusive) by its ``replacement``, in
the coordinates of the text the step was given; ``apply_edits`` applies a sorted,
non-overlapping list, which ``merge_deletions`` and ``first_wins`` make of overlapping ones.
``diff_edits`` and the position helpers (``lines``, ``drop_line``...) are what the steps of
``extract.clean_steps`` build their edits with; all are pure.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` (end-exclusive) by ``replacement``; ``kind`` is the step id."""

    kind: str
    start: int
    end: int
    replacement: str


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with sorted, non-overlapping edits applied.

    >>> apply_edits("Cuba s", [Edit("apostrophe", 4, 5, "'")])
    "Cuba's"
    """
    pieces, pos = [], 0
    for edit in edits:
        pieces += [text[pos : edit.start], edit.replacement]
        pos = edit.end
    return "".join([*pieces, text[pos:]])


def diff_edits(old: str, new: str, offset: int, kind: str) -> list[Edit]:
    """The character-level edits turning ``old`` into ``new``, shifted by ``offset``.

    >>> diff_edits("RaÃºl", "Raúl", 10, "unicode")
    [Edit(kind='unicode', start=12, end=14, replacement='ú')]
    """
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        Edit(kind, offset + i1, offset + i2, new[j1:j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def merge_deletions(edits: list[Edit]) -> list[Edit]:
    """Sort deletions and merge the overlapping ones (their union is still a deletion)."""
    merged: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if merged and edit.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Edit(last.kind, last.start, max(last.end, edit.end), "")
        else:
            merged.append(edit)
    return merged


def first_wins(edits: list[Edit]) -> list[Edit]:
    """Sorted edits, dropping any that overlaps one before it (conservative: do less)."""
    kept: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if not kept or (edit.start >= kept[-1].end and edit.start > kept[-1].start):
            kept.append(edit)
    return kept


# --- positions -------------------------------------------------------------------------------


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line's content, newline excluded."""
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def content_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing whitespace, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def skip_blanks(text: str, i: int, stop: int, step: int) -> int:
    """``i`` moved over spaces and tabs towards ``stop`` (forwards if ``step`` is 1, else back)."""
    while i != stop and text[i if step > 0 else i - 1] in " \t":
        i += step
    return i


def drop_line(text: str, start: int, end: int, kind: str) -> Edit:
    """Delete a line and one of the separators around it, keeping the stronger one.

    >>> t = "A\\n\\nTitle\\n\\nB"
    >>> e = drop_line(t, 3, 8, "x")
    >>> t[: e.start] + t[e.end :]
    'A\\n\\nB'
    """
    before, after = start, end
    while before > 0 and text[before - 1].isspace():
        before -= 1
    while after < len(text) and text[after].isspace():
        after += 1
    if before == 0:
        return Edit(kind, 0, after if after < len(text) else len(text), "")
    if after == len(text) or text[before:start].count("\n") < text[end:after].count("\n"):
        return Edit(kind, before, end, "")
    return Edit(kind, start, after, "")
