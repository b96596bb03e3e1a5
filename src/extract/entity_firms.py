"""Names a legal form or an organisation noun closes: ``Patrick Petroleum Co``, ``Toshin Steel
Co Ltd``, ``Crossland Savings Bank``.

Contract: ``firm_entities(doc)`` returns the Doc's entities with every name that ends in a
capitalised legal form (``linking.json``, ``legal_forms``: ``Co``, ``Inc``, ``Corp``, ``AB``,
``Plc`` ...; in lower case, ``firms.json``'s ``lower_case_forms`` after a name: ``Vista
Chemical co``) or organisation noun (``data/entities/firms.json``, ``heads``: ``Bank``,
``Association``, ``Committee`` ...) labelled ORG over its whole length, and so is a name ending
in a word firms' names end in where no legal form follows (``consistency.json``,
``firm_last_words`` that ``closes``: ``Chris Craft Industries``, ``Connaught BioSciences``),
unless a place alone stands before it (``U.S. Airlines``) or the NER read a facility or work
that ends in it (``the Universal Studios``). That last word says
what the name is and where it ends, which the statistical NER, reading wire copy at a sentence
start or across a line break, often misses: it leaves ``Patrick Petroleum Co`` out, or labels
``Toshin Steel`` without its ``Co Ltd``, or reads the first words as a person.

The name is read leftwards from its last word over capitalised words, initials (``J.C.``), other
legal forms (``Co Ltd``) and, inside it, a hyphen (``Coca-Cola``), a possessive that is no
owner's (``Hudson's Bay``, not ``Japan's`` or ``Boeing Co's``), ``of`` after an organisation
word (``Bank of Japan Ltd``), a lower-case particle (``Agricola del Guadalete SA``, ``Banco
Royal do Canada``), a bracketed part right before the legal form (``Hoare Govett (Far East)
Ltd``) or one ``and``/``&`` that joins a single word to the last (``Telephone and Telegraph
Co``; in ``IBM and Apple Computer Inc`` and ``the IMF and World Bank`` there are two names). An
organisation noun takes an ``of`` place after it (``Association of Fort Myers``). The name never
runs over a blank line, a sentence-opening function word (``The``, ``But``), a number, date or
amount, or an entity that begins before it. A legal form that opens a hyphenated word is none
(``Co-managers``, ``Co-op``; but ``Merrill Lynch and Co-backed``). Entities inside it are
replaced by it; offsets stay the Doc's.
An ORG the NER ran over two firms is cut at their "and" (``Acme Corp and Bayou Inc``), and a
final "and" leaves an entity (one run on past a legal form's full stop is cut before, in
``entity_sentences``). A partnership's name takes its partners' names over commas (``Kidder,
Peabody and Co``: surnames, or what the NER read as one organisation). A head
noun with its place is a name with no word before it too (``Bank of China President Wang
Deyan``: ``Bank of China``), but not after a possessive (``its Board of Directors``).

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["Toshin", "Steel", "Co", "Ltd", "said"],
...           ents=["B-ORG", "I-ORG", "O", "O", "O"])
>>> [(e.text, e.label_) for e in firm_entities(doc)]
[('Toshin Steel Co Ltd', 'ORG')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.entities import PLACE_LABELS
from extract.entity_abbreviations import company_noun_after_abbreviation
from extract.entity_bounds import opens_title
from extract.entity_firm_words import (
    NAME_LABELS,
    business_word,
    closes_a_name,
    head_noun,
    name_word,
)
from extract.entity_name_words import firm_closing_words
from extract.entity_sentences import opens_sentence
from extract.entity_titles import FUNCTION_POS, organisation_words, title_words, word_before

PARTICLES = frozenset(
    {"de", "del", "della", "di", "du", "des", "la", "le", "von", "van", "do", "da", "dos", "das"}
)
# Labels of a name ending in a firm's word that the word does not make an ORG.
KEPT_LABELS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART"})
POSSESSIVES = frozenset({"'s", "\u2019s"})
# The apostrophe of a plural's possessive: "the Dutch Coffee Roasters' Association".
PLURAL_POSSESSIVES = frozenset({"'", "\u2019"})
# Parts of speech of a capitalised word that opens a sentence and no name ("But", "Also").
FUNCTION_WORDS = FUNCTION_POS | {"VERB"}
JOINERS = frozenset({"and", "&"})
# Words before a head noun that make it a body of someone's, not a name ("its Board of").
OWNERS = frozenset({"its", "their", "his", "her", "our", "'s", "\u2019s"})
# Words a joiner sets after a founder's name: "Alex. Brown and Sons Inc", "Lehman Brothers".
PARTNER_WORDS = frozenset({"sons", "brothers", "bros", "bros.", "associates", "partners"})
# An organisation noun and the word a joiner sets after it in one name: "Marine Midland Bank
# and Trust Co" (not "the IMF and World Bank").
JOINED_HEADS = frozenset({("bank", "trust")})
# Legal forms a joiner may stand right before: "Merrill Lynch and Co", "Smith & Co."
PARTNERSHIP_FORMS = frozenset({"co", "co.", "cos", "company"})


def _possessive(token: Token, before: Token) -> bool:
    """Whether ``token`` is a possessive's ending on the word ``before``: "Hudson's", or a
    plural's apostrophe ("Producers'")."""
    return token.text in POSSESSIVES or (
        token.text in PLURAL_POSSESSIVES and before.lower_.endswith("s")
    )


