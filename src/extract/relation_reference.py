"""Pronouns and descriptions in a relation's sentence: which named participant they stand for.

Contract: ``antecedent(token)`` is the token whose name a role takes for ``token``
(GUIDELINES.md §6.3, "Pronouns and descriptions"): for a subject pronoun of a reported clause
the reporting verb's subject ("Texaco said it agreed ..." -> Texaco); for the relative pronoun
subject of a relative clause the noun the clause describes ("Texaco, which bought ..."); for
"each" or "both" subject of a clause hung on a name, that name ("Brazil and Mexico, each owing
..."); for "he" or "she" after the one person the sentence names before it, that person; for
"his" or "her" the named person subject of its clause, else that one person; for "its",
"their" or "the company" the named subject of its clause, or the reporting verb's subject; for
a company's board the company; any other token is its own. Nothing comes from another
sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.relation_deps import PERSONAL_POSSESSIVES, POSSESSIVES
from extract.relation_lexicon import lexicon


def antecedent(token: Token) -> Token:
    """The reporting verb's subject for a pronoun subject of the reported clause ("Texaco said
    it agreed ..." -> Texaco); any other token is its own."""
    words = lexicon()
    clause = token.head
    owner = next((c for c in token.children if c.dep_ == "nmod:poss"), None)
    if (
        owner is not None
        and token.dep_.startswith("nsubj")
        and token.lemma_.lower() in words["governing_bodies"]
    ):
        # "Marlin said its board executed ...": the board acts for the company that owns it.
        if owner.lower_ not in ("its", "their"):
            return owner
        if clause.dep_ == "ccomp" and clause.head.lemma_ in words["reporting_verbs"]:
            subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
        return token
    if (
        token.lower_ in words["pronouns"]
        and token.dep_.startswith("nsubj")
        and clause.dep_ == "ccomp"
        and clause.head.lemma_ in words["reporting_verbs"]
    ):
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and not _describes_subject(subject):
            return subject
    if token.lower_ in PERSONAL and token.dep_.startswith("nsubj"):
        # "made clear to ambassador Nazmi Akiman when he met ...": the one person named before it
        person = _one_person_before(token)
        if person is not None:
            return person
    if token.lower_ in DISTRIBUTIVES and token.dep_ == "nsubj" and clause.head.pos_ == "PROPN":
        # "Brazil and Mexico, each owing about 100 billion dlrs": the names the clause is on
        return clause.head
    if token.lower_ in RELATIVES and token.dep_.startswith("nsubj") and clause.dep_ == "acl:relcl":
        # "Texaco, which bought ...": the noun the clause describes; after a list the parser
        # hangs it on the first name, but it describes the last ("A, B or C, which has ...")
        listed = [c for c in clause.head.children if c.dep_ == "conj" and c.i < token.i]
        return listed[-1] if listed else clause.head
    if token.lower_ in POSSESSIVES and token.dep_ == "nmod:poss":
        return _possessor(token)
    if token.lower_ in PERSONAL_POSSESSIVES and token.dep_ == "nmod:poss":
        return _person_possessor(token)
    if token.lemma_.lower() in COMPANY_DESCRIPTIONS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return _possessor(token)  # "named Ryan president of the company": the company named
    return token


# Pronouns that stand for a person: with one person named before them in the sentence, that one.
PERSONAL = frozenset({"he", "she"})
PERSONAL_FORMS = PERSONAL | {"him", "his", "her"}
# Pronouns that stand for each of the names a clause hangs from ("Brazil and Mexico, each
# owing ...").
DISTRIBUTIVES = frozenset({"each", "both"})
# Relative pronouns that can be a clause's subject ("Texaco, which bought ...").
RELATIVES = frozenset({"who", "which", "that"})
# Reflexives that, right after a noun, only stress it ("The president himself met ...").
INTENSIVES = frozenset({"himself", "herself", "itself", "themselves"})


