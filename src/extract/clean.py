"""Cleaning: raw article text -> the text the NER runs on, with an exact map back to the raw.

Contract: ``clean(raw)`` returns a ``Cleaned`` whose ``to_raw(start, end)`` turns a span of
``text`` into the raw span its characters came from, and whose ``edits`` list every change in
raw coordinates (applying them to ``raw`` gives ``text``).

>>> c = clean("Havana s potholed streets")
>>> c.text
"Havana's potholed streets"
>>> c.to_raw(0, 8), c.raw[0:8]
((0, 8), 'Havana s')
>>> c.edits
(Edit(kind='apostrophe', start=6, end=7, replacement="'"),)

Each step (``STEPS``, run in ``DEFAULT_STEPS`` order: all but ``repeat``) returns edits over its
own input; the offset maps are composed here, so a later step sees the earlier steps' output. The
map is the list of pieces of the cleaned text, each copied from the raw or made by an edit, found
by bisect (a lookup is O(log pieces), an edit costs the pieces it touches). An edited character maps
to the whole raw stretch its edit replaced; an inserted character maps to the empty raw span at
its insertion point (the start of the raw character after it).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from types import MappingProxyType

from extract.clean_steps import (
    Edit,
    boilerplate,
    edit_marks,
    fix_unicode,
    glued_words,
    lost_ampersands,
    lost_apostrophes,
    repeated_passages,
    unwrap_lines,
)
from extract.errors import UsageError

__all__ = ["DEFAULT_STEPS", "STEPS", "Cleaned", "Edit", "UnknownStepError", "clean"]

Step = Callable[[str], list[Edit]]

# Order matters: unwrap before apostrophe ("Russia\ns" is not a lost apostrophe, "Russia s"
# is); boilerplate before repeat (a title line repeated as a paragraph opening must lose the
# title, not the paragraph's first sentence).
STEPS: Mapping[str, Step] = MappingProxyType(
    {
        "unicode": fix_unicode,
        "unwrap": unwrap_lines,
        "apostrophe": lost_apostrophes,
        "ampersand": lost_ampersands,
        "edit-mark": edit_marks,
        "glued-word": glued_words,
        "boilerplate": boilerplate,
        "repeat": repeated_passages,
    }
)
# A passage the wire sent twice is still article text: the guideline labels all of it and a
# fact stated again where it is repeated (GUIDELINES.md 2 and 6.1; relations mark the repeat
# with ``same_as``), so "repeat" only runs when asked for.
DEFAULT_STEPS: tuple[str, ...] = tuple(step for step in STEPS if step != "repeat")


class UnknownStepError(UsageError, ValueError):
    """A step name that is not in ``STEPS``."""


@dataclass(frozen=True, slots=True)
class _Piece:
    """A stretch of cleaned characters: copied verbatim from ``raw[low:low + size]``, or made
    by edits, each of its characters then coming from the whole raw stretch ``raw[low:high]``."""

    size: int
    low: int
    high: int
    copied: bool


class _Pieces:
    """The offset map as the pieces of the cleaned text in order, found by bisect: an edit
    splits at most the pieces at its ends, so the map stays small whatever the text's length."""

    def __init__(self, pieces: list[_Piece]) -> None:
        self.pieces = pieces
        self.at: list[int] = list(accumulate((p.size for p in pieces), initial=0))[:-1]

    def char(self, i: int) -> tuple[int, int]:
        """The raw span cleaned character ``i`` came from."""
        k = bisect_right(self.at, i) - 1
        piece = self.pieces[k]
        if piece.copied:
            low = piece.low + i - self.at[k]
            return low, low + 1
        return piece.low, piece.high

    def slice(self, start: int, end: int) -> Iterator[_Piece]:
        """The pieces of cleaned characters ``start:end``, cut to fit."""
        k = bisect_right(self.at, start) - 1
        while start < end:
            piece, offset = self.pieces[k], start - self.at[k]
            size = min(piece.size - offset, end - start)
            low = piece.low + offset if piece.copied else piece.low
            yield _Piece(size, low, low + size if piece.copied else piece.high, piece.copied)
            start, k = start + size, k + 1


@dataclass(frozen=True)
class Cleaned:
    """The cleaned text of one raw document and the offset map back to the raw."""

    raw: str
    text: str
    edits: tuple[Edit, ...]
    _map: _Pieces = field(repr=False, compare=False)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The smallest raw span covering the raw characters ``text[start:end]`` came from.

        >>> c = clean("Maxim LitvinovSoviet ambassador")
        >>> c.text
        'Maxim Litvinov Soviet ambassador'
        >>> c.to_raw(15, 21), c.to_raw(14, 15)
        ((14, 20), (14, 14))
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside the cleaned text of {len(self.text)}")
        if start == end:
            point = self.to_raw_offset(start)
            return point, point
        return self._map.char(start)[0], self._map.char(end - 1)[1]

    def to_raw_offset(self, i: int) -> int:
        """Where cleaned position ``i`` starts in the raw (``len(raw)`` for ``len(text)``)."""
        if not 0 <= i <= len(self.text):
            raise ValueError(f"offset {i} outside the cleaned text of {len(self.text)}")
        return self._map.char(i)[0] if i < len(self.text) else len(self.raw)


