"""The "of" complement that completes a title: "chief of staff", "minister of energy and mines".

Contract: ``complement_end(head)`` is the index of the last token of the complement after the
title word ``head``, or ``None`` when none follows; ``complement_head(doc, end)`` is the title
word whose complement ends at token ``end``, or ``None`` (``fixed_complement_head`` for a fixed
complement alone). GUIDELINES.md §3.2 keeps an unlabelled word after "of" in the title
("Chancellor of the Exchequer Nigel Lawson": title "Chancellor of the Exchequer"), where a
labelled one is the org ("Secretary of State": ORG "State"). Two kinds complete a title: the
fixed ones of ``lexicon.json`` (``title_complements``, after any title), and a minister's field
(titles marked ``has_portfolio``: "Japan's minister of international trade and industry,
Hajime Tamura"), whose words the NER leaves unlabelled in lower case.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.relation_lexicon import lexicon

# The words a field is made of ("international trade and industry"), and how many at most.
FIELD_POS = frozenset({"NOUN", "PROPN", "ADJ"})
FIELD_JOINS = frozenset({"and", "&"})
MAX_FIELD_WORDS = 6


def complement_end(head: Token) -> int | None:
    """The last token of the complement after the title word ``head``.

    >>> import spacy
    >>> words = ["minister", "of", "energy", "and", "mines", ",", "Alfredo"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, pos=["NOUN", "ADP", "NOUN", "CCONJ",
    ...           "NOUN", "PUNCT", "PROPN"])
    >>> complement_end(doc[0])
    4
    >>> complement_end(Doc(doc.vocab, words=["chief", "of", "staff"])[0])
    2
    """
    fixed = fixed_complement_end(head)
    joint = _of_after_title(head)
    if fixed is not None or joint is None:
        return fixed
    doc, fields = head.doc, lexicon()["portfolio_titles"]
    if head.lower_ not in fields and head.lemma_ not in fields:
        return None
    end = None
    for token in doc[joint + 1 : joint + 1 + MAX_FIELD_WORDS]:
        if token.is_space and "\n\n" not in token.text:
            continue  # a wrapped line inside the field
        if token.lower_ in FIELD_JOINS:
            continue
        if token.ent_type_ or token.pos_ not in FIELD_POS or token.like_num:
            break  # "minister of State": a labelled field is the org
        if token.pos_ != "ADJ":
            end = token.i
    return end


def fixed_complement_end(head: Token) -> int | None:
    """The last token of a fixed complement (``title_complements``) after the title word
    ``head``: unlabelled, and no modifier of a noun after it ("the President of state oil
    company Pertamina" has none)."""
    joint = _of_after_title(head)
    if joint is None:
        return None
    doc = head.doc
    for complement in lexicon()["title_complements"]:
        fixed = complement.split()  # "of the exchequer"
        tokens = doc[joint : joint + len(fixed)]
        matched = [t.lower_ for t in tokens] == fixed and not any(t.ent_type_ for t in tokens)
        if matched and not modifies_a_noun(doc, tokens.end - 1):
            return tokens.end - 1
    return None


def _of_after_title(head: Token) -> int | None:
    """The index of the "of" right after the title word ``head``, or ``None``."""
    joint = head.i + 1
    if joint >= len(head.doc) or head.doc[joint].lower_ != "of":
        return None
    return joint if head.lower_ in lexicon()["titles"] else None


def fixed_complement_head(doc: Doc, end: int) -> Token | None:
    """The title word whose fixed complement ends at token ``end`` ("head" of "head of state
    Arpad Goencz"), or ``None``.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["head", "of", "state", "Arpad", "Goencz"])
    >>> fixed_complement_head(doc, 2).text, fixed_complement_head(doc, 3)
    ('head', None)
    """
    for complement in lexicon()["title_complements"]:
        start = end - len(complement.split())  # the title word's index
        if start >= 0 and fixed_complement_end(doc[start]) == end:
            return doc[start]
    return None


def complement_head(doc: Doc, end: int) -> Token | None:
    """The title word whose complement ends at token ``end`` ("Chancellor" of "Chancellor of
    the Exchequer Nigel Lawson", read back from the word before the name)."""
    for joint in range(end - 1, max(0, end - MAX_FIELD_WORDS - 2), -1):
        if doc[joint].lower_ == "of" and joint > 0 and complement_end(doc[joint - 1]) == end:
            return doc[joint - 1]
    return None


def modifies_a_noun(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` modifies a lower-case noun or adjective after it, so no title
    complement ends there: the "state" of "the President of state oil company Pertamina".

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["of", "state", "oil", "company"],
    ...           pos=["ADP", "NOUN", "NOUN", "NOUN"])
    >>> modifies_a_noun(doc, 1), modifies_a_noun(doc, 3)
    (True, False)
    """
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is not None and after.is_lower and after.pos_ in ("NOUN", "ADJ")
