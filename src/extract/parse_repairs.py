"""Repairs of systematic parser errors that the relation rules would otherwise inherit (those
of infinitives are in ``parse_infinitives``).

Contract: ``repair_subjects(doc)`` relabels, in place, a subject pronoun the parser read as an
expletive: in "Acme said it bought two units", the packaged parser labels "it" ``expl`` about
one time in sixteen (36 of 609 "said it <verb>" clauses in 500 Reuters acquisition articles),
and leaves the verb without a subject, so no rule could read the buyer. A pronoun labelled
``expl`` right before its verb, where that verb has no other subject, is its ``nsubj``; a true
expletive ("it is likely that ...") hangs from a copula or has a clausal subject after it and
is left alone. Returns how many labels it changed.

``repair_bracketed_subjects(doc)`` joins, in place, a name in Reuters' angle brackets that the
parser made a sentence of its own to the verb after it: in "<Fortune Savings Bank> said it
agreed ...", the retrained parser ends a sentence at ">" about as often as the one before it
did elsewhere (33 times each in 600 Reuters articles), leaving "said" without a subject, so no
rule can read the reporting company. A piece ending in ">" that holds no verb, followed on the
same line or the next by a verb that opens its sentence and has no subject, is that verb's
subject (``nsubj``); the two pieces become one sentence. Returns how many it joined.

``repair_date_subjects(doc)`` gives a verb back the name the parser hung on the time phrase
after it: in "Mexican Foreign Minister Jorge Castaneda last month visited Havana", the
retrained parser makes "month" the verb's ``nsubj`` and the name a ``compound`` of it. A name
before a DATE noun that is a verb's subject is that subject; the time phrase becomes the verb's
``obl:unmarked``. In "On Wednesday, Bushnell and Kimotho met" it makes the date, which has its
preposition, the subject and the names its conjuncts: a date after a preposition is no subject,
so its first conjunct name is, and the date becomes the verb's ``obl``. Returns how many it
re-hung.

``repair_second_subjects(doc)`` re-hangs, in place, a name the parser made a second subject of
a verb right after the first subject and a comma: in "Three Texaco executives, John Brown and
Alan Green, left", the retrained parser reads "John" as an ``nsubj`` of "left" beside
"executives"; a verb has one subject, and a name set off by a comma after a noun is its
apposition (``appos``), as is a place after a firm ("Kerdix Inc., Boulder, Colorado, and
Nakamichi Corp agreed": the firm's seat). Returns how many it re-hung.

``repair_titled_names(doc)`` makes a name the head of the title and "of" organisation right
before it: in "President of the State Council of Cuba Raúl Castro came to Russia", the packaged
parser makes "President" the verb's subject and hangs the name inside the organisation's
phrase, so no rule reads Castro as the one who came. Where a title word, "of", an organisation
(ORG or GPE) and a PERSON follow each other with no comma (``relation_offices.office_before``)
and the name hangs below the title, the name takes the title's place in the clause and the
title becomes its ``compound``, keeping its organisation. Returns how many it re-hung.

``repair_stranded_cases(doc)`` hangs a preposition the parser hung on a modifier of a name on
the name itself: in "in talks with U.S. Secretary of State George Shultz", "with" hangs on
"Secretary", a ``compound`` of "George", so the rules that read "talks with <name>" find no
"with" on the name. A ``case`` before its host, where the host is a ``compound`` of a name
(PERSON, ORG, GPE or NORP) later in the same phrase, with no comma between, goes on the name.
Returns how many it re-hung.

``repair_double_objects(doc)`` makes a name between a verb and the amount after it the verb's
indirect object: in "has loaned Uganda 92.1 mln dlrs" or "owes the U.S. 4.5 billion dlrs", the
packaged parser hangs the name on the amount as a ``compound`` (or makes it the object and the
amount an oblique), so no rule reads to whom the money was lent or owed. A name right after the
verb (or its "the") whose next word opens an amount (``entity_bounds.opens_amount``, maybe
after a qualifier such as "about"), where the amount is the verb's one object (or oblique with
no preposition) after the name and the name hangs on it or is the object, is the verb's
``iobj``, and the amount its ``obj``. Returns how many it re-hung.

``repair_marked_objects(doc)`` relabels, in place, an object that has a preposition of its own
as the oblique it is: in "agreed to sell its Center in Milwaukee and adjacent property to
Trammell Crow Co", the packaged parser makes "Co" a second ``obj`` of "sell" with "to" as its
``case``, so the rules read the buyer as a second thing sold. An ``obj`` or ``iobj`` with a
preposition (``OBJECT_PREPOSITIONS``; not a particle the parser may hang there, "laying off
21,600 workers", nor a word's part, "a stand-by loan") before it as its ``case``, or as the
``case`` of a word of its name before it, is an ``obl``, with the preposition on it. Returns
how many it relabelled.

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["Acme", "said", "it", "bought", "units"],
...           pos=["PROPN", "VERB", "PRON", "VERB", "NOUN"],
...           deps=["nsubj", "ROOT", "expl", "ccomp", "obj"], heads=[1, 1, 3, 1, 3])
>>> repair_subjects(doc), doc[2].dep_
(1, 'nsubj')
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token

from extract.entity_bounds import opens_amount
from extract.money_tables import form_key, load_tables
from extract.relation_offices import office_before

PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass"})
NOMINALS = frozenset({"NOUN", "PROPN"})


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


def repair_bracketed_subjects(doc: Doc) -> int:
    """Join a bracketed name the parser split off to the subjectless verb opening the next
    sentence ("<Acme Corp> | said it ...").

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["<", "Acme", "Corp", ">", "said", "it", "won"],
    ...           pos=["PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "VERB"],
    ...           deps=["punct", "compound", "ROOT", "punct", "ROOT", "nsubj", "ccomp"],
    ...           heads=[2, 2, 2, 2, 4, 6, 4])
    >>> repair_bracketed_subjects(doc), doc[2].dep_, doc[2].head.text, len(list(doc.sents))
    (1, 'nsubj', 'said', 1)
    """
    joins = []
    for sentence in doc.sents:
        end = sentence.end
        if end >= len(doc) or doc[end - 1].text != ">" or "\n\n" in doc[end - 1].whitespace_:
            continue
        verb, root = doc[end], sentence.root
        if (
            verb.is_sent_start
            and verb.dep_ == "ROOT"
            and verb.pos_ == "VERB"
            and verb.is_lower
            and not any(c.dep_ in SUBJECTS for c in verb.children)
            and root.pos_ in NOMINALS
            and not any(t.pos_ in ("VERB", "AUX") for t in sentence)
        ):
            joins.append((root, verb))
    for root, verb in joins:
        root.head = verb
        root.dep_ = "nsubj"
    return len(joins)


def repair_second_subjects(doc: Doc) -> int:
    """Make a name set off by a comma after a verb's noun subject that noun's apposition.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Two", "executives", ",", "Ann", "Lee", ",",
    ...           "left"], pos=["NUM", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"],
    ...           deps=["nummod", "nsubj", "punct", "nsubj", "flat", "punct", "ROOT"],
    ...           heads=[1, 6, 3, 6, 3, 6, 6], ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O",
    ...           "O"])
    >>> repair_second_subjects(doc), doc[3].dep_, doc[3].head.text
    (1, 'appos', 'executives')
    """
    moves = []
    # Only verbs with two nominal subjects are visited, found from the labels' array.
    nsubj = doc.vocab.strings["nsubj"]
    by_verb: dict[int, list[Token]] = {}
    for i in (doc.to_array("DEP") == nsubj).nonzero()[0].tolist():
        by_verb.setdefault(doc[i].head.i, []).append(doc[i])
    for subjects in by_verb.values():
        for first, second in pairwise(subjects):
            gap = doc[first.right_edge.i + 1 : second.left_edge.i]
            if (
                (
                    (first.pos_ == "NOUN" and second.ent_type_ in ("PERSON", "ORG"))
                    # "Kerdix Inc., Boulder, Colorado, and Nakamichi Corp agreed": the firm's
                    # seat, not a party of its own.
                    or (first.ent_type_ == "ORG" and second.ent_type_ == "GPE")
                )
                and second.pos_ == "PROPN"
                and (
                    [t.text for t in gap] == [","]
                    or (not len(gap) and doc[second.left_edge.i].text == ",")
                    or (not len(gap) and doc[first.right_edge.i].text == ",")
                )
            ):
                moves.append((second, first))
    for name, noun in moves:
        name.head = noun
        name.dep_ = "appos"
        if name.ent_type_ == "GPE":
            # The parser hangs the firms coordinated with the first on its seat.
            for conj in [c for c in name.children if c.dep_ == "conj" and c.ent_type_ != "GPE"]:
                conj.head = noun
    return len(moves)


NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def repair_date_subjects(doc: Doc) -> int:
    """Make a name hung on a time-phrase subject ("Castaneda last month visited") the subject,
    and the first of names the parser made a prepositional date's conjuncts ("On Wednesday,
    Bushnell and Kimotho met").

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Lee", "last", "week", "visited", "Rome"],
    ...           pos=["PROPN", "ADJ", "NOUN", "VERB", "PROPN"],
    ...           deps=["compound", "amod", "nsubj", "ROOT", "obj"], heads=[2, 2, 3, 3, 3],
    ...           ents=["B-PERSON", "B-DATE", "I-DATE", "O", "B-GPE"])
    >>> repair_date_subjects(doc), doc[0].dep_, doc[0].head.text, doc[2].dep_
    (1, 'nsubj', 'visited', 'obl:unmarked')
    """
    moves = []
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubj:pass") or token.ent_type_ not in ("DATE", "TIME"):
            continue
        if token.head.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "case" and c.i < token.i for c in token.children):
            # "On Wednesday, Bushnell and Kimotho met": the names are the date's conjuncts
            names = [c for c in token.children if c.dep_ == "conj" and c.ent_type_ in NAMES]
            if names:
                moves.append((names[0], token))
                for other in names[1:]:
                    other.head = names[0]
            continue
        names = [
            c
            for c in token.children
            if c.i < token.i and c.ent_type_ in NAMES and c.ent_iob_ in ("B", "I")
        ]
        if len(names) == 1 and token.pos_ == "NOUN":
            moves.append((names[0], token))
    for name, date in moves:
        name.head = date.head
        name.dep_ = date.dep_
        date.dep_ = "obl" if any(c.dep_ == "case" for c in date.children) else "obl:unmarked"
    return len(moves)


def repair_titled_names(doc: Doc) -> int:
    """Make the name after a title and its "of" organisation the head of the three.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Chairman", "of", "Acme", "Ann", "Lee", "came"],
    ...           pos=["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"],
    ...           deps=["nsubj", "case", "compound", "compound", "nmod", "ROOT"],
    ...           heads=[5, 4, 4, 4, 0, 5],
    ...           ents=["O", "O", "B-ORG", "B-PERSON", "I-PERSON", "O"])
    >>> repair_titled_names(doc), doc[4].dep_, doc[4].head.text, doc[0].head.text, doc[2].head.text
    (1, 'nsubj', 'came', 'Lee', 'Chairman')
    >>> doc[1].head.text, doc[3].head.text, doc[3].dep_
    ('Acme', 'Lee', 'compound')
    """
    moves = []
    for name in doc.ents:
        if name.label_ != "PERSON":
            continue
        office = office_before(name[0])
        if office is None:
            continue
        title, organisation = office
        if not title.is_ancestor(name.root):
            continue  # the name heads the title already ("Chairman" a compound of "Lee")
        inside = range(name.start, name.end)
        # The organisation's own head: its one word hung outside it and the name (on the
        # title, mostly), else its one word hung on the name; the rest of it the parser hung on
        # the name ("of Cuba Raúl Castro") goes under that head.
        hung = [t for t in organisation if not organisation.start <= t.head.i < organisation.end]
        outside = [t for t in hung if t.head.i not in inside]
        kept = outside if outside else hung
        if len(kept) != 1 or kept[0].is_ancestor(title):
            continue
        others = [t for t in hung if t.i != kept[0].i]
        if any(t.is_ancestor(kept[0]) for t in others):
            continue
        moves.append((title, kept[0], others, name))
    for title, organisation_head, others, name in moves:
        head = name.root
        if title.dep_ == "ROOT":
            head.head, head.dep_ = head, "ROOT"
        else:
            head.head, head.dep_ = title.head, title.dep_
        title.head, title.dep_ = head, "compound"
        organisation_head.head, organisation_head.dep_ = title, "nmod"
        for token in others:
            token.head = organisation_head
        # The "of" after the title (a line wrap may come first: "President of\nthe ...").
        of = next(t for t in title.doc[title.i + 1 : organisation_head.i] if t.lower_ == "of")
        of.head, of.dep_ = organisation_head, "case"
        for token in name:
            if token.i != head.i and token.head.i not in inside:
                token.head, token.dep_ = head, "flat"
    return len(moves)


def repair_stranded_cases(doc: Doc) -> int:
    """Hang a preposition stranded on a name's modifier ("with U.S. Secretary ... Shultz") on the
    name.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["talks", "with", "Envoy", "Ann", "Lee"],
    ...           pos=["NOUN", "ADP", "PROPN", "PROPN", "PROPN"],
    ...           deps=["ROOT", "case", "compound", "nmod", "flat"], heads=[0, 2, 3, 0, 3],
    ...           ents=["O", "O", "O", "B-PERSON", "I-PERSON"])
    >>> repair_stranded_cases(doc), doc[1].head.text
    (1, 'Ann')
    """
    moves = []
    case = doc.vocab.strings["case"]
    for i in (doc.to_array("DEP") == case).nonzero()[0].tolist():
        token = doc[i]
        host = token.head
        if host.dep_ != "compound" or host.i < token.i:
            continue
        while host.dep_ == "compound" and host.head.i > host.i:
            host = host.head
        between = doc[token.i + 1 : host.i]
        if (
            host.ent_type_ in NAMES
            and host.ent_iob_ == "B"
            and not any(t.text == "," for t in between)
        ):
            moves.append((token, host))
    for token, host in moves:
        token.head = host
    return len(moves)


def repair_double_objects(doc: Doc) -> int:
    """Make a name between a verb and its amount the verb's ``iobj`` ("loaned Uganda 92.1 mln").

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["owes", "the", "U.S.", "4.5", "billion", "dlrs"],
    ...           pos=["VERB", "DET", "PROPN", "NUM", "NUM", "NOUN"],
    ...           deps=["ROOT", "det", "compound", "compound", "nummod", "obj"],
    ...           heads=[0, 5, 5, 4, 5, 0], ents=["O", "O", "B-GPE", "O", "O", "O"])
    >>> repair_double_objects(doc), doc[2].dep_, doc[2].head.text, doc[1].head.text
    (1, 'iobj', 'owes', 'U.S.')
    """
    moves: list[tuple[Token, Token, Token | None, Token]] = []
    for name in doc.ents:
        if name.label_ not in NAMES or not _amount_at(doc, name.end):
            continue
        article = doc[name.start - 1] if name.start > 0 else None
        if article is not None and article.lower_ != "the":
            article = None
        first = name.start if article is None else article.i
        verb = doc[first - 1] if first > 0 else None
        if verb is None or verb.pos_ != "VERB":
            continue
        # The amount: the verb's object, or an oblique with no preposition, after the name.
        amounts = [
            c
            for c in verb.children
            if c.i >= name.end
            and (c.dep_ == "obj" or (c.dep_ == "obl" and all(x.dep_ != "case" for x in c.children)))
        ]
        root = name.root
        if len(amounts) == 1 and (root.head == amounts[0] or root.dep_ == "obj"):
            moves.append((root, verb, article, amounts[0]))
    for root, verb, article, amount in moves:
        root.head, root.dep_ = verb, "iobj"
        amount.dep_ = "obj"
        if article is not None:
            article.head, article.dep_ = root, "det"
    return len(moves)


# Prepositions that mark an oblique, never a particle of the verb ("off", "up", "about").
OBJECT_PREPOSITIONS = frozenset({"to", "from", "with", "for", "into", "onto", "by", "among"})


def repair_marked_objects(doc: Doc) -> int:
    """Make an object with a preposition of its own an ``obl`` ("sell X to Trammell Crow Co").

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["sell", "it", "to", "Crow"],
    ...           deps=["ROOT", "obj", "case", "obj"], heads=[0, 0, 3, 0])
    >>> repair_marked_objects(doc), doc[3].dep_, doc[1].dep_
    (1, 'obl', 'obj')
    """
    marked: list[tuple[Token, Token]] = []
    for token in doc:
        if token.dep_ not in ("obj", "iobj"):
            continue
        # the preposition may hang on a name's first word ("to Trammell Crow Co": on "Crow"),
        # not on a noun before the object ("sold to an investor 75,760 shares": a misparse too)
        names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        hosts = [token, *(names if token.pos_ == "PROPN" else [])]
        case = next(
            (
                c
                for host in hosts
                for c in host.children
                if c.dep_ == "case"
                and c.i < token.i
                and c.lower_ in OBJECT_PREPOSITIONS
                and c.doc[c.i - 1].whitespace_  # "a stand-by loan": "by" is no preposition
            ),
            None,
        )
        if case is not None:
            marked.append((token, case))
    for token, case in marked:
        token.dep_ = "obl"
        case.head = token
    return len(marked)


def _amount_at(doc: Doc, i: int) -> bool:
    """An amount starts at token ``i``, maybe after a qualifier ("about 520 mln dlrs")."""
    if i < len(doc) and opens_amount(doc[i]):
        return True
    qualifiers = load_tables().qualifiers  # "about", "more than", "a little over"
    return any(
        i + n < len(doc)
        and form_key(doc[i : i + n].text) in qualifiers
        and opens_amount(doc[i + n])
        for n in (1, 2, 3)
    )
