"""The cleaning steps: each is ``text -> list[Edit]`` over its own input, never a new string.

Contract: a step returns sorted, non-overlapping edits in the coordinates of the text it was
given; ``extract.clean`` applies them and composes the offset maps back to the raw input. The
word lists and patterns live in ``data/clean/*.json`` (every entry has an ``id``; read by
``extract.clean_data``); ``Edit`` and the helpers that build edits live in ``extract.clean_edits``.

>>> lost_apostrophes("Russia s biggest carmaker")
[Edit(kind='apostrophe', start=6, end=7, replacement="'")]
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache

import ftfy

from extract.clean_data import load_data, pattern, words
from extract.clean_edits import Edit as Edit  # explicit re-export: extract.clean imports it
from extract.clean_edits import (
    apply_edits,  # noqa: F401  (the examples below use it)
    content_end,
    diff_edits,
    drop_line,
    first_wins,
    lines,
    merge_deletions,
    skip_blanks,
)

# A hard-wrapped document's widest line lies between these (Reuters-21578 wraps near 65-70):
# wider lines mean the newlines are real, and a narrow document is a list, not wrapped prose.
MAX_WRAP_WIDTH = 100
MIN_WRAP_WIDTH = 50
# A repeated sentence shorter than this may be a legitimate echo ("Trade plunged.").
MIN_REPEAT_CHARS = 40
# "Main article: <title>": titles longer than this are not looked for.
MAX_TITLE_WORDS = 12

_LETTER = r"[^\W\d_]"

# --- 1. unicode --------------------------------------------------------------------------------

# Curly quotes stay curly: harmless for the NER, and straightening them is a change for nothing.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, normalization=None, explain=False)


@cache
def _char_table() -> dict[int, str]:
    return {ord(e["char"]): e["replacement"] for e in load_data("unicode.json")["characters"]}


@cache
def _untouched() -> re.Pattern[str]:
    """Text that every fix leaves as it is: printable ASCII, tab and newline. ftfy changes ASCII
    only in HTML entities ("&amp;"), control characters and "\r"; NFC never; the table may."""
    plain = {chr(c) for c in range(0x20, 0x7F)} - {"&"} - {chr(c) for c in _char_table()}
    return re.compile("[\t\n" + "".join(re.escape(c) for c in sorted(plain)) + "]*")


def fix_unicode(text: str) -> list[Edit]:
    """Mojibake repaired by ftfy, NFC, odd spaces made plain; edited line by line.

    >>> t = "RaÃºl Castro\\xa0said"
    >>> apply_edits(t, fix_unicode(t))
    'Raúl Castro said'
    """
    edits: list[Edit] = []
    offset = 0
    table, untouched = _char_table(), _untouched()
    if untouched.fullmatch(text):  # most news text: ftfy costs far more than this check
        return edits
    for line in text.splitlines(keepends=True):
        if untouched.fullmatch(line):
            offset += len(line)
            continue
        fixed = unicodedata.normalize("NFC", ftfy.fix_text(line, _FTFY)).translate(table)
        if fixed != line:
            edits.extend(diff_edits(line, fixed, offset, "unicode"))
        offset += len(line)
    return edits


# --- 2. unwrap ---------------------------------------------------------------------------------


def unwrap_lines(text: str) -> list[Edit]:
    """Hard-wrapped lines (Reuters-21578 bodies) joined; indented paragraph starts -> blank line.

    Only a document whose widest line is ``MIN_WRAP_WIDTH`` to ``MAX_WRAP_WIDTH`` wide is
    touched. With indented paragraphs every other newline is a wrap; without, a newline is a
    wrap only where the next line's first word would not have fitted on the line.

    >>> t = "Showers continued throughout the week in the Bahia cocoa\\nzone.\\n    The dry period"
    >>> apply_edits(t, unwrap_lines(t))
    'Showers continued throughout the week in the Bahia cocoa zone.\\n\\nThe dry period'
    """
    spans = [(s, e) for s, e in lines(text) if text[s:e].strip()]
    widths = [len(text[s:e].rstrip()) for s, e in spans]
    if len(spans) < 2 or not MIN_WRAP_WIDTH <= max(widths) <= MAX_WRAP_WIDTH:
        return []
    width = max(widths)
    indented = any(text[s] in " \t" for s, _ in spans[1:])
    edits: list[Edit] = []
    for (s1, e1), (s2, e2) in itertools.pairwise(spans):
        line, nxt = text[s1:e1].rstrip(), text[s2:e2]
        gap_start, gap_end = s1 + len(line), s2 + len(nxt) - len(nxt.lstrip())
        if text.count("\n", gap_start, gap_end) > 1 or nxt[:1] in (" ", "\t"):
            replacement = "\n\n"
        elif indented or len(line) + 1 + len(nxt.split(None, 1)[0]) > width:
            replacement = " "
        else:
            continue
        if text[gap_start:gap_end] != replacement:
            edits.append(Edit("unwrap", gap_start, gap_end, replacement))
    return edits


# --- 3. apostrophe -----------------------------------------------------------------------------

_END = r"(?=[^\w'\u2019]|$)"


@cache
def _apostrophe_patterns() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]
]:
    data = load_data("apostrophe.json")
    alternatives = [
        rf"(?:{'|'.join(re.escape(s) for s in e['stems'])})( ){re.escape(e['suffix'])}"
        for e in data["contractions"]
    ]
    contraction = re.compile(rf"(?<![\w'\u2019.-])(?i:{'|'.join(alternatives)}){_END}")
    possessive = re.compile(rf"(?<![\w'\u2019.-])({_LETTER}+(?:-{_LETTER}+)*)( )s{_END}")
    # What both end in: a text without it (nearly every one) needs neither search.
    suffixes = sorted({re.escape(e["suffix"]) for e in data["contractions"]} | {"s"})
    suffix = re.compile(rf"(?i: (?:{'|'.join(suffixes)})){_END}")
    return contraction, possessive, suffix, words("apostrophe.json", "not_possessor")


def lost_apostrophes(text: str) -> list[Edit]:
    """ "Russia s" -> "Russia's", "doesn t" -> "doesn't": the space becomes an apostrophe.

    >>> [e.start for e in lost_apostrophes("It s hard, as Cuba can t pay. The letter s is")]
    [2, 22]
    """
    contraction, possessive, suffix, not_possessor = _apostrophe_patterns()
    if suffix.search(text) is None:
        return []
    spaces = {
        m.start(i)
        for m in contraction.finditer(text)
        for i in range(1, m.re.groups + 1)
        if m.group(i)
    }
    for m in possessive.finditer(text):
        if len(m.group(1)) >= 2 and m.group(1).lower() not in not_possessor:
            spaces.add(m.start(2))
    return [Edit("apostrophe", i, i + 1, "'") for i in sorted(spaces)]


# --- 3b. ampersand -----------------------------------------------------------------------------

# An HTML "&amp;" that lost its "&" and ";" between two capitalised words or initials, or
# glued between initials ("SampP" for "S&P", "RampD").
_LOST_AMPERSAND = re.compile(
    r"(?<![\w.])[A-Z][\w.]* (amp) (?=[A-Z])|(?<![\w.&])[A-Z]{1,2}(amp)[A-Z]{1,2}(?![\w&])"
)


def lost_ampersands(text: str) -> list[Edit]:
    """ "Ocean Drilling amp Exploration Co." -> "Ocean Drilling & Exploration Co.": an HTML
    "&amp;" that lost its "&" and ";" between capitalised words ("R amp T", "Sachs amp Co") or
    glued between initials ("SampP").

    >>> t = "Weil amp Associates and R amp T said the amp rose; the SampP 500, a Champ"
    >>> apply_edits(t, lost_ampersands(t))
    'Weil & Associates and R & T said the amp rose; the S&P 500, a Champ'
    """
    if "amp" not in text:
        return []
    return [
        Edit("ampersand", m.start(group), m.end(group), "&")
        for m in _LOST_AMPERSAND.finditer(text)
        for group in (1, 2)
        if m.group(group)
    ]


# --- 4. edit-mark ------------------------------------------------------------------------------

_WORD = re.compile(r"\S+")


def _repeated_heading(
    text: str, line_start: int, mark: int, lead_end: int, line_end: int
) -> tuple[int, int] | None:
    """Where the heading before a mark starts and where the lead-in's copy of it ends."""
    before = list(_WORD.finditer(text, line_start, mark))[-MAX_TITLE_WORDS:]
    after = list(_WORD.finditer(text, lead_end, line_end))[:MAX_TITLE_WORDS]
    for k in range(min(len(before), len(after)), 0, -1):
        if [m.group() for m in before[-k:]] == [m.group() for m in after[:k]]:
            return before[-k].start(), after[k - 1].end()
    return None


