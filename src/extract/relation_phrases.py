"""Filling PHRASE roles: the span helpers of the relation rules.

Contract: ``phrase_of(token)`` is the noun phrase a PHRASE role takes (GUIDELINES.md §6.3:
the head noun and the words directly before it), ``prefix_of(token)`` the title phrase right
before a name (``left_scan`` is the scan of both; ``entity_around``, ``name_start`` and
``title_word`` are the parts ``relation_offices`` shares). The word lists are
``relation_lexicon.py``'s; pronouns are read in ``relation_reference.py``, dependents in
``relation_deps.py`` and partitive heads in ``relation_partitives.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.entities import abbreviations
from extract.relation_complements import complement_end, complement_head
from extract.relation_lexicon import lexicon
from extract.relation_partitives import of_nouns

# Dependents that end a phrase scanned leftwards: determiners, possessives, numbers, clauses.
STOP_DEPS = frozenset({"det", "det:poss", "nmod:poss", "case", "nummod", "cc", "punct", "acl"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# Words that never belong to a phrase ("which Finance Minister", "However Baker").
STOP_POS = frozenset({"PRON", "SCONJ", "CCONJ", "AUX", "INTJ", "DET"})
SCALE_WORDS = frozenset({"mln", "million", "billion", "bln", "thousand"})
# Entity labels of amounts, not names: a phrase headed inside one is scanned like any other.
AMOUNT_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"})
# Quantifiers the tagger may read as adjectives ("several agreements"): GUIDELINES.md §6.3 stops
# a phrase before them as before a determiner.
QUANTIFIERS = frozenset({"several", "many", "some", "each", "all", "other", "certain", "various"})
# The words a title is made of: "former chief economist", "Vice Finance Minister".
TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
# Participles that name the office, not a circumstance ("chief operating officer").
TITLE_PARTICIPLES = frozenset({"operating", "managing", "presiding", "ranking"})


def text_of(doc: Doc, span: tuple[int, int]) -> str:
    """``doc.text[start:end]`` without building the whole text (``Doc.text`` joins every token
    on each call, which the rules would pay for every match)."""
    start, end = span
    words = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    if words is None or len(words) == 0:
        return ""
    return words.text[start - words.start_char : end - words.start_char]


def phrase_of(
    token: Token, *, title: bool = False, used: frozenset[tuple[int, int]] = frozenset()
) -> tuple[int, int] | None:
    """The head noun and the words directly before it in its noun phrase (GUIDELINES.md §6.3).

    Scanning left from the head, the phrase stops before a determiner, a possessive, a number,
    punctuation other than a hyphen, a word outside the head's subtree, or a named entity that
    fills another role of the relation (``used``: "Russian exports": the exporter); other
    entities stay ("Soviet-made MiG-29 fighters"). A ``title`` stops before any entity that is
    not the head's own ("Cuban President": the nationality is a role of its own). A
    partitive head ("range", "first") is read through to the noun after "of"; a head inside a
    named entity gives the entity ("a Memorandum on the Principles of ..." as a LAW). A word
    hyphenated to the head is part of it ("director-general", "vice-chairman"). A ``title``
    (ROLE) also stops before a participle or adverb ("visiting U.S. Under-Secretary").
    """
    token = next(reversed(of_nouns(token)), token)
    if token.pos_ == "NUM" or token.like_num:
        # "agreed to buy five": a number is a quantity, never a phrase; but the parser may make
        # the number the object and hang its noun elsewhere ("buy five privately held companies")
        return _counted_noun(token)
    if token.pos_ == "VERB":
        return _verb_phrase(token)
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    named = _document_title(token) if not title else None
    if named is not None and (entity is None or entity.end_char < named[1]):
        return named
    if entity is not None and not title and entity.label_ not in AMOUNT_LABELS:
        # a named subject or product is the whole name; an amount ("50,000 acres") is no name.
        # A phrase never starts on a determiner, even one the NER let into a name ("a Memorandum
        # on ..."): the scan would stop there.
        start = entity.start + 1 if entity[0].pos_ == "DET" and len(entity) > 1 else entity.start
        return (token.doc[start].idx, entity.end_char)
    return left_scan(token, token, title=title, used=used)


def _verb_phrase(verb: Token) -> tuple[int, int]:
    """A verb (DEBT ``action``) with its particle and nothing before it (§6.3): "owes" in
    "also owes", "write off" in "agreed to write off"."""
    # Only a particle right after the verb: "wrote the debt off" has no one-span action.
    particles = [c for c in verb.children if c.dep_ == "compound:prt" and c.i == verb.i + 1]
    end = particles[0] if particles else verb
    return (verb.idx, end.idx + len(end))


# Words inside a document's title between its capitalised words ("Protocol on the Scope and
# Form of Reimbursement"); the title ends on its last capitalised word.
TITLE_JOINERS = frozenset({"on", "of", "the", "and", "for", "between"})
MAX_TITLE_TOKENS = 16


def _document_title(token: Token) -> tuple[int, int] | None:
    """A capitalised document noun and the title after it: "Protocol on the Scope and Form of
    Reimbursement for keeping ..." gives "Protocol on the Scope and Form of Reimbursement"."""
    doc = token.doc
    if (
        not token.text[:1].isupper()
        or token.lemma_.lower() not in lexicon()["document_titles"]
        or token.i + 2 >= len(doc)
        or doc[token.i + 1].lower_ not in ("on", "of", "for", "between")
    ):
        return None
    end = token.i
    for word in doc[token.i + 1 : token.i + MAX_TITLE_TOKENS]:
        if word.text[:1].isupper() and word.is_alpha:
            end = word.i
        elif word.lower_ not in TITLE_JOINERS:
            break
    if end == token.i:
        return None
    return (token.idx, doc[end].idx + len(doc[end]))


