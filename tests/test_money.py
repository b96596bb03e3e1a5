"""Tests of extract.money: case tables of real news phrasings, detection, data integrity.

The phrasings come from the seed articles (shared/seeds), Reuters-21578 bodies ("mln dlrs",
"stg") and OntoNotes MONEY spans (kept in their PTB tokenisation: "$ 908.8 million"). Expected
values were written by reading each phrase, never copied from the code's output. Known gaps are
``xfail(strict=True)`` rows: they stay in the table until the code learns them.
"""

from __future__ import annotations

import doctest
import json
import re
from decimal import Decimal
from importlib import resources
from itertools import pairwise
from typing import Any

import pytest

import extract.money
import extract.money_tables
from extract.money import MoneyValue, find_money, parse_money

NO_AMOUNT = "no definite amount"
AMBIGUOUS = "ambiguous currency"
DECIMAL = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?")  # no exponent, no trailing zeros


def mv(
    amount: str | None,
    currency: str | None,
    assumed: bool = False,
    q: str | None = None,
    reason: str | None = None,
    rng: tuple[str | None, str | None] | None = None,
) -> MoneyValue:
    low, high = rng or (None, None)
    return MoneyValue(amount, low, high, currency, assumed, q, reason)


def usd(amount: str | None, q: str | None = None, reason: str | None = None) -> MoneyValue:
    """Bare "$" or "dlrs": read as USD, and flagged as an assumption."""
    return mv(amount, "USD", True, q, reason)


def usd_range(low: str, high: str, q: str | None = None) -> MoneyValue:
    return mv(None, "USD", True, q, rng=(low, high))


def case(text: str, expected: MoneyValue, id: str, xfail: str | None = None) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, expected, id=id, marks=marks)


SEED_CASES = [
    case("$225 million", usd("225000000"), "seed-usd-million"),
    case("more than $225 million", usd("225000000", "more than"), "seed-more-than"),
    case("$190 million", usd("190000000"), "seed-locomotives"),
    case("$350 million to $400 million", usd_range("350000000", "400000000"), "seed-range-to"),
    case("$248 million", usd("248000000"), "seed-up-from"),
    case("billions of dollars", usd(None, reason=NO_AMOUNT), "seed-billions-of-dollars"),
    case("$35 billion", usd("35000000000"), "seed-soviet-debt"),
    case("around 430 million euros", mv("430000000", "EUR", q="about"), "seed-around-euros"),
    case("$508.60 million", usd("508600000"), "seed-decimal-million"),
    case("1.9 billion euros", mv("1900000000", "EUR"), "seed-billion-euros"),
    case("$2.26 billion", usd("2260000000"), "seed-decimal-billion"),
    case("$9 million", usd("9000000"), "seed-payments"),
    case("well above $15 bln", usd("15000000000", "well above"), "seed-rostec-well-above"),
]

BRIEF_CASES = [
    case("$350-400 mln", usd_range("350000000", "400000000"), "brief-hyphen-range-scale-shared"),
    case("between 5 and 6 bln dlrs", usd_range("5000000000", "6000000000"), "brief-between"),
    case("one-billion-dlr", usd("1000000000"), "brief-hyphenated-adjective"),
    case("two million yen", mv("2000000", "JPY"), "brief-number-words-yen"),
    case("USD34.6m", mv("34600000", "USD"), "brief-iso-glued-m"),
    case("15 mln stg", mv("15000000", "GBP"), "brief-stg"),
    case("C$ 1.5 bln", mv("1500000000", "CAD"), "brief-canadian-symbol"),
    case("HK$2 billion", mv("2000000000", "HKD"), "brief-hong-kong-symbol"),
]

