"""Loading the spaCy pipeline and reading named entities off its Docs.

Contract: ``load_nlp()`` returns the project's own English pipeline (NER with the 18 OntoNotes
labels, tagger, morphologiser, lemmatiser, dependency parser), loaded from package data with no
network access; ``load_nlp(name_or_path)`` loads any installed spaCy pipeline instead.
``entity_spans(doc)`` lists the entities as ``(start_char, end_char, label)`` in the Doc's text;
``named_in_full(ent, words)`` says whether words of an entity stand inside a longer ORG of the
same document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from importlib import resources
from itertools import accumulate
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from extract import paragraphs
from extract.data_files import entries
from extract.errors import ModelError

DEFAULT_MODEL = "en_extract_core"

ONTONOTES_LABELS = frozenset(
    {
        "CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY", "NORP",
        "ORDINAL", "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART",
    }
)  # fmt: skip
# Labels of places: a town, a country, a nationality, a region.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})


def default_model_path() -> Path:
    """Where the packaged pipeline lives inside the installed ``extract`` package."""
    return Path(str(resources.files("extract") / "models" / DEFAULT_MODEL))


def load_nlp(model: str | Path | None = None) -> Language:
    """The spaCy pipeline: the packaged one by default, else an installed name or a path.

    Raises ``ModelError`` naming the model when it cannot be loaded.
    """
    if model is None:
        return _packaged()
    return _load(str(model))


@cache
def _packaged() -> Language:
    path = default_model_path()
    # The NER first: it keeps its own token vectors, and the parser's sentence starts, which it
    # may not cross, cut names on wire text ("Yamaichi International (Europe" / "Ltd").
    names = spacy.util.load_config(path / "config.cfg")["nlp"]["pipeline"]
    order = ("ner", *(name for name in names if name != "ner"))
    nlp = _load(str(path), order)
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for form in (*abbreviations(), *_kept_whole("designators")):
            tokenizer.add_special_case(form, [{ORTH: form}])
        tokenizer.infix_finditer = _with_infixes(tokenizer.infix_finditer)
    nlp.add_pipe(paragraphs.NAME, first=True)
    return nlp


def _with_infixes(
    finditer: Callable[[str], Iterator[re.Match[str]]] | None,
) -> Callable[[str], Iterator[re.Match[str]]]:
    """spaCy's infix search with the project's infixes (``data/tokenizer/infixes.json``) too:
    "U.S.-Japan" splits into "U.S.", "-", "Japan"."""
    extra = re.compile("|".join(e["pattern"] for e in entries("tokenizer/infixes.json", "infixes")))

    def search(text: str) -> Iterator[re.Match[str]]:
        found = list(finditer(text)) if finditer is not None else []
        found += [m for m in extra.finditer(text) if not any(_overlap(m, f) for f in found)]
        return iter(sorted(found, key=lambda m: m.start()))

    return search


def _overlap(one: re.Match[str], other: re.Match[str]) -> bool:
    return one.start() < other.end() and other.start() < one.end()


def abbreviations() -> tuple[str, ...]:
    """The ranks and titles the packaged tokenizer keeps whole (``data/tokenizer/
    abbreviations.json``), as written and in capitals: "Brig.", "BRIG."; it keeps its
    ``designators`` ("Cos.") whole too."""
    return _kept_whole("abbreviations")


@cache
def _kept_whole(key: str) -> tuple[str, ...]:
    forms = [entry["form"] for entry in entries("tokenizer/abbreviations.json", key)]
    return tuple(dict.fromkeys(f for form in forms for f in (form, form.upper())))


@cache
def _load(name_or_path: str, order: tuple[str, ...] | None = None) -> Language:
    overrides = {} if order is None else {"nlp": {"pipeline": list(order)}}
    try:
        nlp = spacy.load(name_or_path, config=overrides)
    except (OSError, ValueError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy pipeline {name_or_path!r}: {exc}") from exc
    if "ner" not in nlp.pipe_names and "entity_ruler" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {name_or_path!r} has no entity recogniser")
    return nlp


def model_identity(nlp: Language) -> tuple[str, str]:
    """``(name, version)`` of a pipeline as recorded in every record, e.g. ``("en_extract_core",
    "0.1.0")``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}", str(meta.get("version", ""))


def has_parse(nlp: Language) -> bool:
    """Whether the pipeline assigns the dependency parse the relation rules read."""
    return "parser" in nlp.pipe_names


# Tokens a statistical NER sometimes lets an entity start or end on; never part of a name. The
# underscore is the dash of NYT and AP copy ("WASHINGTON _", "said Gonzalez _ who").
EDGE_PUNCTUATION = frozenset("()[]{}<>\"'`,;:-_\u2013\u2014")


def entity_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """The Doc's entities as ``(start_char, end_char, label)``, in text order, with whitespace
    and stray punctuation tokens trimmed off their edges.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["HAVANA", "(", "Reuters", ")", "Raul", "Castro"],
    ...           ents=["B-GPE", "I-GPE", "O", "O", "B-PERSON", "I-PERSON"])
    >>> entity_spans(doc)
    [(0, 6, 'GPE'), (19, 30, 'PERSON')]
    """
    return [(ent.start_char, ent.end_char, ent.label_) for ent in trimmed_entities(doc)]


