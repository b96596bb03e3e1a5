"""Reading titles off the text where the parse cannot be trusted (GUIDELINES.md §6.4, ROLE).

Contract: ``appositive(comma)`` reads the title apposition that follows a name and its comma
("Ivan Petrov, Russia's trade envoy in Brazil, said"): the title phrase and the organisation
or country whose office it is, or ``None`` when what follows is no title; ``entity_before(start)``
is the named entity that ends right before a title phrase ("Brazilian Finance Minister": the
nationality), passing over a possessive ("Japan's Prime Minister"); ``title_of_next_name``
says a title runs on into another name ("Howe, U.S. Secretary of State George Shultz");
``appositive_before(person)`` reads a title apposition before a name ("First National Bank's
managing director, Chris Ball, said").

The parser often hangs such appositions on the wrong word (a lost apostrophe, "Russia s", makes
the "s" a verb), so these read the words in order: an optional article or possessor, a run of
nouns and adjectives whose last word is a title noun (``lexicon.json``, ``titles``), and then a
comma, a preposition, a conjunction, a reporting verb ("... GenCorp chairman said") or the
sentence's end.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.entity_sentences import opens_sentence
from extract.relation_complements import MAX_FIELD_WORDS, complement_end
from extract.relation_lexicon import lexicon
from extract.relation_phrases import HYPHENS, TITLE_PARTICIPLES, entity_around, hyphenated

ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their"})
POSSESSIVE = frozenset({"'s", "\u2019s", "s", "'", "\u2019"})
# Entities that name where an office is rather than whose it is.
PLACES = frozenset({"GPE", "LOC"})
# Prepositions whose object is the office's organisation ("analyst at Merrill Lynch").
ORG_CASES = frozenset({"of", "at", "for", "with"})
NOUNS = frozenset({"NOUN", "PROPN"})
# A firm's legal form with its full stop ends the firm's name, and may end the sentence too.
CLOSING_DESIGNATORS = frozenset({"ltd.", "inc.", "corp.", "co.", "plc.", "bhd.", "n.v.", "s.a."})
# Closing -> opening bracket of a ticker or acronym between a name and a title.
BRACKETS = {")": "(", ">": "<"}


def appositive(comma: Token) -> tuple[tuple[int, int], Span | None] | None:
    """The title span after a name's comma, and the entity whose office it is (or ``None``)."""
    doc, end = comma.doc, comma.sent.end
    i = comma.i + 1
    if i + 1 < end and doc[i].like_num and doc[i + 1].text == ",":
        i += 2  # "Mr. Smith, 52, the company's president"
    article = i < end and doc[i].lower_ in ARTICLES
    if article:
        i += 1
    i = _past_age(doc, i, end)  # "a 52-year-old obstetrician": the title is "obstetrician"
    i = _past_participle_compound(doc, i, end)  # "a soft-spoken bus mechanic": "bus mechanic"
    i = _past_appointment(doc, i, end)  # "newly appointed chairman": the title is "chairman"
    owner: Span | None = None
    possessor = entity_around(doc[i]) if i < end else None
    if possessor is not None and possessor.end < end and doc[possessor.end].lower_ in POSSESSIVE:
        owner, i = possessor, possessor.end + 1  # "Russia's", "Russia s"
    elif i + 1 < end and doc[i].pos_ == "NOUN" and doc[i + 1].lower_ in POSSESSIVE:
        i += 2  # "the company's": a description owns it, no org
    start, j = i, i
    while j < end and _in_title(doc[j]):
        j += 1
    if j == start:
        return None
    head = doc[j - 1]
    last = doc[min(complement_end(head) or head.i, end - 1)]  # "minister of energy and mines"
    if not (last.i + 1 == end or _closes(doc[last.i + 1], reporting=not article)):
        return None
    titles = lexicon()["titles"]
    # The tagger reads a title noun as an adjective now and then ("an executive at ...").
    noun = head.pos_ in NOUNS or (head.pos_ == "ADJ" and head.lower_ in titles)
    if head.ent_type_ or not noun or _plural(head):
        return None  # a plural is a list of people ("Bailey, pilot chiefs, attorneys and ...")
    j = last.i + 1
    if j < end and doc[j].pos_ == "ADP" and names_person(doc, j + 1, end):
        return None  # "Thatcher, U.S. Secretary of State George Shultz": the next name's title
    word = head.lower_
    k = j - 1
    while k - 2 >= start and hyphenated(doc[k - 1]):
        k -= 2  # "vice-chairman", "agent-in-charge"
    if k < j - 1:
        word = "".join(t.text for t in doc[k:j]).lower()
    if word not in titles and head.lower_ not in titles and head.lemma_.lower() not in titles:
        return None
    left = j - 1
    while left > start and not doc[left - 1].ent_type_:
        left -= 1
    inside = entity_around(doc[left - 1]) if left > start else None
    if owner is None and inside is not None:
        owner = inside  # "a Merrill Lynch analyst"
    if owner is None:
        k = _past_second_title(doc, j, end)  # "an analyst and broker with McDermid"
        k = _past_field(doc, k, end)  # "head of equity trading at Donaldson"
        if k + 1 < end and doc[k].lower_ in ORG_CASES:
            owner = _object_entity(doc, k + 1, end)
    return (doc[left].idx, last.idx + len(last.text)), owner