def _start_of_firm(doc: Doc, form: Token, holder: dict[int, Span]) -> int | None:
    """The first token of the name that ``form`` closes, or None when nothing precedes it."""
    start = form.i
    joined = False  # one "and" at most, right before the last word
    partners = 0  # the commas of a partnership's list ("Kidder, Peabody and Co")
    i = form.i - 1
    while i >= 0:
        token = doc[i]
        if token.text == "," and joined and form.lower_ in PARTNERSHIP_FORMS:
            if partners == 2 or i == 0 or not _partners_around(doc, i, holder):
                break
            partners += 1
            i -= 1
            continue
        if token.is_space:
            if "\n\n" in token.text:
                break
            i -= 1
            continue
        if "\n\n" in token.whitespace_:
            break
        before = doc[i - 1] if i > 0 else None
        attached = before is not None and not before.whitespace_
        if before is not None and attached and _possessive(token, before):
            # "Hudson's Bay": the word before carries on the name ("Japan's", "Boeing Co's"
            # are the owner's)
            if _owner(before, holder):
                break
            i -= 1
            continue
        if attached and token.text_with_ws == "-":  # "Coca-Cola"
            i -= 1
            continue
        opening = _bracket_before_form(doc, i, form)
        if opening is not None:  # "Hoare Govett (Far East) Ltd": the bracket is the name's
            i = opening - 1
            continue
        if before is not None and _joins(token, before, i, form, joined):
            joined = joined or token.lower_ in JOINERS
            i -= 1
            continue
        # a sentence's first word "But", "In", "Also" is no name's; a partner's may be read as
        # a verb ("Dillon, Read and Co")
        partner = joined and i == form.i - 2 and form.lower_ in PARTNERSHIP_FORMS
        if not (name_word(token) or closes_a_name(token)) or (
            token.pos_ in FUNCTION_WORDS and not (partner and token.pos_ == "VERB")
        ):
            break
        if _ends_a_name(doc, i):
            break  # "Kidder, Peabody and Co Inc. Goldman, Sachs and Co": another's end
        if company_noun_after_abbreviation(token):
            break  # "its U.S. Subsidiary Toyota Motor Manufacturing USA Inc"
        ent = holder.get(i)
        if ent is not None and ent.label_ not in NAME_LABELS:
            break
        start = i
        i -= 1
    return start if start < form.i and not closes_a_name(doc[start]) else None


# Words a bracketed part of a firm's name may hold: "(Far East)", "(Securities)", "(HK)".
MAX_BRACKETED_WORDS = 3


