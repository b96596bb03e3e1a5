"""Acronyms of common terms: ``gross national product (GNP)`` defines no name.

Contract: ``without_term_acronyms(doc)`` returns the Doc's entities without those that are only
the acronym of a common term the document spells out in lower case before it in brackets:
``crude palm oil (CPO)``, ``letter of credit (LOC)``, ``public sector borrowing requirement
(PSBR)``. The NER reads such an acronym as an organisation, a place or a person wherever it
recurs; the words it stands for say it names a thing of the trade, no entity (GUIDELINES.md 3.2:
common nouns are not names). Its mentions lose their entity; a longer name holding it keeps
it, and so does a number, date or amount. Offsets stay the Doc's.

>>> import spacy
>>> from spacy.tokens import Span
>>> doc = spacy.blank("en")("a duty on crude palm oil ( CPO ) . CPO rose .")
>>> doc.ents = [Span(doc, 7, 8, "ORG"), Span(doc, 10, 11, "LOC")]
>>> without_term_acronyms(doc)
[]
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Labels of names an acronym may wrongly carry; numbers, dates and amounts keep theirs.
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"})
# Words a term's acronym may leave out: "barrels per day (BPD)", "letter of credit (LOC)".
FUNCTION_WORDS = frozenset({"of", "and", "per", "the", "for", "on", "in", "to", "a", "&"})
MAX_TERM_WORDS = 8  # tokens looked back over, hyphens and quotes included


def without_term_acronyms(doc: Doc) -> list[Span]:
    """The Doc's entities without the mentions of term acronyms (see the module's doc)."""
    terms = {token.text for token in doc if _defined_for_a_term(token)}
    if not terms:
        return list(doc.ents)
    return [e for e in doc.ents if not (e.label_ in NAME_LABELS and e.text in terms)]


def _defined_for_a_term(token: Token) -> bool:
    """Whether ``token`` is an acronym in brackets right after the lower-case words it spells."""
    doc, i = token.doc, token.i
    acronym = token.text
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "(" or doc[i + 1].text != ")":
        return False
    pieces: list[str] = []
    for word in reversed(doc[max(0, i - 1 - MAX_TERM_WORDS) : i - 1]):
        if word.text == "-" or word.is_quote:
            continue  # 'the "market-on-close" (MOC)'
        opening = word.is_sent_start and word.text.istitle()  # "Crude palm oil (CPO) rose"
        if not word.text.replace("-", "").isalpha() or not (word.text.islower() or opening):
            break
        pieces[:0] = [p.lower() for p in word.text.split("-") if p]
        if opening:
            break
    return _spells(acronym.lower(), pieces)


def _spells(acronym: str, pieces: list[str]) -> bool:
    """Whether the initials of a run of ``pieces`` that ends at the last or the one before it
    (``gross domestic product growth (GDP)``), function words in or out, are ``acronym``.

    >>> _spells("loc", ["letter", "of", "credit"]), _spells("bpd", ["barrels", "per", "day"])
    (True, True)
    >>> _spells("gdp", ["gross", "domestic", "product", "growth"]), _spells("gdp", ["gross"])
    (True, False)
    """
    for end in (len(pieces), len(pieces) - 1):
        for start in range(end):
            run = pieces[start:end]
            if run[0] in FUNCTION_WORDS:
                continue
            every = "".join(p[0] for p in run)
            content = "".join(p[0] for p in run if p not in FUNCTION_WORDS)
            if acronym in (every, content):
                return True
    return False
