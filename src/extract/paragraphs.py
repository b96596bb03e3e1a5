"""A blank line ends a sentence: the pipeline component ``extract_paragraph_breaks``.

Contract: the component marks the first word after a blank line (a paragraph break) as a
sentence start, before the parser runs, which keeps it: the parser then never hangs a word of
one paragraph from a word of another. Headlines and scraped paragraphs often end without a
full stop (``Putin, Cuban President Vow To Bolster Ties`` / ``Russian state oil major Rosneft
in May resumed fuel shipments``), and the parser, which learnt from punctuated sentences, read
``Putin`` as the subject of ``resumed``. A single line break says nothing (Reuters wraps its
lines inside sentences). ``extract.load_nlp()`` adds the component to the packaged pipeline.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("extract_paragraph_breaks")
>>> doc = nlp("Putin Vows Support\\n\\nRosneft resumed shipments")
>>> [t.text for t in doc if t.is_sent_start]
['Putin', 'Rosneft']
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

NAME = "extract_paragraph_breaks"
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


@Language.component(NAME)
def paragraph_breaks(doc: Doc) -> Doc:
    """``doc`` with the first word after each blank line starting a sentence."""
    breaks = [match.end() for match in _BLANK_LINE.finditer(doc.text)]
    if not breaks:
        return doc
    starts = doc.to_array("IDX").tolist()
    for end in breaks:
        i = bisect.bisect_left(starts, end)
        if 0 < i < len(doc) and starts[i] == end:
            doc[i].is_sent_start = True
    return doc
