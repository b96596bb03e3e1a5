"""Running many regexes over one text fast, with exactly ``finditer``'s results.

Contract: with ``scanner = Scanner(patterns)`` and ``starts = scanner.candidates(text)``,
``scanner.finditer(i, text, starts, lo, hi)`` equals ``list(patterns[i].finditer(text, lo,
hi))`` (same matches, same groups); ``scanner.finditer_all(text)`` is that for every pattern.

Why: the date finders are large case-insensitive alternations (months, number words,
modifiers) and ``re`` tries each at every position of a text: it cannot skip ahead in a
case-insensitive pattern. With some sixty finders that scan was most of the dates stage. A
finder opens with ``LEFT_EDGE``, so a match starts where a word (or symbol) starts, and with
one of a few short strings read off the pattern itself: its lower-case prefixes of up to
``DEPTH`` characters, listed once per pattern by walking the parsed regex (``prefixes``).
Once per text the scanner visits the word starts and looks their prefixes up; each pattern
is then matched only where it may start, in order, resuming after each match as ``finditer``
does. A pattern whose prefixes say too little keeps plain ``finditer``; so does every
pattern on a text with non-ASCII letters, digits or spaces, where lower-casing and
case-insensitive matching might not agree.

>>> scanner = Scanner([re.compile(LEFT_EDGE + r"(?:next|last)\\s+year", re.IGNORECASE)])
>>> [m.group(0) for m in scanner.finditer_all("Sales rose LAST year; next  year too.")[0]]
['LAST year', 'next  year']
>>> sorted(prefixes(re.compile(r"(?:the )?Q[1-4]|H[12]", re.IGNORECASE)) or ())
['h0', 'q0', 'the q0']
"""

from __future__ import annotations

import bisect
import re
import re._constants as sre  # the parsed-regex node types of re._parser
import re._parser as sre_parse
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from extract.dates_data import LEFT_EDGE

# Prefix length: six characters get past a leading "the " ("the ea", "the pa"); more buys
# little and costs time when the scanner is built.
DEPTH = 6
# At most this many prefixes per step of the walk; beyond, the longest stop growing.
LIMIT = 300
# Word starts are sifted (in C) by this many first characters of the prefixes.
SIEVE = 4
# How many windows of text the scanner remembers the patterns for.
MEMO = 100_000
# Patterns whose prefixes may be shorter than this are scanned with plain ``finditer``.
MIN_PREFIX = 2
# The alphabet the prefixes are spelled in: the text lower-cased, each ASCII space as " " and
# each digit as "0" (one spelling of \s or \d instead of ten keeps the prefix sets small).
_SPACES = [chr(i) for i in range(128) if chr(i).isspace()]
_FOLD = str.maketrans({**dict.fromkeys(_SPACES, " "), **dict.fromkeys("0123456789", "0")})
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_OPEN_CLASSES = {sre.CATEGORY_NOT_DIGIT, sre.CATEGORY_NOT_SPACE, sre.CATEGORY_NOT_WORD}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_ONE_CHAR = {sre.LITERAL, sre.IN}
_WORD_OR_SPACE = re.compile(r"[\w\s]")


@cache
def _chars(items: tuple[tuple[Any, Any], ...]) -> frozenset[str] | None:
    """The characters of the lower-cased text a class (or one literal) matches, ignoring case;
    None when it matches characters outside ASCII besides the ones it lists."""
    parts, extra = [], set()
    for op, av in items:
        if op is sre.NEGATE or (op is sre.CATEGORY and av in _OPEN_CLASSES):
            return None  # "[^x]", "\W": matches the non-ASCII punctuation of a text too
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
            extra.add(chr(av).lower())
        elif op is sre.RANGE:
            low, high = av
            if high - low > 256:
                return None
            parts.append(f"{re.escape(chr(low))}-{re.escape(chr(high))}")
            extra.update(chr(c).lower() for c in range(low, high + 1))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    member = re.compile(f"[{''.join(parts)}]", re.IGNORECASE)
    ascii_chars = {chr(i).lower().translate(_FOLD) for i in range(128) if member.fullmatch(chr(i))}
    return frozenset(ascii_chars | {c for c in extra if not c.isascii()})


