"""Reading titles off the text where the parse cannot be trusted (GUIDELINES.md §6.4, ROLE).

Contract: ``appositive(comma)`` reads the title apposition that follows a name and its comma
("Ivan Petrov, Russia's trade envoy in Brazil, said"): the title phrase and the organisation
or country whose office it is, or ``None`` when what follows is no title; ``entity_before(start)``
is the named entity that ends right before a title phrase ("Brazilian Finance Minister": the
nationality), passing over a possessive ("Japan's Prime Minister"); ``title_of_next_name``
says a title runs on into another name ("Howe, U.S. Secretary of State George Shultz").

The parser often hangs such appositions on the wrong word (a lost apostrophe, "Russia s", makes
the "s" a verb), so these read the words in order: an optional article or possessor, a run of
nouns and adjectives whose last word is a title noun (``lexicon.json``, ``titles``), and then a
comma, a preposition, a conjunction or the sentence's end.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.relation_phrases import HYPHENS, TITLE_PARTICIPLES, hyphenated, lexicon

ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their"})
POSSESSIVE = frozenset({"'s", "\u2019s", "s", "'", "\u2019"})
# Prepositions whose object is the office's organisation ("analyst at Merrill Lynch").
ORG_CASES = frozenset({"of", "at", "for", "with"})
NOUNS = frozenset({"NOUN", "PROPN"})


def _entity(token: Token) -> Span | None:
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def appositive(comma: Token) -> tuple[tuple[int, int], Span | None] | None:
    """The title span after a name's comma, and the entity whose office it is (or ``None``)."""
    doc, end = comma.doc, comma.sent.end
    i = comma.i + 1
    if i + 1 < end and doc[i].like_num and doc[i + 1].text == ",":
        i += 2  # "Mr. Smith, 52, the company's president"
    if i < end and doc[i].lower_ in ARTICLES:
        i += 1
    owner: Span | None = None
    possessor = _entity(doc[i]) if i < end else None
    if possessor is not None and possessor.end < end and doc[possessor.end].lower_ in POSSESSIVE:
        owner, i = possessor, possessor.end + 1  # "Russia's", "Russia s"
    elif i + 1 < end and doc[i].pos_ == "NOUN" and doc[i + 1].lower_ in POSSESSIVE:
        i += 2  # "the company's": a description owns it, no org
    start, j = i, i
    while j < end and _in_title(doc[j]):
        j += 1
    if j == start or not (j == end or _closes(doc[j])):
        return None
    head = doc[j - 1]
    if head.ent_type_ or head.pos_ not in NOUNS or _plural(head):
        return None  # a plural is a list of people ("Bailey, pilot chiefs, attorneys and ...")
    if j < end and doc[j].pos_ == "ADP" and names_person(doc, j + 1, end):
        return None  # "Thatcher, U.S. Secretary of State George Shultz": the next name's title
    word = head.lower_
    if j - 3 >= start and hyphenated(doc[j - 2]):
        word = "".join(t.text for t in doc[j - 3 : j]).lower()
    titles = lexicon()["titles"]
    if word not in titles and head.lower_ not in titles and head.lemma_.lower() not in titles:
        return None
    left = j - 1
    while left > start and not doc[left - 1].ent_type_:
        left -= 1
    inside = _entity(doc[left - 1]) if left > start else None
    if owner is None and inside is not None:
        owner = inside  # "a Merrill Lynch analyst"
    if owner is None and j + 1 < end and doc[j].lower_ in ORG_CASES:
        owner = _object_entity(doc, j + 1, end)
    return (doc[left].idx, head.idx + len(head.text)), owner


def _object_entity(doc: Doc, start: int, end: int) -> Span | None:
    """The entity that ends the noun phrase from ``start`` ("at the Gazprom subsidiary Gazprom
    Export": the last name), or ``None`` if the phrase does not end in one."""
    k, last = start, None
    while k < end and (doc[k].ent_type_ or _in_title(doc[k]) or doc[k].lower_ == "the"):
        if doc[k].ent_type_:
            last = _entity(doc[k])
            if last is not None:
                k = last.end
                continue
        last = None
        k += 1
    return last


def _plural(token: Token) -> bool:
    if token.tag_:
        return token.tag_ in ("NNS", "NNPS")
    return token.lower_.endswith("s") and token.lemma_.lower() != token.lower_


def names_person(doc: Doc, start: int, end: int) -> bool:
    """Whether the noun phrase from ``start`` runs into a person's name."""
    k = start
    while k < end and (doc[k].ent_type_ or _in_title(doc[k]) or doc[k].lower_ == "the"):
        if doc[k].ent_type_ == "PERSON":
            return True
        k += 1
    return False


def _in_title(token: Token) -> bool:
    if token.is_space:
        return False
    if token.text in HYPHENS:
        return hyphenated(token)
    if token.tag_ in ("VBG", "VBN"):
        return token.lower_ in TITLE_PARTICIPLES
    return token.pos_ in ("NOUN", "PROPN", "ADJ") and not token.like_num


def _closes(token: Token) -> bool:
    return token.is_punct or token.pos_ in ("ADP", "CCONJ") or token.is_space


def title_of_next_name(title: Span, person: tuple[int, int]) -> bool:
    """Whether a title phrase belongs to the name right after it, not to ``person``
    ("Howe, U.S. Secretary of State George Shultz": Shultz's title)."""
    doc, end = title.doc, title.sent.end
    k = title.end
    if k < end and doc[k].pos_ == "ADP":
        k += 1
    if k >= end or not names_person(doc, k, end):
        return False
    following = _entity(doc[k]) if doc[k].ent_type_ == "PERSON" else None
    return following is None or (following.start_char, following.end_char) != person


def entity_before(doc: Doc, start: int) -> Span | None:
    """The entity that ends right before token ``start``, over a possessive ("Japan's")."""
    i = start - 1
    if i > 0 and doc[i].lower_ in POSSESSIVE:
        i -= 1
    if i < 0 or doc[i].is_space:
        return None
    entity = _entity(doc[i])
    return entity if entity is not None and entity.end == i + 1 else None