REUTERS_CASES = [
    case("272 mln dlr", usd("272000000"), "reuters-mln-dlr"),
    case("697.0 mln dlrs", usd("697000000"), "reuters-mln-dlrs-trailing-zero"),
    case("1.38 billion dlrs", usd("1380000000"), "reuters-billion-dlrs"),
    case("1.73 billion dlr", usd("1730000000"), "reuters-billion-dlr"),
    case("44.25 dlrs", usd("44.25"), "reuters-share-price"),
    case("about 2.40 dlrs", usd("2.4", "about"), "reuters-about-price"),
    case("over 170 billion dlrs", usd("170000000000", "over"), "reuters-over"),
    case("over 1 trillion dlrs", usd("1000000000000", "over"), "reuters-trillion"),
    case("1,700,000 dlrs", usd("1700000"), "reuters-thousands-separators"),
    case("1,295,000 dlrs", usd("1295000"), "reuters-thousands-separators-2"),
    case("9,3267,000 dlrs", usd(None, reason="malformed number"), "reuters-garbled-number"),
    case("50 to 60 mln dlrs", usd_range("50000000", "60000000"), "reuters-range-to-shared"),
    case("17 cts to 1.20 dlrs", usd_range("0.17", "1.2"), "reuters-range-each-bound-its-unit"),
    case("38 to 42 dlrs", usd_range("38", "42"), "reuters-range-unscaled"),
    case("4.25-4.50 dlrs", usd_range("4.25", "4.5"), "reuters-hyphen-range-decimals"),
    case("up to 300 mln dlrs", usd("300000000", "up to"), "reuters-up-to"),
    case("approximately 1.3 mln dlrs", usd("1300000", "about"), "reuters-approximately"),
    case("more than 380 mln dlrs", usd("380000000", "more than"), "reuters-more-than"),
    case("almost a billion dlrs", usd("1000000000", "nearly"), "reuters-almost-a-billion"),
    case("a minimum of 500,000 dlrs", usd("500000", "at least"), "reuters-a-minimum-of"),
    case("a maximum 26.3 mln dlrs", usd("26300000", "at most"), "reuters-a-maximum-without-of"),
    case("one point six billion dollar", usd("1600000000"), "broadcast-decimal-said-as-digits"),
    case("three point two five billion dollars", usd("3250000000"), "broadcast-two-decimal-digits"),
    case("not less than 28 dlrs", usd("28", "at least"), "reuters-not-less-than"),
    case("slightly more than two billion dlrs", usd("2000000000", "just over"), "reuters-slightly"),
    case("just under 10,000 dlrs", usd("10000", "nearly"), "reuters-just-under"),
    case("slightly over 14 billion dlrs", usd("14000000000", "just over"), "reuters-slightly-over"),
    case("slightly under 16 mln dlrs", usd("16000000", "nearly"), "reuters-slightly-under"),
    case("below 125 mln dlrs", usd("125000000", "less than"), "reuters-below"),
    case("as much as 300 mln dlrs", usd("300000000", "up to"), "reuters-as-much-as"),
    case("some 664 mln stg", mv("664000000", "GBP", q="about"), "reuters-some-stg"),
    case("800 mln stg", mv("800000000", "GBP"), "reuters-mln-stg"),
    case("125.1 mln stg", mv("125100000", "GBP"), "reuters-decimal-stg"),
    case("1.44 billion stg", mv("1440000000", "GBP"), "reuters-billion-stg"),
    case("one mln pounds sterling", mv("1000000", "GBP"), "reuters-pounds-sterling"),
    case("610 mln pounds", mv("610000000", None, reason=AMBIGUOUS), "reuters-pounds-weight-or-gbp"),
    case("50 mln Australian dlr", mv("50000000", "AUD"), "reuters-australian-dlr"),
    case("1.6 billion Canadian dlrs", mv("1600000000", "CAD"), "reuters-canadian-dlrs"),
    case("about 14 mln Hong Kong dlrs", mv("14000000", "HKD", q="about"), "reuters-hong-kong"),
    case("25 billion\nH.K. Dlr", mv("25000000000", "HKD"), "reuters-9186-hong-kong-dlr-singular"),
    case("about 69 billion U.S. Dlrs", mv("69000000000", "USD", q="about"), "reuters-us-dlrs"),
    case("144.70 yen", mv("144.7", "JPY"), "reuters-yen-rate"),
    case("2,604 yen", mv("2604", "JPY"), "reuters-yen-share-price"),
    case("0.50 yen", mv("0.5", "JPY"), "reuters-half-yen"),
    case("2,500 billion yen", mv("2500000000000", "JPY"), "reuters-thousands-of-billions-yen"),
    case("around 10 billion yen", mv("10000000000", "JPY", q="about"), "reuters-around-yen"),
    case("147 to 150 yen", mv(None, "JPY", rng=("147", "150")), "reuters-yen-range"),
    case("one mln yen", mv("1000000", "JPY"), "reuters-one-mln-yen"),
    case("two billion yen", mv("2000000000", "JPY"), "reuters-two-billion-yen"),
    case("434-billion-yen", mv("434000000000", "JPY"), "reuters-hyphenated-yen"),
    case("seven mln dlrs", usd("7000000"), "reuters-seven-mln"),
    case("five billion stg", mv("5000000000", "GBP"), "reuters-five-billion-stg"),
    case("two-billion dlr", usd("2000000000"), "reuters-two-billion-dlr"),
    case("three-mln dlr", usd("3000000"), "reuters-three-mln-dlr"),
    case("eight-mln-dlr", usd("8000000"), "reuters-eight-mln-dlr"),
    case("34-mln-dlr", usd("34000000"), "reuters-digits-mln-dlr"),
    case("29.4-mln-dlr", usd("29400000"), "reuters-decimal-mln-dlr"),
    case("9.5-billion-dlr", usd("9500000000"), "reuters-decimal-billion-dlr"),
    case("47 mn dlrs", usd("47000000"), "reuters-mn"),
    case("three mn dlrs", usd("3000000"), "reuters-three-mn"),
    case("between 450 and 500 mln dlrs", usd_range("450000000", "500000000"), "reuters-between"),
    case("between 60 to 69 mln dlrs", usd_range("60000000", "69000000"), "reuters-between-to"),
    case("1.6 or 1.7 billion dlrs", usd_range("1.6e9", "1.7e9"), "reuters-or-range"),
    case("11 billion or 12 billion dlrs", usd_range("11e9", "12e9"), "reuters-or-range-own-scales"),
    case("15 mln dlrs or more", usd("15000000", "at least"), "reuters-or-more-is-no-range"),
    case("between one and three billion dlrs", usd_range("1e9", "3e9"), "reuters-between-words"),
    case("between 4,798 and 6,998 dlrs", usd_range("4798", "6998"), "reuters-between-prices"),
    case("between 2.90 dlrs and 3.10 dlrs", usd_range("2.9", "3.1"), "between-both-ends-with-dlrs"),
    case(
        "between 944 mln dlrs and\n1.8 billion dlrs",
        usd_range("944000000", "1800000000"),
        "between-both-ends-scaled",
    ),
    case(
        "between one and 1.5 billion stg",
        mv(None, "GBP", rng=("1000000000", "1500000000")),
        "reuters-between-stg",
    ),
    case(
        "between 1,280 and 1,300 billion lire",
        mv(None, "ITL", rng=("1280000000000", "1300000000000")),
        "reuters-between-lire",
    ),
    case(
        "between 4.0 and 4.5 billion guilders",
        mv(None, "NLG", True, rng=("4000000000", "4500000000")),
        "reuters-between-guilders",
    ),
    case(
        "between 10 and 100 mln marks",
        mv(None, None, reason=AMBIGUOUS, rng=("10000000", "100000000")),
        "reuters-between-marks-ambiguous",
    ),
    case(
        "between 63 and 68 mln European currency units",
        mv(None, "XEU", rng=("63000000", "68000000")),
        "reuters-between-ecu",
    ),
    case("50 mln Ecu", mv("50000000", "XEU"), "reuters-ecu"),
    case(
        "1,000 and 10,000 Canadian dlrs",
        mv(None, "CAD", reason="unclear amount"),
        "reuters-denominations-list-not-range",
    ),
    case("39 mln marks", mv("39000000", None, reason=AMBIGUOUS), "reuters-marks-ambiguous"),
    case("1.81 marks", mv("1.81", None, reason=AMBIGUOUS), "reuters-mark-rate"),
    case("228.86 billion francs", mv("228860000000", None, reason=AMBIGUOUS), "reuters-francs"),
    case("4.8 billion franc", mv("4800000000", None, reason=AMBIGUOUS), "reuters-franc-deficit"),
    case("145 Swiss francs", mv("145", "CHF"), "reuters-swiss-francs"),
    case("about 150 mln Swiss francs", mv("150000000", "CHF", q="about"), "reuters-about-chf"),
    case("1,339 Italian lire", mv("1339", "ITL"), "reuters-italian-lire"),
    case("1,073 billion lire", mv("1073000000000", "ITL"), "reuters-lire"),
    case("285.3 mln guilders", mv("285300000", "NLG", True), "reuters-guilders-assumed-dutch"),
    case("39 mln rand", mv("39000000", "ZAR"), "reuters-rand"),
    case("16 billion pesos", mv("16000000000", None, reason=AMBIGUOUS), "reuters-pesos-ambiguous"),
    case("2.766 billion riyals", mv("2766000000", None, reason=AMBIGUOUS), "reuters-riyals"),
    case("1.33 billion dinars", mv("1330000000", None, reason=AMBIGUOUS), "reuters-dinars"),
    case("100 mln crowns", mv("100000000", None, reason=AMBIGUOUS), "reuters-crowns"),
    case("300 mln Danish crown", mv("300000000", "DKK"), "reuters-7575-qualified-singular"),
    case("5 Swedish krona", mv("5", "SEK"), "swedish-krona-singular"),
    case("20.19 rupees", mv("20.19", None, reason=AMBIGUOUS), "reuters-rupees"),
    case(
        "between 10 and 15 billion shillings",
        mv(None, None, reason=AMBIGUOUS, rng=("10000000000", "15000000000")),
        "reuters-shillings",
    ),
    case("up to 4,000 cruzados", mv("4000", "BRC", q="up to"), "reuters-cruzados"),
    case("a quarter of a billion dlrs", usd("250000000"), "reuters-quarter-of-a-billion"),
    case("three-quarters of a million dollars", usd("750000"), "three-quarters-of-a-million"),
    case("1.3 billion bolivars", mv("1300000000", "VES"), "reuters-bolivars"),
    case("90 sucres", mv("90", "ECS"), "reuters-sucres"),
    case("30 mln intis", mv("30000000", "PEI"), "reuters-intis"),
    case("210 Australs", mv("210", "ARA"), "reuters-australs"),
    case("2.4 billion Taka", mv("2400000000", "BDT"), "reuters-taka"),
    case("407.9 mln kyats", mv("407900000", "MMK"), "reuters-kyats"),
    case("a total of 6.5 mln kina", mv("6500000", "PGK"), "reuters-kina"),
    case("40 mln Turkish lira", mv("40000000", "TRY"), "turkish-lira-not-italian"),
    case("718 mln kwacha", mv("718000000", None, reason=AMBIGUOUS), "reuters-kwacha-ambiguous"),
    case("6.8 billion dirhams", mv("6800000000", None, reason=AMBIGUOUS), "reuters-dirhams"),
    case("98.1 billion escudos", mv("98100000000", None, reason=AMBIGUOUS), "reuters-escudos"),
    case("26 cts", usd("0.26"), "reuters-cents"),
    case("one ct", usd("0.01"), "reuters-one-cent-singular"),
    case("about 32 cents", usd("0.32", "about"), "reuters-about-cents"),
    case("50 to 75 cts", usd_range("0.5", "0.75"), "reuters-cents-range"),
    case("49.55 U.S. Cts", mv("0.4955", "USD"), "reuters-us-cents"),
    case("multi-million dlr", usd(None, reason=NO_AMOUNT), "reuters-multi-million"),
    case(
        "hundreds of millions of sterling",
        mv(None, "GBP", reason=NO_AMOUNT),
        "reuters-hundreds-of-millions",
    ),
    case("several hundred million dollars", usd(None, reason=NO_AMOUNT), "reuters-several"),
    case("41.89 billion\nyen", mv("41890000000", "JPY"), "reuters-hard-wrapped"),
    case("4,500,000 to five mln dlrs", usd_range("4500000", "5000000"), "reuters-full-to-scaled"),
    case("12-1/2 cts", usd("0.125"), "reuters-fraction-cents"),
    case("62-1/2 cts", usd("0.625"), "reuters-fraction-dividend"),
    case("1-7/8 dlrs", usd("1.875"), "reuters-fraction-share-move"),
    case("15-1/4 dlrs", usd("15.25"), "reuters-fraction-share-price"),
    case("14 to 20-1/2 cents", usd_range("0.14", "0.205"), "reuters-fraction-range"),
    case("85-24/32 stg", mv("85.75", "GBP"), "reuters-gilt-32nds"),
    case("8-1/3 cts", usd(None, reason="malformed number"), "reuters-thirds-abstain"),
    case("27.5p", mv("0.275", "GBP"), "reuters-pence-p"),
    case("634p", mv("6.34", "GBP"), "reuters-pence-share-price"),
    case("2,575p", mv("25.75", "GBP"), "reuters-pence-thousands"),
    case("3.95p", mv("0.0395", "GBP"), "reuters-pence-dividend"),
    case("50 mln Malaysian dlrs", mv("50000000", "MYR"), "reuters-malaysian-dlrs"),
    case("100 mln Brunei dlrs", mv("100000000", "BND"), "reuters-brunei-dlrs"),
    case("3 mln NZ dlrs", mv("3000000", "NZD"), "reuters-nz-dlrs"),
    case("20 mln N.Z. Dlrs", mv("20000000", "NZD"), "reuters-nz-capital-dlrs"),
    case("900 mln CFA francs", mv("900000000", None, reason=AMBIGUOUS), "reuters-cfa-francs"),
    case(
        "about 6.745 billion riyals",
        mv("6745000000", None, q="about", reason=AMBIGUOUS),
        "reuters-about-riyals",
    ),
    case("50 mln Canadian\ndlrs", mv("50000000", "CAD"), "reuters-canadian-wrapped"),
    case("five mln Swiss\nfrancs", mv("5000000", "CHF"), "reuters-swiss-wrapped"),
    case("15-20 mln dlrs", usd_range("15000000", "20000000"), "reuters-hyphen-range-mln"),
    case("102.5 mln dlr", usd("102500000"), "reuters-mln-dlr-decimal"),
    case("About seven billion dlrs", usd("7000000000", "about"), "reuters-capital-about"),
    case("up to one-billion-dlr", usd("1000000000", "up to"), "reuters-up-to-adjective"),
    case("multi-mln dlr", usd(None, reason=NO_AMOUNT), "reuters-multi-mln"),
    case("a few cents", usd(None, reason=NO_AMOUNT), "reuters-a-few-cents"),
]

