"""Repairs of subjects the parser hung on an auxiliary instead of on its verb.

Contract: ``repair_auxiliary_subjects(doc)`` gives a verb back the subject the parser hung on
its auxiliary: in "Mr. Packer has since sold his stake" or "The Bank of England had earlier
declined comment", the retrained parser, meeting an adverb between the auxiliary and the verb,
makes the name the ``nsubj`` of "has" (itself the verb's ``aux``), so the verb has no subject
and no rule reads who sold (15 times in 600 Reuters articles). A subject before an auxiliary
("has", "will", "was", ...) that hangs on the verb after it, where only adverbs stand between
them and the verb has no subject of its own, is the verb's subject. "since" between them is
an adverb ("has since sold"), not the mark of a clause. Returns how many subjects it re-hung.

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["Packer", "has", "since", "sold", "it"],
...           pos=["PROPN", "AUX", "SCONJ", "VERB", "PRON"],
...           deps=["nsubj", "aux", "mark", "ROOT", "obj"], heads=[1, 3, 3, 3, 3])
>>> repair_auxiliary_subjects(doc), doc[0].head.text, doc[2].dep_
(1, 'sold', 'advmod')
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.parse_repairs import SUBJECTS

AUXILIARIES = frozenset(
    {"has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "will"}
    | {"would", "shall", "should", "can", "could", "may", "might", "must", "does", "do", "did"}
)
# words that may stand between an auxiliary and its verb: "has so far barely touched"
BETWEEN_POS = frozenset({"ADV", "PART"})
ADVERB_MARKS = frozenset({"since"})  # "has since sold": an adverb the parser read as a mark


def repair_auxiliary_subjects(doc: Doc) -> int:
    """Hang a subject the parser put on an auxiliary on the auxiliary's verb (module doc)."""
    moved = 0
    for token in doc:
        if token.dep_ not in SUBJECTS:
            continue
        auxiliary = token.head
        verb = auxiliary.head
        if not _auxiliary_of(auxiliary, verb) or auxiliary.i < token.i:
            continue
        if any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        between = doc[auxiliary.i + 1 : verb.i]
        if not all(t.pos_ in BETWEEN_POS or t.lower_ in ADVERB_MARKS for t in between):
            continue
        for subject in [c for c in auxiliary.children if c.dep_ in SUBJECTS]:
            subject.head = verb
        for word in between:
            if word.lower_ in ADVERB_MARKS and word.dep_ == "mark":
                word.dep_ = "advmod"
        moved += 1
    return moved


def _auxiliary_of(auxiliary: Token, verb: Token) -> bool:
    """Whether ``auxiliary`` is an auxiliary word hung as such on the verb after it."""
    return (
        auxiliary.dep_ in ("aux", "aux:pass")
        and auxiliary.lower_ in AUXILIARIES
        and verb.pos_ == "VERB"
        and verb.i > auxiliary.i
    )