# Words between a number and the noun it counts: "five privately held companies".
COUNTED_POS = frozenset({"ADV", "ADJ", "VERB", "NOUN", "PROPN"})
MAX_COUNTED_WORDS = 4


def _counted_noun(number: Token) -> tuple[int, int] | None:
    """The phrase right after a number the parser made a head of its own: its words up to the
    noun it counts, when the number has no noun below it (else the number is the quantity)."""
    if any(c.pos_ in ("NOUN", "PROPN") for c in number.children):
        return None
    doc = number.doc
    words = []
    for token in doc[number.i + 1 : number.i + 1 + MAX_COUNTED_WORDS]:
        if token.pos_ not in COUNTED_POS or token.is_punct or token.like_num:
            break
        words.append(token)
    while words and words[-1].pos_ != "NOUN":
        words.pop()  # the phrase ends on its noun
    if not words or words[-1].tag_ not in ("NNS", "NNPS"):
        return None  # a counted noun is plural ("five companies"); "five million" is no phrase
    return (words[0].idx, words[-1].idx + len(words[-1]))


def prefix_of(token: Token) -> tuple[int, int] | None:
    """The title phrase that ends right before ``token``'s entity: "Vice Finance Minister"
    before a name. A form of address between them is passed over ("chairman Sir John
    Harwood"; ``lexicon.json``, ``honorifics``), and so is the place of a title held where its
    holder is sent ("Ambassador to Athens Nazmi Akiman": "Ambassador")."""
    doc = token.doc
    entity = entity_around(token)
    root = entity.root if entity is not None else token
    start, honorific = name_start(token)
    if start == 0:
        return None
    posted = _posted_title_before(doc, start)
    if posted is not None:
        return left_scan(posted, posted, title=True)
    last = doc[start - 1]
    completed = complement_head(doc, start - 1)
    if completed is not None:
        # "Chancellor of the Exchequer Nigel Lawson", "chief of staff Donald Regan": the title
        # runs back over its complement to the title word
        return left_scan(completed, completed, title=True)
    if any(c.endswith(f" {last.lower_}") for c in lexicon()["title_complements"]):
        return None  # "staff Donald Regan": a complement alone is no title
    if not _joins_phrase(last, root, title=True):
        # The parser often hangs a title word off the verb ("<ATXL.L> chairman Sir John"): a
        # title noun of the lexicon right before the name heads the phrase all the same.
        if not (honorific or last.lower_ in lexicon()["titles"]) or not title_word(last):
            return None
        root = last
    return _first_conjunct(doc, left_scan(last, root, title=True))


