"""Repairs of clauses the parser broke at an auxiliary: a subject hung on the auxiliary, a
verb read as the modifier of its object.

Contract: ``repair_auxiliary_subjects(doc)`` gives a verb back the subject the parser hung on
its auxiliary: in "Mr. Packer has since sold his stake" or "The Bank of England had earlier
declined comment", the retrained parser, meeting an adverb between the auxiliary and the verb,
makes the name the ``nsubj`` of "has" (itself the verb's ``aux``), so the verb has no subject
and no rule reads who sold (15 times in 600 Reuters articles). A subject before an auxiliary
("has", "will", "was", ...) that hangs on the verb after it, where only adverbs stand between
them and the verb has no subject of its own, is the verb's subject. "since" between them is
an adverb ("has since sold"), not the mark of a clause. Returns how many subjects it re-hung.

``repair_participle_heads(doc)`` makes a participle with its own auxiliary and subject the head
of its clause where the parser read it as a modifier of the noun after it: in "Donald M.
Roberts was named vice chairman" or "Analysts say most companies have fulfilled expectations",
the retrained parser makes "named" an ``amod`` of "chairman" (with "Roberts" and "was" below
it) and the noun the clause's head, so no rule reads who was named what (19 times in 1,756
Reuters-21578 and TempEval-3 texts). A past participle labelled ``amod`` or ``compound`` with
an auxiliary and a subject among its dependents, before the noun it hangs on, takes the noun's
place in the sentence; the noun becomes its object, or its ``xcomp`` after a passive verb of
naming ("was named vice chairman", UD's reading). Returns how many it re-hung.

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["Packer", "has", "since", "sold", "it"],
...           pos=["PROPN", "AUX", "SCONJ", "VERB", "PRON"],
...           deps=["nsubj", "aux", "mark", "ROOT", "obj"], heads=[1, 3, 3, 3, 3])
>>> repair_auxiliary_subjects(doc), doc[0].head.text, doc[2].dep_
(1, 'sold', 'advmod')
>>> doc = Doc(spacy.blank("en").vocab, words=["Lee", "was", "named", "vice", "chairman"],
...           pos=["PROPN", "AUX", "VERB", "NOUN", "NOUN"], tags=["NNP", "VBD", "VBN", "NN", "NN"],
...           deps=["nsubj:pass", "aux:pass", "amod", "compound", "ROOT"], heads=[2, 2, 4, 4, 4])
>>> repair_participle_heads(doc), doc[2].dep_, doc[4].head.text, doc[4].dep_
(1, 'ROOT', 'named', 'xcomp')
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.parse_repairs import SUBJECTS

AUXILIARY_LABELS = frozenset({"aux", "aux:pass"})
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
        auxiliary.dep_ in AUXILIARY_LABELS
        and auxiliary.lower_ in AUXILIARIES
        and verb.pos_ == "VERB"
        and verb.i > auxiliary.i
    )


MODIFIER_LABELS = frozenset({"amod", "compound"})
# Participles whose passive takes the office as a complement: "was named vice chairman".
NAMING_PARTICIPLES = frozenset(
    {"named", "appointed", "elected", "reelected", "re-elected", "made", "promoted"}
)


def repair_participle_heads(doc: Doc) -> int:
    """Make a participle with an auxiliary and a subject, read as a modifier of the noun
    after it, the head of its clause (see the module doc)."""
    moved = 0
    for participle in doc:
        noun = participle.head
        labels = {c.dep_ for c in participle.children}
        if (
            participle.dep_ not in MODIFIER_LABELS
            or participle.tag_ != "VBN"
            or noun.i <= participle.i
            or not labels & AUXILIARY_LABELS
            or not labels & SUBJECTS
        ):
            continue
        passive = "aux:pass" in labels or "nsubj:pass" in labels
        if noun.dep_ == "ROOT":
            participle.head, participle.dep_ = participle, "ROOT"
        else:
            participle.head, participle.dep_ = noun.head, noun.dep_
        for word in [c for c in noun.children if c.i < participle.i]:
            word.head = participle  # what stood before the verb is the clause's
        noun.head = participle
        noun.dep_ = "xcomp" if passive and participle.lower_ in NAMING_PARTICIPLES else "obj"
        moved += 1
    return moved