ONTONOTES_CASES = [
    case("$ 908.8 million", usd("908800000"), "onto-tokenised-dollar"),
    case("16 billion US dollars", mv("16000000000", "USD"), "onto-us-dollars-explicit"),
    case("more than 69 billion yuan", mv("69000000000", "CNY", q="more than"), "onto-yuan"),
    case("36.13 yen", mv("36.13", "JPY"), "onto-yen"),
    case("more than $ 1.5 million", usd("1500000", "more than"), "onto-more-than"),
    case("about $ 100 million", usd("100000000", "about"), "onto-about"),
    case("up to $ 1 billion", usd("1000000000", "up to"), "onto-up-to"),
    case("at least $ 550 billion", usd("550000000000", "at least"), "onto-at-least"),
    case("some $ 2 million", usd("2000000", "about"), "onto-some"),
    case("almost $ 2 million", usd("2000000", "nearly"), "onto-almost"),
    case("as much as $ 8 million", usd("8000000", "up to"), "onto-as-much-as"),
    case("around $ 16,250", usd("16250", "about"), "onto-around-thousands"),
    case("over $ 25,000", usd("25000", "over"), "onto-over"),
    case("over 10 million US dollars", mv("10000000", "USD", q="over"), "onto-over-us-dollars"),
    case("less than 300 million US dollars", mv("300000000", "USD", q="less than"), "onto-less"),
    case("nearly 2.285 billion US dollars", mv("2285000000", "USD", q="nearly"), "onto-nearly"),
    case("$ 18 - to - $ 19", usd_range("18", "19"), "onto-tokenised-dash-to-dash"),
    case("$ 200 to $ 300 million", usd_range("200000000", "300000000"), "onto-scale-shared"),
    case("$ 1,040 to $ 1,050", usd_range("1040", "1050"), "onto-range-thousands"),
    case("maybe $ 100,000 to $ 150,000", usd_range("100000", "150000", "about"), "onto-maybe"),
    case(
        "the estimated $ 5 million to $ 7 million",
        usd_range("5000000", "7000000", "about"),
        "onto-estimated-range",
    ),
    case(
        "500 million to 1 billion yuan RMB",
        mv(None, "CNY", rng=("500000000", "1000000000")),
        "onto-range-mixed-scales",
    ),
    case("155.9 billion yuan RMB", mv("155900000000", "CNY"), "onto-yuan-rmb"),
    case("1.2 billion RMB", mv("1200000000", "CNY"), "onto-rmb"),
    case("1.01 trillion US dollars", mv("1010000000000", "USD"), "onto-trillion"),
    case("1.850 million US dollars", mv("1850000", "USD"), "onto-three-decimals-not-thousands"),
    case("4 billion HK dollars", mv("4000000000", "HKD"), "onto-hk-dollars"),
    case("US$ 14.5 billion", mv("14500000000", "USD"), "onto-us-symbol"),
    case("NT$ 150,000", mv("150000", "TWD"), "onto-nt-dollars"),
    case("SKr205", mv("205", "SEK"), "onto-swedish-kronor-glued"),
    case("about 105 billion Belgian francs", mv("105000000000", "BEF", q="about"), "onto-bef"),
    case("fifty billion dollars", usd("50000000000"), "onto-words-fifty"),
    case("about fifty million dollars", usd("50000000", "about"), "onto-about-words"),
    case("about eight million yen", mv("8000000", "JPY", q="about"), "onto-eight-million-yen"),
    case("a hundred billion dollars", usd("100000000000"), "onto-a-hundred-billion"),
    case("half a million dollars", usd("500000"), "onto-half-a-million"),
    case("twenty-seven million dollars", usd("27000000"), "onto-hyphenated-words"),
    case("ninety-nine dollars", usd("99"), "onto-ninety-nine"),
    case("two - yuan", mv("2", "CNY"), "onto-two-yuan-adjective"),
    case("this 65,000 yuan", mv("65000", "CNY"), "onto-determiner-ignored"),
    case("an additional $ 187 million", usd("187000000"), "onto-additional"),
    case("like four bucks each", usd("4"), "onto-bucks"),
    case("75 cents", usd("0.75"), "onto-cents"),
    case("as high as 74.20 cents", usd("0.742", "up to"), "onto-as-high-as-cents"),
    case("87.5 Canadian cents", mv("0.875", "CAD"), "onto-canadian-cents"),
    case("$ 43 million plus", usd("43000000", "at least"), "onto-trailing-plus"),
    case("seventy thousand marks", mv("70000", None, reason=AMBIGUOUS), "onto-marks-words"),
    case("1.8470 marks", mv("1.847", None, reason=AMBIGUOUS), "onto-mark-rate"),
    case("Thirty marks", mv("30", None, reason=AMBIGUOUS), "onto-thirty-marks"),
    case("five pounds", mv("5", None, reason=AMBIGUOUS), "onto-pounds-never-guessed"),
    case(
        "over five billion riyals", mv("5000000000", None, q="over", reason=AMBIGUOUS), "onto-sar"
    ),
    case("\uffe528", mv("28", None, reason=AMBIGUOUS), "onto-fullwidth-yen-sign"),
    case("# 2.0 billion", mv("2000000000", "GBP", assumed=True), "onto-ptb-hash-is-sterling"),
    case("50,000", mv("50000", None, reason="no currency"), "onto-bare-number"),
    case("millions of dollars", usd(None, reason=NO_AMOUNT), "onto-millions-of"),
    case("multibillion - dollar", usd(None, reason=NO_AMOUNT), "onto-multibillion"),
    case("several hundred million yuan", mv(None, "CNY", reason=NO_AMOUNT), "onto-several"),
    case("tens of millions of dollars", usd(None, reason=NO_AMOUNT), "onto-tens-of-millions"),
    case("a couple of bucks", usd(None, reason=NO_AMOUNT), "onto-a-couple-of-bucks"),
    case("60 or 70 yuan", mv(None, "CNY", rng=("60", "70")), "onto-alternatives-are-a-range"),
    case(
        "16 -LRB- or 60 ? -RRB- million dollar",
        usd(None, reason="unclear amount"),
        "onto-never-a-wrong-magnitude",
    ),
    case(
        "one or two thousand NT dollars",
        mv(None, "TWD", rng=("1000", "2000")),
        "onto-one-or-two-thousand-shares-the-scale",
    ),
    case("billion US dollars", mv(None, "USD", reason="no number"), "onto-no-number"),
    case("5 mln Fiji dollars", mv("5000000", None, reason="unknown currency"), "unknown-dollar"),
    case("8.2 billion Zimbabwe dlrs", mv("8200000000", "ZWD"), "reuters-zimbabwe-dollars"),
    case("$ 10,000 to $ 1 million", usd_range("10000", "1000000"), "onto-unscaled-to-scaled"),
    case("ninety - nine dollars", usd("99"), "onto-ptb-hyphen-words"),
    case("twenty - seven million dollars", usd("27000000"), "onto-ptb-hyphen-words-scaled"),
    case("NT$ 200,000 - 300,000", mv(None, "TWD", rng=("200000", "300000")), "onto-nt-range"),
    case("more than NT$ 7 billion", mv("7000000000", "TWD", q="more than"), "onto-more-nt"),
    case("a hundred and twenty million dollars", usd("120000000"), "onto-hundred-and"),
    case("more than 50 billion RMB", mv("50000000000", "CNY", q="more than"), "onto-rmb-more"),
    case("50 cent", usd("0.5"), "onto-singular-cent"),
    case("about 1.85 marks", mv("1.85", None, q="about", reason=AMBIGUOUS), "onto-about-marks"),
    case("tens of millions of NT dollars", mv(None, "TWD", reason=NO_AMOUNT), "onto-tens-nt"),
    case("billions upon billions of dollars", usd(None, reason=NO_AMOUNT), "onto-upon"),
    case("mlns of dlrs", usd(None, reason=NO_AMOUNT), "wire-short-plural-scale"),
    case(
        "over two point eight million dollars",
        usd("2800000", "over"),
        "onto-spoken-point",
    ),
    case(
        "at least 1 billion 300 million dollars",
        usd("1300000000", "at least"),
        "onto-compound-scales",
        xfail="compound amounts not read",
    ),
    case("half a cent", usd("0.005"), "onto-half-a-cent", xfail="'half a' needs a scale word"),
]