def _past_field(doc: Doc, j: int, end: int) -> int:
    """Where the words after a title at ``j`` go on past its field, common nouns after "of"
    with no name among them, when "at", "with" or "for" follows ("head of retail equity
    trading at Shearson": the organisation is Shearson), else ``j``."""
    if j >= end or doc[j].lower_ != "of":
        return j
    k = j + 1
    # the tagger reads a capitalised field as a proper noun ("Professor of Economics at Rome")
    while k < end and k - j <= MAX_FIELD_WORDS and doc[k].pos_ in ("NOUN", "ADJ", "PROPN"):
        if doc[k].ent_type_:
            return j
        k += 1
    return k if k > j + 1 and k < end and doc[k].lower_ in ORG_CASES - {"of"} else j


def _past_second_title(doc: Doc, j: int, end: int) -> int:
    """Where the words after a title at ``j`` go on past a second title joined by "and" ("an
    analyst and broker with ...": the organisation is both titles'), else ``j``."""
    if j >= end or doc[j].lower_ != "and":
        return j
    k, titles = j + 1, lexicon()["titles"]
    # the tagger may read the second title as a verb ("and broker with")
    while k < end and (_in_title(doc[k]) or doc[k].lower_ in titles) and not doc[k].ent_type_:
        k += 1
    last = doc[k - 1]
    return k if k > j + 1 and (last.lower_ in titles or last.lemma_.lower() in titles) else j


def appositive_before(person: Token) -> tuple[tuple[int, int], Span | None] | None:
    """The title phrase that ends at the comma before the name holding ``person``, and the
    entity whose office it is ("First National Bank's managing director, Chris Ball, said"; "A
    Frankfurt business lawyer, Egon Geis, said"; the parser often ends a sentence at the
    comma), or ``None``. The phrase opens the sentence or follows an article or a possessor,
    and a comma or a bracket closes the name.

    >>> import spacy
    >>> words = ["told", "the", "broker", ",", "Joachim", "Schmidt", ",", "had", "fled"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, pos=["VERB", "DET", "NOUN", "PUNCT",
    ...           "PROPN", "PROPN", "PUNCT", "AUX", "VERB"], ents=["O", "O", "O", "O",
    ...           "B-PERSON", "I-PERSON", "O", "O", "O"])
    >>> appositive_before(doc[5])
    ((9, 15), None)
    >>> appositive_before(Doc(doc.vocab, words=words[:6] + ["said"], pos=["VERB", "DET", "NOUN",
    ...     "PUNCT", "PROPN", "PROPN", "VERB"], ents=["O"] * 4 + ["B-PERSON", "I-PERSON", "O"])[4])
    """
    doc, titles = person.doc, lexicon()["titles"]
    name = entity_around(person)
    if name is None or name.label_ != "PERSON" or name.start < 2 or name.end >= len(doc):
        return None
    comma = doc[name.start - 1]
    if comma.text != ",":
        return None
    if doc[name.end].text not in (",", "("):
        return None  # "Asked for advice for the average investor, Phelan said": no apposition
    last = doc[comma.i - 1]
    head = doc[_before_complement(doc, comma.i)]  # "chancellor of the Exchequer, Nigel Lawson"
    noun = head.lower_ in titles or head.lemma_.lower() in titles
    if head.ent_type_ or head.pos_ not in NOUNS or _plural(head) or not noun:
        return None
    left = head.i
    while left > 0 and _in_title(doc[left - 1]) and not doc[left - 1].ent_type_:
        left -= 1
    owner, k = None, left - 1
    inside = entity_around(doc[k]) if k >= 0 else None
    if inside is not None and inside.label_ != "PERSON":
        owner, k = inside, inside.start - 1  # "a Merrill Lynch analyst"
    possessor = entity_around(doc[k - 1]) if k >= 1 and doc[k].lower_ in POSSESSIVE else None
    if possessor is not None:
        owner, k = possessor, possessor.start - 1  # "First National Bank's"
    first = doc[k + 1]
    opened = k < 0 or first.is_sent_start or doc[k].lower_ in ARTICLES or doc[k].is_space
    if not opened or (owner is not None and owner.label_ == "PERSON"):
        return None
    return (doc[left].idx, last.idx + len(last.text)), owner


