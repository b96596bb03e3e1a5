"""Repairs of systematic parser errors that the relation rules would otherwise inherit.

Contract: ``repair_subjects(doc)`` relabels, in place, a subject pronoun the parser read as an
expletive: in "Acme said it bought two units", the packaged parser labels "it" ``expl`` about
one time in sixteen (36 of 609 "said it <verb>" clauses in 500 Reuters acquisition articles),
and leaves the verb without a subject, so no rule could read the buyer. A pronoun labelled
``expl`` right before its verb, where that verb has no other subject, is its ``nsubj``; a true
expletive ("it is likely that ...") hangs from a copula or has a clausal subject after it and
is left alone. Returns how many labels it changed.

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["Acme", "said", "it", "bought", "units"],
...           pos=["PROPN", "VERB", "PRON", "VERB", "NOUN"],
...           deps=["nsubj", "ROOT", "expl", "ccomp", "obj"], heads=[1, 1, 3, 1, 3])
>>> repair_subjects(doc), doc[2].dep_
(1, 'nsubj')
"""

from __future__ import annotations

from spacy.tokens import Doc

PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass"})


def repair_subjects(doc: Doc) -> int:
    changed = 0
    labels = doc.to_array("DEP")
    for i in (labels == doc.vocab.strings["expl"]).nonzero()[0]:
        token = doc[int(i)]
        verb = token.head
        if (
            token.dep_ == "expl"
            and token.lower_ in PRONOUNS
            and verb.pos_ == "VERB"
            and token.i < verb.i
            and not any(c.dep_ in SUBJECTS for c in verb.children)
        ):
            token.dep_ = "nsubj"
            changed += 1
    return changed