@pytest.mark.parametrize(("text", "expected"), SEED_CASES + BRIEF_CASES)
def test_parse_money_seeds_and_brief(text: str, expected: MoneyValue) -> None:
    assert parse_money(text) == expected


@pytest.mark.parametrize(("text", "expected"), REUTERS_CASES)
def test_parse_money_reuters(text: str, expected: MoneyValue) -> None:
    assert parse_money(text) == _normalised(expected)


@pytest.mark.parametrize(("text", "expected"), ONTONOTES_CASES)
def test_parse_money_ontonotes(text: str, expected: MoneyValue) -> None:
    assert parse_money(text) == expected


def _normalised(value: MoneyValue) -> MoneyValue:
    """Let table rows write "1e9" for readability; compare as plain decimal strings."""

    def plain(number: str | None) -> str | None:
        return None if number is None else format(Decimal(number).normalize(), "f")

    return MoneyValue(
        plain(value.amount), plain(value.min), plain(value.max), value.currency,
        value.currency_assumed, value.qualifier, value.reason,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text", [c.values[0] for c in SEED_CASES + BRIEF_CASES + REUTERS_CASES + ONTONOTES_CASES]
)
def test_values_are_plain_decimals_or_null_with_reason(text: str) -> None:
    value = parse_money(text)
    for number in (value.amount, value.min, value.max):
        assert number is None or DECIMAL.fullmatch(number), number
    if value.amount is None and value.min is None and value.max is None:
        assert value.reason
    if value.currency is None:
        assert value.reason and not value.currency_assumed


def spans(text: str, model: list[tuple[int, int]] | None = None) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.rule) for m in find_money(text, model or [])]


def at(text: str, mention: str) -> tuple[int, int]:
    start = text.index(mention)
    return start, start + len(mention)