def _bracket_before_form(doc: Doc, i: int, form: Token) -> int | None:
    """The opening bracket of a bracketed part of the name that ends at token ``i`` right
    before the legal form ("Jardine Fleming (Securities) Ltd", "Bache Securities (Japan) Ltd"),
    capitalised words only inside, a name word before it; else None. Not before an
    organisation noun, where the bracket holds the alias of the name before it."""
    if doc[i].text != ")" or i + 1 != form.i or not closes_a_name(form):
        return None  # "The International Cocoa Organization (ICCO) Council": an alias
    k = i - 1
    while k > 0 and i - k <= MAX_BRACKETED_WORDS and name_word(doc[k]):
        k -= 1
    if k == i - 1 or doc[k].text != "(" or k == 0 or not name_word(doc[k - 1]):
        return None
    return k


def _partners_around(doc: Doc, comma: int, holder: dict[int, Span]) -> bool:
    """Whether the comma at ``comma`` parts two partners' names in a partnership's name: a
    surname on each side ("Goldman, Sachs and Co", "Loewen, Ondaatje, McCutcheon and Co"), or
    longer ones the NER read as one organisation ("Smith Barney, Harris Upham and Co"); not
    two firms or a person and a firm ("Salomon Brothers Inc, Goldman, Sachs and Co",
    "Citicorp, J.P. Morgan and Co", "Thomas McKiernan, McKiernan and Co")."""
    before, after = doc[comma - 1], doc[comma + 1]
    if not (name_word(before) and name_word(after)):
        return False
    if closes_a_name(before) or head_noun(before) or before.text.isupper():
        return False
    ent = holder.get(comma)
    if ent is not None and ent.label_ == "ORG" and ent.start < comma < ent.end - 1:
        return True
    surname_before = comma < 2 or not name_word(doc[comma - 2]) or _ends_a_name(doc, comma - 2)
    ends_after = comma + 2 < len(doc) and doc[comma + 2].lower_ in {",", *JOINERS}
    return surname_before and ends_after


def _owner(token: Token, holder: dict[int, Span]) -> bool:
    """Whether ``token``, before a possessive, names an owner rather than starts the name:
    a place ("Japan's"), a firm ("Boeing Co's", "U.S. Bancorp's", "the EC's", "Winn
    Enterprises'") or an
    organisation the NER ends there ("Parliament's") or a person's full name ("Robert
    Maxwell's British Printing and Communications Corp plc")."""
    ent = holder.get(token.i)
    return (
        closes_a_name(token)
        or head_noun(token)
        or (token.text[:1].isupper() and token.lower_ in firm_closing_words())  # "Enterprises'"
        or token.text.isupper()
        or (ent is not None and ent.label_ in PLACE_LABELS)
        # an organisation the NER ends before the possessive; "Rose's Stores" keeps it
        or (ent is not None and ent.label_ == "ORG" and ent.end == token.i + 1)
        or (ent is not None and ent.label_ == "PERSON" and ent.end == token.i + 1 > ent.start + 1)
    )


def _joins(token: Token, before: Token, i: int, form: Token, joined: bool) -> bool:
    """Whether ``token`` is a word inside the name between name words: "of" after an
    organisation word ("Bank of Japan Ltd"), a particle ("Agricola del Guadalete SA") or one
    "and" before the name's last word ("Telephone and Telegraph Co"; not "Hercules Inc and
    Collagen Corp", not "IBM and Apple Computer Inc")."""
    if not name_word(before):
        return False
    # "IMF and World Bank", "Fireman's Fund and United Bank": two names, not one; so is
    # "Innopac and Mobil Corp." where "Innopac Inc." is named
    after = token.doc[i + 1].lower_
    separate = (
        closes_a_name(before)
        or (head_noun(before) and (before.lower_, after) not in JOINED_HEADS)
        or before.text.isupper()
        or _short_name(before)
    )
    if i + 1 == form.i:  # "Merrill Lynch and Co", "Boesky and Co": a partnership's form
        return token.lower_ in JOINERS and form.lower_ in PARTNERSHIP_FORMS and not separate
    if token.lower_ == "of":
        return before.lower_ in organisation_words()
    if token.lower_ in PARTICLES:
        return True
    # "Piedmont and PSA Inc": an acronym after the "and" is a name of its own
    acronym = token.doc[i + 1].text.isupper() and len(token.doc[i + 1]) > 1
    return (
        token.lower_ in JOINERS
        and not joined
        and not separate
        and not acronym
        and _one_word_before_form(token.doc, i, form)
    )