def _before_complement(doc: Doc, end: int) -> int:
    """The last token before ``end``, or before the title complement that ends there ("of the
    Exchequer"; ``lexicon.json``, ``title_complements``)."""
    complements = lexicon()["title_complements"]
    for size in (2, 3):
        words = " ".join(t.lower_ for t in doc[max(0, end - size) : end])
        if end - size > 0 and words in complements:
            return end - size - 1
    return end - 1


def _object_entity(doc: Doc, start: int, end: int) -> Span | None:
    """The entity that ends the noun phrase from ``start`` ("at the Gazprom subsidiary Gazprom
    Export": the last name), or ``None`` if the phrase does not end in one. Over a possessive
    the possessed name wins ("of Thailand's Board of Investment"), else the possessor ("for
    USDA's state and county operations"); so does a name whose office or unit ends it ("for the
    FBI office in Buffalo"; ``lexicon.json``, ``org_units``)."""
    k, last, possessor, named = start, None, None, None
    while k < end and (doc[k].ent_type_ or _in_title(doc[k]) or doc[k].lower_ == "the"):
        if doc[k].ent_type_:
            last = named = entity_around(doc[k])
            if last is not None:
                k = last.end
                if last[-1].lower_ in CLOSING_DESIGNATORS:
                    break  # "McDermid St. Lawrence Ltd. Mr. Panet-Raymond said": a new sentence
                if based_in(last):
                    last, k = None, k + 2  # "at San Francisco-based 1st Nationwide Bank"
                    continue
                if k + 1 < end and doc[k].lower_ in POSSESSIVE and not doc[k].ent_type_:
                    possessor, last, k = last, None, k + 1
                continue
        last = None
        k += 1
    if last is None and named is not None and owns_unit(named, k):
        return named
    return last if last is not None else possessor


def owns_unit(name: Span, end: int) -> bool:
    """Whether the words from ``name`` to token ``end`` are an organisation's name and a unit
    of it ("the FBI office", "CSX's Sea-Land Corp unit"; ``lexicon.json``, ``org_units``). Not
    a place's ("the Paris office": whose is unsaid), a word the tagger took for a name ("its
    international treasury division") or a unit another organisation owns ("the Treasury
    Unit of Chase Manhattan Bank")."""
    doc, units = name.doc, lexicon()["org_units"]
    return (
        name.label_ == "ORG"
        and name.text[:1].isupper()
        and name.end < end
        and all(t.lower_ in units for t in doc[name.end : end])
        and not (end < len(doc) and doc[end].lower_ == "of")
    )


def based_in(ent: Span) -> bool:
    """Whether the name is where the next one is based ("San Francisco-based 1st Nationwide
    Bank"): a modifier, never a participant or an organisation of its own."""
    doc, end = ent.doc, ent.end
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based"


def _plural(token: Token) -> bool:
    if token.tag_:
        return token.tag_ in ("NNS", "NNPS")
    return token.lower_.endswith("s") and token.lemma_.lower() != token.lower_


def names_person(doc: Doc, start: int, end: int) -> bool:
    """Whether the noun phrase from ``start`` runs into a person's name, within the sentence:
    a legal form's full stop ends it where the parser runs on ("chairman of American Financial
    Corp. The Bass group holds")."""
    k = start
    while k < end and (doc[k].ent_type_ or _in_title(doc[k]) or doc[k].lower_ == "the"):
        if k > start and opens_sentence(doc[k]):
            return False
        if doc[k].ent_type_ == "PERSON":
            return True
        k += 1
    return False