def intensified(token: Token) -> Token:
    """The noun or pronoun an intensive reflexive stresses ("The president himself":
    president), else ``token``."""
    if token.lower_ not in INTENSIVES or token.i == 0:
        return token
    before = token.doc[token.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN", "PRON") else token


# Descriptions that stand for a company named in the sentence ("president of the company").
COMPANY_DESCRIPTIONS = frozenset({"company", "firm", "corporation", "concern"})
MAX_CLAUSE_CLIMB = 6


# Participles whose agent describes the noun before them ("a group led by George Soros").
DESCRIBING_PARTICIPLES = frozenset(
    {"led", "headed", "controlled", "owned", "run", "managed", "formed"}
)
# Finite verbs and modals: a clause of its own, which no name's modifiers reach back over (the
# tagger takes some modifiers for verbs: "Minneapolis, Minn., broker" with "broker" VB).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _describes_subject(subject: Token) -> bool:
    """Whether the name the parser took for the reporting verb's subject only describes the
    real one, a common noun it lost: as the agent of a participle after that noun ("An investor
    group led by New York investor George Soros said it acquired ...") or as a modifier of a
    noun right after the name ("A University of Massachusetts finance professor said he ...").
    The group or the professor is unnamed, so the pronoun stands for no name (GUIDELINES.md
    §6.3)."""
    doc = subject.doc
    name = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
    if name is None:
        return False
    after = doc[name.end] if name.end < len(doc) else None
    if after is not None and after.tag_ in ("NN", "NNS") and after.text.islower():
        return True
    # back over the name's own modifiers ("New York investor", "Minneapolis, Minn., broker")
    i = name.start - 1
    while i > subject.sent.start and doc[i].lower_ != "by" and doc[i].tag_ not in FINITE_TAGS:
        i -= 1
    return (
        doc[i].lower_ == "by"
        and i > subject.sent.start
        and doc[i - 1].lower_ in DESCRIBING_PARTICIPLES
    )


def _possessor(pronoun: Token) -> Token:
    """What "its" or "the company" stands for: the name its noun is joined to by "and" ("X and
    its chairman"), else the named subject of its own clause ("Y
    completed its purchase"; a person is never "its"), else, in a reported clause, the
    reporting verb's subject ("Honeywell said its debt rose due to its acquisition ...",
    "Triton said Stiska resigned as its president"); in the reporting verb's subject, the
    reported clause's named subject ("Acme is committed, its president John Smith said"); else
    the word itself (no name to give)."""
    words = lexicon()
    owned = pronoun.head
    if (
        pronoun.lower_ in POSSESSIVES
        and owned.dep_ == "conj"
        and owned.head.i < pronoun.i
        and owned.head.ent_type_ not in ("", "PERSON")
    ):
        return owned.head  # "Giant Group Ltd. and its chairman": the name it is joined to
    clause, subject = _clause_subject(pronoun)
    if subject is not None and subject.ent_type_ == "PERSON" and pronoun.lower_ != "their":
        subject = None  # "Stiska resigned as its president": its is the company's
    if subject is not None and subject.ent_type_ and not subject.is_ancestor(pronoun):
        return subject
    if subject is not None and subject.lower_ in words["pronouns"]:
        return antecedent(subject)
    if clause.dep_ == "ccomp" and clause.head.lemma_ in words["reporting_verbs"]:
        reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if reporter is not None and reporter.ent_type_:
            return reporter
    if pronoun.lower_ in POSSESSIVES and clause.lemma_ in words["reporting_verbs"]:
        # "Acme is committed to the deal, its president John Smith said": the reporter's "its"
        # is the reported clause's named subject
        reported = next((c for c in clause.children if c.dep_ == "ccomp"), None)
        subjects = [c for c in reported.children if c.dep_.startswith("nsubj")] if reported else []
        if subjects and subjects[0].ent_type_ not in ("", "PERSON"):
            return subjects[0]
    return pronoun


def _clause_subject(word: Token) -> tuple[Token, Token | None]:
    """The verb of ``word``'s clause and its subject; a clause with no subject of its own (an
    infinitive, an adverbial clause, a second verb) takes its governing verb's ("it filed
    statements to fund its acquisition": the filer's)."""
    clause = word.head
    for _ in range(MAX_CLAUSE_CLIMB):
        if clause.pos_ in ("VERB", "AUX") or clause.head is clause:
            break
        clause = clause.head
    subject = next((c for c in clause.children if c.dep_.startswith("nsubj")), None)
    while subject is None and clause.dep_ in ("xcomp", "advcl", "conj"):
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_.startswith("nsubj")), None)
    return clause, subject


def _person_possessor(pronoun: Token) -> Token:
    """The person "his" or "her" stands for: the named person subject of its clause ("After
    her talks with Ryzhkov, Thatcher said"), or what a "he"/"she" subject stands for, else the
    one person the sentence names before it; else the word itself."""
    _, subject = _clause_subject(pronoun)
    if subject is not None and subject.ent_type_ == "PERSON" and not subject.is_ancestor(pronoun):
        return subject
    if subject is not None and subject.lower_ in PERSONAL:
        return antecedent(subject)
    return _one_person_before(pronoun) or pronoun


def _one_person_before(pronoun: Token) -> Token | None:
    """The one person the sentence names before ``pronoun``; none after another "he" or "his",
    which speaks of someone named before the sentence ("He has spoken with Elian ... since he
    arrived")."""
    before = pronoun.doc[pronoun.sent.start : pronoun.i]
    people = {e.text: e.root for e in before.ents if e.label_ == "PERSON"}
    if len(people) == 1 and not any(t.lower_ in PERSONAL_FORMS for t in before):
        return next(iter(people.values()))
    return None