def edit_marks(text: str) -> list[Edit]:
    """Wiki "[ edit ]" marks removed; "Heading[ edit ] Main article: Heading" -> a paragraph.

    >>> t = "the U. Cuban Missile Crisis[ edit ] Main article: Cuban Missile Crisis Khrushchev"
    >>> apply_edits(t, edit_marks(t))
    'the U.\\n\\nCuban Missile Crisis\\n\\nKhrushchev'
    """
    mark = pattern("edit_marks.json", "marks")
    lead_in = pattern("edit_marks.json", "lead_ins")
    edits: list[Edit] = []
    for line_start, line_end in lines(text):
        marks = list(mark.finditer(text, line_start, line_end))
        if not marks:
            lead = lead_in.match(text, skip_blanks(text, line_start, line_end, 1), line_end)
            if lead and line_end - line_start <= 200:
                edits.append(drop_line(text, line_start, line_end, "edit-mark"))
            continue
        for m in marks:
            a = skip_blanks(text, m.start(), line_start, -1)
            b = skip_blanks(text, m.end(), line_end, 1)
            lead = lead_in.match(text, b, line_end)
            heading = lead and _repeated_heading(text, line_start, a, lead.end(), line_end)
            if heading:
                gap = skip_blanks(text, heading[0], line_start, -1)
                if gap > line_start:
                    edits.append(Edit("edit-mark", gap, heading[0], "\n\n"))
                b = skip_blanks(text, heading[1], line_end, 1)
            if a == line_start and b == line_end:
                edits.append(drop_line(text, line_start, line_end, "edit-mark"))
            else:
                middle = a > line_start and b < line_end
                edits.append(Edit("edit-mark", a, b, "\n\n" if middle else ""))
    return first_wins(edits)


