"""Repairs of the parser's attachment of infinitives, which the relation rules would otherwise
inherit (the other repairs are in ``parse_repairs``).

Contract: each function changes, in place, the heads and labels of a parsed Doc and returns
how many infinitives it re-hung.

``repair_in_principle(doc)`` re-hangs the infinitive after "in principle": in "Acme said it
agreed in principle to acquire Beta Inc", the packaged parser hangs "to acquire" on
"principle" (``acl``), so no rule reads what was agreed (18 of the 40 infinitives it hung on an
adverbial's noun in 4,000 Reuters articles, and 3 more on the misspelt "in principal"). The
infinitive is the verb's ``xcomp``, or, where the verb has a noun object ("reached agreement in
principle to sell") or "in principle" hangs on a noun ("an agreement in principle to sell"),
that noun's ``acl``. Returns how many it re-hung.

``repair_adverbial_infinitives(doc)`` makes an infinitive the parser read as an adverbial clause
of a verb that takes one (``INFINITIVE_VERBS``: "agree", "decide", "plan" ...) that verb's
``xcomp``, where a time or place stands between them: in "Society Corp. agreed in June to buy
Trustcorp", the packaged parser hangs "to buy" as an ``advcl`` (a purpose), so no rule reads
what was agreed, and the modality guards read a purpose. Only after such a verb: after others
the clause is a purpose ("sold the unit last week to buy Beta"). Returns how many it re-hung.
"""

from __future__ import annotations

from spacy.tokens import Doc

# Verbs whose infinitive complement the parser reads as a purpose when an adverbial stands
# between them.
INFINITIVE_VERBS = frozenset(
    {
        "agree", "decide", "vote", "offer", "plan", "propose", "seek", "intend", "expect",
        "hope", "aim", "try", "attempt", "want", "continue", "begin", "start", "fail", "refuse",
        "promise", "threaten", "undertake", "arrange", "elect", "choose",
    }
)  # fmt: skip
# What may stand between the verb and its infinitive: a time or place phrase, an adverb.
ADVERBIALS = frozenset({"obl", "obl:tmod", "obl:unmarked", "obl:npmod", "advmod", "nmod:tmod"})


# The idiom's noun, with the misspelling Reuters often has ("agreed in principal to sell").
PRINCIPLE = frozenset({"principle", "principal"})


def repair_in_principle(doc: Doc) -> int:
    """Hang an infinitive the parser hung on "in principle" on the verb (or its object).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab,
    ...           words=["Acme", "agreed", "in", "principle", "to", "buy", "Beta"],
    ...           pos=["PROPN", "VERB", "ADP", "NOUN", "PART", "VERB", "PROPN"],
    ...           deps=["nsubj", "ROOT", "case", "obl", "mark", "acl", "obj"],
    ...           heads=[1, 1, 3, 1, 5, 3, 5])
    >>> repair_in_principle(doc), doc[5].dep_, doc[5].head.text
    (1, 'xcomp', 'agreed')
    """
    moves = []
    # Only the idiom's nouns are visited, found from the lower-case forms' array.
    lower = doc.to_array("LOWER")
    hits = [i for word in PRINCIPLE for i in (lower == doc.vocab.strings[word]).nonzero()[0]]
    for noun in (doc[int(i)] for i in hits):
        if not any(c.dep_ == "case" and c.lower_ == "in" for c in noun.children):
            continue
        for token in noun.children:
            if not (
                token.dep_ == "acl"
                and token.pos_ == "VERB"
                and any(c.dep_ == "mark" and c.lower_ == "to" for c in token.children)
            ):
                continue
            head = noun.head  # "agreed in principle", "an agreement in principle"
            if noun.dep_.startswith("obl") and head.pos_ in ("VERB", "AUX"):
                objects = [c for c in head.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
                moves.append((token, objects[0] if objects else head))
            elif noun.dep_ == "nmod" and head.pos_ == "NOUN":
                moves.append((token, head))
    for infinitive, head in moves:
        infinitive.head = head
        infinitive.dep_ = "acl" if head.pos_ == "NOUN" else "xcomp"
    return len(moves)


def repair_adverbial_infinitives(doc: Doc) -> int:
    """Make an infinitive read as a purpose after an adverbial its verb's ``xcomp``.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab,
    ...           words=["Acme", "agreed", "in", "June", "to", "buy", "Beta"],
    ...           pos=["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB", "PROPN"],
    ...           deps=["nsubj", "ROOT", "case", "obl", "mark", "advcl", "obj"],
    ...           heads=[1, 1, 3, 1, 5, 1, 5],
    ...           lemmas=["Acme", "agree", "in", "June", "to", "buy", "Beta"])
    >>> repair_adverbial_infinitives(doc), doc[5].dep_, doc[5].head.text
    (1, 'xcomp', 'agreed')
    """
    moves = []
    for token in doc:
        verb = token.head
        if not (
            token.dep_ == "advcl"
            and token.pos_ == "VERB"
            and verb.i < token.i
            and verb.lemma_ in INFINITIVE_VERBS
            and any(c.dep_ == "mark" and c.lower_ == "to" for c in token.children)
            and not any(c.dep_.startswith("nsubj") for c in token.children)
            and not any(c.dep_ == "xcomp" for c in verb.children)
        ):
            continue
        between = [c for c in verb.children if verb.i < c.i < token.i]
        if between and all(c.dep_ in ADVERBIALS or c.dep_ == "punct" for c in between):
            moves.append(token)
    for infinitive in moves:
        infinitive.dep_ = "xcomp"
    return len(moves)
