"""Company names a legal form closes: ``Patrick Petroleum Co``, ``Toshin Steel Co Ltd``.

Contract: ``firm_entities(doc)`` returns the Doc's entities with every name that ends in a
capitalised legal form (``linking.json``, ``legal_forms``: ``Co``, ``Inc``, ``Corp``, ``AB``,
``Plc`` ...) labelled ORG over its whole length. The legal form says what the name is and where
it ends, which the statistical NER, reading wire copy at a sentence start or across a line
break, often misses: it leaves ``Patrick Petroleum Co`` out, or labels ``Toshin Steel`` without
its ``Co Ltd``, or reads the first words as a person.

The name is read leftwards from the legal form over capitalised words, initials (``J.C.``), other
legal forms (``Co Ltd``) and, inside it, a hyphen (``Coca-Cola``), a possessive (``Hudson's
Bay``), a lower-case particle (``Agricola del Guadalete SA``) or one ``and``/``&`` that joins a
single word to the form (``Telephone and Telegraph Co``; in ``IBM and Apple Computer Inc`` the
firm is ``Apple Computer Inc``). It never runs over a blank line, a sentence-opening ``The``, a
number, date or amount, or an entity that begins before the name. Entities inside it are
replaced by it; offsets stay the Doc's.

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["Toshin", "Steel", "Co", "Ltd", "said"],
...           ents=["B-ORG", "I-ORG", "O", "O", "O"])
>>> [(e.text, e.label_) for e in firm_entities(doc)]
[('Toshin Steel Co Ltd', 'ORG')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.entity_titles import organisation_words
from extract.linking import legal_forms

# linking.json's legal forms include the words a name is also written without ("and", "the",
# "group"); only a capitalised designator closes a firm's name here.
NOT_CLOSING = frozenset({"and", "&", "the", "group", "holding", "holdings", "company"})
# Labels a firm's name may swallow: names the NER read in pieces or got wrong.
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
PARTICLES = frozenset({"de", "del", "della", "di", "du", "des", "la", "le", "von", "van"})
PLACES = frozenset({"GPE", "NORP", "LOC"})
POSSESSIVES = frozenset({"'s", "\u2019s"})
# Parts of speech of a capitalised word that opens a sentence and no name ("But", "Also").
FUNCTION_WORDS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "ADV", "PRON", "AUX", "VERB", "PART"})
JOINERS = frozenset({"and", "&"})
_WORD = re.compile(r"[A-Z][A-Za-z]*(?:['\u2019.][A-Za-z]+)*\.?|(?:[A-Z]\.)+")


def _closing(token: Token) -> bool:
    return (
        token.text[:1].isupper()
        and token.lower_ in legal_forms()
        and token.lower_ not in NOT_CLOSING
    )


def _name_word(token: Token) -> bool:
    return _WORD.fullmatch(token.text) is not None and token.text.lower() != "the"


def _start_of_firm(doc: Doc, form: Token, holder: dict[int, Span]) -> int | None:
    """The first token of the name that ``form`` closes, or None when nothing precedes it."""
    start = form.i
    joined = False  # one "and" at most, right before the last word
    i = form.i - 1
    while i >= 0:
        token = doc[i]
        if token.is_space:
            if "\n\n" in token.text:
                break
            i -= 1
            continue
        if "\n\n" in token.whitespace_:
            break
        before = doc[i - 1] if i > 0 else None
        attached = before is not None and not before.whitespace_
        if before is not None and attached and token.text in POSSESSIVES:
            # "Hudson's Bay": the word before carries on the name ("Japan's", "Boeing Co's"
            # are the owner's)
            if _is_place(before, holder) or _closing(before):
                break
            i -= 1
            continue
        if attached and token.text_with_ws == "-":  # "Coca-Cola"
            i -= 1
            continue
        if before is not None and _joins(token, before, i, form, joined):
            joined = joined or token.lower_ in JOINERS
            i -= 1
            continue
        if not (_name_word(token) or _closing(token)) or token.pos_ in FUNCTION_WORDS:
            break  # a sentence's first word "But", "In", "Also" is no name's
        ent = holder.get(i)
        if ent is not None and ent.label_ not in NAME_LABELS:
            break
        start = i
        i -= 1
    return start if start < form.i and not _closing(doc[start]) else None


def _is_place(token: Token, holder: dict[int, Span]) -> bool:
    ent = holder.get(token.i)
    return ent is not None and ent.label_ in PLACES


def _joins(token: Token, before: Token, i: int, form: Token, joined: bool) -> bool:
    """Whether ``token`` is a word inside the name between name words: "of" after an
    organisation word ("Bank of Japan Ltd"), a particle ("Agricola del Guadalete SA") or one
    "and" before the name's last word ("Telephone and Telegraph Co"; not "Hercules Inc and
    Collagen Corp", not "IBM and Apple Computer Inc")."""
    if not _name_word(before) or i + 1 == form.i:
        return False
    if token.lower_ == "of":
        return before.lower_ in organisation_words()
    if token.lower_ in PARTICLES:
        return True
    return (
        token.lower_ in JOINERS
        and not joined
        and not _closing(before)
        and (_one_word_before_form(token.doc, i, form))
    )


def _one_word_before_form(doc: Doc, joiner: int, form: Token) -> bool:
    """Whether exactly one name word (and any further legal forms) stands between the joiner
    and the form: "Telephone and Telegraph Co", not "IBM and Apple Computer Inc"."""
    words = [t for t in doc[joiner + 1 : form.i] if not t.is_space]
    return len(words) == 1 and _name_word(words[0])


def firm_entities(doc: Doc) -> list[Span]:
    """The Doc's entities with the names legal forms close labelled ORG (see above)."""
    holder = {t.i: ent for ent in doc.ents for t in ent}
    firms: list[Span] = []
    end_of_last = 0
    for token in doc:
        if token.i < end_of_last or not _closing(token):
            continue
        end = token.i + 1
        while end < len(doc) and _closing(doc[end]):  # "Co Ltd", "Co Plc"
            end += 1
        start = _start_of_firm(doc, token, holder)
        if start is None:
            continue
        inside = {holder[i].start: holder[i] for i in range(start, end) if i in holder}
        if any(e.start < start or e.end > end for e in inside.values()):
            continue  # an entity running past the name: the NER saw something else
        if [(e.start, e.end, e.label_) for e in inside.values()] == [(start, end, "ORG")]:
            continue
        firms.append(Span(doc, start, end, label="ORG"))
        end_of_last = end
    if not firms:
        return list(doc.ents)
    taken = {i for firm in firms for i in range(firm.start, firm.end)}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted([*kept, *firms], key=lambda span: span.start)