SEED_PASSAGE = (
    "Russian exports to Cuba jumped 81 percent on the year to $225 million in the "
    "January-September period, official Russian data shows.\n"
    "He forecast bilateral trade could grow to $350 million to $400 million this year, one of its "
    "highest levels in nearly two decades, up from $248 million in 2016.\n"
    "The turnaround with Cuba got a boost in 2014 when Russia forgave 90 percent of Cuba s "
    "$35 billion Soviet-era debt.\n"
    "She said the center is providing support for exports to Cuba, including insurance, loans "
    "and subsidies, worth around 430 million euros ($508.60 million).\n"
    "It is expected the deal will be worth 1.9 billion euros ($2.26 billion) and will be signed "
    "by the end of the year."
)


def test_find_money_seed_passage_without_model() -> None:
    found = find_money(SEED_PASSAGE)
    assert [SEED_PASSAGE[m.start : m.end] for m in found] == [
        "$225 million",
        "$350 million to $400 million",
        "$248 million",
        "$35 billion",
        "around 430 million euros",
        "$508.60 million",
        "1.9 billion euros",
        "$2.26 billion",
    ]
    assert [m.equivalent_of for m in found] == [None, None, None, None, None, 4, None, 6]
    assert found[1].value == usd_range("350000000", "400000000")
    assert found[4].value == mv("430000000", "EUR", q="about")
    starts = [m.start for m in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in pairwise(found))


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        pytest.param("to hold the dollar above 149 yen", "the dollar", [], id="a-currency-alone"),
        pytest.param("June yen futures rose", "June yen", [], id="a-futures-month"),
        pytest.param(
            "it caused an estimated billion dlrs in damage",
            "an estimated billion dlrs",
            ["an estimated billion dlrs"],
            id="a-scale-word-says-an-amount",
        ),
        pytest.param(
            "the average volume of roughly 133 million shares",
            "roughly 133 million",
            [],
            id="a-bare-amount-before-a-count-noun",
        ),
        pytest.param(
            "and the loss of roughly 133 million dlrs shares",
            "roughly 133 million dlrs",
            ["roughly 133 million dlrs"],
            id="a-currency-says-money-whatever-follows",
        ),
        pytest.param("End Stocks 0.30 0.30 0.40   0.40", "0.40   0.40", [], id="two-table-columns"),
        pytest.param(
            "with September at 93.18 below 93.21", "93.18 below 93.21", [], id="two-quotes"
        ),
    ],
)
def test_model_money_without_an_amount(text: str, span: str, expected: list[str]) -> None:
    """GUIDELINES.md 4.1: a currency without an amount is no money, nor is a count, whatever
    the NER read."""
    found = find_money(text, [at(text, span)])
    assert [text[m.start : m.end] for m in found if m.rule == "ner"] == expected