def _past_age(doc: Doc, i: int, end: int) -> int:
    """``i``, or past an age compound before a title ("52-year-old")."""
    words = [t.lower_ for t in doc[i : min(i + 5, end)]]
    if len(words) == 5 and doc[i].like_num and words[2] in ("year", "years") and words[4] == "old":
        return i + 5 if hyphenated(doc[i + 1]) and hyphenated(doc[i + 3]) else i
    return i


def _past_participle_compound(doc: Doc, i: int, end: int) -> int:
    """``i``, or past a compound adjective ending in a participle before a title ("soft-spoken",
    "long-serving"), which the title phrase of the parse leaves out too (GUIDELINES 6.3)."""
    if i + 3 < end and hyphenated(doc[i + 1]) and doc[i + 2].tag_ in ("VBG", "VBN"):
        return i + 3
    return i


# Words before a title that say how its holder got it, not what it is ("newly appointed").
RECENTLY = frozenset({"newly", "recently", "just"})
APPOINTED = frozenset({"appointed", "named", "elected", "designated"})


def _past_appointment(doc: Doc, i: int, end: int) -> int:
    """``i``, or past a "newly appointed" (or "newly-named") before a title."""
    k = i + 1 if i < end and doc[i].lower_ in RECENTLY else i
    if k > i and k + 1 < end and hyphenated(doc[k]):
        k += 1
    return k + 1 if k > i and k < end and doc[k].lower_ in APPOINTED else i


def _in_title(token: Token) -> bool:
    if token.is_space:
        return False
    if token.text in HYPHENS:
        return hyphenated(token)
    doc = token.doc
    if 0 < token.i < len(doc) - 1 and hyphenated(doc[token.i - 1]) and hyphenated(doc[token.i + 1]):
        return True  # "agent-in-charge", "editor-in-chief"
    if token.tag_ in ("VBG", "VBN"):
        return token.lower_ in TITLE_PARTICIPLES
    return token.pos_ in ("NOUN", "PROPN", "ADJ") and not token.like_num


def _closes(token: Token, reporting: bool) -> bool:
    """Whether ``token`` ends a title apposition: punctuation, a preposition or conjunction, a
    line break, a relative pronoun ("Barnett Slepian, 52, an obstetrician who also performed
    abortions"), or with ``reporting`` a reporting verb whose comma the writer left out ("A.
    William Reynolds, GenCorp chairman said"). A title with an article before such a verb is
    the verb's own subject ("... Prime Minister Nakasone, a Treasury spokesman said")."""
    return (
        token.is_punct
        or token.pos_ in ("ADP", "CCONJ")
        or token.is_space
        or token.lower_ in ("who", "whose")
        or (reporting and token.pos_ == "VERB" and token.lemma_ in lexicon()["reporting_verbs"])
    )


def title_after_a_conjunction(doc: Doc, person: tuple[int, int], title: tuple[int, int]) -> bool:
    """Whether the title after ``person`` follows an "and" with no comma or verb before it:
    the title of a coordinated phrase or of the last name of a list, not an apposition ("Zhou
    Nan and the EC's external relations commissioner, Willy De Clercq": De Clercq's; "Charles
    Strang and Wayne Jones, vice president": Jones's; the parser may hang it on the first).

    >>> import spacy
    >>> words = ["Zhou", "Nan", "and", "the", "EC", "'s", "commissioner", ",", "Willy"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, pos=["PROPN", "PROPN", "CCONJ", "DET",
    ...           "PROPN", "PART", "NOUN", "PUNCT", "PROPN"])
    >>> title_after_a_conjunction(doc, (0, 8), (23, 35))
    True
    """
    if title[0] < person[1]:
        return False
    between = doc.char_span(person[1], title[0], alignment_mode="expand")
    if between is None:
        return False
    words = [t for t in between if not t.is_space]
    # "Loomis and McGovern were elected chairman and co-chairman, respectively": a verb's title
    verbs = any(t.pos_ in ("VERB", "AUX") for t in words)
    return bool(words) and words[0].pos_ == "CCONJ" and not verbs


