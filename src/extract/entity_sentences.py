"""Names that run over the end of a sentence.

Contract: ``names_within_sentences(doc)`` returns the Doc's entities with each name that runs
over a sentence end after a legal form cut there: ``Standard and Poor's Corp. | Salomon
Brothers Inc was lead manager``, ``Kidder, Peabody and Co. | Holders``. The NER runs before the
parser, and reads the full stop that ends both a legal form and its sentence as the legal
form's only. A firm's name ends with its legal form ("Lehman Bros. Inc." aside), so a
capitalised word after one opens the next sentence (GUIDELINES 3.3: a sentence's full stop is
no part of a name). The parser's sentence starts are no guide here: it starts sentences after
initials too ("Anthony J.F. | O'Reilly", "N.V. | Philips"). The part before keeps the label;
the part after stays a name of the same label only where it has two capitalised words or more
("Salomon Brothers Inc", not "Investors" or "REUTER") or the NER reads it as a name elsewhere
in the document ("Corp. | Roche's Doorley said").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

# Legal forms that close a firm's name, with their full stop.
_CLOSING = re.compile(r"(?i:corp|inc|ltd|co|cos|plc|bhd|n\.v|s\.a)\.")


def names_within_sentences(doc: Doc) -> list[Span]:
    """The Doc's entities, each cut at a sentence end inside it (see the module doc).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("by Standard and Poor's Corp. Salomon Brothers Inc was lead")
    >>> doc.ents = [Span(doc, 1, 9, "ORG")]
    >>> [(e.text, e.label_) for e in names_within_sentences(doc)]
    [("Standard and Poor's Corp.", 'ORG'), ('Salomon Brothers Inc', 'ORG')]
    """
    ents: list[Span] = []
    named = {e.text for e in doc.ents}
    for ent in doc.ents:
        ents.extend(_pieces(ent, named))
    return ents


def _pieces(ent: Span, named: set[str]) -> list[Span]:
    doc = ent.doc
    cut = next((t.i for t in ent[1:] if _opens_sentence(t)), None)
    if cut is None:
        return [ent]
    head_end = cut
    while head_end > ent.start and doc[head_end - 1].is_space:
        head_end -= 1
    pieces = [Span(doc, ent.start, head_end, label=ent.label_)] if head_end > ent.start else []
    start, end = cut, ent.end
    while end > start and not doc[end - 1].text[:1].isupper():
        end -= 1  # "PaineWebber Inc co": the words after the name are no part of it
    rest = Span(doc, start, end, label=ent.label_)
    if sum(t.text[:1].isupper() for t in rest) >= 2 or rest.text in named:
        pieces.extend(_pieces(rest, named))
    return pieces


def _opens_sentence(token: Token) -> bool:
    """Whether ``token`` opens a sentence: a capitalised word other than a legal form after a
    legal form's full stop ("Corp. Salomon"; a firm's name ends with its legal form, "Lehman
    Bros. Inc." aside), the name's first word aside ("N.V. Philips"), and not a last word before
    punctuation ("Nikko Securities Co. International."), which may end the name."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or _CLOSING.fullmatch(doc[i].text) is None or doc[i].ent_iob_ == "B":
        return False
    if not token.text[:1].isupper() or _CLOSING.fullmatch(token.text + ".") is not None:
        return False
    last_word = token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"
    return not (last_word and token.i + 1 < len(doc) and doc[token.i + 1].is_punct)