def _first_conjunct(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """The first of two titles joined before a name ("president and chief executive officer
    John Smith": "president"; GUIDELINES.md 6.3 reads the first conjunct), else ``span``."""
    title = doc.char_span(*span, alignment_mode="expand")
    i = title.start if title is not None else 0
    if i < 2 or doc[i - 1].lower_ not in ("and", "or"):
        return span
    first = doc[i - 2]
    if first.lower_ not in lexicon()["titles"] or not title_word(first):
        return span
    return left_scan(first, first, title=True)


def _posted_title_before(doc: Doc, start: int) -> Token | None:
    """The title noun before a "to"/"in" place that ends right before token ``start``, when it
    is an office held where its holder is sent ("Turkish Ambassador to Athens Nazmi Akiman",
    "U.S. Ambassador to GATT Michael Samuels"; ``lexicon.json``, titles marked ``posted``): the
    place, or the organisation the holder is sent to, is neither title nor org."""
    place = entity_around(doc[start - 1])
    if place is None or place.label_ not in ("GPE", "LOC", "ORG") or place.start < 2:
        return None
    joint, head = doc[place.start - 1], doc[place.start - 2]
    if joint.lower_ not in ("to", "in") or head.lower_ not in lexicon()["posted_titles"]:
        return None
    return head if title_word(head) else None


def name_start(token: Token) -> tuple[int, bool]:
    """Where the name holding ``token`` starts with the forms of address before it, and whether
    there is one ("chairman Sir John Harwood": neither title nor name)."""
    doc = token.doc
    entity = entity_around(token)
    start = entity.start if entity is not None else token.i
    honorific = False
    while start > 0 and doc[start - 1].lower_ in lexicon()["honorifics"]:
        start, honorific = start - 1, True
    return start, honorific


def entity_around(token: Token) -> Span | None:
    """The entity holding ``token``, read off the tokens' entity tags: the span ``Doc.ents``
    has, without building every span of the Doc, as ``Doc.ents`` does on each call (this runs
    for every name a title rule matches)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def title_word(token: Token) -> bool:
    """A word that can be a title's: a noun or adjective outside any name, no number and no
    line break (the tagger may tag one a noun)."""
    return (
        token.pos_ in TITLE_POS
        and not token.ent_type_
        and not token.like_num
        and not token.is_space
    )


def left_scan(
    head: Token, root: Token, *, title: bool = False, used: frozenset[tuple[int, int]] = frozenset()
) -> tuple[int, int]:
    doc = head.doc
    right = head.i
    while right + 2 < len(doc) and hyphenated(doc[right + 1]) and not doc[right + 2].is_punct:
        right += 2  # "director-general": the head runs on through a word-internal hyphen
    if title:
        completed, right = _postpositive(head, right)
        if completed is not head:  # the scan goes on from the title word, under its own tree
            head = root = completed
        right = complement_end(doc[right]) or right  # "chief of staff"
    while not title and right + 1 < len(doc) and _misparsed_compound(doc[right + 1], doc[right]):
        right += 1  # "wheat flour" with "flour" hung from "wheat": the noun is the real head
    left = head.i
    ranks = frozenset(abbreviations()) if title else frozenset()
    while left > 0:
        token = doc[left - 1]
        if hyphenated(token) and left > 1 and not doc[left - 2].is_punct:
            left -= 2  # "vice-chairman"
            continue
        if token.text in ranks or (title and _opens_title(token)):
            left -= 1  # "Lt. Gen.", "Deputy Foreign Trade Minister": however parsed
            continue
        if ranks and token.is_space and "\n\n" not in token.text and doc[left - 2].text in ranks:
            left -= 2  # "Brig.\nGen.": a wrapped line inside the title
            continue
        if _joins_modifiers(token, root, left):
            left -= 2  # "oil and gas properties": "and" joins two modifiers of the head
            continue
        if not _joins_phrase(token, root, title=title, used=used) or token.is_punct:
            break
        if _verb_read_as_modifier(token, root):
            break
        left -= 1
    while left < head.i and doc[left].lower_ in PERCENT_WORDS:
        left += 1  # "a 50 pct interest": the percentage goes with the number, not the phrase
    tokens = doc[left : right + 1]
    return (tokens.start_char, tokens.end_char)


# The unit of a percentage, which stays with its number: "50 pct", "20 percent", "10 %".
PERCENT_WORDS = frozenset({"pct", "percent", "per", "cent", "%"})


def _opens_title(token: Token) -> bool:
    """A title word or a word that opens one ("deputy", "acting", "senior") right before a
    title: the parser often makes it a root of its own ("Soviet | Deputy | Foreign Trade
    Minister"). A name never is one."""
    words = lexicon()
    return (
        not token.ent_type_
        and "\n" not in token.whitespace_
        and (token.lower_ in words["title_modifiers"] or token.lower_ in words["titles"])
    )


def _postpositive(head: Token, right: int) -> tuple[Token, int]:
    """A title completed by a word after it ("director general", "brigadier general"; the
    parser reads "general" as an adjective of its own): the phrase runs on to that word, and
    when the scan starts from it, it starts from the title word before it."""
    doc, words = head.doc, lexicon()
    titles, after = words["titles"], words["postpositive_titles"]
    if right + 1 < len(doc) and doc[right + 1].lower_ in after and doc[right].lower_ in titles:
        right += 1
    before = doc[head.i - 1] if head.i > 0 else None
    if (
        head.lower_ in after
        and before is not None
        and before.lower_ in titles
        and not before.ent_type_
        and before.whitespace_
    ):
        head = before
    return head, right


def _joins_modifiers(token: Token, root: Token, left: int) -> bool:
    """Whether ``token`` (right before the phrase, which starts at ``left``) is the "and" of two
    modifiers of the phrase's head, the second already in the phrase: "oil and gas properties",
    "industrial tire and assembly division". Coordinated heads ("trucks and spare parts") are not
    joined: a role takes their first conjunct."""
    if token.dep_ != "cc" or token.i < 1 or token.head.i < left:
        return False
    first = token.doc[token.i - 1]
    return (
        token.head.dep_ == "conj"
        and token.head.head.i == first.i
        and first.dep_ in ("compound", "amod")
        and root.is_ancestor(first)
    )


def _verb_read_as_modifier(token: Token, root: Token) -> bool:
    """ "Meridian signed contracts": a participle right after the subject the parser hung on the
    noun is the clause's verb, not a word of the noun's phrase."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.tag_ in ("VBN", "VBD")
        and before is not None
        and before.dep_.startswith("nsubj")
        and before.head == root
    )


def _misparsed_compound(token: Token, before: Token) -> bool:
    """A noun right after ``before`` that the parser hung from it as a modifier ("100,000 tonnes
    of wheat flour", "flour" an ``advmod`` of "wheat"): the two nouns are one compound."""
    return (
        token.pos_ == "NOUN"
        and token.head.i == before.i
        and token.dep_ in ("advmod", "flat", "dep")
        and before.pos_ == "NOUN"
        and before.whitespace_ == " "
    )


def hyphenated(token: Token) -> bool:
    """A hyphen inside a word: no space on either side."""
    return (
        token.text in HYPHENS
        and token.i > 0
        and not token.doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


def _joins_phrase(
    token: Token,
    root: Token,
    *,
    title: bool = False,
    used: frozenset[tuple[int, int]] = frozenset(),
) -> bool:
    if token.is_space or token.like_num or token.dep_ in STOP_DEPS or token.pos_ in STOP_POS:
        return False
    if token.lower_ in QUANTIFIERS:
        return False
    if token.lower_ in SCALE_WORDS and token.i > 0 and token.nbor(-1).like_num:
        return False  # "four mln shares": the scale word is part of the number
    if title and (
        token.pos_ not in TITLE_POS
        or (token.tag_ in ("VBG", "VBN") and token.lower_ not in TITLE_PARTICIPLES)
    ):
        return False
    if token.ent_type_ and title:
        return False  # a name is no title's word ("Newmont Secretary Roger Adams")
    if any(s < token.idx + len(token) and token.idx < e for s, e in used):
        return False  # "a 130 mln dlr loan agreement": the value is a role of its own
    return root.is_ancestor(token) or token.head == root