def _short_name(token: Token) -> bool:
    """Whether ``token``, before a joiner, is the name of a firm the document names elsewhere
    with its legal form ("Innopac" where "Innopac Inc." is an ORG), so no word of a longer name;
    the name after the joiner is not elsewhere ("Johnson and Johnson Co"), nor a partners' word
    ("Alex. Brown and Sons Inc" where "Alex. Brown Inc" is named)."""
    after = token.i + 2
    if after < len(token.doc) and token.doc[after].lower_ in PARTNER_WORDS:
        return False
    return any(
        e.label_ == "ORG"
        and len(e) == 2
        and e.start not in (token.i, token.i + 2)
        and e[0].text == token.text
        and closes_a_name(e[-1])
        for e in token.doc.ents
    )


def _one_word_before_form(doc: Doc, joiner: int, form: Token) -> bool:
    """Whether exactly one name word (and any further legal forms) stands between the joiner
    and the form: "Telephone and Telegraph Co", not "IBM and Apple Computer Inc"."""
    words = [t for t in doc[joiner + 1 : form.i] if not t.is_space]
    return len(words) == 1 and name_word(words[0])


def _owned(token: Token) -> bool:
    """Whether a possessive comes right before ``token``: "its Board of Directors" names no
    organisation."""
    before = word_before(token.doc, token.i)
    return before is not None and before.lower_ in OWNERS


def _is_title_word(token: Token) -> bool:
    return token.lower_ in title_words()


def _read_otherwise(holder: dict[int, Span], start: int, word: Token) -> bool:
    """Whether the NER read the words up to a firm's word as something a firm's word leaves
    as it is: a place alone before it ("U.S. Airlines" are a country's airlines; "South
    African Airways", read as one, is a name), or a facility, work or product that ends in it
    ("the Disneylands and the Universal Studios")."""
    place = holder.get(start)
    if (
        place is not None
        and place.label_ in PLACE_LABELS
        and (place.start, place.end) == (start, word.i)
    ):
        return True
    named = holder.get(word.i)
    return named is not None and named.label_ in KEPT_LABELS and named.end == word.i + 1


def _end_of_firm(doc: Doc, last: Token) -> int:
    """The end of the name whose legal form or head noun is ``last``: further legal forms ("Co
    Ltd") and, after a head noun, an "of" and the capitalised words of a place ("Association of
    Fort Myers", "Bank of Japan Ltd"), up to a title or a person's name ("Bank of China
    President Wang Deyan", "the Stock Exchange of Hong Kong Ronald Li")."""
    end = last.i + 1
    if head_noun(last) and end + 1 < len(doc) and doc[end].lower_ == "of":
        k = end + 1
        while k < len(doc) and (
            (doc[k].is_space and "\n\n" not in doc[k].text)
            or (
                name_word(doc[k])
                and not _is_title_word(doc[k])
                and not closes_a_name(doc[k])
                and not opens_title(doc[k])
            )
        ):
            if k > end + 1 and doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PERSON":
                break  # "the Stock Exchange of Hong Kong" + "Ronald Li"
            k += 1
        while k > end + 1 and doc[k - 1].is_space:
            k -= 1
        if k > end + 1:
            end = k
    while True:  # "Co Ltd", "Bank\nLtd": further legal forms, over a line break
        gap = 1 if end < len(doc) and doc[end].is_space and "\n\n" not in doc[end].text else 0
        if end + gap >= len(doc) or not closes_a_name(doc[end + gap]):
            return end
        end += gap + 1


