"""The pipeline: raw article -> cleaning -> spaCy -> money, dates, relations -> one record.

Contract: ``Pipeline.process(text)`` returns one record (a JSON-ready dict following
``data/record.schema.json``) and ``Pipeline.process_many(docs)`` yields one per input, in order,
an error record for a document that cannot be processed. Every offset in a record is a
character offset into the raw input; stages work on the cleaned text and this module alone maps
their spans back through the cleaning offset map.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from extract import dates as dates_stage
from extract import money as money_stage
from extract import percentages
from extract import relations as relations_stage
from extract._version import __version__
from extract.annotation import annotate
from extract.clean import Cleaned, clean
from extract.dates_modifiers import without_noun_articles
from extract.entities import entity_spans, has_parse, load_nlp, model_identity
from extract.entity_layer import agreed_entities, ner_money
from extract.errors import InputError, ModelError
from extract.io import Document, document_from_object
from extract.linking import link_names
from extract.paragraphs import unwrapped
from extract.quantities import find_quantities
from extract.records import (
    DateMention,
    DocumentError,
    Entity,
    Money,
    Name,
    Percentage,
    Record,
    Relation,
    Span,
    text_sha256,
)
from extract.relation_repeats import link_relations

DEFAULT_BATCH_SIZE = 32
# The error kind of a document the pipeline itself failed on (a bug), not its input.
INTERNAL_ERROR = "internal-error"
_log = logging.getLogger(__name__)
_WARM_UP = "Moscow sold Havana oil worth $5 million on Monday, Reuters said."


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A document that passed the input checks, with its cleaned text."""

    document: Document
    cleaned: Cleaned


