"""The store's schema, as numbered migrations: a store records the last one applied, and
opening an older store applies the rest in one transaction.

The statements are written once for SQLite and PostgreSQL: `{serial}` is each database's
auto-numbered primary key, `{real}` its floating-point type. Offsets are character
offsets into the article text, as in the records; money values are exact decimal text.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

TABLES = """
CREATE TABLE runs (
    id {serial} PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    version TEXT NOT NULL,
    model TEXT,
    inputs TEXT NOT NULL,
    articles INTEGER NOT NULL DEFAULT 0,
    replaced INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    text_sha256 TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id),
    source TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    published_source TEXT NOT NULL,
    language TEXT,
    extractor_version TEXT NOT NULL,
    model TEXT NOT NULL,
    model_version TEXT NOT NULL,
    text TEXT,
    record TEXT NOT NULL
);
CREATE TABLE actors (
    id {serial} PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL
);
CREATE TABLE actor_keys (
    key TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (key, actor_id)
);
CREATE TABLE article_actors (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL,
    title TEXT,
    affiliation TEXT,
    affiliation_id TEXT,
    salience {real} NOT NULL,
    PRIMARY KEY (article_id, local_id)
);
CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    local_actor_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    PRIMARY KEY (article_id, local_actor_id, idx),
    FOREIGN KEY (article_id, local_actor_id)
        REFERENCES article_actors(article_id, local_id) ON DELETE CASCADE
);
CREATE TABLE amounts (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    value TEXT NOT NULL,
    value_max TEXT,
    currency TEXT NOT NULL,
    approximate BOOLEAN NOT NULL,
    bound TEXT,
    per TEXT,
    purpose TEXT,
    payer_id TEXT,
    payee_id TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE dates (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    granularity TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    verb TEXT,
    speaker TEXT,
    speaker_id TEXT,
    speaker_mention_start INTEGER,
    speaker_mention_end INTEGER,
    confidence {real} NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE stances (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    holder TEXT NOT NULL,
    holder_id TEXT,
    polarity TEXT NOT NULL,
    target TEXT NOT NULL,
    target_id TEXT,
    cue TEXT NOT NULL,
    evidence TEXT NOT NULL,
    confidence {real} NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE errors (
    article_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    run_id INTEGER REFERENCES runs(id),
    source TEXT,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT
);
CREATE TABLE alias_rules (
    key TEXT PRIMARY KEY,
    form TEXT NOT NULL,
    rule TEXT NOT NULL,
    grp TEXT
)
"""

INDEXES = """
CREATE INDEX article_actors_actor ON article_actors(actor_id);
CREATE INDEX actor_keys_actor ON actor_keys(actor_id);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_position ON articles(position);
CREATE INDEX errors_position ON errors(position);
CREATE INDEX amounts_currency ON amounts(currency);
CREATE INDEX amounts_payer ON amounts(article_id, payer_id);
CREATE INDEX amounts_payee ON amounts(article_id, payee_id);
CREATE INDEX quotes_speaker ON quotes(article_id, speaker_id);
CREATE INDEX stances_holder ON stances(article_id, holder_id);
CREATE INDEX stances_target ON stances(article_id, target_id);
CREATE INDEX stances_polarity ON stances(polarity)
"""

# Migration n brings a store from version n - 1 to version n.
MIGRATIONS: dict[int, str] = {1: TABLES, 2: INDEXES}


def statements(migration: str, *, serial: str, real: str) -> list[str]:
    """The SQL statements of one migration for a database's types."""
    text = migration.format(serial=serial, real=real)
    return [statement.strip() for statement in text.split(";") if statement.strip()]