class _Prefixes:
    """Walks a parsed pattern, extending the prefixes still open by what each node matches.

    ``done`` collects the finished prefixes: ``DEPTH`` long, or cut short where the pattern
    may end or continue with something not enumerable (a shorter prefix is a weaker test).
    """

    def __init__(self) -> None:
        self.done: set[str] = set()

    def close(self, prefixes: set[str]) -> set[str]:
        self.done |= prefixes
        return set()

    def sequence(self, nodes: Iterable[tuple[Any, Any]], prefixes: set[str]) -> set[str]:
        for op, av in nodes:
            if not prefixes:
                break
            prefixes = self.node(op, av, prefixes)
        return prefixes

    def node(self, op: Any, av: Any, prefixes: set[str]) -> set[str]:
        if op in _ZERO_WIDTH:  # lookarounds and anchors consume nothing; ignoring them is safe
            return prefixes
        if op is sre.SUBPATTERN:
            return self.sequence(av[3], prefixes)
        if op is sre.ATOMIC_GROUP:
            return self.sequence(av, prefixes)
        if op is sre.BRANCH:
            return set().union(*(self.sequence(branch, set(prefixes)) for branch in av[1]))
        if op in _REPEATS:
            return self.repeat(av[0], av[1], av[2], prefixes)
        chars = _chars(tuple(av) if op is sre.IN else ((op, av),)) if op in _ONE_CHAR else None
        if chars is None:
            return self.close(prefixes)
        if len(prefixes) * len(chars) <= LIMIT:
            longer = {prefix + c for prefix in prefixes for c in chars}
        else:  # over the limit the longest (most telling) prefixes stop, the short ones go on
            longer = set()
            for prefix in sorted(prefixes, key=lambda p: (len(p), p)):
                if len(longer) + len(chars) > LIMIT:
                    self.done.add(prefix)
                else:
                    longer.update(prefix + c for c in chars)
        self.done |= {p for p in longer if len(p) >= DEPTH}
        return {p for p in longer if len(p) < DEPTH}

    def repeat(self, least: int, most: int, item: Any, prefixes: set[str]) -> set[str]:
        ended = set(prefixes) if least == 0 else set()
        current, count = prefixes, 0
        # Past DEPTH (or the minimum) repetitions every prefix still open is cut: more of the
        # item could follow it.
        while current and count < most:
            if count >= max(least, DEPTH):
                self.close(current)
                return ended - current
            current = self.sequence(item, set(current))
            count += 1
            if count >= least:
                ended |= current
        return ended


def prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-case strings a match of ``pattern`` must start with (one of them), or None
    when a match may start with anything (or be empty)."""
    walker = _Prefixes()
    walker.close(walker.sequence(sre_parse.parse(pattern.pattern, pattern.flags), {""}))
    return None if "" in walker.done else frozenset(walker.done)


def _alternation(keys: Iterable[str]) -> str:
    """A regex matching where one of ``keys`` starts, shaped as a trie so that ``re`` compares
    each character once (a key that ends makes the longer ones sharing it redundant).

    >>> _alternation(["may", "mar", "q0", "q", "q1"])
    'm(?:a(?:r|y))|q'
    """
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        by_first[key[0]].append(key[1:])
    return "|".join(
        re.escape(first) + ("" if "" in rests else f"(?:{_alternation(rests)})")
        for first, rests in sorted(by_first.items())
    )


@cache
def _inert(char: str) -> bool:
    """A non-ASCII character that matches only itself, also ignoring case ("\u2019", "\u2014")."""
    return _WORD_OR_SPACE.match(char) is None and char.lower() == char == char.upper()


class Scanner:
    """``finditer`` of many patterns over a text, trying them only where they may start.

    ``edge`` is the zero-width assertion the patterns open with (``LEFT_EDGE``, or the tense
    cues' ``WORD_EDGE``); a pattern that does not open with it is scanned in full.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]], edge: str = LEFT_EDGE) -> None:
        self.patterns = tuple(patterns)
        self.unfiltered: set[int] = set()
        # Every prefix and every beginning of one -> (the patterns that start with it, whether
        # a longer prefix begins with it): a trie, walked one character further at a time.
        starting: dict[str, list[int]] = defaultdict(list)
        for i, pattern in enumerate(self.patterns):
            found = prefixes(pattern) if pattern.pattern.startswith(edge) else None
            # A pattern that may start after any one letter ("[\\w.]+-era") would be tried at
            # nearly every word start: ``finditer``'s own scan in C is faster then.
            if not found or min(map(len, found)) < MIN_PREFIX:
                self.unfiltered.add(i)
                continue
            for prefix in found:
                starting[prefix].append(i)
        longer = {prefix[:n] for prefix in starting for n in range(1, len(prefix))}
        self.trie = {
            key: (tuple(starting.get(key, ())), key in longer) for key in starting.keys() | longer
        }
        # The patterns that start with a window of text, for windows seen lately: word starts
        # repeat ("the ", "said ").
        self._memo: dict[str, tuple[int, ...]] = {}
        # Where some pattern may start: after the edge, at one of the prefixes' first SIEVE
        # characters (or a shorter whole prefix). ``re`` checks that in C, on the folded text
        # (the edge must not tell apart what folding merges: case, digits, spaces).
        trie = self.trie
        heads = {k for k in trie if len(k) == SIEVE or (len(k) < SIEVE and trie[k][0])}
        self.starts = re.compile(f"{edge}(?=(?:{_alternation(heads)}))")

    def candidates(self, text: str) -> list[list[int]] | None:
        """Per pattern, the ascending positions of ``text`` where it may match (maybe repeated);
        None when the text has characters the prefixes cannot speak for."""
        if not (text.isascii() or all(_inert(c) for c in set(text) if not c.isascii())):
            return None
        folded, memo = text.lower().translate(_FOLD), self._memo
        if len(memo) > MEMO:
            memo.clear()
        found: list[list[int]] = [[] for _ in self.patterns]
        for start in self.starts.finditer(folded):
            at = start.start()
            window = folded[at : at + DEPTH]
            starting = memo.get(window)
            if starting is None:
                starting = memo[window] = self._starting(window)
            for i in starting:
                found[i].append(at)
        return found

    def _starting(self, window: str) -> tuple[int, ...]:
        """The patterns that may start a match with ``window`` (folded text at a start)."""
        found: list[int] = []
        for end in range(MIN_PREFIX, len(window) + 1):
            node = self.trie.get(window[:end])
            if node is None:
                break
            found.extend(node[0])
            if not node[1]:
                break
        return tuple(found)

    def finditer(
        self, i: int, text: str, starts: list[list[int]] | None, lo: int = 0, hi: int | None = None
    ) -> list[re.Match[str]]:
        """``list(self.patterns[i].finditer(text, lo, hi))``, given ``candidates(text)``."""
        pattern, hi = self.patterns[i], len(text) if hi is None else hi
        if starts is None or i in self.unfiltered:
            return list(pattern.finditer(text, lo, hi))
        at_list = starts[i]
        matches, resume = [], lo
        for k in range(bisect.bisect_left(at_list, lo), len(at_list)):
            at = at_list[k]
            if at >= hi:
                break
            if at < resume:
                continue
            match = pattern.match(text, at, hi)  # as finditer's attempt at ``at`` would
            if match is None:
                resume = at + 1
            elif match.end() == at:  # never for a pattern with prefixes; finditer knows best
                return list(pattern.finditer(text, lo, hi))
            else:
                matches.append(match)
                resume = match.end()
        return matches

    def finditer_all(self, text: str) -> list[list[re.Match[str]]]:
        starts = self.candidates(text)
        return [
            self.finditer(i, text, starts)
            if starts is None or starts[i] or i in self.unfiltered
            else []  # no possible start (the usual case): skip the call
            for i in range(len(self.patterns))
        ]
