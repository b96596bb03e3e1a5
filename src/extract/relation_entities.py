"""Entity roles: which named entity fills a relation role read off a parsed token.

Contract: ``entity_fill(spec, token)`` is the span (character offsets into ``doc.text``) of the
entity that fills an entity-kind role (``entity``, ``appos_org``, ``appos_org_before``,
``prefix_org``; see ``relations.py``) from the matched token, or None; ``entity_of`` reads a
token's own entity, or the name a description stands for; ``described_name`` finds the name
that a common noun describes ("its ally Venezuela", "its parent company, Foo Corp,"), and
``trimmed_span`` gives an entity's characters as the entities layer does.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.entities import PLACE_LABELS, trimmed_tokens
from extract.relation_deps import POSSESSIVES
from extract.relation_lexicon import lexicon
from extract.relation_offices import office_before
from extract.relation_phrases import (
    AMOUNT_LABELS,
    entity_around,
    prefix_of,
    text_of,
)
from extract.relation_reference import antecedent
from extract.relation_rules import RoleSpec
from extract.relation_titles import (
    appositive,
    appositive_before,
    based_in,
    entity_before,
    organisation_after,
    owns_unit,
)


def entity_fill(spec: RoleSpec, token: Token) -> tuple[int, int] | None:
    """An entity role: the token's entity, or (``appos_org``) the organisation of the title
    apposition after the comma ``token``, or (``prefix_org``) the entity right before the title
    that precedes the name ``token`` ("Brazilian Finance Minister Dilson Funaro"; the title's
    "of" organisation when it ends right before the name: "Chairman of General Motors Roger
    Smith") or, with none there, the organisation of an "of"/"at" right after the name."""
    if spec.fill == "entity":
        return entity_of(token, spec.labels)
    entity: Span | None = None
    if spec.fill in ("appos_org", "appos_org_before"):
        found = appositive(token) if spec.fill == "appos_org" else appositive_before(token)
        entity = found[1] if found is not None else None
        words = token.doc.char_span(*found[0]) if found is not None else None
        if entity is None and words is not None:
            # "The Fed and its chairman, Alan Greenspan, said", "Smith, its president"
            entity = _owner_of_its(token.doc, words.start)
    elif (office := office_before(token)) is not None:
        entity = office[1]  # "President of the State Council of Cuba Raúl Castro"
    else:
        title = prefix_of(token)
        start = token.doc.char_span(*title) if title is not None else None
        entity = entity_before(token.doc, start.start) if start is not None else None
        if entity is None and start is not None:
            entity = _owner_of_its(token.doc, start.start)  # "its president John Smith said"
        if entity is None and title is not None:
            # "analyst Lawrence Cohn of Merrill Lynch", "President Hashemi Rafsanjani of Iran"
            entity = organisation_after(token, text_of(token.doc, title))
    if entity is None or entity.label_ not in spec.labels:
        return None
    return trimmed_span(entity)


def entity_of(token: Token, labels: frozenset[str]) -> tuple[int, int] | None:
    """The span of the entity with one of ``labels`` that holds ``token`` (or the word a pronoun
    stands for), of the name a description right before it names, of the country whose embassy
    ``token`` is, or None."""
    token = antecedent(token)
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            counted = ent.label_ in ("QUANTITY", "CARDINAL") and ent.start <= token.head.i < ent.end
            if token.dep_ == "nummod" and counted and "CARDINAL" in labels:
                # "40 trams" tagged QUANTITY whole: the number is the count, the noun the goods
                number = [t for t in token.subtree if ent.start <= t.i < ent.end]
                return (number[0].idx, number[-1].idx + len(number[-1]))
            if ent.label_ not in labels or based_in(ent):
                return None
            return trimmed_span(ent)
    # A description the parser made the head of the name after it ("state development bank
    # VEB", with VEB as ``flat``): the name is the participant (GUIDELINES §6.2).
    name = next((c for c in token.children if c.dep_ == "flat" and c.i == token.i + 1), None)
    if name is not None and name.ent_iob_ == "B":
        return entity_of(name, labels)
    # So is a name set after a common noun that describes it ("its troubled socialist ally
    # Venezuela", "its neighbour, the United States"; GUIDELINES §6.3).
    described = described_name(token)
    if described is not None:
        return trimmed_span(described) if described.label_ in labels else None
    unit = _named_unit(token)
    if unit is not None:
        return trimmed_span(unit) if unit.label_ in labels else None
    return _mission_country(token, labels)


def _named_unit(token: Token) -> Span | None:
    """The firm a unit noun ``token`` is named by, the capitalised name right before it
    ("General Motors Corp's Bedford Trucks subsidiary has signed": Bedford Trucks;
    ``lexicon.json``, ``org_units``), where it is an ORG that hangs from the noun; not a unit
    of another organisation named after it ("the New York State affiliate of Naral"), nor one
    of a firm's units left unnamed ("an Orion Capital subsidiary bought")."""
    if token.i == 0 or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None  # "an Orion Capital subsidiary bought": one of its subsidiaries, unnamed
    name = entity_around(token.doc[token.i - 1])
    if name is None or name.end != token.i or not owns_unit(name, token.i + 1):
        return None
    return name if any(t.head.i == token.i for t in name) else None


def _mission_country(token: Token, labels: frozenset[str]) -> tuple[int, int] | None:
    """The country whose embassy or consulate ``token`` is ("attache at the Hungarian embassy":
    Hungarian; ``lexicon.json``, ``missions``), named by a word before it, or None."""
    missions = lexicon()["missions"]
    if token.lemma_.lower() not in missions and token.lower_ not in missions:
        return None
    for child in token.children:
        if child.i < token.i and child.dep_ in ("amod", "compound", "nmod:poss"):
            found = entity_around(child)
            if found is not None and found.label_ in PLACE_LABELS and found.label_ in labels:
                return trimmed_span(found)
    return None


def _owner_of_its(doc: Doc, start: int) -> Span | None:
    """The organisation or country "its" or "their" right before token ``start`` stands for
    (relation_reference), if the sentence names one."""
    if start == 0 or doc[start - 1].lower_ not in POSSESSIVES:
        return None
    owner = antecedent(doc[start - 1])
    entity = next((e for e in doc.ents if e.start <= owner.i < e.end), None)
    return entity if entity is not None and entity.label_ in ("ORG", "GPE") else None


# How the parser hangs a name from the description right before it: as a flat name part, an
# apposition, or (misread) an object or a compound after its head ("neighbour the United States").
DESCRIBED_NAME_DEPS = frozenset({"flat", "appos", "nmod:desc", "compound", "obj", "dep"})
# What may stand between a description and its name: "its parent, <Benihana of Tokyo Inc>".
DESCRIPTION_GAP = frozenset({",", "<", "("})


def described_name(token: Token) -> Span | None:
    """The entity that names the common noun ``token`` right after it: a description and its
    name are one participant (``ally Venezuela``, ``parent company, Foo Corp``). The name must
    start right after the noun and hang from it, or, set off by commas, be closed by one too
    (the parser hangs such an apposition anywhere: "its neighbour, the Soviet Union, fell"); or
    be the noun's apposition after a phrase of its own ("ambassador to Moscow, Sir Bryan
    Cartledge,")."""
    if token.pos_ != "NOUN" or token.ent_type_ or not token.text.islower():
        return None  # a capitalised word is a name's own the NER left out ("TransAmerica Corp")
    doc = token.doc
    start = token.i + 1
    while start < len(doc) and start <= token.i + 2 and doc[start].text in DESCRIPTION_GAP:
        start += 1
    entity = next((e for e in doc.ents if e.start == start), None)
    if entity is None or entity.label_ in AMOUNT_LABELS:
        return _apposition_further_on(token)
    if any(t.head.i == token.i and t.dep_ in DESCRIBED_NAME_DEPS for t in entity):
        return entity
    in_phrase = any(c.dep_ == "case" for c in token.children)
    if (
        start == token.i + 1
        and in_phrase
        and (
            entity.root.dep_ in UNMARKED_DEPS
            or (entity.root.head.i == token.head.i and entity.root.dep_ in SIBLING_NAME_DEPS)
        )
    ):
        # "from its ally the Soviet Union": the parser may set the name right after the noun
        # of a prepositional phrase aside as a bare nominal of the clause (``obl:unmarked``),
        # or as an object of the noun's own head ("slumping shipments ... from its ally
        # Venezuela", with "Venezuela" an ``obj`` of "slumping").
        return entity
    after = doc[entity.end] if entity.end < len(doc) else None
    if doc[token.i + 1].text == "," and after is not None and after.text in APPOSITION_ENDS:
        return entity
    return None


def _apposition_further_on(token: Token) -> Span | None:
    """The name the parser hangs on ``token`` as its apposition after a phrase of the noun's
    own, set off by commas: "Britain's ambassador to Moscow, Sir Bryan Cartledge, met"."""
    doc = token.doc
    for child in token.children:
        # the name's head is the noun's own apposition (read off the tags: no Doc.ents built)
        entity = entity_around(child) if child.dep_ == "appos" else None
        if entity is None or entity.root.i != child.i:
            continue
        if entity.start <= token.i + 1 or entity.label_ in AMOUNT_LABELS:
            continue
        after = doc[entity.end] if entity.end < len(doc) else None
        opened = any(t.text == "," for t in doc[token.i + 1 : entity.start])
        if opened and after is not None and after.text in APPOSITION_ENDS:
            return entity
    return None


# How the parser hangs a name right after a prepositional phrase's noun on that noun's head.
SIBLING_NAME_DEPS = frozenset({"obj", "obl", "nmod", "appos", "dep"})


# How the parser labels a bare noun phrase it hangs on a clause or noun ("last year").
UNMARKED_DEPS = frozenset({"obl:unmarked", "nmod:unmarked", "obl:tmod", "obl:npmod"})


# What closes an apposition set off by a comma: "its neighbour, the Soviet Union, fell".
APPOSITION_ENDS = frozenset({",", ".", ";", ")"})


def trimmed_span(entity: Span) -> tuple[int, int]:
    """The entity's characters without the brackets or spaces the parser leaves on its edges
    ("Petroleum Corp (" as one ORG), as the entities layer gives it (``entity_spans``); an
    entity of nothing else keeps its first token."""
    doc = entity.doc
    start, end = trimmed_tokens(doc, entity.start, entity.end)
    if start >= end:
        start, end = entity.start, entity.start + 1
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
