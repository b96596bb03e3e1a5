"""Within-document name linking: which named mentions of an article name the same participant.

Contract: ``link_names(text, entities)`` takes the text and the entity layer as ``(start, end,
label)`` offsets into it, and returns one ``NameCluster`` per participant named in the
document: its members are indices into ``entities`` (in text order) and its ``name`` is the
fullest form it is written in. Only names are linked (``NAME_LABELS``), never numbers or
dates; every name belongs to exactly one cluster, a singleton when nothing links it. Pure
functions, no spaCy: a document's names are linked in one pass, in time linear in its names.

A mention joins the cluster of an earlier one (GUIDELINES.md §6.2, "Linked names") when it:

- repeats it (same words, case and spacing aside): ``Rosneft`` ... ``Rosneft``;
- is an acronym given in parentheses right after it, or a later use of that acronym:
  ``Russian Railways (RZD)`` ... ``RZD``;
- is the initials of it: ``International Monetary Fund`` ... ``IMF``;
- is its last words, for a person (``Raul Castro`` ... ``Castro``) or a name written with its
  description (``Russian state oil major Rosneft`` ... ``Rosneft``);
- is an organisation written without its legal form (``Texaco Inc`` ... ``Texaco``).

A mention that could join two different clusters (``Castro`` after ``Raul Castro`` and
``Fidel Castro``) joins none: it stays a cluster of its own.

>>> text = "Russian Railways (RZD) said on Monday. RZD and Raul Castro met; Castro spoke."
>>> ents = [(0, 16, "ORG"), (18, 21, "ORG"), (39, 42, "ORG"), (47, 58, "PERSON"),
...         (64, 70, "PERSON")]
>>> [(c.name, c.members) for c in link_names(text, ents)]
[('Russian Railways', (0, 1, 2)), ('Raul Castro', (3, 4))]
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Labels that name a participant; numbers, amounts and times are never linked.
NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
# Labels a later short form may carry for an earlier longer name (taggers often mislabel a lone
# surname or company name).
SHORT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_WORD = re.compile(r"[\w.&'\u2019-]+")


@cache
def _words(name: str) -> frozenset[str]:
    """A word list of ``data/relations/linking.json`` (legal forms, words skipped in initials)."""
    data = json.loads(
        (resources.files("extract") / "data" / "relations" / "linking.json").read_text("utf-8")
    )
    return frozenset(data[name])


@dataclass(frozen=True, slots=True)
class NameCluster:
    """One participant: ``members`` index the entity list given to ``link_names``."""

    id: int
    name: str
    label: str
    members: tuple[int, ...]


def words(text: str) -> tuple[str, ...]:
    """A name's words, case-folded, without a trailing possessive.

    >>> words("Texaco  Inc.'s")
    ('texaco', 'inc.')
    """
    found = [w.casefold() for w in _WORD.findall(text)]
    if found and found[-1].endswith(("'s", "\u2019s")):
        found[-1] = found[-1][:-2]
    return tuple(w for w in found if w)


def initials(text: str) -> str:
    """The capital initials of a name's words, minor words skipped.

    >>> initials("International Monetary Fund"), initials("Bank for International Settlements")
    ('IMF', 'BIS')
    """
    return "".join(
        w[0].upper() for w in _WORD.findall(text) if w.casefold() not in _words("initials_skip")
    )


def is_acronym(text: str) -> bool:
    """Two to six capitals (dots allowed): ``RZD``, ``U.S.``, ``IMF``.

    >>> is_acronym("RZD"), is_acronym("Rosneft"), is_acronym("U.S.")
    (True, False, True)
    """
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def short_form_of(
    short: tuple[str, ...], long: tuple[str, ...], long_text: str, label: str
) -> bool:
    """Whether the words ``short`` are a later short form of the earlier name ``long``.

    >>> short_form_of(("castro",), ("raul", "castro"), "Raul Castro", "PERSON")
    True
    >>> short_form_of(("texaco",), ("texaco", "inc"), "Texaco Inc", "ORG")
    True
    >>> short_form_of(("bank",), ("world", "bank"), "World Bank", "ORG")
    False
    """
    if not short or len(short) >= len(long):
        return False
    if long[-len(short) :] == short:  # a surname, or a name written with its description
        return label == "PERSON" or described(" ".join(_WORD.findall(long_text)[: -len(short)]))
    if long[: len(short)] == short:  # an organisation without its legal form
        return label == "ORG" and all(w in _words("legal_forms") for w in long[len(short) :])
    return False


def link_names(text: str, entities: Sequence[tuple[int, int, str]]) -> list[NameCluster]:
    """The clusters of the names among ``entities`` (see the module's doc), in order of their
    first mention."""
    order = sorted(
        (i for i, (_, _, label) in enumerate(entities) if label in NAME_LABELS),
        key=lambda i: entities[i][:2],
    )
    forms = {i: text[entities[i][0] : entities[i][1]] for i in order}
    split = {i: words(forms[i]) for i in order}
    cluster_of: dict[int, int] = {}  # entity index -> cluster number
    members: list[list[int]] = []
    aliases: dict[str, int] = {}  # case-folded words (or initials) -> cluster number
    previous: int | None = None
    for i in order:
        label, mention, short = entities[i][2], forms[i], split[i]
        cluster = aliases.get(" ".join(short))
        if (
            cluster is None
            and previous is not None
            and is_acronym(mention)
            and _in_parentheses(text, entities, previous, i)
        ):
            cluster = cluster_of[previous]
        if cluster is None and is_acronym(mention):
            cluster = aliases.get("#" + mention.replace(".", ""))
            cluster = None if cluster == -1 else cluster
        if cluster is None and label in SHORT_LABELS:
            cluster = _only(
                {
                    cluster_of[j]
                    for j in cluster_of
                    if short_form_of(short, split[j], forms[j], entities[j][2])
                }
            )
        if cluster is None:
            cluster = len(members)
            members.append([])
        members[cluster].append(i)
        cluster_of[i] = cluster
        aliases.setdefault(" ".join(short), cluster)
        if len(short) > 1 and not any(is_acronym(w) for w in mention.split()):
            # A name's initials ("IMF"); two names with the same initials: neither.
            acronym = "#" + initials(mention)
            aliases[acronym] = cluster if aliases.get(acronym, cluster) == cluster else -1
        previous = i
    return [_cluster(n, forms, entities, found) for n, found in enumerate(members)]


def _only(clusters: set[int]) -> int | None:
    return next(iter(clusters)) if len(clusters) == 1 else None


def _in_parentheses(
    text: str, entities: Sequence[tuple[int, int, str]], before: int, i: int
) -> bool:
    """Whether entity ``i`` is an acronym of entity ``before`` written in parentheses right after
    it, starting with the same letter ("Russian Railways (RZD)", not "Sony (U.K.)")."""
    start, end, _ = entities[i]
    between, after = text[entities[before][1] : start], text[end : end + 2]
    name = _bare(text[entities[before][0] : entities[before][1]])
    return (
        between.strip() == "("
        and after.lstrip().startswith(")")
        and name[:1].upper() == text[start : start + 1]
    )


def _cluster(
    number: int, forms: dict[int, str], entities: Sequence[tuple[int, int, str]], found: list[int]
) -> NameCluster:
    """The fullest form is the longest mention in words (the first of them), spaces collapsed;
    a name written with its description ("Russian state oil major Rosneft") comes last."""

    def rank(k: int) -> tuple[bool, int, int]:
        form = forms[found[k]]
        return (not described(form), len(words(form)), -k)

    best = max(range(len(found)), key=rank)
    return NameCluster(
        id=number,
        name=_bare(forms[found[best]]),
        label=entities[found[best]][2],
        members=tuple(found),
    )


def _bare(form: str) -> str:
    """A name without its article or possessive, spaces collapsed.

    >>> _bare("the Securities and\\nExchange Commission"), _bare("Robert Maxwell's")
    ('Securities and Exchange Commission', 'Robert Maxwell')
    """
    name = " ".join(form.split())
    if name[:4].casefold() == "the " and len(name) > 4:
        name = name[4:]
    return re.sub(r"(?:'s|\u2019s|')$", "", name) or name


def described(text: str) -> bool:
    """Whether a name carries lower-case words other than minor ones (a description).

    >>> described("Russian state oil major Rosneft"), described("Bank for International Trade")
    (True, False)
    """
    return any(
        w[:1].islower() and w.casefold() not in _words("initials_skip") for w in _WORD.findall(text)
    )


def legal_forms() -> frozenset[str]:
    """Words an organisation's name is also written without ("Texaco Inc" -> "Texaco")."""
    return _words("legal_forms")
