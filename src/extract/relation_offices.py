"""An office and its organisation read off the text right before a name (GUIDELINES.md §6.4,
ROLE).

Contract: ``office_before(token)`` is the title word and its "of" organisation (ORG or GPE)
right before the name holding ``token``, with no comma between them ("President of the State
Council of Cuba Raúl Castro", "Chairman of General Motors Roger Smith"), or ``None``;
``office_title(token)`` is that title's phrase ("Under-Secretary" in "U.S. Under-Secretary of
State Allen Wallis"). The rule ``role.title-of-org-before-name`` reads both (fill ``office``),
and ``parse_repairs.repair_titled_names`` re-hangs the name the parser hung inside the
organisation's phrase.

The words are read in order, not off the parse: the parser hangs the name inside the
organisation ("of Cuba Raúl Castro"), or heads the organisation on a word that is not its last
("the State Council of Cuba"). A possessor before the organisation, a portfolio ("for Economic
Affairs") or a bracketed acronym after it, and a line wrap anywhere are passed over.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.relation_lexicon import lexicon
from extract.relation_phrases import entity_around, left_scan, name_start, title_word

# Entity labels of the organisation or country an office belongs to.
OFFICE_LABELS = frozenset({"ORG", "GPE"})


def office_before(token: Token) -> tuple[Token, Span] | None:
    """The title word and its "of" organisation right before the name holding ``token``, with
    no comma: "President of the State Council of Cuba Raúl Castro", "Chairman of General Motors
    Roger Smith", and over a possessor before the organisation, a portfolio or a bracketed
    acronym after it ("Director General of France's Cereal Intervention Board (ONIC) Bernard
    Vieux", "Minister of State for Finance Tom Hockin": the title is "Minister", GUIDELINES
    §6.3). Returns the title word and the organisation, or ``None``.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Chairman", "of", "Acme", "Ann", "Lee", "said"],
    ...           pos=["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"],
    ...           ents=["O", "O", "B-ORG", "B-PERSON", "I-PERSON", "O"])
    >>> office_before(doc[4])
    (Chairman, Acme)
    """
    doc = token.doc
    start, _ = name_start(token)
    end = _acronym_start(doc, start)  # "Cereal Intervention Board (ONIC) Bernard Vieux"
    ends = (_portfolio_start(doc, end), end)  # "Minister of State for Finance Tom Hockin"
    candidates = (_entity_ending(doc, end) for end in ends)
    organisation = next((e for e in candidates if e is not None), None)
    if organisation is None or organisation.label_ not in OFFICE_LABELS:
        return None
    i = _word_before(doc, organisation.start)
    if i >= 0 and doc[i].lower_ == "the":
        i = _word_before(doc, i)
    elif i > 0 and doc[i].lower_ in OFFICE_POSSESSIVES:
        owner = _entity_ending(doc, i)  # "of France's Cereal Board"
        i = _word_before(doc, owner.start) if owner is not None else -1
    if i < 1 or doc[i].lower_ != "of":
        return None
    title = doc[_word_before(doc, i)]
    if title.lower_ not in lexicon()["titles"] or not title_word(title):
        return None
    if any("\n\n" in t.text or t.text == "," for t in doc[title.i : start]):
        return None
    return title, organisation


# A possessive between "of" and the organisation: "Director General of France's ... Board".
OFFICE_POSSESSIVES = frozenset({"'s", "\u2019s", "s", "'"})


def _entity_ending(doc: Doc, end: int) -> Span | None:
    """The entity whose last token is ``end - 1``."""
    entity = entity_around(doc[end - 1]) if end > 0 else None
    return entity if entity is not None and entity.end == end else None


def _word_before(doc: Doc, i: int) -> int:
    """The index of the word before token ``i`` over a line wrap, -1 at the start."""
    i -= 1
    while i >= 0 and doc[i].is_space and "\n\n" not in doc[i].text:
        i -= 1
    return i


def _acronym_start(doc: Doc, start: int) -> int:
    """Where a bracketed acronym right before token ``start`` opens ("(ONIC)"), or ``start``."""
    if start < 3 or doc[start - 1].text != ")":
        return start
    opening = next((k for k in range(start - 2, max(start - 5, 0), -1) if doc[k].text == "("), None)
    return opening if opening is not None else start


# The most words a portfolio after an office's organisation has ("for Trade and Industry").
MAX_PORTFOLIO_WORDS = 4


def office_title(token: Token) -> tuple[int, int] | None:
    """The title phrase of ``office_before``: "Under-Secretary" in "U.S. Under-Secretary of
    State Allen Wallis"."""
    office = office_before(token)
    return left_scan(office[0], office[0], title=True) if office is not None else None


def _portfolio_start(doc: Doc, start: int) -> int:
    """Where a portfolio right before token ``start`` begins ("for Economic Affairs" in "Under-
    Secretary of State for Economic Affairs Allen Wallis"), or ``start`` with none there: "for"
    and capitalised words, "and" between them."""
    for k in range(start - 2, max(start - 2 - MAX_PORTFOLIO_WORDS, 0), -1):
        if doc[k].lower_ == "for":
            words = doc[k + 1 : start]
            if all(w.lower_ == "and" or (w.is_alpha and w.text[:1].isupper()) for w in words):
                return k
            break
    return start