def title_of_next_name(title: Span, person: tuple[int, int]) -> bool:
    """Whether a title phrase belongs to the name right after it, not to ``person``
    ("Howe, U.S. Secretary of State George Shultz": Shultz's title)."""
    doc, end = title.doc, title.sent.end
    k = title.end
    if k < end and doc[k].pos_ == "ADP":
        k += 1
    while k < end and doc[k].lower_ in lexicon()["honorifics"]:
        k += 1  # "chairman Sir John Harwood": the form of address belongs to the name
    if k >= end or not names_person(doc, k, end):
        return False
    # The first name the phrase runs into ("Director General of the Board Ghulam Rasul").
    while doc[k].ent_type_ != "PERSON":
        k += 1
    following = entity_around(doc[k])
    if following is None:
        return True
    if following.end < len(doc) and doc[following.end].lower_ in ("'s", "\u2019s"):
        return False  # "head trader of Ivan Boesky's Seemala Corp": the firm's owner
    if title[-1].tag_ == "NNS" and person in _conjoined_spans(following):
        return False  # "analysts John Smith and Mary Jones": a plural title is each name's
    return (following.start_char, following.end_char) != person


def _conjoined_spans(name: Span) -> set[tuple[int, int]]:
    """The character spans of the names joined to ``name`` by "and" or commas."""
    found: set[tuple[int, int]] = set()
    for token in name.root.conjuncts:
        entity = entity_around(token)
        if entity is not None:
            found.add((entity.start_char, entity.end_char))
    return found


def entity_before(doc: Doc, start: int) -> Span | None:
    """The entity that ends right before token ``start``, over a participle the title leaves
    out ("Haiti's ousted prime minister"), a bracketed ticker or acronym ("Allied Textile Co
    Plc <ATXL.L> chairman", "Petroleum Corp (NNPC) director general") and a possessive."""
    i = start - 1
    while i > 0 and doc[i].tag_ in ("VBN", "VBG") and doc[i].lower_ not in TITLE_PARTICIPLES:
        i -= 1
    if i > 0 and doc[i].text in BRACKETS:
        opening = next(
            (k for k in range(i - 1, max(i - 4, 0), -1) if doc[k].text == BRACKETS[doc[i].text]),
            None,
        )
        if opening is None:
            return None
        i = opening - 1
    if i > 0 and doc[i].lower_ in POSSESSIVE:
        i -= 1
    if i < 0 or doc[i].is_space:
        return None
    entity = entity_around(doc[i])
    if entity is None:
        return None
    # The parser's entity may swallow the opening bracket ("Corp (" as one ORG).
    ends = entity.end == i + 1 or (entity.end == i + 2 and doc[i + 1].text in BRACKETS.values())
    if not ends:
        return None
    # "Dresdner Bank AG's Moscow representative", "Russia's Havana envoy": the place is where
    # the office is; the organisation or country that owns it is the org.
    if entity.label_ in PLACES and entity.start > 1 and doc[entity.start - 1].lower_ in POSSESSIVE:
        owner = entity_around(doc[entity.start - 2])
        if owner is not None and owner.label_ in ("ORG", "GPE") and owner.end == entity.start - 1:
            return owner
    # "Senate Republican Leader": a party label says whose side, the body before it whose office
    party = entity.text.lower() in lexicon()["parties"] and entity.start > 0
    body = entity_around(doc[entity.start - 1]) if party else None
    if body is not None and body.label_ in ("ORG", "GPE") and body.end == entity.start:
        return body
    # "VOA West Africa Correspondent", "Reuters Moscow correspondent": an organisation's post
    place = entity.label_ in PLACES and entity.start > 0
    owner = entity_around(doc[entity.start - 1]) if place else None
    if owner is not None and owner.label_ == "ORG" and owner.end == entity.start:
        return owner
    return entity


def organisation_after(token: Token, title: str = "") -> Span | None:
    """The organisation named by an "of" or "at" right after the name holding ``token``:
    "analyst Lawrence Cohn of Merrill Lynch and Co" gives Merrill Lynch and Co. A place there is
    where the person is from ("Senator John Danforth of Missouri"), so only an ORG counts,
    unless the ``title`` before the name is the office of a place ("President Hashemi Rafsanjani
    of Iran"; ``lexicon.json`` titles marked ``of_a_place``)."""
    name = entity_around(token)
    doc = token.doc
    if name is None or name.end + 1 >= len(doc) or doc[name.end].lower_ not in ("of", "at"):
        return None
    start = name.end + 1
    if doc[start].lower_ == "the" and start + 1 < len(doc):
        start += 1
    following = entity_around(doc[start])
    if following is None or following.start not in (start, start - 1):
        return None
    words = title.lower().split()
    of_a_place = bool(words) and words[-1] in lexicon()["place_offices"]
    if following.label_ != "ORG" and not (of_a_place and following.label_ == "GPE"):
        return None
    return following
