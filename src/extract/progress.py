"""A one-line progress display for batch runs, on stderr.

Contract: ``ProgressLine(stream, total)`` is called with the run's counts after every batch and
redraws one line (documents done, docs/s, words/s, ETA when the total is known) at most every
``interval`` seconds; ``close()`` ends the line. It draws only on a terminal: a log file or a
pipe gets nothing, so unattended runs keep clean logs.
"""

from __future__ import annotations

import time
from typing import TextIO

from extract.batch import BatchCounts


def format_duration(seconds: float) -> str:
    """``h:mm:ss`` or ``m:ss``.

    >>> format_duration(75), format_duration(3725.2)
    ('1:15', '1:02:05')
    """
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def progress_text(counts: BatchCounts, elapsed: float, total: int | None) -> str:
    """The line itself.

    >>> c = BatchCounts(documents=60, processed=50, skipped=10, failed=1, words=10000)
    >>> progress_text(c, 10.0, 120)
    '60/120 docs (50%)  5.0 docs/s  1,000 words/s  ETA 0:12  10 skipped  1 failed'
    """
    rate = counts.processed / elapsed if elapsed > 0 else 0.0
    words = counts.words / elapsed if elapsed > 0 else 0.0
    done = counts.documents
    parts = [f"{done:,}/{total:,} docs ({100 * done // total}%)" if total else f"{done:,} docs"]
    parts += [f"{rate:.1f} docs/s", f"{words:,.0f} words/s"]
    if total and rate > 0:
        parts.append(f"ETA {format_duration(max(0, total - done) / rate)}")
    if counts.skipped:
        parts.append(f"{counts.skipped:,} skipped")
    if counts.failed:
        parts.append(f"{counts.failed:,} failed")
    return "  ".join(parts)


class ProgressLine:
    def __init__(self, stream: TextIO, total: int | None = None, *, interval: float = 0.5) -> None:
        self.stream = stream
        self.total = total
        self.interval = interval
        self.enabled = stream.isatty()
        self.started = time.monotonic()
        self._last = 0.0
        self._width = 0
        self._counts: BatchCounts | None = None

    def __call__(self, counts: BatchCounts) -> None:
        self._counts = counts
        now = time.monotonic()
        if self.enabled and now - self._last >= self.interval:
            self._draw(counts, now)

    def _draw(self, counts: BatchCounts, now: float) -> None:
        self._last = now
        line = progress_text(counts, now - self.started, self.total)
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def close(self) -> None:
        """Draw the last counts seen (the final state, not the last throttled one) and end
        the line."""
        if self.enabled and self._counts is not None:
            self._draw(self._counts, time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
