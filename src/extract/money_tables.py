"""Tables of the money stage: currencies, scales, number words, qualifiers and patterns.

Contract: ``load_tables()`` reads ``data/money/*.json`` once (``functools.cache``) through
``importlib.resources``, checks that every entry has a unique ``id`` (else ``DataError``) and
returns a ``Tables``: lookups by normalised form (``form_key``) and the compiled regexes that
``extract.money`` reads and finds mentions with, the ``{SLOT}``s of ``patterns.json`` filled in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from extract.errors import DataError


@dataclass(frozen=True, slots=True)
class Currency:
    """What one currency form means: its ISO code (None when ambiguous) and how it is found."""

    iso: str | None
    assumed: bool
    detect: str  # "always" | "scaled" | "never"
    reason: str | None
    factor: Decimal


@dataclass(frozen=True, slots=True)
class Tables:
    """All of ``data/money``: lookups by ``form_key`` and the compiled regexes built from them."""

    currencies: dict[str, Currency]  # by form (lower-cased unless case-sensitive)
    scales: dict[str, tuple[Decimal, bool]]  # form -> (factor, attached_only)
    words: dict[str, tuple[Decimal, bool, bool]]  # form -> (value, multiplier, requires_scale)
    qualifiers: dict[str, str]  # form -> normalised value
    word: re.Pattern[str]  # one number word
    tokens: re.Pattern[str]  # the tokenizer of parse_money
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (id, regex) from patterns.json
    before: re.Pattern[str]  # a qualifier directly before a mention
    after: re.Pattern[str]  # a qualifier directly after it
    change_before: re.Pattern[str]  # a "before" form that may be a change's particle ("up to")
    percent: re.Pattern[str]  # a percentage mention, starting and ending on no whitespace; a
    # range's low end in the groups "low", "sep" and "between"
    percent_sign: re.Pattern[str]  # what every percentage mention ends with
    slots: dict[str, str]  # the {SLOT} regexes, for other stages' patterns (quantities)


DASHES = "-\u2013\u2014"  # hyphen, en dash, em dash
# A bare number that reads as a year of news (1800-2099): no amount without a currency.
YEAR = re.compile(r"(?:1[89]|20)\d\d")
_WS = r"[ \t]*(?:\r?\n[ \t]*)?"  # at most one line break: Reuters bodies are hard-wrapped
_G = rf"(?:{_WS}-{_WS}|{_WS})"
_TO = rf"(?:[{DASHES}]|(?i:to)(?![A-Za-z]))"
# Mixed fractions: Reuters' "12-1/2 cts", "1-7/8 dlrs" and the WSJ's "6 3/8%", the space only
# after at most three digits (no year: "in 1987 3/4 of them") and before a fraction in halves
# to 64ths, as prices and rates are quoted (never a range: "72/78" is no fraction, nor "16
# 3/16" of a quote "10-5/16 3/16 pct").
FRACTION = (
    r"(?<![\d/])(?:\d+-|\d{1,3}[ ](?=\d{1,2}/(?:2|4|8|16|32|64)(?![\d/])))\d{1,2}/\d{1,2}(?![\d/])"
)
# Digits as English news writes them; the lookarounds refuse parts of "9,3267,000", "1,5", "72/78".
_NUM = (
    rf"(?=[\d.])(?<![\d.,/])(?:{FRACTION}|(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|\.\d+)"
    r"(?![.,]?\d)"
)
# An attached-only form touches the digits and runs on into no word, slash or abbreviation:
# "27.5p", "at 27.5p." but never "3p.m.", "10p/e", "10pp" (a lone "p" is "5 p.m." or a page).
_GLUED_LEFT, _GLUED_RIGHT = r"(?<=\d)", r"(?![A-Za-z/]|\.[A-Za-z])"


def _entries(name: str, key: str) -> list[dict[str, Any]]:
    path = resources.files("extract") / "data" / "money" / name
    try:
        entries: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))[key]
    except (OSError, ValueError, KeyError) as exc:
        raise DataError(f"money/{name}: {exc}") from exc
    ids = [entry.get("id") for entry in entries]
    if None in ids or len(set(ids)) != len(ids):
        raise DataError(f"money/{name}: every entry needs an id, and ids must be unique")
    return entries


def form_key(form: str, case_sensitive: bool = False) -> str:
    """The lookup key of a form: whitespace collapsed, lower-cased unless case-sensitive."""
    form = " ".join(form.split())
    return form if case_sensitive else form.lower()


def alternation(forms: Iterable[str | tuple[str, bool]], bounded: bool = True) -> str:
    """One regex alternation of forms (or (form, case_sensitive)), longest first.

    ``bounded``: a form that begins or ends with a letter may not touch another letter there.
    """
    pairs = {(f, False) if isinstance(f, str) else f for f in forms}
    # A first-character gate: the detector tries every position, and most fail at once here.
    firsts = {c for f, cs in pairs for c in (f[0] if cs else {f[0].lower(), f[0].upper()})}
    # Speed, same language: re skips a branch cheaply only when it starts with a literal or a
    # class, so an ASCII letter starts its branch as "[aA]", not "(?i:a)" (the gate already
    # refuses its other case variants, like the Kelvin sign), and the letter boundary before
    # alphabetic forms is checked once. Branches that begin with a letter and those that do
    # not never match at the same position, so splitting them keeps longest-first order.
    lettered: list[str] = []
    others: list[str] = []
    for form, sensitive in sorted(pairs, key=lambda f: (-len(f[0]), f[0])):
        body = r"\s+".join(re.escape(part) for part in form.split(" "))
        right = r"(?![A-Za-z])" if bounded and form[-1].isalpha() else ""
        if not sensitive and form[0].isascii() and form[0].isalpha():
            head, body = f"[{form[0].lower()}{form[0].upper()}]", body[1:]
            piece = f"{head}(?i:{body}){right}" if body else f"{head}{right}"
        else:
            piece = f"{body}{right}" if sensitive else f"(?i:{body}){right}"
        (lettered if bounded and form[0].isalpha() else others).append(piece)
    branches = [f"(?<![A-Za-z])(?:{'|'.join(lettered)})"] if lettered else []
    branches += others
    gate = "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"
    return f"(?=(?:{gate}))(?:" + "|".join(branches) + ")"


@cache
def currency_names() -> frozenset[str]:
    """The lookup keys (``form_key``) of the currency forms that name a currency and nothing
    else: the forms of entries marked ``name`` ("ECU", "SDR"), and every form of two words or
    more that starts with a capital ("European Currency Units", "U.S. dollar")."""
    names: set[str] = set()
    for e in _entries("currencies.json", "currencies"):
        for form in e["forms"]:
            words = form.split()
            if e.get("name") or (len(words) > 1 and words[0][:1].isupper()):
                names.add(form_key(form))
    return frozenset(names)


@cache
def load_tables() -> Tables:
    """The tables of ``data/money/*.json``, read and compiled once."""
    currencies: dict[str, Currency] = {}
    prefix, suffix, scaled, every, glued_forms = [], [], [], [], []
    for e in _entries("currencies.json", "currencies"):
        cur = Currency(
            e["iso"], bool(e.get("assumed")), e.get("detect", "always"), e.get("reason"),
            Decimal(e.get("factor", "1")),
        )  # fmt: skip
        forms = [(f, bool(e.get("case_sensitive"))) for f in e["forms"]]
        currencies.update({form_key(f, cs): cur for f, cs in forms})
        if e.get("attached_only"):
            if e["position"] != "suffix" or cur.detect != "always":
                raise DataError(f"money/currencies.json: {e['id']}: attached_only is for suffixes")
            glued_forms += forms
            continue
        every += forms
        if cur.detect != "never" and e["position"] in ("prefix", "both"):
            prefix += forms if cur.detect == "always" else []
        if cur.detect != "never" and e["position"] in ("suffix", "both"):
            scaled += forms
            suffix += forms if cur.detect == "always" else []
    glued_cur = rf"{_GLUED_LEFT}{alternation(glued_forms, bounded=False)}{_GLUED_RIGHT}"

    def with_glued(alternation: str) -> str:
        return f"(?:{glued_cur}|{alternation})" if glued_forms else alternation

    scales = {
        form_key(f): (Decimal(e["factor"]), bool(e.get("attached_only")))
        for e in _entries("scales.json", "scales")
        for f in e["forms"]
    }
    words = {
        form_key(f): (Decimal(e["value"]), bool(e.get("multiplier")), bool(e.get("requires_scale")))
        for e in _entries("numbers.json", "words")
        for f in e["forms"]
    }
    quals = [(f, e) for e in _entries("qualifiers.json", "qualifiers") for f in e["forms"]]
    long_scales = [f for f, (_, attached) in scales.items() if not attached]
    plain = alternation(f for f, w in words.items() if not w[2])
    # "a", "half a" are numbers only before "hundred" or a scale ("a billion", never "a dollar")
    lead = alternation(f for f, w in words.items() if w[2])
    first = rf"(?:{lead}(?={_G}{alternation([*long_scales, 'hundred'])})|{plain})"
    # "and" only after "hundred": "one hundred and five", never "between one and three"
    tail = rf"(?:(?:[ \t]+|-){plain}|(?<=(?i:hundred))[ \t]+(?i:and)[ \t]+{plain}"
    # PTB tokens: "ninety - nine" is one number, "five - six" a range
    units = alternation(f for f, w in words.items() if not w[2] and 0 < w[0] < 10)
    tail += rf"|(?<=(?i:ty))[ \t]+-[ \t]+{units})"
    # Decimals said as digits, as broadcast transcripts write them: "one point six billion"
    digit = alternation(f for f, w in words.items() if not w[2] and w[0] < 10 and w[0] % 1 == 0)
    decimals = rf"(?:[ \t]+(?i:point)(?:[ \t]+{digit})+)"
    wordseq = rf"(?:{first}{tail}*{decimals}?)"
    scale = rf"(?:{_G}{alternation(long_scales)}|{alternation(f for f in scales if scales[f][1])})"
    vague_entries = _entries("numbers.json", "vague")
    glued = [f for e in vague_entries if e.get("attach") for f in e["forms"]]  # multi(billion)
    loose = [f for e in vague_entries if not e.get("attach") for f in e["forms"]]
    vague = rf"(?:{alternation(loose)}"
    vague += rf"|{alternation(glued, bounded=False)})"
    slots = {
        "WS": _WS, "G": _G, "TO": rf"{_WS}{_TO}(?:{_WS}{_TO})*{_WS}",
        "OR": rf"{_WS}(?i:or){_WS}",
        "AMOUNT": rf"(?:{_NUM}|{wordseq})(?:{scale})*",
        "SCALED": rf"(?:{_NUM}|{wordseq})(?:{scale})+",
        "PREFIX": alternation(prefix), "SUFFIX": with_glued(alternation(suffix)),
        "SUFFIX_SCALED": with_glued(alternation(scaled)),
        "VAGUE": vague, "SCALEWORD": alternation(long_scales, bounded=False),
    }  # fmt: skip
    groups = {
        "qual": alternation(f for f, _ in quals), "vague": vague,
        "between": r"(?i:between)(?![A-Za-z])",
        "cur": with_glued(alternation(every)), "word": wordseq,
        "num": rf"{FRACTION}|\d[\d,.]*\d|\d|\.\d+", "scale": alternation(scales),
        # "or" after the hedges "or more", "or so", which come first
        "sep": rf"(?i:to|and|or)(?![A-Za-z])|[{DASHES}]", "other": r"[A-Za-z]+|\S",
    }  # fmt: skip
    before = alternation(f for f, e in quals if e["position"] == "before")
    after = alternation(f for f, e in quals if e["position"] == "after" and e.get("extend", True))
    # Percentages take plain fractions too: rates move by eighths ("3/8 pct").
    unsigned = rf"(?:{FRACTION}|\d{{1,2}}/\d{{1,2}}(?![\d/])|(?:\d[\d,]*)?\.?\d+)"
    # "a half percentage point", "one-quarter percentage point": a fraction word before points
    fraction_word = rf"(?i:(?:one-)?(?:half|quarter))(?={_WS}(?i:percentage))"
    number = rf"(?P<num>[-\u2212]?{unsigned})|(?P<words>{fraction_word}|{wordseq}|half\s+an?|an?)"
    # A range's low end: "3/4 to\none pct", "5-6 pct", "between 3/8 and 5/8 pct", "10 or 15
    # pct"; a mixed fraction is one number ("7-1/2 pct" is no range from 7 to 1/2), and so is
    # a hyphenated number word ("Sixty-seven pct" is no range from 60 to 7).
    low_end = rf"{FRACTION}|(?!{FRACTION}){unsigned}|{wordseq}(?!-)"
    # percentage points are PERCENT entities too (GUIDELINES 3.1), a difference with no value
    sign = rf"(?:%|(?i:per\s*cent|pct|percentage{_WS}points?)(?![A-Za-z]))"
    # "15% to 20%": the low end may carry its own sign
    low = rf"(?P<between>(?i:between){_WS})?(?P<low>{low_end})(?P<lowsign>[ \t]*{sign})?{_WS}"
    # a money-market quote is a pair too, its second rate cut to the digits that differ:
    # "3.85/95 pct", "13.75/14.00 pct" (the slash only after a decimal: "1/8 pct" is a fraction)
    low += rf"(?P<sep>{_TO}|(?i:and|or)(?![A-Za-z])|(?<=\.\d)/|(?<=\.\d\d)/){_WS}"
    change = alternation(f for f, e in quals if f in e.get("change_forms", ()))
    qualifiers = {form_key(f): e["value"] for f, e in quals}
    slots["BEFORE"] = before
    return Tables(
        currencies, scales, words, qualifiers, re.compile(alternation(words)),
        re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in groups.items())),
        tuple(
            (e["id"], re.compile(re.sub(r"\{([A-Z_]+)\}", lambda m: slots[m[1]], e["regex"])))
            for e in _entries("patterns.json", "patterns")
        ),
        re.compile(rf"{before}{_WS}$"), re.compile(rf"{_WS}{after}"), re.compile(change),
        # "one-pct", "44 pct or more": a hyphen before the sign, a hedge after it
        re.compile(rf"(?:{before}\s+)?(?:{low})?(?:{number})(?:-|\s*)(?P<sign>{sign})(?:{_WS}{after})?"),
        re.compile(sign), slots,
    )  # fmt: skip