# --- 5. glued-word -----------------------------------------------------------------------------

_TOKEN = re.compile(rf"(?<![\w@#/.'\u2019-]){_LETTER}+(?![\w@/-])")


@cache
def _glue_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (
        words("glued_words.json", "function_words"),
        words("glued_words.json", "combining_forms"),
        words("glued_words.json", "capitalised_words"),
    )


def _glue_point(token: str) -> int | None:
    """Where to split a glued token, or None; exactly one lower->Upper transition allowed."""
    if token.islower() or token.istitle() or token.isupper():
        return None  # most words: no lower->Upper transition (a quick test in C)
    cuts = [i for i in range(1, len(token)) if token[i].isupper() and token[i - 1].islower()]
    if len(cuts) != 1:
        return None
    function_words, combining_forms, known = _glue_words()
    first, second = token[: cuts[0]], token[cuts[0] :]
    if not (second in known or (len(second) >= 2 and second[1:].islower())):
        return None
    if first.islower():
        return cuts[0] if first in function_words else None
    capitalised = first[0].isupper() and first[1:].islower() and len(first) >= 4
    if capitalised and second in known and first.lower() not in combining_forms:
        return cuts[0]
    return None


# The rest of a dotted abbreviation after its first capital: "theU.S." is "the U.S.".
_DOTTED_REST = re.compile(r"\.(?:[A-Z]\.)+")


def _glued_abbreviation(token: str, text: str, end: int) -> int | None:
    """Where a function word glued to a dotted abbreviation ends ("theU" of "theU.S.")."""
    first = token[:-1]
    if len(token) < 3 or not token[-1].isupper() or not first.islower():
        return None
    if first not in _glue_words()[0] or not _DOTTED_REST.match(text, end):
        return None
    return len(first)


def glued_words(text: str) -> list[Edit]:
    """ "ofFidel" -> "of Fidel", "LitvinovSoviet" -> "Litvinov Soviet", "theU.S." -> "the
    U.S."; "McGinnis" untouched.

    >>> t = "invasion ofFidel; Maxim LitvinovSoviet; McGinnis; iPhone; theU.S. and ofU.N."
    >>> apply_edits(t, glued_words(t))
    'invasion of Fidel; Maxim Litvinov Soviet; McGinnis; iPhone; the U.S. and of U.N.'
    """
    edits: list[Edit] = []
    for m in _TOKEN.finditer(text):
        cut = _glue_point(m.group())
        if cut is None:
            cut = _glued_abbreviation(m.group(), text, m.end())
        if cut is not None:
            edits.append(Edit("glued-word", m.start() + cut, m.start() + cut, " "))
    return edits


# --- 6. boilerplate ----------------------------------------------------------------------------

_CONTACT_REST = re.compile(r"[\w\s().,;:+\-/@]{1,300}")
_PHONE = re.compile(r"\d[\d\s().\-]{4,}\d")