def test_find_money_model_spans_merge_with_patterns() -> None:
    text = SEED_PASSAGE
    model = [
        at(text, "$225"),  # partial: the pattern span is longer
        at(text, "81 percent"),  # a percentage, not money
        at(text, "2016"),  # a year
        at(text, "Cuba s $35 billion"),  # junk words around: the clean pattern span wins
        at(text, "430 million euros ($508.60 million)"),  # two mentions in one span
        at(text, "around 430 million"),  # longer than the pattern span, but without its currency
        at(text, "1.9 billion euros"),  # same as the pattern
    ]
    found = [(text[m.start : m.end], m.rule) for m in find_money(text, model)]
    assert found == [
        ("$225 million", "prefix-amount"),
        ("$350 million to $400 million", "prefix-amount"),
        ("$248 million", "prefix-amount"),
        ("$35 billion", "prefix-amount"),
        ("around 430 million euros", "amount-suffix"),
        ("$508.60 million", "prefix-amount"),
        ("1.9 billion euros", "amount-suffix"),
        ("$2.26 billion", "prefix-amount"),
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        pytest.param(
            "It said it would pay 15 mln dlrs in cash.",
            [],
            [("15 mln dlrs", "amount-suffix")],
            id="reuters-lower-case-without-model",
        ),
        pytest.param(
            "the military equipment shipped to Cuba from the USSR was worth well above $15 bln.",
            [],
            [("well above $15 bln", "prefix-amount")],
            id="rostec-qualifier-extension",
        ),
        pytest.param(
            "bought 11.1 mln pounds of bakers flour for 1.1 mln dlrs",
            [],
            [("1.1 mln dlrs", "amount-suffix")],
            id="reuters-pounds-of-flour-not-money",
        ),
        pytest.param(
            "Treasury balances at the Federal\nReserve rose on March 6 to 3.879 billion dlrs from "
            "3.467\nbillion dlrs the previous business day",
            [],
            [("3.879 billion dlrs", "amount-suffix"), ("3.467\nbillion dlrs", "amount-suffix")],
            id="reuters-day-of-month-is-not-a-range-bound",
        ),
        pytest.param(
            "a drop in the average price\nfrom 25.88 dlrs per barrel in 1985 to 13.90 dlrs",
            [],
            [("25.88 dlrs", "amount-suffix"), ("13.90 dlrs", "amount-suffix")],
            id="reuters-year-is-not-a-range-bound",
        ),
        pytest.param(
            "scheme cost between 63 and 68 mln European currency units\n(72/78 mln dlrs).",
            [],
            [("between 63 and 68 mln European currency units", "between-and")],
            id="reuters-slash-pair-abstains",
        ),
        pytest.param(
            "The 747-400 has a take-off weight of 870,000 pounds, up from 833,000",
            [],
            [],
            id="reuters-weight",
        ),
        pytest.param(
            "Those subsidies disappeared with the 1991 collapse of the Soviet Union.",
            [at("Those subsidies disappeared with the 1991 collapse", "1991")],
            [],
            id="seed-year-from-model-dropped",
        ),
        pytest.param(
            "China's foreign debt at a post-1949\nrecord 16 billion dlrs",
            [at("China's foreign debt at a post-1949", "post-1949")],
            [("16 billion dlrs", "amount-suffix")],
            id="reuters-year-after-a-position-from-model-dropped",
        ),
        pytest.param(
            "Russia forgave 90 percent of the debt",
            [(15, 25)],
            [],
            id="seed-percent-from-model-dropped",
        ),
        pytest.param(
            "revenue fell short of the Central bank target",
            [(26, 38)],
            [],
            id="onto-model-span-without-number-or-currency-dropped",
        ),
        pytest.param(
            "for the first time they paid 50,000 for it",
            [(29, 35)],
            [("50,000", "ner")],
            id="model-number-without-currency-kept",
        ),
        pytest.param(
            "It will be unchanged at three marks a share",
            [],
            [],
            id="reuters-unscaled-marks-not-detected-alone",
        ),
        pytest.param(
            "It will be unchanged at three marks a share",
            [(24, 35)],
            [("three marks", "ner")],
            id="reuters-unscaled-marks-from-model",
        ),
        pytest.param(
            "the price of gasoline, measured in 2005 dollars, was lower",
            [],
            [],
            id="onto-price-level-year-dollars",
        ),
        pytest.param(
            "the bond is available in denominations of\n1,000 and 10,000 Canadian dlrs",
            [],
            [("10,000 Canadian dlrs", "amount-suffix")],
            id="reuters-list-is-not-a-range",
        ),
        pytest.param(
            "up to 300 mln dlrs of debt",
            [],
            [("up to 300 mln dlrs", "amount-suffix")],
            id="reuters-up-to-extension",
        ),
        pytest.param(
            "assets totalling 12.2 billion pesos",
            [],
            [("12.2 billion pesos", "amount-suffix")],
            id="reuters-ambiguous-currency-still-detected",
        ),
        pytest.param(
            "Fidel Castro s government, providing it with billions of dollars worth of grain",
            [],
            [("billions of dollars", "vague-amount")],
            id="seed-vague",
        ),
        pytest.param(
            "the $ 200 to $ 300 million plan",
            [at("the $ 200 to $ 300 million plan", "$ 300 million")],
            [("$ 200 to $ 300 million", "prefix-amount")],
            id="onto-model-half-of-a-range",
        ),
        pytest.param(
            "Shr 1.25 dlrs vs 1.10 dlrs",
            [],
            [("1.25 dlrs", "amount-suffix"), ("1.10 dlrs", "amount-suffix")],
            id="reuters-shr-dlrs-vs",
        ),
        pytest.param(
            "Operating costs 2.81 billion stg 2.63 billion",
            [at("Operating costs 2.81 billion stg 2.63 billion", "2.63 billion")],
            [("2.81 billion stg", "amount-suffix"), ("2.63 billion", "ner")],
            id="reuters-stg-is-the-amount-before-it-in-a-line-without-vs",
        ),
        pytest.param(
            "It will pay 12 cts a share, up 5 pct, on 15 billion yen of profit",
            [],
            [("12 cts", "amount-suffix"), ("15 billion yen", "amount-suffix")],
            id="reuters-cts-a-share-pct-is-not-money",
        ),
        pytest.param(
            "Qtly div 12-1/2 cts vs 12-1/2 cts prior, bonds yield 7-1/2 pct",
            [],
            [("12-1/2 cts", "amount-suffix"), ("12-1/2 cts", "amount-suffix")],
            id="reuters-fraction-dividend-table",
        ),
        pytest.param(
            "shares of 19 euro zone countries",
            [],
            [],
            id="euro-zone-is-not-money",
        ),
        pytest.param(
            "a loss of 1,732,00 dlrs vs 9,3267,000 dlrs; 550,332 dinars, 1,732,000.50 dlrs",
            [],
            [
                ("1,732,00 dlrs", "malformed-amount-suffix"),
                ("9,3267,000 dlrs", "malformed-amount-suffix"),
                ("550,332 dinars", "amount-suffix"),
                ("1,732,000.50 dlrs", "amount-suffix"),
            ],
            id="misprinted-digit-groups-are-money-without-amount",
        ),
        pytest.param(
            "part of a one point six billion dollar cost cutting initiative; at that point six "
            "million dollars were lost",
            [at("part of a one point six billion dollar cost", "six billion dollar")],
            [
                ("one point six billion dollar", "amount-suffix"),
                ("six million dollars", "amount-suffix"),
            ],
            id="broadcast-decimal-said-as-digits-over-the-models-half",
        ),
        pytest.param(
            "has contributed dlrs 3.2 million in assistance",
            [],
            [("dlrs 3.2 million", "dlrs-before-amount")],
            id="ap-dlrs-before-the-number",
        ),
        pytest.param(
            "costs rose by 4.2 mln dlrs\n    1986 year loss",
            [],
            [("4.2 mln dlrs", "amount-suffix")],
            id="dlrs-after-an-amount-opens-none",
        ),
        pytest.param(
            "Ongpin said at\nleast 15.9 billion pesos were expected",
            [
                at(
                    "Ongpin said at\nleast 15.9 billion pesos were expected",
                    "at\nleast 15.9 billion",
                )
            ],
            [("at\nleast 15.9 billion pesos", "amount-suffix")],
            id="an-ambiguous-currency-word-beats-a-longer-ner-span-without-one",
        ),
        pytest.param(
            "It finished at 1.5140/50 Swiss francs and 2.9210/45\nmarks, after 7-1/2 dlrs",
            [],
            [
                ("1.5140/50 Swiss francs", "quote-suffix"),
                ("2.9210/45\nmarks", "quote-suffix"),
                ("7-1/2 dlrs", "amount-suffix"),
            ],
            id="dealer-quotes-but-not-fractions",
        ),
        pytest.param(
            "Cash was around 453/455 stg, three months 2,355/2,360\nstg; it rose 3/4 dlr",
            [],
            [("around 453/455 stg", "quote-suffix"), ("2,355/2,360\nstg", "quote-suffix")],
            id="dealer-quotes-of-whole-numbers-but-not-fractions",
        ),
        pytest.param(
            "the price of petrol rose by 0.13 crowns to an average of 4.21 crowns per litre; "
            "the Triple Crown",
            [],
            [("0.13 crowns", "amount-suffix"), ("4.21 crowns", "amount-suffix")],
            id="an-amount-in-crowns-needs-no-scale",
        ),
        pytest.param(
            "Samsung Electronics fell 1,500 won to 38,600; Div 50 won vs 50 won. He won 3 races.",
            [],
            [
                ("1,500 won", "amount-suffix"),
                ("38,600", "statement"),  # the level the change reaches
                ("50 won", "amount-suffix"),
                ("50 won", "amount-suffix"),
            ],
            id="an-amount-in-won-needs-no-scale-but-the-verb-is-none",
        ),
        pytest.param(
            "the stock closed at 101 1/2 dlrs; 5 30/100 dlrs",
            [],
            [("101 1/2 dlrs", "amount-suffix")],
            id="mixed-fraction-with-a-space-in-halves-to-64ths-only",
        ),
        pytest.param(
            "revenues of 26 mln dlrs to 28 mln\ndlrs; priced from 3,898 dlrs to 5,498 dlrs",
            [],
            [
                ("26 mln dlrs to 28 mln\ndlrs", "suffixes-to"),
                ("3,898 dlrs to 5,498 dlrs", "suffixes-to"),
            ],
            id="a-range-with-the-currency-on-both-ends-is-one",
        ),
        pytest.param(
            "funds rose 356 mln dlrs to 66.19\nbillion dlrs; profit rose $281 million to $1.2 "
            "billion",
            [
                at(
                    "funds rose 356 mln dlrs to 66.19\nbillion dlrs; profit rose $281 million to "
                    "$1.2 billion",
                    "$281 million to $1.2 billion",
                )
            ],
            [
                ("356 mln dlrs", "amount-suffix"),
                ("66.19\nbillion dlrs", "amount-suffix"),
                ("$281 million", "prefix-amount"),
                ("$1.2 billion", "prefix-amount"),
            ],
            id="a-change-by-an-amount-to-a-level-is-two",
        ),
        pytest.param(
            "boosted annual sales from 18.5 mln to 309.3\nmln dlrs; shares rose 95 to 745 yen",
            [],
            [
                ("18.5 mln", "comparison-partner"),
                ("309.3\nmln dlrs", "amount-suffix"),
                ("95", "comparison-partner"),
                ("745 yen", "amount-suffix"),
            ],
            id="a-change-from-a-bare-amount-is-two",
        ),
        pytest.param(
            "had an increase in profits from 116 to 217 mln\nbolivars",
            [],
            [("217 mln\nbolivars", "amount-suffix")],
            # the start alone would read 116, without the scale it shares with the level
            id="a-change-from-an-amount-that-shares-the-scale-leaves-it-out",
        ),
        pytest.param(
            "soyoil up 0.13 to 0.16 cent; to fall by 15 billion to 20 billion dlrs; risen to "
            "about 50 stg from 25 to 30 stg; prices ranging from 5.30 to 5.445 dlrs",
            [],
            [
                ("0.13 to 0.16 cent", "amount-suffix"),
                ("15 billion to 20 billion dlrs", "amount-suffix"),
                ("about 50 stg", "amount-suffix"),
                ("25 to 30 stg", "amount-suffix"),
                ("5.30 to 5.445 dlrs", "amount-suffix"),
            ],
            id="a-range-after-a-change-word-stays-one",
        ),
        pytest.param(
            "Bonn expects 51 or 52 billion marks, a price of 50 or 60 dlrs a tonne, between 60 to "
            "69 mln dlrs; net 6,359,000 or 1.73 dlrs a share; the price of 140 or 138 yen",
            [],
            [
                ("51 or 52 billion marks", "scaled-amount-suffix"),
                ("50 or 60 dlrs", "amount-suffix"),
                ("between 60 to 69 mln dlrs", "amount-suffix"),
                ("1.73 dlrs", "amount-suffix"),
                ("138 yen", "amount-suffix"),
            ],
            id="two-figures-joined-by-or-are-a-range-in-order-only",
        ),
        pytest.param(
            "the difference between 50 dlrs and the market price",
            [],
            [("50 dlrs", "amount-suffix")],
            id="between-without-a-second-bound-stays-outside",
        ),
        pytest.param(
            "valued at between #300 million and #400 million",
            [at("valued at between #300 million and #400 million", "between #300 million")],
            [("between #300 million and #400 million", "between-and")],
            id="ptb-hash-range",
            # Known gap: a prefix read only with a scale word ('#', GBP in PTB text) has no
            # pattern slot, so only the model's half of the range is found.
            marks=pytest.mark.xfail(strict=True, reason="no pattern reads a scaled-only prefix"),
        ),
    ],
)
def test_find_money_cases(
    text: str, model: list[tuple[int, int]], expected: list[tuple[str, str]]
) -> None:
    assert spans(text, model) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Assets fell 23 mln dlrs to minus 1.92 billion dlrs.",
            [("23 mln dlrs", "23000000"), ("minus 1.92 billion dlrs", "-1920000000")],
            id="minus-written-as-a-word",
        ),
        pytest.param(
            "Adjustments were a negative\n750 mln dlrs, a loss of -5 mln dlrs.",
            [("negative\n750 mln dlrs", "-750000000"), ("-5 mln dlrs", "-5000000")],
            id="negative-and-a-glued-minus-sign",
        ),
        pytest.param(
            "It may vary plus or minus 10 mln dlrs; revenues minus 5 mln dlrs; balance -\n"
            "nearly six billion dlrs.",
            [
                ("10 mln dlrs", "10000000"),
                ("5 mln dlrs", "5000000"),
                ("nearly six billion dlrs", "6000000000"),
            ],
            id="a-tolerance-a-subtraction-and-a-dash-are-no-sign",
        ),
    ],
)
def test_a_sign_the_text_writes_makes_a_negative_amount(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # GUIDELINES 4.3: a minus sign appears only when the text writes one
    assert [(text[m.start : m.end], m.value.amount) for m in find_money(text)] == expected


def test_find_money_equivalents_with_hard_wraps() -> None:
    text = (
        "net consolidated income of 41.89 billion\nyen (290 million dollars) in 1986, 42.6 pct "
        "down on 1985's\n73.02 billion yen (506 million dollars)."
    )
    found = find_money(text)
    assert [(text[m.start : m.end], m.equivalent_of) for m in found] == [
        ("41.89 billion\nyen", None),
        ("290 million dollars", 0),
        ("73.02 billion yen", None),
        ("506 million dollars", 2),
    ]
    assert found[1].value == usd("290000000")


def test_find_money_model_span_with_qualifier_is_kept() -> None:
    text = "The bill would cost about $ 100 million over five years ."
    found = find_money(text, [at(text, "about $ 100 million")])
    assert [(text[m.start : m.end], m.rule, m.value.qualifier) for m in found] == [
        ("about $ 100 million", "ner", "about")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Turnover was up to 1.29 billion stg from 1.2 billion.",
            [("1.29 billion stg", None), ("1.2 billion", None)],
            id="up-to-in-a-change",
        ),
        pytest.param(
            "net interest income, up to 561.8 mln dlrs from year ago 540.9 mln dlrs.",
            [("561.8 mln dlrs", None), ("540.9 mln dlrs", None)],
            id="up-to-from-year-ago",
        ),
        pytest.param(
            "It agreed to borrow up to 150 billion yen in a loan from Japan.",
            [("up to 150 billion yen", "up to")],
            id="up-to-then-from-a-lender",
        ),
        pytest.param(
            "It will pay up to 5 mln dlrs, from 4 mln dlrs before.",
            [("5 mln dlrs", None), ("4 mln dlrs", None)],
            id="up-to-then-comma-from",
        ),
        pytest.param(
            "It could cost as much as $5 million from $4 million.",
            [("as much as $5 million", "up to"), ("$4 million", None)],
            id="as-much-as-stays-a-hedge",
        ),
    ],
)
def test_find_money_up_to_in_a_change(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [(text[m.start : m.end], m.value.qualifier) for m in find_money(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "the World Bank estimated 35.3 billion dlrs a year would be needed",
            [("35.3 billion dlrs", None)],
            id="estimated-after-its-subject-is-the-verb",
        ),
        pytest.param(
            "He estimated 3.00 dlrs per share this year",
            [("3.00 dlrs", None)],
            id="estimated-after-a-pronoun-is-the-verb",
        ),
        pytest.param(
            "based on Diversified's estimated 3.2 mln dlrs pro forma profit",
            [("estimated 3.2 mln dlrs", "about")],
            id="estimated-after-a-possessive-is-a-hedge",
        ),
        pytest.param(
            "Officially estimated 3 bln dlrs were lost",
            [("estimated 3 bln dlrs", "about")],
            id="estimated-after-an-adverb-is-a-hedge",
        ),
        pytest.param(
            "The estimated 4 mln dlrs cost",
            [("estimated 4 mln dlrs", "about")],
            id="estimated-after-a-determiner-is-a-hedge",
        ),
    ],
)
def test_find_money_estimated_verb_or_hedge(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """GUIDELINES.md 4.5: '(an) estimated' is a hedge in the amount's own phrase only."""
    found = [(text[m.start : m.end], m.value.qualifier) for m in find_money(text)]
    assert found == expected


@pytest.mark.xfail(
    strict=True,
    reason="the start of a change that shares its level's scale is left out, not read with "
    "it (GUIDELINES 4.4 gives it the scale): a bare span cannot carry a scale it lacks",
)
def test_the_start_of_a_change_takes_the_scale_of_its_level() -> None:
    text = "had an increase in profits from 116 to 217 mln bolivars"
    found = [(text[m.start : m.end], m.value.amount) for m in find_money(text)]
    assert found == [("116", "116000000"), ("217 mln bolivars", "217000000")]


def test_find_money_same_currency_in_brackets_is_not_an_equivalent() -> None:
    text = "a loss of $5 million ($4 million after tax)"
    assert [m.equivalent_of for m in find_money(text)] == [None, None]


def test_find_money_empty() -> None:
    assert find_money("") == []
    assert find_money("No money here, only 1991 and 90 percent.") == []


def test_doctests() -> None:
    result = doctest.testmod(extract.money)
    assert result.attempted > 0
    assert result.failed == 0


# --- data integrity -------------------------------------------------------------------------

DATA = resources.files("extract") / "data" / "money"
FILES = {
    "currencies.json": "currencies",
    "scales.json": "scales",
    "numbers.json": "words",
    "qualifiers.json": "qualifiers",
    "patterns.json": "patterns",
}


def entries(name: str, key: str | None = None) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((DATA / name).read_text("utf-8"))[key or FILES[name]]
    return data


def test_every_entry_has_a_unique_id() -> None:
    ids = [e["id"] for name in FILES for e in entries(name)]
    ids += [e["id"] for e in entries("numbers.json", "vague")]
    assert all(isinstance(i, str) and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_currency_entries() -> None:
    keys: dict[str, str] = {}
    for e in entries("currencies.json"):
        assert set(e) <= {"id", "iso", "forms", "position", "detect", "assumed", "reason", "name",
                          "factor", "case_sensitive", "attached_only", "note"}, e["id"]  # fmt: skip
        assert e.get("name", True) is True, f"{e['id']}: 'name' is true or absent"
        assert e["iso"] is None or re.fullmatch(r"[A-Z]{3}", e["iso"]), e["id"]
        assert (e["iso"] is None) == ("reason" in e), f"{e['id']}: a reason iff no ISO code"
        assert e["position"] in ("prefix", "suffix", "both")
        assert e.get("detect", "always") in ("always", "scaled", "never")
        assert Decimal(e.get("factor", "1")) > 0
        assert e["forms"] and all(f == " ".join(f.split()) for f in e["forms"])
        for form in e["forms"]:
            key = form if e.get("case_sensitive") else form.lower()
            assert keys.setdefault(key, e["id"]) == e["id"], f"{form!r} in two entries"


def test_ambiguous_words_are_never_guessed() -> None:
    by_form = {f.lower(): e for e in entries("currencies.json") for f in e["forms"]}
    for form in ("pesos", "marks", "francs", "pounds", "crowns", "rupees", "dinars"):
        assert by_form[form]["iso"] is None, form
    assert by_form["german marks"]["iso"] == "DEM"
    assert by_form["swiss francs"]["iso"] == "CHF"
    assert by_form["mexican pesos"]["iso"] == "MXN"
    assert by_form["cuban pesos"]["iso"] == "CUP"
    assert by_form["$"]["assumed"] and by_form["dlrs"]["assumed"]


def test_scales_numbers_qualifiers() -> None:
    for e in entries("scales.json"):
        assert Decimal(e["factor"]) >= 1000
        if e.get("attached_only"):
            assert all(len(f) == 1 for f in e["forms"]), e["id"]
    for e in entries("numbers.json"):
        assert Decimal(e["value"]) > 0
    for e in entries("numbers.json", "vague"):
        assert e["forms"]
    for e in entries("qualifiers.json"):
        assert e["position"] in ("before", "after") and e["value"] and e["forms"]
        # a change's particle is one of the entry's own forms, and comes before the amount
        assert set(e.get("change_forms", ())) <= set(e["forms"]), e["id"]
        assert not e.get("change_forms") or e["position"] == "before", e["id"]


def test_patterns_use_known_slots_and_match_their_examples() -> None:
    slots = {"WS", "G", "TO", "OR", "AMOUNT", "SCALED", "PREFIX", "SUFFIX", "SUFFIX_SCALED",
             "VAGUE", "SCALEWORD"}  # fmt: skip
    compiled = dict(extract.money_tables.load_tables().patterns)
    for e in entries("patterns.json"):
        assert set(re.findall(r"\{([A-Z_]+)\}", e["regex"])) <= slots, e["id"]
        for example in e["example"].split("; "):
            assert compiled[e["id"]].fullmatch(example), (e["id"], example)


def test_pence_written_p() -> None:
    text = "Earnings per share 27.5p vs 24.3p, trading stopped at 5 p.m."
    found = [(text[m.start : m.end], m.value.amount, m.value.currency) for m in find_money(text)]
    assert found == [("27.5p", "0.275", "GBP"), ("24.3p", "0.243", "GBP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a 6.5p final dividend", ["6.5p"], id="final-dividend"),
        pytest.param("Shr 27.5p vs 24.3p\n    Div 3.95p", ["27.5p", "24.3p", "3.95p"], id="table"),
        pytest.param("shares rose 49p to 237p.", ["49p", "237p"], id="sentence-final-dot"),
        pytest.param("up 25p since yesterday at 2,575p in", ["25p", "2,575p"], id="thousands"),
        pytest.param("trading stopped at 5 p.m. on Friday", [], id="five-pm-spaced"),
        pytest.param("trading stopped at 3p.m. on Friday", [], id="three-pm-glued"),
        pytest.param("shares trade at 10p/e", [], id="slash-after"),
        pytest.param("a p/e of 10", [], id="p-over-e"),
        pytest.param("see page 10 p 4", [], id="page-spaced"),
        pytest.param("see 10 pp and 10pp", [], id="pages"),
        pytest.param("a 27.5P rise", [], id="capital-p-is-no-pence"),
        pytest.param("section 4(p) says", [], id="bracketed-letter"),
    ],
)
def test_pence_written_p_cases(text: str, expected: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_money(text)] == expected
    for m in find_money(text):
        assert m.value.currency == "GBP" and m.value.reason is None


def test_attached_only_forms() -> None:
    for e in entries("currencies.json"):
        if e.get("attached_only"):
            assert e["position"] == "suffix" and e.get("detect", "always") == "always", e["id"]
            assert e.get("case_sensitive") and all(f.isalpha() for f in e["forms"]), e["id"]
    assert parse_money("5 p.m.").currency is None
    assert parse_money("3p.m.").currency is None


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        pytest.param("Earnings were 40 cts a share.", [("40 cts", "per share")], id="a-share"),
        pytest.param(
            "Sugar sold at 1,750 to 1,780 dlrs per tonne.",
            [("1,750 to 1,780 dlrs", "per tonne")],
            id="range-per-tonne",
        ),
        pytest.param("The tickets cost 42 dlrs each.", [("42 dlrs", "each")], id="each"),
        pytest.param(
            "It paid 5 mln dlrs a year and 2 mln dlrs for the shares.",
            [("5 mln dlrs", None), ("2 mln dlrs", None)],
            id="a-year-and-for-are-no-unit",
        ),
    ],
)
def test_unit_prices_carry_a_note(text: str, notes: list[tuple[str, str | None]]) -> None:
    """GUIDELINES.md 4.9: the unit goes in the note and stays out of the span."""
    assert [(text[m.start : m.end], m.note) for m in find_money(text)] == notes
