"""Line breaks as the parser should read them: a blank line ends a sentence, a wrapped line
does not.

Contract: ``unwrapped(text)`` is ``text`` with every line break inside a sentence (a word or
comma before it, a lower-case word after it: Reuters wraps its lines at 70 characters) made a
space, the same length, so every offset stays; the pipeline gives the spaCy pipeline this text.
The parser and tagger learnt from text without line breaks, and read a break token inside a
sentence as a word (``said it`` / ``signed``: the break tagged AUX, ``it`` the object of
``said``).

The pipeline component ``extract_paragraph_breaks`` marks the first word after a blank line (a
paragraph break) as a sentence start, before the NER and the parser run, which keep it: the
NER never runs a name on into the next paragraph, the parser never hangs a word of one
paragraph from a word of another. Headlines and scraped paragraphs often end without a full
stop (``Putin, Cuban President Vow To Bolster Ties`` / ``Russian state oil major Rosneft in
May resumed fuel shipments``), and the parser, which learnt from
punctuated sentences, read ``Putin`` as the subject of ``resumed``. A single line break before
a capitalised word is left as written (it may end a headline). ``extract.load_nlp()`` adds the
component to the packaged pipeline.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("extract_paragraph_breaks")
>>> doc = nlp("Putin Vows Support\\n\\nRosneft resumed shipments")
>>> [t.text for t in doc if t.is_sent_start] == ["Putin", "\\n\\n", "Rosneft"]
True
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

NAME = "extract_paragraph_breaks"
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_WRAP = re.compile(r"(?<=[\w,])\n(?=[a-z])")


def unwrapped(text: str) -> str:
    """``text`` with its line wraps inside sentences made spaces.

    >>> unwrapped("Acme said it\\nsigned an accord.\\nRates\\n\\nrose")
    'Acme said it signed an accord.\\nRates\\n\\nrose'
    """
    return _WRAP.sub(" ", text)


@Language.component(NAME)
def paragraph_breaks(doc: Doc) -> Doc:
    """``doc`` with the first word after each blank line starting a sentence, and the blank
    line's own token one of its own (else the parser may make it a word's object: "to buy
    Bayou Resources Inc." + the break)."""
    breaks = [match.span() for match in _BLANK_LINE.finditer(doc.text)]
    if not breaks:
        return doc
    starts = doc.to_array("IDX").tolist()
    for begin, end in breaks:
        i = bisect.bisect_left(starts, end)
        if 0 < i < len(doc) and starts[i] == end:
            doc[i].is_sent_start = True
        k = bisect.bisect_left(starts, begin)
        if 0 < k < i and doc[k].is_space:
            doc[k].is_sent_start = True
    return doc