class Pipeline:
    """Raw news text in, structured records out.

    ``model`` names any installed spaCy pipeline (or a path) to use for the entities instead of
    the packaged one; the packaged pipeline still provides the dependency parse the relation
    rules are written for, so relations work whatever NER model is chosen.
    """

    def __init__(
        self,
        model: str | Path | None = None,
        *,
        clean_steps: Sequence[str] | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        self.nlp: Language = load_nlp()
        self.ner_nlp: Language | None = None
        if model is not None:
            self.ner_nlp = load_nlp(model)
        if not has_parse(self.nlp):
            raise ModelError("the packaged pipeline has no dependency parser")
        self.clean_steps = clean_steps
        self.batch_size = batch_size
        self.model_name, self.model_version = model_identity(self.ner_nlp or self.nlp)
        self._warm_up()

    @property
    def max_length(self) -> int:
        return min(self.nlp.max_length, (self.ner_nlp or self.nlp).max_length)

    def process(
        self, text: str, *, doc_id: str | None = None, published: str | None = None
    ) -> dict[str, Any]:
        """One record for one text; an unusable text gives an error record, never an exception.

        The record is plain JSON data: ``json.dumps(pipeline.process(text))`` always works.
        """
        document = Document(doc_id=doc_id or "doc", text=text, published=published)
        return next(self.process_many([document]))

    def process_many(
        self, docs: Iterable[Document | InputError | Mapping[str, Any]]
    ) -> Iterator[dict[str, Any]]:
        """One record per input, in input order, streamed in batches through ``nlp.pipe``.

        Inputs are ``Document`` objects, mappings with ``id``/``text``/``published``, or the
        ``InputError`` items that ``io.read_documents`` yields for unreadable documents.
        """
        for record in self.records(docs):
            yield record.to_json()

    def records(
        self, docs: Iterable[Document | InputError | Mapping[str, Any]]
    ) -> Iterator[Record]:
        """Like ``process_many`` but yields typed ``Record`` objects."""
        seen: set[str] = set()
        batch: list[_Prepared | Record] = []
        for item in docs:
            batch.append(self._prepare(item, seen))
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _prepare(
        self, item: Document | InputError | Mapping[str, Any], seen: set[str]
    ) -> _Prepared | Record:
        if isinstance(item, InputError):
            return self._error_record(item)
        if isinstance(item, Document):
            document = item
        else:
            converted = document_from_object(item, source=None, fallback_id=None)
            if isinstance(converted, InputError):
                return self._error_record(converted)
            document = converted
        if document.doc_id in seen:
            return self._error_record(
                InputError(
                    "duplicate-id",
                    f"document id {document.doc_id!r} was already processed in this run",
                    doc_id=document.doc_id,
                    source=document.source,
                ),
                document,
            )
        seen.add(document.doc_id)
        if not document.text.strip():
            return self._error_record(
                InputError(
                    "empty", "document is empty", doc_id=document.doc_id, source=document.source
                ),
                document,
            )
        if len(document.text) > self.max_length:
            return self._error_record(
                InputError(
                    "too-long",
                    f"text has {len(document.text)} characters, more than the pipeline's "
                    f"max_length of {self.max_length}; split the document",
                    doc_id=document.doc_id,
                    source=document.source,
                ),
                document,
            )
        return _Prepared(document, clean(document.text, self.clean_steps))

    def _run_batch(self, batch: list[_Prepared | Record]) -> list[Record]:
        texts = [item.cleaned.text for item in batch if isinstance(item, _Prepared)]
        # Inside a memory zone spaCy frees what the batch added to the vocabulary when it ends,
        # so memory stays flat over millions of documents; no Doc outlives its batch.
        with ExitStack() as zones:
            for nlp in {id(n): n for n in (self.nlp, self.ner_nlp) if n is not None}.values():
                zones.enter_context(nlp.memory_zone())
            return self._annotated_records(batch, texts)

    def _annotated_records(self, batch: list[_Prepared | Record], texts: list[str]) -> list[Record]:
        try:
            docs = iter(self._annotate(texts))
            return [
                item if isinstance(item, Record) else self._record(item, next(docs))
                for item in batch
            ]
        except Exception:
            if len(texts) <= 1:
                raise
            # A bug that one document triggers must not cost the others their records: redo
            # the batch a document at a time, and give the failing one an error record.
            return [self._alone(item) for item in batch]

    def _alone(self, item: _Prepared | Record) -> Record:
        if isinstance(item, Record):
            return item
        try:
            return self._annotated_records([item], [item.cleaned.text])[0]
        except Exception as exc:  # any failure at all becomes the document's record
            _log.exception("%s: internal error", item.document.doc_id)
            error = InputError(
                INTERNAL_ERROR,
                f"internal error, please report it with this document: {type(exc).__name__}: {exc}",
                doc_id=item.document.doc_id,
                source=item.document.source,
            )
            return self._error_record(error, item.document)

    def _warm_up(self) -> None:
        # Matchers add their patterns' strings to the vocabulary when first built; built inside
        # a memory zone those strings would be freed with it, so build them here, outside.
        warm_up = _Prepared(Document("warm-up", _WARM_UP), clean(_WARM_UP))
        self._annotated_records([warm_up], [warm_up.cleaned.text])

    def _annotate(self, texts: list[str]) -> Iterator[Doc]:
        for doc in self._parsed(texts):
            annotate(doc)
            yield doc

    def _parsed(self, texts: list[str]) -> Iterator[Doc]:
        texts = [unwrapped(text) for text in texts]  # same offsets, no line wraps to misread
        if self.ner_nlp is None:
            yield from self.nlp.pipe(texts, batch_size=self.batch_size)
            return
        # The user's model decides the entities; ours adds the parse the rules are written for.
        ner_docs = self.ner_nlp.pipe(texts, batch_size=self.batch_size)
        docs = self.nlp.pipe(texts, batch_size=self.batch_size, disable=["ner"])
        for doc, ner_doc in zip(docs, ner_docs, strict=True):
            doc.ents = _aligned_entities(doc, ner_doc)
            yield doc

    def _record(self, item: _Prepared, doc: Doc) -> Record:
        document, cleaned = item.document, item.cleaned
        raw = document.text
        ents = entity_spans(doc)
        dct = dates_stage.resolve_dct(document.published, cleaned.text)
        quantities = find_quantities(cleaned.text)
        money = money_stage.find_money(cleaned.text, ner_money(ents, quantities))
        date_matches = dates_stage.find_dates(
            cleaned.text, dct, [(s, e, label) for s, e, label in ents if label in ("DATE", "TIME")]
        )
        # "The Sunday Times", "May Department Stores Co": a date word of a name is no date
        date_matches = [
            d for d in date_matches if not dates_stage.inside_a_name(d, cleaned.text, ents)
        ]
        date_matches = without_noun_articles(date_matches, doc)  # "the fourth quarter GDP rise"
        relations = relations_stage.find_relations(doc, money, date_matches, dct.value)
        percents = percentages.find_percents(cleaned.text)
        # The record's entity layer agrees with the value stages' spans.
        entities = agreed_entities(cleaned.text, ents, money, percents, date_matches, quantities)
        names = link_names(cleaned.text, entities)  # one participant, many names (linking.py)
        relations = link_relations(relations, cleaned.text, entities, names)

        def span(start: int, end: int) -> Span:
            raw_start, raw_end = cleaned.to_raw(start, end)
            return Span.of(raw, raw_start, raw_end)

        return Record(
            doc_id=document.doc_id,
            published=document.published,
            dct_source=dct.source,
            text_sha256=text_sha256(raw),
            pipeline_version=__version__,
            model=self.model_name,
            model_version=self.model_version,
            source=document.source,
            input=_input_provenance(document),
            entities=tuple(_entity_record(span(s, e), label) for s, e, label in entities),
            money=tuple(_money_record(span(m.start, m.end), m) for m in money),
            percentages=tuple(
                Percentage(*_fields(span(s, e)), percentages.parse_percent(cleaned.text[s:e]))
                for s, e in percents
            ),
            dates=tuple(_date_record(span(d.start, d.end), d) for d in date_matches),
            relations=tuple(_relation_record(span, r) for r in relations),
            names=tuple(Name(c.id, c.name, c.label, c.members) for c in names),
        )

    def _error_record(self, error: InputError, document: Document | None = None) -> Record:
        return error_record(error, self.model_name, self.model_version, document)


def error_record(
    error: InputError, model: str, model_version: str, document: Document | None = None
) -> Record:
    """The record of a document that could not be processed: its id (or, with none, its source),
    what went wrong, and the text's hash when there was a text."""
    return Record(
        doc_id=error.doc_id or (error.source or "<unknown>"),
        published=document.published if document else None,
        text_sha256=text_sha256(document.text) if document else None,
        pipeline_version=__version__,
        model=model,
        model_version=model_version,
        source=error.source,
        error=DocumentError(error.kind, error.detail),
    )


def _input_provenance(document: Document) -> dict[str, Any] | None:
    """For a document read from HTML: the page's hash, title and the extractor that made the
    text (the record's offsets index that text, not the HTML)."""
    meta = document.meta
    if "html_sha256" not in meta:
        return None
    fields = {key: meta[key] for key in ("html_sha256", "extractor", "title") if key in meta}
    return {"format": "html", **fields}


def _aligned_entities(doc: Doc, ner_doc: Doc) -> list[SpacySpan]:
    """The other pipeline's entities as spans of ``doc`` (tokenisations may differ)."""
    spans = []
    for ent in ner_doc.ents:
        span = doc.char_span(
            ent.start_char, ent.end_char, label=ent.label_, alignment_mode="expand"
        )
        if span is not None:
            spans.append(span)
    return list(filter_spans(spans))


def _fields(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.text


def _entity_record(span: Span, label: str) -> Entity:
    return Entity(*_fields(span), label)


def _money_record(span: Span, match: money_stage.MoneyMatch) -> Money:
    value = match.value
    return Money(
        start=span.start,
        end=span.end,
        text=span.text,
        amount=value.amount,
        min=value.min,
        max=value.max,
        currency=value.currency,
        currency_assumed=value.currency_assumed,
        qualifier=value.qualifier,
        reason=value.reason,
        equivalent_of=match.equivalent_of,
        rule=match.rule,
        note=match.note,
    )


def _date_record(span: Span, match: dates_stage.DateMatch) -> DateMention:
    timex = match.timex
    return DateMention(
        start=span.start,
        end=span.end,
        text=span.text,
        type=timex.type,
        value=timex.value,
        interval_start=timex.interval_start,
        interval_end=timex.interval_end,
        reason=timex.reason,
        rule=timex.rule,
    )


def _relation_record(
    span: Callable[[int, int], Span], found: relations_stage.FoundRelation
) -> Relation:
    return Relation(
        type=found.type,
        args={role: span(start, end) for role, (start, end) in found.args.items()},
        evidence=span(*found.evidence),
        rule=found.rule,
        names=dict(found.names),
        same_as=found.same_as,
    )
