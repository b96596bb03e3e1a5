"""Country names the NER left unlabelled: ``Chile achieved growth``, ``Sudan is in arrears``.

Contract: ``missed_countries(doc)`` returns the Doc's entities with a GPE added over each
country's name (``data/entities/countries.json``) written as the gazetteer writes it that no
entity covers; offsets stay the Doc's, and no entity is cut or relabelled. The NER misses a
country most often as a sentence's first word and in a table's row (``France  3.57``), where
it has little context; the name alone says what it is (GUIDELINES.md 3.1, GPE).

A name is left alone where it may be part of a longer one the NER missed as a whole: a
capitalised word right before or after it (``Credit Lyonnais Australia``, ``Chile Fund``), a
particle between it and a capitalised word (``the Gulf of Mexico``, ``Electricite de France``;
not ``and`` before another country: ``Chile and Peru``), a ticker's brackets (``<UK>``), or a
person's surname the document names in full (``Vernon Jordan`` ... ``Jordan``).

>>> import spacy
>>> words = ["Chile", "signed", "with", "banks", ".", "Bank", "of", "America", "lent", "."]
>>> doc = Doc(spacy.blank("en").vocab, words=words)
>>> [(e.text, e.label_) for e in missed_countries(doc)]
[('Chile', 'GPE')]
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.data_files import entries
from extract.entity_countries import MAX_NAME_TOKENS
from extract.entity_titles import word_after, word_before

# Lower-case words that join a name to the next capitalised one: "Gulf of Mexico", "Electricite
# de France", "Trinidad and Tobago" (itself in the gazetteer, and matched first as the longer).
PARTICLES = frozenset({"of", "de", "du", "des", "del", "la", "and", "&", "amp", "for"})


@cache
def written_countries() -> frozenset[str]:
    """Country names as the gazetteer writes them: "Chile", "U.S.", "United Arab Emirates"."""
    return frozenset(e["name"] for e in entries("entities/countries.json", "countries"))


def missed_countries(doc: Doc) -> list[Span]:
    """The Doc's entities and a GPE over each country's name no entity covers (see above)."""
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    added: list[Span] = []
    i = 0
    while i < len(doc):
        # every name the gazetteer writes opens with a capital: no span is built elsewhere
        found = _name_at(doc, i, taken) if doc[i].text[:1].isupper() else None
        if found is not None and found.text not in surnames and _alone(found):
            added.append(Span(doc, found.start, found.end, label="GPE"))
            i = found.end
        else:
            i += 1
    return sorted([*doc.ents, *added], key=lambda e: e.start)


def _name_at(doc: Doc, i: int, taken: set[int]) -> Span | None:
    """The longest country's name starting at token ``i`` over tokens no entity covers."""
    for size in range(MAX_NAME_TOKENS, 0, -1):
        end = i + size
        if end > len(doc) or any(j in taken for j in range(i, end)):
            continue
        span = doc[i:end]
        if span.text in written_countries():
            return span
    return None


def _alone(span: Span) -> bool:
    """Whether nothing beside ``span`` says it is part of a longer name (see the module doc)."""
    doc = span.doc
    before, after = word_before(doc, span.start), word_after(doc, span.end - 1)
    if (before is not None and before.text == "<") or (after is not None and after.text == ">"):
        return False  # a ticker: "Union Carbide Corp <UK>"
    if before is not None and _joins_a_name(before, word_before(doc, before.i)):
        return False
    if after is not None and _joins_a_name(after, word_after(doc, after.i)):
        return False
    return not any(_name_word(word) for word in (before, after))


def _name_word(word: Token | None) -> bool:
    """A capitalised word that is no function word opening a sentence ("In Chile", "The Cyprus
    government"); the parser's sentence starts are not trusted alone ("Public Service New
    Mexico")."""
    if word is None or not word.text[:1].isupper():
        return False
    return not (word.is_sent_start and word.is_stop)


def _joins_a_name(particle: Token, beyond: Token | None) -> bool:
    """Whether a particle stands between the country and a capitalised word that is no place
    of a list ("Chile and Peru")."""
    if particle.lower_ not in PARTICLES or beyond is None or not beyond.text[:1].isupper():
        return False
    listed = beyond.ent_type_ == "GPE" or _name_at(beyond.doc, beyond.i, set()) is not None
    return not (particle.lower_ == "and" and listed)