def _split_pairs(doc: Doc) -> list[Span]:
    """The Doc's entities with an ORG that joins two firms cut in two: "Acme Corp and Bayou
    Inc" is two names (a legal form before the "and" and at the end), and so is "Innopac and
    Mobil Corp." when the document names "Innopac Inc." (a firm's short name before the
    "and"), each without a final "and". A sale's "to" joins two firms, with a legal form on
    either side ("sold Plant Cell Research to Montedision SpA", "DSA Financial Corp to
    Tangent"); a body's "to" before a verb stays ("the Committee to Restore Shareholder
    Value")."""
    ents: list[Span] = []
    for ent in _without_final_joiners(doc):
        joiner = next(
            (
                t.i
                for t in ent[1:-1]
                if t.lower_ in JOINERS
                and (closes_a_name(doc[t.i - 1]) or (t.i == ent.start + 1 and _short_name(ent[0])))
                and t.i + 1 < ent.end - 1
            ),
            None,
        )
        if joiner is not None and not closes_a_name(ent[-1]):
            joiner = None  # "Telephone and Data Systems": one name
        elif joiner is None:
            joiner = next((t.i for t in ent[1:-1] if _sold_to(t, ent)), None)
        if ent.label_ != "ORG" or joiner is None:
            ents.append(ent)
            continue
        ents += [Span(doc, ent.start, joiner, "ORG"), Span(doc, joiner + 1, ent.end, "ORG")]
    return ents


def _sold_to(token: Token, ent: Span) -> bool:
    """Whether ``token`` is a "to" between two names of ``ent``, a legal form before it or
    at the end of ``ent``."""
    after = token.doc[token.i + 1]
    form_beside = closes_a_name(token.doc[token.i - 1]) or closes_a_name(ent[-1])
    return token.text == "to" and after.text[:1].isupper() and form_beside


def _without_final_joiners(doc: Doc) -> list[Span]:
    """The Doc's entities without a final "and" ("Goldman, Sachs and" + "Co")."""
    ents: list[Span] = []
    for ent in doc.ents:
        end = ent.end - 1 if len(ent) > 1 and ent[-1].lower_ in JOINERS else ent.end
        ents.append(Span(doc, ent.start, end, ent.label_))
    return ents


def _ends_a_name(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` ends a firm's name before the next sentence opens ("Co Inc.
    Goldman, Sachs and Co")."""
    return i + 1 < len(doc) and opens_sentence(doc[i + 1])


def firm_entities(doc: Doc) -> list[Span]:
    """The Doc's entities with the names legal forms and head nouns close labelled ORG (see
    above)."""
    ents = _split_pairs(doc)
    holder = {t.i: ent for ent in ents for t in ent}
    firms: list[Span] = []
    last = (0, 0)  # the last name read, labelled anew or already an ORG
    for token in doc:
        business = business_word(token)
        if token.i < last[1] or not (closes_a_name(token) or head_noun(token) or business):
            continue
        end = _end_of_firm(doc, token)
        start = _start_of_firm(doc, token, holder)
        if business and start is not None and _read_otherwise(holder, start, token):
            continue
        if start is None and end > token.i + 1 and head_noun(token) and not _owned(token):
            start = token.i  # a head noun and its place alone: "Bank of China", "Ministry of"
        if start is None or last[0] < start < last[1]:
            continue  # no name, or one that overlaps the last without holding it
        inside = {holder[i].start: holder[i] for i in range(start, end) if i in holder}
        if any(e.start == start - 1 and doc[e.start].lower_ == "the" for e in inside.values()):
            start -= 1  # the NER's name holds its article: "the Adrienne Arsht Center" (FAC)
        if any(e.start < start or e.end > end for e in inside.values()):
            continue  # an entity running past the name: the NER saw something else
        if start < last[1] and firms and (firms[-1].start, firms[-1].end) == last:
            firms.pop()  # "Chemical Bank International Ltd" holds "Chemical Bank"
        last = (start, end)
        if [(e.start, e.end, e.label_) for e in inside.values()] != [(start, end, "ORG")]:
            firms.append(Span(doc, start, end, label="ORG"))
    if not firms:
        return ents
    taken = {i for firm in firms for i in range(firm.start, firm.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted([*kept, *firms], key=lambda span: span.start)
