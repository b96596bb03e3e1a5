"""The word lists of the relation engine (``data/relations/lexicon.json``).

Contract: ``lexicon()`` maps each list's name to the frozen set of its words, read once; the
file's ``_doc`` says what each list is for (``tests/test_relations_people.py`` checks the
entries of the title lists). ``data_file(name)`` is a file or folder of ``data/relations``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def data_file(name: str) -> Any:
    """A file or folder of ``data/relations`` (the rules read theirs through it too)."""
    return resources.files("extract") / "data" / "relations" / name


@cache
def lexicon() -> dict[str, frozenset[str]]:
    data = json.loads(data_file("lexicon.json").read_text("utf-8"))
    return {
        "partitives": frozenset(entry["lemma"] for entry in data["partitives"]),
        "measures": frozenset(e["lemma"] for e in data["partitives"] if e.get("measure")),
        "reporting_verbs": frozenset(entry["lemma"] for entry in data["reporting_verbs"]),
        "pronouns": frozenset(entry["lower"] for entry in data["pronouns"]),
        "parties": frozenset(entry["lower"] for entry in data["parties"]),
        "titles": frozenset(entry["lower"] for entry in data["titles"]),
        "governing_bodies": frozenset(e["lemma"] for e in data["governing_bodies"]),
        "org_units": frozenset(e["lower"] for e in data["org_units"]),
        "missions": frozenset(e["lower"] for e in data["missions"]),
        "document_titles": frozenset(e["lemma"] for e in data["document_titles"]),
        "honorifics": frozenset(entry["lower"] for entry in data["honorifics"]),
        "occupations": frozenset(e["lower"] for e in data["titles"] if e.get("occupation")),
        "place_offices": frozenset(e["lower"] for e in data["titles"] if e.get("of_a_place")),
        "posted_titles": frozenset(e["lower"] for e in data["titles"] if e.get("posted")),
        "portfolio_titles": frozenset(e["lower"] for e in data["titles"] if e.get("has_portfolio")),
        "bank_roles": frozenset(entry["lower"] for entry in data["bank_roles"]),
        "portfolios": frozenset(entry["lower"] for entry in data["portfolios"]),
        "postpositive_titles": frozenset(e["lower"] for e in data["postpositive_titles"]),
        "title_modifiers": frozenset(e["lower"] for e in data["title_modifiers"]),
        "title_complements": frozenset(
            f"{e['joined_by']} {e['lower']}" for e in data["title_complements"]
        ),
    }