@dataclass
class _Map:
    """The text after some steps and its pieces (see ``_Pieces``), with every edit made so far."""

    text: str
    pieces: _Pieces
    raw_len: int
    touched: list[tuple[int, int, str]] = field(default_factory=list)

    def apply(self, edits: list[Edit]) -> None:
        text, old = self.text, self.pieces
        texts: list[str] = []
        pieces: list[_Piece] = []
        pos = 0
        for edit in edits:
            texts.append(text[pos : edit.start])
            pieces.extend(old.slice(pos, edit.start))
            if edit.end > edit.start:
                low, high = old.char(edit.start)[0], old.char(edit.end - 1)[1]
            else:  # insertion: the point before the next character, never before the previous
                low = old.char(edit.start)[0] if edit.start < len(text) else self.raw_len
                high = max(low, old.char(edit.start - 1)[1] if edit.start else 0)
            self.touched.append((low, high, edit.kind))
            texts.append(edit.replacement)
            if edit.replacement:
                pieces.append(_Piece(len(edit.replacement), low, high, False))
            pos = edit.end
        texts.append(text[pos:])
        pieces.extend(old.slice(pos, len(text)))
        self.text, self.pieces = "".join(texts), _Pieces(pieces)

    def raw_edits(self, raw: str) -> tuple[Edit, ...]:
        """Every stretch between two verbatim-copied characters that differs, in raw coordinates."""
        gaps: list[tuple[int, int, str]] = []
        raw_pos = clean_pos = 0
        for at, piece in zip(self.pieces.at, self.pieces.pieces, strict=True):
            if piece.copied:  # inside a copied piece, raw and cleaned advance together
                if piece.low > raw_pos or at > clean_pos:
                    gaps.append((raw_pos, piece.low, self.text[clean_pos:at]))
                raw_pos, clean_pos = piece.low + piece.size, at + piece.size
        if len(raw) > raw_pos or len(self.text) > clean_pos:
            gaps.append((raw_pos, len(raw), self.text[clean_pos:]))
        gaps = [g for g in gaps if raw[g[0] : g[1]] != g[2]]
        kinds: list[list[str]] = [[] for _ in gaps]
        gap_starts = [g[0] for g in gaps]
        for low, _high, kind in self.touched:  # in step order, so kinds come out in step order
            i = bisect_right(gap_starts, low) - 1
            if i >= 0 and low <= gaps[i][1] and kind not in kinds[i]:
                kinds[i].append(kind)
        return tuple(
            Edit("+".join(k) or "unknown", s, e, r)
            for (s, e, r), k in zip(gaps, kinds, strict=True)
        )


def _checked(name: str, text: str, edits: list[Edit]) -> list[Edit]:
    """The step's edits validated and trimmed to what actually changes."""
    out: list[Edit] = []
    end = 0
    for edit in edits:
        if not end <= edit.start <= edit.end <= len(text):
            raise RuntimeError(f"clean step {name!r}: edit out of order or bounds: {edit}")
        end = edit.end
        old, new = text[edit.start : edit.end], edit.replacement
        head = 0
        while head < min(len(old), len(new)) and old[head] == new[head]:
            head += 1
        tail = 0
        while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        if old != new:
            trimmed = new[head : len(new) - tail]
            out.append(Edit(edit.kind, edit.start + head, edit.end - tail, trimmed))
    return out


def clean(raw: str, steps: Sequence[str] | None = None) -> Cleaned:
    """Run the named steps (default ``DEFAULT_STEPS``) in the given order over ``raw``.

    >>> c = clean("Cuba s[ edit ] biggest", steps=["apostrophe"])
    >>> c.text, [e.kind for e in c.edits]
    ("Cuba's[ edit ] biggest", ['apostrophe'])
    >>> clean("x", steps=["tidy"])
    Traceback (most recent call last):
    ...
    extract.clean.UnknownStepError: unknown clean step(s) ['tidy']; known: unicode, ...
    """
    names = DEFAULT_STEPS if steps is None else tuple(steps)
    unknown = [name for name in names if name not in STEPS]
    if unknown:
        raise UnknownStepError(f"unknown clean step(s) {unknown}; known: {', '.join(STEPS)}")
    state = _Map(raw, _Pieces([_Piece(len(raw), 0, len(raw), True)] if raw else []), len(raw))
    for name in names:
        edits = _checked(name, state.text, STEPS[name](state.text))
        if edits:
            state.apply(edits)
    return Cleaned(raw, state.text, state.raw_edits(raw), state.pieces)
