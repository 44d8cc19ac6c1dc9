"""A record as the rows of the store's tables, and a stored record read back."""

from __future__ import annotations

import json
from typing import Any

from newsfacts.models import ArticleRecord

Rows = list[tuple[Any, ...]]

FACT_TABLES = ("mentions", "amounts", "dates", "quotes", "stances")

INSERTS = {
    "articles": (
        "INSERT INTO articles (id, position, text_sha256, run_id, source, url, title, published, "
        "published_source, language, extractor_version, model, model_version, text, record) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    ),
    "article_actors": (
        "INSERT INTO article_actors (article_id, local_id, actor_id, name, type, aliases, "
        "title, affiliation, affiliation_id, salience) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    ),
    "mentions": (
        'INSERT INTO mentions (article_id, local_actor_id, idx, start, "end", text, sentence) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)"
    ),
    "amounts": (
        'INSERT INTO amounts (article_id, idx, start, "end", text, sentence, value, value_max, '
        "currency, approximate, bound, per, purpose, payer_id, payee_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    ),
    "dates": (
        'INSERT INTO dates (article_id, idx, start, "end", text, sentence, type, value, '
        "granularity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    ),
    "quotes": (
        'INSERT INTO quotes (article_id, idx, start, "end", text, sentence, kind, verb, '
        "speaker, speaker_id, speaker_mention_start, speaker_mention_end, confidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    ),
    "stances": (
        "INSERT INTO stances (article_id, idx, holder, holder_id, polarity, target, target_id, "
        "cue, evidence, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    ),
}


def article_row(record: ArticleRecord, run_id: int, position: int) -> tuple[Any, ...]:
    """The `articles` row: what describes the article, and the whole record (less its
    text, kept in its own column) so the store gives back exactly what was written."""
    published = record.published.isoformat() if record.published else None
    stored = record.model_dump_json(exclude={"text"})
    extractor = record.extractor
    return (
        record.id,
        position,
        record.text_sha256,
        run_id,
        record.source,
        record.url,
        record.title,
        published,
        record.published_source,
        record.language,
        extractor.version,
        extractor.model,
        extractor.model_version,
        record.text,
        stored,
    )


def stored_record(record_json: str, text: str | None) -> ArticleRecord:
    """The record an `articles` row holds."""
    data = json.loads(record_json)
    data["text"] = text
    return ArticleRecord.model_validate(data)


def fact_rows(record: ArticleRecord) -> dict[str, Rows]:
    """The rows of `mentions`, `amounts`, `dates`, `quotes` and `stances` for a record."""
    rid = record.id
    return {
        "mentions": [
            (rid, actor.id, n, m.start, m.end, m.text, m.sentence)
            for actor in record.actors
            for n, m in enumerate(actor.mentions)
        ],
        "amounts": [
            (
                rid,
                n,
                a.start,
                a.end,
                a.text,
                a.sentence,
                str(a.value),
                _text(a.value_max),
                a.currency,
                a.approximate,
                a.bound,
                a.per,
                a.purpose,
                a.payer_id,
                a.payee_id,
            )
            for n, a in enumerate(record.amounts)
        ],
        "dates": [
            (rid, n, d.start, d.end, d.text, d.sentence, d.type, d.value, d.granularity)
            for n, d in enumerate(record.dates)
        ],
        "quotes": [
            (
                rid,
                n,
                q.start,
                q.end,
                q.text,
                q.sentence,
                q.kind,
                q.verb,
                q.speaker,
                q.speaker_id,
                q.speaker_mention.start if q.speaker_mention else None,
                q.speaker_mention.end if q.speaker_mention else None,
                q.confidence,
            )
            for n, q in enumerate(record.quotes)
        ],
        "stances": [
            (
                rid,
                n,
                s.holder,
                s.holder_id,
                s.polarity,
                s.target,
                s.target_id,
                s.cue,
                json.dumps([e.model_dump() for e in s.evidence], ensure_ascii=False),
                s.confidence,
            )
            for n, s in enumerate(record.stances)
        ],
    }


def _text(value: object) -> str | None:
    return None if value is None else str(value)