@cache
def _contact_start() -> re.Pattern[str]:
    labels = pattern("boilerplate.json", "contact_labels").pattern
    return re.compile(rf"(?:^[ \t]*|(?<=[.!?])[ \t]+)(?:{labels})[ \t]*:", re.MULTILINE)


def _is_contact(rest: str) -> bool:
    return bool(_CONTACT_REST.fullmatch(rest)) and ("@" in rest or bool(_PHONE.search(rest)))


# What ends a sentence, and never a title line.
_SENTENCE_END = frozenset(".!?\"'\u201d")


def boilerplate(text: str) -> list[Edit]:
    """Contact stretches, share/subscribe lines, "- Wikipedia" titles, a duplicated title line,
    a wire's code at a line's end.

    >>> t = "Title here\\n\\nTitle here. Body.\\nShare this article"
    >>> apply_edits(t, boilerplate(t))
    'Title here. Body.'
    >>> t = "Prices rose. (NRBK 0622)\\n    LONDON - Gold fell. (NRCN\\n1022)"
    >>> apply_edits(t, boilerplate(t))
    'Prices rose.\\n    LONDON - Gold fell.'
    """
    line_pattern = pattern("boilerplate.json", "line_patterns", anchored=True)
    code = pattern("boilerplate.json", "line_end_codes")
    edits = [Edit("boilerplate", m.start(), m.end(), "") for m in code.finditer(text)]
    spans = [(s, e) for s, e in lines(text) if text[s:e].strip()]
    for i, (start, end) in enumerate(spans):
        content = text[start:end].strip()
        contact = _contact_start().search(text, start, end)
        if line_pattern.match(content):
            edits.append(drop_line(text, start, end, "boilerplate"))
        elif contact and _is_contact(text[contact.end() : end]):
            if text[start : contact.start()].strip():
                edits.append(
                    Edit("boilerplate", contact.start(), content_end(text, start, end), "")
                )
            else:
                edits.append(drop_line(text, start, end, "boilerplate"))
        elif i + 1 < len(spans) and len(content) >= 10 and content[-1] not in _SENTENCE_END:
            # a title or heading said again (a sentence said twice is article text, kept)
            following = text[spans[i + 1][0] : spans[i + 1][1]].strip()
            if following == content:
                edits.append(drop_line(text, *spans[i + 1], "boilerplate"))
            elif following.startswith(content) and following[len(content)] in " .,:;!?":
                edits.append(drop_line(text, start, end, "boilerplate"))
    return merge_deletions(edits)


# --- 7. repeat ---------------------------------------------------------------------------------

_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u2019\u201d)\]]*( +)(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = skip_blanks(text, start, end, 1)
    for m in _SENTENCE_BREAK.finditer(text, cursor, end):
        spans.append((cursor, m.start(1)))
        cursor = m.end(1)
    last = content_end(text, cursor, end)
    if last > cursor:
        spans.append((cursor, last))
    return spans


def repeated_passages(text: str, min_chars: int = MIN_REPEAT_CHARS) -> list[Edit]:
    """Sentences repeated verbatim later (>= ``min_chars``, or continuing a repeat) removed.

    Reuters-21578 has whole paragraphs duplicated by the wire; table rows (runs of spaces)
    are left alone, since a repeated table header still heads a different block.

    >>> t = "Those subsidies disappeared with the collapse. Trade plunged. Prices fell."
    >>> apply_edits(t, repeated_passages(t + " " + t[:61]))
    'Those subsidies disappeared with the collapse. Trade plunged. Prices fell.'
    """
    first: dict[str, int] = {}
    order: list[str] = []
    follow: int | None = None
    edits: list[Edit] = []
    for line_start, line_end in lines(text):
        spans = _sentences(text, line_start, line_end)
        removed: list[bool] = []
        for s, e in spans:
            sentence = text[s:e]
            if follow is not None and order[follow] == sentence:
                follow += 1
            elif len(sentence) >= min_chars and sentence in first and "  " not in sentence:
                follow = first[sentence] + 1
            else:
                follow = None
                first.setdefault(sentence, len(order))
            removed.append(follow is not None)
            order.append(sentence)
        if spans and all(removed):
            edits.append(drop_line(text, line_start, line_end, "repeat"))
            continue
        for i, (s, e) in enumerate(spans):
            if not removed[i]:
                continue
            if not all(removed[:i]):  # a kept sentence before it: take the space before
                edits.append(Edit("repeat", spans[i - 1][1], e, ""))
            else:
                edits.append(Edit("repeat", s, spans[i + 1][0], ""))
    return merge_deletions(edits)
