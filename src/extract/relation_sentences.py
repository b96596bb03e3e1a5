"""A fact's sentence and its evidence span.

Contract: ``whole_sentence(sentence)`` is the parser's sentence with any piece the parser split
off before it on the same line ("Last month, private company | Sinara delivered ..."), the
sentence a rule's values and dates are read from; ``evidence(sentence, args)`` is the character
span a relation's evidence covers: that sentence, run back to the start of the parser's
sentence that holds an argument read before it, so that every argument lies inside its
evidence (GUIDELINES §6.2: the sentence that states the fact).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Span, Token

# What ends a sentence, so a parser's sentence after it is not a piece of the one before.
SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", '"', "'", "\u201d", "\u2019", ")"})


def evidence(sentence: Span, args: Mapping[str, tuple[int, int]]) -> tuple[int, int]:
    """The trigger's sentence, run back to the start of the parser's sentence that holds an
    argument read before it: the parser sometimes starts a sentence inside one ("Midland Bank
    Plc chairman | Sir Donald Barron said"), and every argument lies inside its evidence."""
    start = min((s for s, _ in args.values()), default=sentence.start_char)
    if start >= sentence.start_char:
        return _with_quotes(sentence.doc.text, sentence.start_char, sentence.end_char)
    first = sentence.doc.char_span(start, start + 1, alignment_mode="expand")
    begin = first.sent.start_char if first is not None else start
    return _with_quotes(sentence.doc.text, min(begin, start), sentence.end_char)


# A quote that opens a sentence, after whitespace ("``" is AP's), and one that closes it after
# its final mark ("''" is AP's): the parser often hangs them on the sentence before or after.
_OPENING_QUOTE = re.compile(r"(?:^|(?<=\s))(?:``|[\"\u201c])$")
_CLOSING_QUOTE = re.compile(r"(?<=[.!?,])(?:''|[\"\u201d])")


def _with_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` with a quote that opens it and one that closes it, and without the
    whitespace the parser's sentence may hold at either end (GUIDELINES §6.2: the sentence
    from its first character to its final mark, plus a closing quote; a text's opening line
    break is none of it).

    >>> text = 'He left. "It is done." Then ``we go.' + "'' Now"
    >>> [text[slice(*_with_quotes(text, text.index(s), text.index(e)))] for s, e in
    ...  [("It", '" Then'), ("Then", " ``"), ("we", "'' Now"), ("He", ' "')]]
    ['"It is done."', 'Then', "``we go.''", 'He left.']
    >>> _with_quotes(chr(10) + "Magna said so." + chr(10), 0, 16)
    (1, 15)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    opening = _OPENING_QUOTE.search(text, max(0, start - 2), start)
    if opening is not None:
        start = opening.start()
    closing = _CLOSING_QUOTE.match(text, end)
    if closing is not None:
        end = closing.end()
    return start, end


def whole_sentence(sentence: Span) -> Span:
    """The sentence with any piece the parser split off before it on the same line ("Last
    month, private company | Sinara delivered ..."): a sentence ends at its final punctuation
    (GUIDELINES §6.2), and a line break may end a headline. Pieces after it are left out: on
    Reuters the values found there ("| and add 28 cts a share") were as often another fact's."""
    doc = sentence.doc
    start = sentence.start
    while start > 0 and _runs_on(doc[start - 1]):
        start = doc[start - 1].sent.start
    return doc[start : sentence.end]


def _runs_on(last: Token) -> bool:
    """Whether the sentence ending with ``last`` runs on into the next one."""
    return not (last.is_space or "\n" in last.whitespace_ or last.text in SENTENCE_ENDS)
