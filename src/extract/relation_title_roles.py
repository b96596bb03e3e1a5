"""A ROLE's title and org as the guideline cuts them (GUIDELINES.md §6.3-6.4).

Contract: ``settled_title(doc, args)`` takes the roles a ROLE rule read (character offsets into
``doc.text``) and gives them back cut by the guideline: a minister's portfolio moved into the
title (``portfolio_title``), no nationality as an occupation's org (``occupation_title``), no
town as the org of the firm it is the seat of (``firm_seat``); or ``None`` when the "title" is a
bank's place in a bond syndicate.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.relation_lexicon import lexicon
from extract.relation_phrases import entity_around, text_of
from extract.relation_titles import entity_before

# Entity labels of a nationality or place, which is no org of an occupation.
NATIONAL = frozenset({"NORP", "GPE", "LOC"})
# Heads of a minister's title, which take the portfolio before them into the title.
MINISTERS = frozenset({"minister", "ministers", "minister-designate"})


def settled_title(doc: Doc, args: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]] | None:
    """A ROLE's roles as the guideline cuts them (``portfolio_title``, ``occupation_title``,
    ``firm_seat``), or ``None`` when the title is a bank's place in a bond syndicate ("lead
    manager Credit Suisse": the "person" is a bank the tagger misread; ``lexicon.json``,
    ``bank_roles``)."""
    if "title" in args:
        words = " ".join(text_of(doc, args["title"]).lower().split())
        if any(words == role or words.endswith(" " + role) for role in lexicon()["bank_roles"]):
            return None
    return firm_seat(doc, occupation_title(doc, portfolio_title(doc, args)))


def portfolio_title(doc: Doc, args: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """A minister's portfolio that the tagger made the org moved back into the title ("Finance
    Minister Roger Douglas": title "Finance Minister", no org; GUIDELINES.md §6.4;
    ``lexicon.json``, ``portfolios``), and the country or nationality right before it the org
    ("Indonesian Energy Minister Subroto": org "Indonesian"). Other offices keep their
    department ("Treasury Secretary James Baker")."""
    if "org" not in args or "title" not in args or args["org"][1] > args["title"][0]:
        return args
    between = text_of(doc, (args["org"][1], args["title"][0]))
    org = text_of(doc, args["org"]).lower()
    head = text_of(doc, args["title"]).split()[-1].lower()
    if between.strip() or org not in lexicon()["portfolios"] or head not in MINISTERS:
        return args
    moved = {
        **{role: span for role, span in args.items() if role != "org"},
        "title": (args["org"][0], args["title"][1]),
    }
    portfolio = doc.char_span(*args["org"], alignment_mode="expand")
    owner = entity_before(doc, portfolio.start) if portfolio is not None else None
    if owner is not None and owner.label_ in ("GPE", "NORP"):
        moved["org"] = (owner.start_char, owner.end_char)
    return moved


def occupation_title(doc: Doc, args: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """A ROLE's roles without a nationality or place right before an occupation as its org
    ("Russian businessman Igor Leonov": title "businessman", no org; GUIDELINES.md §6.3-6.4): an
    occupation (``lexicon.json`` titles marked ``occupation``) is no office of a country, and a
    ROLE title stops before a named entity. An organisation stays the org ("a Merrill Lynch
    analyst").
    """
    if "title" not in args or "org" not in args:
        return args
    title = doc.char_span(*args["title"], alignment_mode="expand")
    org = doc.char_span(*args["org"], alignment_mode="expand")
    if title is None or org is None or org.end != title.start:
        return args
    head = title[-1]
    occupations = lexicon()["occupations"]
    if head.lower_ not in occupations and head.lemma_.lower() not in occupations:
        return args
    if not any(e.label_ in NATIONAL for e in doc.ents if e.start <= org.start < e.end):
        return args
    return {role: span for role, span in args.items() if role != "org"}


def firm_seat(doc: Doc, args: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """A ROLE's roles without a town as the org where the town is the seat of the firm the noun
    after it names ("chairman of the Moonachie, N.J., maker of plastic bags": no org;
    GUIDELINES.md 3.2, a firm's town is not the firm). The "the" before the town is the noun's,
    and the noun is lower-case, after the town or its state.

    >>> import spacy
    >>> words = ["chairman", "of", "the", "Moonachie", ",", "N.J.", ",", "maker"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, pos=["NOUN", "ADP", "DET", "PROPN",
    ...           "PUNCT", "PROPN", "PUNCT", "NOUN"], ents=["O", "O", "O", "B-GPE", "O",
    ...           "B-GPE", "O", "O"])
    >>> firm_seat(doc, {"title": (0, 8), "org": (16, 25)})
    {'title': (0, 8)}
    """
    if "org" not in args or "title" not in args or args["org"][0] < args["title"][1]:
        return args  # "the U.S. ambassador": the town or country before its title is the org
    org = doc.char_span(*args["org"], alignment_mode="expand")
    if org is None or org.start == 0 or doc[org.start - 1].lower_ != "the":
        return args
    if not all(t.ent_type_ == "GPE" for t in org):
        return args
    after = org.end
    state = (
        entity_around(doc[after + 1]) if after + 1 < len(doc) and doc[after].text == "," else None
    )
    if state is not None and state.label_ == "GPE":  # "Moonachie, N.J., maker"
        if state.end >= len(doc) or doc[state.end].text != ",":
            return args
        after = state.end + 1
    noun = doc[after] if after < len(doc) else None
    if noun is None or noun.pos_ != "NOUN" or not noun.is_lower:
        return args
    return {role: span for role, span in args.items() if role != "org"}
