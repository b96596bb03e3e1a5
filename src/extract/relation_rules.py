"""Relation rules as data: loading and validating ``data/relations/rules/*.jsonl``.

Contract: ``load_rules()`` returns every rule of the rule files (one JSON Lines file per
relation type, ``rules/<type>.jsonl``) as a typed ``Rule``, each checked on load against
``types.json`` (``relation_types()``: which entity labels or value kinds each role admits) and
against its own pattern (roles name pattern nodes, fills exist, word lists exist); a bad rule
raises ``DataError`` naming its file and line. ``relations.find_relations`` runs them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from extract.errors import DataError
from extract.relation_lexicon import data_file as _data_file
from extract.relation_lexicon import lexicon

FILLS = frozenset(
    {
        "entity",
        "phrase",
        "prefix",
        "office",
        "money",
        "date",
        "appos_title",
        "appos_org",
        "appos_title_before",
        "appos_org_before",
        "prefix_org",
    }
)
# The kind a role must admit in types.json to be filled this way (entity fills name labels).
FILL_KINDS = {
    "phrase": "PHRASE",
    "prefix": "PHRASE",
    "office": "PHRASE",
    "appos_title": "PHRASE",
    "appos_title_before": "PHRASE",
    "money": "MONEY",
    "date": "DATE",
}


@dataclass(frozen=True, slots=True)
class RoleSpec:
    fill: str
    nodes: tuple[str, ...]  # the pattern nodes it is read from, tried in order; () for sentence
    labels: frozenset[str]
    scope: str | None
    # Optional roles: read the node's first child with one of these dependency labels instead,
    # if given one with a case marker among ``case`` ("to Cuba", "in Havana").
    via: tuple[str, ...] = ()
    case: tuple[str, ...] = ()
    # A word list of lexicon.json whose entities never fill the role ("parties": "Republican").
    excluded: str | None = None
    # Also look further down the node's phrase when no child fills it: the parser hangs "to
    # Veeco" on the last noun of "the assets of its Novatronics Division to Veeco".
    deep: bool = False
    # Also read the children of a title coordinated after the node: "chairman and chief
    # executive of Chevron" hangs "of Chevron" on "executive" only, though it is both titles'.
    shared: bool = False
    # A child read before the role's nodes, as (node, via, case): "an agreement for Continental
    # to buy General Tire" names its buyer after "for", whoever signed it.
    first: tuple[str, tuple[str, ...], tuple[str, ...]] | None = None


@dataclass(frozen=True, slots=True)
class Unless:
    """What drops a match: one of ``nodes`` with a dependent by ``via`` (and a ``case`` marker
    among ``case``; ``deep``: anywhere in its phrase), or with ``modified`` a noun, adjective
    or number right before it ("Chinese textile exports": a modifier the parse may have hung
    elsewhere)."""

    nodes: tuple[str, ...]
    via: tuple[str, ...] = ()
    case: tuple[str, ...] = ()
    deep: bool = False
    modified: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    type: str
    trigger: str
    pattern: list[dict[str, Any]]
    roles: Mapping[str, RoleSpec]
    required: frozenset[str]
    # At least one of these roles must be filled: what makes "ordered" a purchase ("ordered 20
    # jets", "worth 5 mln dlrs", "from Boeing") and not a command ("ordered tighter rules").
    require_any: frozenset[str] = frozenset()
    # Whether the modality guards apply: a title joined to a name ("President Reagan would
    # ...") states the office whatever the clause around it says.
    guarded: bool = True
    # What keeps the rule from matching: "X and Y reached an agreement with Z" makes X and Y
    # one side, so no agreement of X with Y.
    unless: tuple[Unless, ...] = ()


@cache
def relation_types() -> dict[str, dict[str, list[str]]]:
    """Relation type -> role -> the entity labels or value kinds (MONEY, DATE, PHRASE) allowed."""
    types: dict[str, dict[str, list[str]]] = json.loads(_data_file("types.json").read_text("utf-8"))
    return {name: roles for name, roles in types.items() if not name.startswith("_")}


@cache
def load_rules() -> tuple[Rule, ...]:
    """Every rule of ``rules/*.jsonl``, validated; raises ``DataError`` naming the bad line.

    One file per relation type, read in file-name order; a file holds only its own type's rules.
    """
    rules: list[Rule] = []
    seen: set[str] = set()
    files = sorted(
        (f for f in _data_file("rules").iterdir() if f.name.endswith(".jsonl")),
        key=lambda f: f.name,
    )
    for file in files:
        where = f"relations/rules/{file.name}"
        for number, line in enumerate(file.read_text("utf-8").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                rule = _parse_rule(json.loads(line))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise DataError(f"{where}:{number}: {exc}") from exc
            if rule.id in seen:
                raise DataError(f"{where}:{number}: duplicate rule id {rule.id!r}")
            if f"{rule.type.lower()}.jsonl" != file.name:
                raise DataError(f"{where}:{number}: rule {rule.id!r} is a {rule.type} rule")
            seen.add(rule.id)
            rules.append(rule)
    return tuple(rules)


def _parse_rule(data: Mapping[str, Any]) -> Rule:
    rule_id = data["id"]
    types = relation_types()
    if data["type"] not in types:
        raise ValueError(f"rule {rule_id}: unknown relation type {data['type']!r}")
    allowed = types[data["type"]]
    nodes = {node["RIGHT_ID"] for node in data["pattern"]}
    trigger = data.get("trigger", data["pattern"][0]["RIGHT_ID"])
    roles: dict[str, RoleSpec] = {}
    for role, spec in data["roles"].items():
        if role not in allowed:
            raise ValueError(f"rule {rule_id}: role {role!r} is not a role of {data['type']}")
        fill = spec["fill"]
        if fill not in FILLS:
            raise ValueError(f"rule {rule_id}: role {role!r} has unknown fill {fill!r}")
        node = spec.get("node")
        role_nodes = (node,) if isinstance(node, str) else tuple(node or ())
        if unknown := [n for n in role_nodes if n not in nodes]:
            raise ValueError(f"rule {rule_id}: role {role!r} names unknown nodes {unknown}")
        first = spec.get("first")
        if first is not None and (first.get("node") not in nodes or not first.get("via")):
            raise ValueError(f"rule {rule_id}: role {role!r} needs 'first' with a node and 'via'")
        if not role_nodes and spec.get("scope") != "sentence":
            raise ValueError(f"rule {rule_id}: role {role!r} needs a node or scope 'sentence'")
        labels = frozenset(spec.get("labels", allowed[role]))
        kind = FILL_KINDS.get(fill)
        if kind is not None and kind not in allowed[role]:
            raise ValueError(f"rule {rule_id}: role {role!r} cannot be filled by {fill}")
        if not labels <= set(allowed[role]):
            raise ValueError(
                f"rule {rule_id}: role {role!r} admits {sorted(labels - set(allowed[role]))}"
            )
        if spec.get("except") is not None and spec["except"] not in lexicon():
            raise ValueError(
                f"rule {rule_id}: role {role!r} excepts unknown list {spec['except']!r}"
            )
        roles[role] = RoleSpec(
            fill=fill,
            nodes=role_nodes,
            labels=labels,
            scope=spec.get("scope"),
            via=tuple(spec.get("via", ())),
            case=tuple(spec.get("case", ())),
            excluded=spec.get("except"),
            deep=bool(spec.get("deep", False)),
            shared=bool(spec.get("shared", False)),
            first=(
                (first["node"], tuple(first["via"]), tuple(first.get("case", ())))
                if first is not None
                else None
            ),
        )
    required = frozenset(data.get("required", []))
    if not required <= roles.keys():
        raise ValueError(
            f"rule {rule_id}: required roles {sorted(required - roles.keys())} undefined"
        )
    require_any = frozenset(data.get("require_any", []))
    if not require_any <= roles.keys():
        raise ValueError(f"rule {rule_id}: require_any roles {sorted(require_any)} undefined")
    pattern = list(data["pattern"])
    guarded = data.get("guarded", True)
    if not isinstance(guarded, bool):
        raise ValueError(f"rule {rule_id}: 'guarded' must be true or false")
    unless = []
    for entry in data.get("unless", ()):
        unless_nodes = tuple(entry["nodes"])
        modified = bool(entry.get("modified", False))
        if not unless_nodes or not set(unless_nodes) <= nodes or not (entry.get("via") or modified):
            raise ValueError(f"rule {rule_id}: 'unless' needs known nodes and 'via' or 'modified'")
        via, case = tuple(entry.get("via", ())), tuple(entry.get("case", ()))
        unless.append(Unless(unless_nodes, via, case, bool(entry.get("deep", False)), modified))
    return Rule(
        rule_id,
        data["type"],
        trigger,
        pattern,
        roles,
        required,
        require_any,
        guarded,
        tuple(unless),
    )
