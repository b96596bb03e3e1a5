"""Document-level label consistency: a short name is labelled as its full name is.

Contract: ``consistent_entities(doc)`` returns the Doc's entities with the short mentions of an
organisation named in full elsewhere in the document labelled ORG: ``Bayou Resources Inc`` ...
``Bayou``, ``Esselte AB`` ... ``Esselte``, ``Den Norske Stats Oljeselskap (Statoil)`` ...
``Statoil``. The NER reads each sentence on its own, so it often misses such a repeat or calls
it a person or a place; the full name, with its legal form or its alias in brackets, says what
it is. A short name is:

- the full name without its legal form (``linking.json`` ``legal_forms``), after it or, as
  some countries write it, before it: ``Bayou Resources``, ``Catena`` of ``AB Catena``; and
  without a word many names end in before the form, where two words or more remain (``Polly
  Peck`` of ``Polly Peck International Plc``; ``consistency.json``, ``generic_last_words``),
  or a firm word, where no place and no titled person's name remains (``Lai Sun`` of ``Lai
  Sun Garment Co ltd``; ``firm_last_words``);
- its first word, when the full name has a legal form and that word is distinctive: capitalised,
  three letters or more, not a word many company names begin with (``data/entities/
  consistency.json``) and not a place the document names: a country, nationality or US state,
  or a word the NER read as a place where the text says it is one (``at Kinross``, ``in
  Teberebie, Ghana``). A bare ``Leucadia`` the NER took for a place is the firm's short name;
  ``Texas`` of ``Texas Oil Corp`` stays the state;
- the last of its two words before the legal form, where the NER reads that word alone as an
  ORG somewhere and the text never writes it in lower case: ``Labatt`` of ``John Labatt Ltd``,
  ``Kodak`` of ``Eastman Kodak Co`` (not ``Fund`` of ``Japan Fund Inc`` beside ``the fund``);
- an alias in brackets right after it: ``(Statoil)``;
- a name right after a company noun (``oil major Rosneft``, ``carmaker Avtovaz``, ``regional
  airline Acme Air``, ``the newspaper Granma``; ``consistency.json``, ``company_nouns``): that
  mention and its repeats; not after a newspaper's own name (``Al-Rai al-Aam newspaper Moscow``).
- the whole name, of two words or more, where it recurs and the NER read it in part, not at
  all or otherwise (``First Boston`` ... ``First Boston's analyst``, read as the place
  ``Boston``; ``Hk Hotels``, nine times an ORG and four times a place), unless the NER reads
  the same words otherwise as often as an ORG (``New York`` a place), or where the text says
  they are a place (``sown in Santa Fe``), or as an ORG only before a noun (``Third World
  loans``); a country or state opens it (``U.S. Dollar``); or the NER leaves it unlabelled
  more often than it labels it (``Prev Wk`` of a table's headings).

In the same way a person's full name (a PERSON of two or more name-shaped words) and surname
are labelled PERSON wherever they recur: ``Malcolm Baldrige`` ... ``Baldrige``, which the NER
read as an organisation; before a hyphenated given name the family name comes first (``Park
Ken-sek`` ... ``Park``). A name a capitalised legal form follows anywhere is a firm's (``Taft
Broadcasting Co``; not before a lower-case ``group``: ``the Drabinsky group``). A word that
is both a firm's short name and a person's surname keeps the NER's label; a name of two
words or more that is a firm's short name is the firm's.

A mention that is part of something longer keeps what it has: a longer name (``Bayou`` inside
``Bayou Resources Inc``, ``Mr Bayou``), a firm (``Boesky and Co``), a ticker (``<RJR>``), or an
entity of another label (a number, date or amount; but a short name the NER read as a date
that is a verb's subject is the firm's: ``May had planned`` of ``May Department Stores Co``).
Only a mention with no entity, or one the NER labelled a person, place, thing or language
(``RELABEL``), becomes an ORG, and for a person one the NER labelled an ORG or a place, thing
or language (``Ron English`` ... ``English``): a mention the NER read in part grows to a firm's
short name (``Rally's`` of ``Rally's Inc.``, read ``Rally``; ``GM Hughes`` of ``GM Hughes
Electronics``, read ``GM`` and ``Hughes``).
Entities are added, relabelled or grown, never cut, and offsets stay the Doc's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import numpy
from spacy.tokens import Doc, Span, Token

from extract.entities import PLACE_LABELS
from extract.entity_countries import known_places
from extract.entity_firm_words import lower_case_forms
from extract.entity_people import title_apposed
from extract.entity_places import COMPASS, generic_place_words
from extract.entity_short_names import CONNECTORS, MIN_FIRST_WORD, short_names
from extract.entity_titles import FUNCTION_POS, PARTICLES, follows_title, person_shaped
from extract.linking import legal_forms

# Labels a short mention may carry wrongly and be relabelled from (a lone company name is often
# read as a person or a place); a mention with any other label (ORG, numbers, dates) keeps it.
RELABEL = frozenset({"PERSON", "GPE", "NORP", "LOC", "PRODUCT", "FAC", "WORK_OF_ART", "LANGUAGE"})
# Words before a place's name that say it is one ("at Kinross", "downtown Norfolk") ...
LOCATIVES = frozenset({"in", "at", "near", "outside", "downtown", "around", "across", "throughout"})
# ... or a place noun and "of" ("the city of Amsterdam") ...
PLACE_NOUNS = frozenset({"city", "town", "village", "state", "province", "county", "port",
                         "island", "region", "district", "capital"})  # fmt: skip
# ... unless they tie a holding to it: "a 43 pct stake in Husky" names the firm.
HOLDINGS = frozenset({"stake", "stakes", "interest", "interests", "holding", "holdings", "share",
                      "shares", "investment", "investments", "position", "equity"})  # fmt: skip


def evident_places(doc: Doc) -> frozenset[str]:
    """Lower-case words of the places the document evidently names: a place entity (GPE, NORP,
    LOC) that is a known place, or that a locative word comes before (not after a holding:
    "stake in Husky"), a comma and another place after ("Teberebie, Ghana"), "-based" ("a
    Los Angeles-based broker") or a generic place word in lower case ("Jiangsu province").

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Leucadia said a fire at Kinross hit Texas .")
    >>> doc.ents = [Span(doc, i, i + 1, "GPE") for i in (0, 5, 7)]
    >>> sorted(evident_places(doc))
    ['kinross', 'texas']
    """
    known = known_places()
    found = set()
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        name = ent.text.lower()
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        beside = after is not None and doc[ent.end].text == "," and after.ent_type_ in PLACE_LABELS
        based = after is not None and doc[ent.end].text == "-" and after.lower_ == "based"
        # "Suzhou, Jiangsu province": a place word after the name in lower case
        described = ent.end < len(doc) and doc[ent.end].text in generic_place_words()
        if name in known or _after_a_locative(doc, ent.start) or beside or based or described:
            found.add(name)
    return frozenset(found)


def _after_a_locative(doc: Doc, start: int) -> bool:
    """Whether the words before token ``start`` say a place follows: "at Kinross", "in
    northern Manitoba", "the city of Amsterdam"; not "a stake in Husky"."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in COMPASS:  # "in northern Manitoba"
        i -= 1
    if i < 0:
        return False
    before = doc[i - 1].lower_ if i > 0 else ""
    if doc[i].lower_ == "of":
        return before in PLACE_NOUNS
    return doc[i].lower_ in LOCATIVES and before not in HOLDINGS


def _people(
    doc: Doc, places: frozenset[str], firms: set[tuple[str, ...]]
) -> Iterator[tuple[str, ...]]:
    """The words of every person's full name in the document and of its surname: ``Malcolm
    Baldrige`` ... ``Baldrige``. A name the NER labels otherwise as often, one with a place in
    it (``British Airways``) unless a title comes before it (``astronaut Bertalan Farkas``,
    whose surname the NER took for a nationality) or after it and a comma (``David M.
    Holland, president of``, the country), one a legal form follows anywhere (``Taft
    Broadcasting Co``) and a short name of the document's ``firms`` (``Polly Peck``) is no
    person's."""
    votes: Counter[tuple[tuple[str, ...], bool]] = Counter()
    for ent in doc.ents:
        votes[tuple(t.text for t in ent if not t.is_space), ent.label_ == "PERSON"] += 1
    firm_words = _firm_words(doc)
    for ent in doc.ents:
        words = [t for t in ent if not t.is_space]
        names = tuple(t.text for t in words)
        # "Khalaf al-Oteiba", "Margalit Har-Shefi", "Park Ken-sek": the tokenizer splits a
        # hyphen inside the name off, and a given name's second syllable with it
        shaped = [t for t in words if not (_inside_a_word(t) or _second_syllable(t))]
        if (
            ent.label_ != "PERSON"
            or len(words) < 2
            or votes[names, True] <= votes[names, False]
            or not person_shaped(shaped)
            or (any(w.lower() in places for w in names) and not _titled(ent))
            or names[-1] in firm_words
            or names in firms
        ):
            continue
        yield names
        # the surname, whole where hyphens join it ("Har-Shefi", tokenized "Har - Shefi")
        first = len(words) - 1
        while first >= 3 and words[first - 1].text == "-" and _inside_a_word(words[first - 1]):
            first -= 2
        if len("".join(names[first:])) >= MIN_FIRST_WORD:
            yield names[first:]
        if _hyphenated_given_name(words[first:]) and first == 1:
            yield names[:1]  # "Park Ken-sek" ... "Park": the family name comes first
        if first < len(words) - 1 and words[first].lower_ in PARTICLES:
            yield names[-1:]  # "al-Oteiba" ... "Oteiba"
        if first >= 2 and words[first - 1].lower_ in PARTICLES:
            # "Willy de Clercq" ... "De Clercq noted", which the NER reads as a firm
            particle = names[first - 1]
            yield (particle, *names[first:])
            yield (particle[:1].upper() + particle[1:], *names[first:])


def _titled(ent: Span) -> bool:
    """Whether a title marks ``ent`` as a person's name, before it or in apposition after it:
    "astronaut Bertalan Farkas", "David M. Holland, president of US Sprint's Southwest
    Division" (whose surname the NER reads as the country elsewhere)."""
    return follows_title(ent) or title_apposed(ent)


# The syllables of an East Asian given name joined by a hyphen: "Ken-sek", "Chi-cheng".
_GIVEN_NAME = re.compile(r"[A-Z][a-z]{0,5}-[a-z]{1,6}")


def _hyphenated_given_name(words: list[Token]) -> bool:
    """Whether the words are one given name of syllables joined by a hyphen, after a family
    name ("Park Ken-sek", "Li Ka-shing"); not "Welsh Carson-affiliated"."""
    return _GIVEN_NAME.fullmatch("".join(t.text for t in words)) is not None


def _second_syllable(token: Token) -> bool:
    """Whether ``token`` is the lower-case syllable a hyphen inside a word joins ("sek" of
    "Ken-sek")."""
    doc = token.doc
    return token.is_lower and token.i > 0 and _inside_a_word(doc[token.i - 1])


def _inside_a_word(hyphen: Token) -> bool:
    """Whether a hyphen token joins the words on either side with no space ("Har-Shefi"), or
    follows a particle ("al-Oteiba")."""
    doc = hyphen.doc
    if hyphen.text != "-" or hyphen.i == 0 or hyphen.i + 1 >= len(doc):
        return False
    before = doc[hyphen.i - 1]
    return before.lower_ in PARTICLES or not (before.whitespace_ or hyphen.whitespace_)


def _firm_words(doc: Doc) -> set[str]:
    """Words a legal form follows in the document (``Broadcasting`` of ``Taft Broadcasting
    Co``, ``Boesky`` of ``Boesky and Co``), a capitalised one or one of the forms wire copy
    writes in lower case (``Vista Chemical co``): "the Drabinsky group's move" and "said the
    company" name no firm."""
    forms = legal_forms() - CONNECTORS
    words = set()
    for token in doc:
        written = token.text[:1].isupper() or token.lower_.rstrip(".") in lower_case_forms()
        if token.lower_ in forms and token.i > 0 and written:
            before = token.nbor(-1)
            if before.lower_ in CONNECTORS and token.i > 1:
                before = token.nbor(-2)
            words.add(before.text)
    return words


def consistent_entities(doc: Doc) -> list[Span]:
    """The Doc's entities, with short names of its organisations labelled ORG and its people's
    names PERSON (see above)."""
    evident = evident_places(doc)
    labels = dict.fromkeys(short_names(doc, evident), "ORG")
    places = evident | _places_by_votes(doc)
    firms = {words for words in labels if len(words) > 1}
    for words in set(_people(doc, places, firms)):
        # a word both a firm's and a person's name ("Boesky") is left as the NER read it
        labels[words] = "PERSON" if labels.get(words, "PERSON") == "PERSON" else ""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted((w for w, label in labels.items() if label), key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    if not by_first:
        return list(doc.ents)
    holder = {t.i: ent for ent in doc.ents for t in ent}
    changed: dict[int, Span] = {}  # start token -> the new or relabelled entity
    free = 0  # the first token no new entity covers: mentions never overlap
    # Only tokens that begin a short name are visited, found by their ids.
    firsts = numpy.array([doc.vocab.strings[w] for w in by_first], dtype="uint64")
    for i in numpy.isin(doc.to_array("ORTH"), firsts).nonzero()[0].tolist():
        token = doc[i]
        if token.i < free:
            continue
        for words in by_first.get(token.text, ()):
            end = token.i + len(words)
            if tuple(t.text for t in doc[token.i : end]) == words:
                label = labels[words]
                span = (
                    None
                    if _continues_a_name(doc, token.i, end, label)
                    else _labelled(doc, token.i, end, holder, label)
                )
                if span is not None:
                    changed[span.start], free = span, span.end
                break  # the longest short name written here decides
    if not changed:
        return list(doc.ents)
    new = [(span.start, span.end) for span in changed.values()]
    kept = [e for e in doc.ents if all(e.end <= start or end <= e.start for start, end in new)]
    return sorted([*kept, *changed.values()], key=lambda span: span.start)


def _places_by_votes(doc: Doc) -> frozenset[str]:
    """Lower-case names the NER reads as places more than twice as often as a person's surname:
    "Delhi" four times a place and once the end of "Selling Delhi" is a place; "Murray" twice a
    place after "said" and once the end of "Glenn Edward Murray" is the man's (the NER's misreads
    of a surname come in pairs as often)."""
    places = Counter(e.text.lower() for e in doc.ents if e.label_ in PLACE_LABELS)
    surnames = Counter(e[-1].lower_ for e in doc.ents if e.label_ == "PERSON")
    return frozenset(name for name, count in places.items() if count > 2 * surnames[name])


def _labelled(doc: Doc, start: int, end: int, holder: dict[int, Span], label: str) -> Span | None:
    """The mention as an entity of ``label``: a new one where no entity is, a relabelled one
    where an entity of a ``RELABEL`` label (or an ORG, for a person) covers exactly these words,
    and a grown one where entities of those labels (for an ORG, or an ordinal its first word)
    lie inside them, else None."""
    holders = {holder[i].start: holder[i] for i in range(start, end) if i in holder}
    if not holders:
        return Span(doc, start, end, label=label)
    (ent, *others) = holders.values()
    wrong = ent.label_ in RELABEL or ent.label_ == "ORG" or (label == "ORG" and _subject_date(ent))
    if not others and (ent.start, ent.end) == (start, end) and wrong and ent.label_ != label:
        return Span(doc, start, end, label=label)
    inside = all(start <= e.start and e.end <= end for e in holders.values())
    # "First of America" read as the ordinal "First": a name's first word, no ranking
    growing = all(
        e.label_ in RELABEL
        or e.label_ == "ORG"
        or (e.label_ == "ORDINAL" and e.start == start and end - start > 1)
        for e in holders.values()
    )
    ordinal = any(e.label_ == "ORDINAL" for e in holders.values())
    if inside and growing and (label == "ORG" or (label == "PERSON" and not ordinal)):
        # "Rally's" of "Rally's Inc." read "Rally"; "GM Hughes" of "GM Hughes Electronics" read
        # "GM" (and "Hughes"); "Nhek Bunchhay" read "Bunchhay" at a sentence's start: the
        # longest name wins (GUIDELINES 3.2)
        return Span(doc, start, end, label=label)
    return None


def _subject_date(ent: Span) -> bool:
    """Whether ``ent`` is a one-word DATE that is a verb's subject, or one of its subjects:
    "May had planned", "May and Allied said", "Allied and May said" name the firm (``May
    Department Stores Co``), not the month."""
    token = ent[0]
    conjunct = token.dep_ == "conj" and token.head.dep_.startswith("nsubj")
    subject = token.dep_.startswith("nsubj") or conjunct
    return ent.label_ == "DATE" and len(ent) == 1 and subject


def _continues_a_name(doc: Doc, start: int, end: int, label: str = "ORG") -> bool:
    """Whether the words are part of something longer: a capitalised name (``Bayou
    Petroleum``, ``Mr Bayou``; a first word at a sentence start leads nothing), a firm
    (``Boesky and Co``) or a Reuters ticker (``<RJR>``). A person's name after a title noun
    stands alone (``Secretary Weinberger``: the title is outside the name)."""
    titled = label == "PERSON" and follows_title(Span(doc, start, end, label))
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text == "<":
        return True
    if after is not None and "\n\n" not in doc[end - 1].whitespace_:
        if _capitalised(after):
            return doc[end - 1].whitespace_ != ""
        firm = doc[end + 1] if after.lower_ in ("and", "&") and end + 1 < len(doc) else None
        if firm is not None and firm.lower_ in legal_forms():
            return True
    return (
        not titled
        and before is not None
        and _capitalised(before)
        and not doc[start].is_sent_start
        and before.text.lower() != "the"
        and before.pos_ not in FUNCTION_POS  # "But Coleco"
        and before.ent_type_ not in ("DATE", "TIME")  # "In February Alleghany agreed"
    )


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()
