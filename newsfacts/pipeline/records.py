"""Turn a Doc the stages have run over into a validated `ArticleRecord`."""

from __future__ import annotations

import hashlib
from typing import Any

from spacy.tokens import Doc

from newsfacts.models import Article, ArticleRecord, ExtractorInfo
from newsfacts.pipeline.doc import ACTOR_MENTIONS, FACT_KINDS, SentenceIndex, doc_text, raw_facts


def record_from_doc(
    doc: Doc, article: Article, info: ExtractorInfo, *, keep_text: bool = True
) -> ArticleRecord:
    """Assemble and validate the record of `article` from what the stages left on `doc`."""
    sentence_of = SentenceIndex(doc)
    text = doc_text(doc)  # Doc.text joins every token on each call
    facts: dict[str, list[dict[str, Any]]] = {
        kind: [_with_evidence(fact, text, sentence_of) for fact in raw_facts(doc, kind)]
        for kind in FACT_KINDS
    }
    facts["actors"] = _with_mentions(facts["actors"], doc, text, sentence_of)
    return ArticleRecord.model_validate(
        {
            "id": article.id,
            "source": article.source,
            "url": article.url,
            "title": article.title,
            "author": article.author,
            "site_name": article.site_name,
            "published": article.published,
            "published_source": article.published_source,
            "encoding": article.encoding,
            "language": doc._.newsfacts_language,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "extractor": info,
            "metadata": article.metadata,
            "text": text if keep_text else None,
            "warnings": list(doc._.newsfacts_warnings or []),
            **facts,
        }
    )


def _with_evidence(value: Any, text: str, sentence_of: SentenceIndex) -> Any:
    """Fill `text` and `sentence` into every dict that has `start` and `end` offsets, so the
    evidence always equals the article's own words."""
    if isinstance(value, list | tuple):  # msgpack (DocBin, n_process) turns lists into tuples
        return [_with_evidence(item, text, sentence_of) for item in value]
    if not isinstance(value, dict):
        return value
    filled = {key: _with_evidence(item, text, sentence_of) for key, item in value.items()}
    if "start" in filled and "end" in filled:
        filled["text"] = text[filled["start"] : filled["end"]]
        filled["sentence"] = sentence_of(filled["start"])
    return filled


def _with_mentions(
    actors: list[dict[str, Any]], doc: Doc, text: str, sentence_of: SentenceIndex
) -> list[dict[str, Any]]:
    """Attach to each actor its mentions from the actor span group (`text`: the Doc's,
    which each mention's words are cut from, as `Span.text` would join them)."""
    group = doc.spans.get(ACTOR_MENTIONS, [])
    by_actor: dict[str, list[dict[str, Any]]] = {}
    for span in group:
        by_actor.setdefault(span.kb_id_, []).append(
            {
                "start": span.start_char,
                "end": span.end_char,
                "text": text[span.start_char : span.end_char],
                "sentence": sentence_of(span.start_char),
            }
        )
    return [{**actor, "mentions": by_actor.get(actor["id"], [])} for actor in actors]