def trimmed_entities(doc: Doc) -> list[Span]:
    """The Doc's entities with whitespace and stray punctuation tokens trimmed off their edges,
    and none that holds nothing else (the wire's dash "_" read as a name)."""
    ents = []
    for ent in doc.ents:
        start, end = trimmed_tokens(doc, ent.start, ent.end)
        if start < end:
            ents.append(Span(doc, start, end, ent.label_))
    return ents


def name_words(span: Span) -> tuple[str, ...]:
    """The words of a name, without whitespace tokens and a leading "the": the words two
    mentions of one name share ("the Bank of Japan", "Bank of Japan")."""
    words = tuple(t.text for t in span if not t.is_space)
    return words[1:] if words and words[0].lower() == "the" else words


def named_in_full(ent: Span, words: Sequence[Token], among: Sequence[Span] | None = None) -> bool:
    """Whether ``words`` of ``ent`` stand inside a longer ORG of the same document (of
    ``among``, the entities as a stage has repaired them so far, else the Doc's): a firm the
    document names in full ("Contel" of "Contel Corp", "U.S. Lines" of "U.S. Lines Inc")."""
    name = f" {' '.join(t.text for t in words)} "
    return any(
        other.label_ == "ORG"
        and len(other) > len(ent)
        and name in f" {' '.join(other.text.split())} "
        for other in (ent.doc.ents if among is None else among)
    )


def in_place_of_overlapped(doc: Doc, found: Sequence[Span]) -> list[Span]:
    """The Doc's entities with ``found`` (non-overlapping spans) in place of every entity that
    shares a token with one of them, in text order."""
    if not found:
        return list(doc.ents)
    covered = {i for span in found for i in range(span.start, span.end)}
    kept = [e for e in doc.ents if not any(i in covered for i in range(e.start, e.end))]
    return sorted([*kept, *found], key=lambda e: e.start)


def trimmed_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token range ``start:end`` without whitespace and stray punctuation tokens on its
    edges, nor an article before an opening quote (``the "Stability Law``: the quote stands
    between the article and the name, and both are outside it, GUIDELINES.md 3.3); empty
    (``start >= end``) when nothing else is in it."""
    while start < end and _is_edge_junk(doc[start]):
        start += 1
    if start + 1 < end and doc[start].lower_ == "the" and _is_quote(doc[start + 1]):
        after = next((i for i in range(start + 1, end) if not _is_quote(doc[i])), end)
        start = after if after < end else start
    while end > start and _is_edge_junk(doc[end - 1]):
        end -= 1
    return start, end


def _is_quote(token: Token) -> bool:
    return token.text in ('"', "`", "``", "''", "'", "\u201c", "\u2018")


def _is_edge_junk(token: Token) -> bool:
    # a doubled dash is one token ("Sir John -- rather than"): punctuation all the same
    return token.is_space or all(c in EDGE_PUNCTUATION for c in token.text)


def with_mention_spans(
    entities: list[tuple[int, int, str]],
    mentions: Sequence[tuple[int, int, str | None]],
    replaces: frozenset[str] | Callable[[int, int, str], bool] | None = None,
) -> list[tuple[int, int, str]]:
    """The entities with each mention of a value stage made the entity over exactly its span.

    The money and date stages read their mentions more precisely than the NER ("$350 million
    to $400 million" as one range, "the January-September period" whole), and the guideline
    makes a mention and its entity the same stretch of text. Entities overlapping a mention
    give way to it when their label is in ``replaces`` (None: any label; or a test of the
    entity's start, end and label); the mention then
    becomes an entity with its label, unless that label is None (a date mention that is no
    entity, like "recently") or another entity still overlaps it.

    >>> with_mention_spans([(0, 6, "GPE"), (10, 14, "CARDINAL"), (15, 18, "MONEY")],
    ...                    [(10, 22, "MONEY")])
    [(0, 6, 'GPE'), (10, 22, 'MONEY')]
    >>> with_mention_spans([(0, 8, "DATE"), (20, 28, "ORG")], [(0, 12, "DATE"), (20, 24, "DATE"),
    ...                    (30, 38, None)], replaces=frozenset({"DATE", "TIME"}))
    [(0, 12, 'DATE'), (20, 28, 'ORG')]
    >>> with_mention_spans([(0, 9, "MONEY"), (20, 28, "MONEY")], [(0, 9, "DATE"), (20, 28, "DATE")],
    ...                    replaces=lambda start, end, label: start < 10)
    [(0, 9, 'DATE'), (20, 28, 'MONEY')]
    """

    hits_mention = _overlap_test([(start, end) for start, end, _ in mentions])
    kept = [
        (start, end, label)
        for start, end, label in entities
        if not _gives_way(replaces, start, end, label) or not hits_mention(start, end)
    ]
    hits_kept = _overlap_test([(start, end) for start, end, _ in kept])
    added = [
        (start, end, label)
        for start, end, label in mentions
        if label is not None and not hits_kept(start, end)
    ]
    return sorted(kept + added)


def _gives_way(
    replaces: frozenset[str] | Callable[[int, int, str], bool] | None,
    start: int,
    end: int,
    label: str,
) -> bool:
    if replaces is None:
        return True
    if isinstance(replaces, frozenset):
        return label in replaces
    return replaces(start, end, label)


def _overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span overlaps any of ``spans``, in O(log n): of the spans that start before its
    end (a prefix when sorted by start), the one reaching furthest must end after its start."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    reach = list(accumulate((end for _, end in ordered), max, initial=-1))

    def overlaps(start: int, end: int) -> bool:
        return reach[bisect_left(starts, end)] > start

    return overlaps
