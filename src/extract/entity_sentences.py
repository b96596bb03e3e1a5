"""Names that run over the end of a sentence.

Contract: ``names_within_sentences(doc)`` returns the Doc's entities with each name that runs
over a sentence end after a legal form cut there: ``Standard and Poor's Corp. | Salomon
Brothers Inc was lead manager``, ``Kidder, Peabody and Co. | Holders``. The NER runs before the
parser, and reads the full stop that ends both a legal form and its sentence as the legal
form's only. A firm's name ends with its legal form ("Lehman Bros. Inc." aside; another
legal form or an organisation word may follow: "Co. Ltd", "Co. Holdings"), so a capitalised
word after one opens the next sentence (GUIDELINES 3.3: a sentence's full stop is
no part of a name). The parser's sentence starts are no guide here: it starts sentences after
initials too ("Anthony J.F. | O'Reilly", "N.V. | Philips"). The part before keeps the label;
the part after stays a name of the same label only where it has two capitalised words or more
("Salomon Brothers Inc", not "Investors" or "REUTER") or the NER reads it as a name elsewhere
in the document ("Corp. | Roche's Doorley said").

``without_capitalised_nouns(doc)`` returns the Doc's entities without a one-word PERSON that
opens a sentence and is a common noun, never capitalised inside a sentence nor as the last name
of a person the document names in full: ``Banks held 52.0 billion marks`` beside ``the banks``
and ``the central bank``, ``Banks remained closed``, ``Rice imports increased`` beside ``rice``,
``Greenmail is the payment``. Capitalised only by its place, the noun names no one (GUIDELINES
3.1); the NER reads a capitalised noun that opens a sentence as a surname. A plural is a common
noun where the document also writes it in lower case, in the plural and the singular, or the
tagger reads it so (a wire that writes names in lower case has ``adams`` but no ``adam``). A
singular is one where the document also writes it in lower case, no reporting verb follows it
(``Page said``, ``Rule told``: surnames that are words too), and the document writes most of
its names capitalised (a lower-cased wire has ``hernandez`` beside ``Hernandez was
speaking``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.entity_titles import organisation_words
from extract.linking import legal_forms
from extract.relation_lexicon import lexicon

# linking.json's legal forms include the words a name is also written without ("and", "the",
# "group"); only a capitalised designator closes a firm's name.
NOT_CLOSING = frozenset({"and", "&", "the", "group", "holding", "holdings", "company"})
# Words a firm's name goes on with after a legal form ("Nikko Securities Co. International").
CONTINUATIONS = frozenset({"international"})
# The labels of names, whose case tells a wire that writes names in lower case.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def names_within_sentences(doc: Doc) -> list[Span]:
    """The Doc's entities, each cut at a sentence end inside it (see the module doc).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("by Standard and Poor's Corp. Salomon Brothers Inc was lead")
    >>> doc.ents = [Span(doc, 1, 9, "ORG")]
    >>> [(e.text, e.label_) for e in names_within_sentences(doc)]
    [("Standard and Poor's Corp.", 'ORG'), ('Salomon Brothers Inc', 'ORG')]
    """
    ents: list[Span] = []
    named = {e.text for e in doc.ents}
    for ent in doc.ents:
        ents.extend(_pieces(ent, named))
    return ents


def _pieces(ent: Span, named: set[str]) -> list[Span]:
    doc = ent.doc
    cut = next((t.i for t in ent[1:] if opens_sentence(t)), None)
    if cut is None:
        return [ent]
    head_end = cut
    while head_end > ent.start and doc[head_end - 1].is_space:
        head_end -= 1
    pieces = [Span(doc, ent.start, head_end, label=ent.label_)] if head_end > ent.start else []
    start, end = cut, ent.end
    while end > start and not doc[end - 1].text[:1].isupper():
        end -= 1  # "PaineWebber Inc co", "Goldman, Sachs and": no part of the name
    rest = Span(doc, start, end, label=ent.label_)
    if sum(t.text[:1].isupper() for t in rest) >= 2 or rest.text in named:
        pieces.extend(_pieces(rest, named))
    return pieces


def legal_form(token: Token) -> bool:
    """Whether ``token`` is a capitalised legal form as ``linking.json`` writes it ("Corp.",
    "Ltd", "N.V."; not "GmbH.", whose full stop is a sentence's); "The", "Group" and
    "Holdings" are legal forms a name is written without, not ones that close it."""
    word = token.lower_
    return token.text[:1].isupper() and word in legal_forms() and word not in NOT_CLOSING


def _ends_with_full_stop(token: Token) -> bool:
    """Whether ``token`` is a legal form with a full stop, its own or a sentence's ("Corp.",
    "Plc.")."""
    word = token.lower_
    return (
        token.text[:1].isupper()
        and word.endswith(".")
        and (word in legal_forms() or word[:-1] in legal_forms())
        and word[:-1] not in NOT_CLOSING
    )


def opens_sentence(token: Token) -> bool:
    """Whether ``token`` opens a sentence: a capitalised word after a legal form's full stop
    ("Corp. Salomon"; a firm's name ends with its legal form, "Lehman Bros. Inc." aside), the
    name's first word aside ("N.V. Philips"), unless it goes on with the firm's name: another
    legal form or an organisation word ("Co. Ltd", "Co. Holdings", "Co. International")."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or not _ends_with_full_stop(doc[i]) or doc[i].ent_iob_ == "B":
        return False
    word = token.lower_
    return (
        token.text[:1].isupper()
        and not legal_form(token)
        and word not in organisation_words()
        and word not in CONTINUATIONS
    )


def without_capitalised_nouns(doc: Doc) -> list[Span]:
    """The Doc's entities without common nouns read as a person (see the module doc).

    >>> import spacy
    >>> doc = spacy.blank("en")("Banks held 52 billion marks . The banks paid the bank .")
    >>> doc.ents = [Span(doc, 0, 1, "PERSON")]
    >>> without_capitalised_nouns(doc)
    []
    """
    lower = {t.text for t in doc if t.is_lower}
    nouns = {
        e.start
        for e in doc.ents
        if e.label_ == "PERSON"
        and len(e) == 1
        and e.text[1:].islower()
        and _common_noun(e[0], lower)
        and _starts_sentence(e[0])
    }
    if not nouns:
        return list(doc.ents)
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    inside = {t.text for t in doc if t.text[:1].isupper() and not _starts_sentence(t)}
    return [
        e
        for e in doc.ents
        if not (e.start in nouns and e.text not in surnames and e.text not in inside)
    ]


def _common_noun(token: Token, lower: set[str]) -> bool:
    """Whether the capitalised ``token`` is a common noun: a plural the document writes in lower
    case with its singular, or the tagger reads so; a singular it writes in lower case where no
    reporting verb follows and the document's names are mostly capitalised (see the module doc).
    """
    word = token.text
    if word.endswith("s"):
        # "bank" too: a plural, not a lower-cased name; or the tagger's plural common noun
        return (word.lower() in lower and word[:-1].lower() in lower) or token.tag_ == "NNS"
    if word.lower() not in lower:
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.is_punct:  # a comma or quote between: "Page," said
        after = token.doc[after.i + 1] if after.i + 1 < len(token.doc) else None
    if after is not None and after.lemma_ in lexicon()["reporting_verbs"]:
        return False
    return _names_capitalised(token.doc)


def _names_capitalised(doc: Doc) -> bool:
    """Whether most of the Doc's names are capitalised (a wire may write them all in lower
    case)."""
    names = [e for e in doc.ents if e.label_ in NAME_LABELS]
    return 2 * sum(e.text[:1].islower() for e in names) < len(names)


def _starts_sentence(token: Token) -> bool:
    """Whether ``token`` is the first word of a sentence: the text's, or after a full stop,
    question or exclamation mark (a closing quote between), a blank line or a Reuters
    paragraph's indent."""
    i = token.i - 1
    doc = token.doc
    while i >= 0 and (doc[i].is_space or doc[i].text in ('"', "''", "'")):
        if "\n\n" in doc[i].text or (doc[i].is_space and doc[i].text.startswith("\n ")):
            return True
        i -= 1
    return i < 0 or doc[i].text in (".", "!", "?") or doc[i].text.endswith(".")
