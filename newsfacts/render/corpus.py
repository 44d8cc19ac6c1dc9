"""What the corpus report shows, computed from records: no HTML here.

Facts link to actors by per-article ids; `Corpus` maps them to the actors merged across
articles, so a stance, an amount or a quote counts for the same actor in every article.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from newsfacts.extract.actors.names import name_key
from newsfacts.models.corpus import CorpusActor
from newsfacts.models.records import Amount, ArticleRecord, Quote, Stance
from newsfacts.render.merge import members_index, merge_actors
from newsfacts.render.svg import Edge, Node

EDGE_DETAILS = 8


@dataclass
class Corpus:
    """The records of a report, their anchors and their actors merged across articles."""

    records: list[ArticleRecord]
    actors: list[CorpusActor]
    by_member: dict[tuple[str, str], CorpusActor]
    by_name: dict[str, CorpusActor]
    prefixes: dict[str, str]
    anchored: set[tuple[str, str]]

    @classmethod
    def of(cls, records: Sequence[ArticleRecord]) -> Corpus:
        actors = merge_actors(records)
        by_name: dict[str, CorpusActor] = {}
        for actor in reversed(actors):  # the most mentioned actor wins a shared key
            for form in (actor.name, *actor.aliases):
                by_name[name_key(form)] = actor
        return cls(
            records=list(records),
            actors=actors,
            by_member=members_index(actors),
            by_name=by_name,
            prefixes={record.id: f"article-{n}" for n, record in enumerate(records, 1)},
            anchored={
                (record.id, actor.id)
                for record in records
                for actor in record.actors
                if actor.mentions or record.text is None
            },
        )

    def actor(self, article_id: str, actor_id: str | None, name: str | None) -> CorpusActor | None:
        """The corpus actor a fact links to: by its actor id, else by the name it gives."""
        if actor_id and (article_id, actor_id) in self.by_member:
            return self.by_member[(article_id, actor_id)]
        return self.by_name.get(name_key(name)) if name else None

    def mention_anchor(self, article_id: str, actor: CorpusActor) -> str | None:
        """The anchor of the actor's first mention in an article (the article's without)."""
        prefix = self.prefixes.get(article_id)
        for ref in actor.members:
            if ref.article_id == article_id and (article_id, ref.actor_id) in self.anchored:
                return f"{prefix}-actor-{ref.actor_id}"
        return prefix


@dataclass
class GraphBuilder:
    """Collects stance edges between nodes keyed so that one actor is one node."""

    corpus: Corpus
    nodes: dict[str, Node] = field(default_factory=dict)
    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    details: dict[tuple[str, str, str], list[str]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def add(self, article_id: str, stance: Stance) -> None:
        holder = self._node(article_id, stance.holder_id, stance.holder, holds=True)
        target = self._node(article_id, stance.target_id, stance.target, holds=False)
        key = (holder.key, target.key, stance.polarity)
        self.counts[key] += 1
        self.details[key].append(
            f"{stance.holder} {stance.polarity}s {stance.target} ({stance.cue}; {article_id})"
        )

    def _node(self, article_id: str, actor_id: str | None, name: str, *, holds: bool) -> Node:
        actor = self.corpus.actor(article_id, actor_id, name)
        if actor is not None:
            node = Node(key=f"actor:{actor.id}", label=actor.name, is_actor=True)
        else:
            known = self.nodes.get(f"name:{name_key(name)}")
            node = Node(
                key=f"name:{name_key(name)}",
                label=known.label if known else name,
                is_actor=holds or bool(known and known.is_actor),
            )
        self.nodes[node.key] = node
        return node

    def graph(self) -> tuple[list[Node], list[Edge]]:
        """Nodes in circle order (actors by number of stances, then other targets) and edges."""
        degree: Counter[str] = Counter()
        for (holder, target, _), count in self.counts.items():
            degree[holder] += count
            degree[target] += count
        nodes = sorted(self.nodes.values(), key=lambda n: (not n.is_actor, -degree[n.key], n.label))
        edges = [
            Edge(
                holder=self.nodes[holder],
                target=self.nodes[target],
                polarity=polarity,
                count=count,
                detail="\n".join(self.details[(holder, target, polarity)][:EDGE_DETAILS]),
            )
            for (holder, target, polarity), count in sorted(self.counts.items())
        ]
        return nodes, edges


def stance_graph(corpus: Corpus) -> tuple[list[Node], list[Edge]]:
    """The stance network: every stance of every record as an edge from holder to target,
    identical edges counted once with their number."""
    builder = GraphBuilder(corpus)
    for record in corpus.records:
        for stance in record.stances:
            builder.add(record.id, stance)
    return builder.graph()


@dataclass(frozen=True)
class AmountRow:
    """One amount with the article it is from and its parties as corpus actors."""

    record: ArticleRecord
    index: int
    amount: Amount
    payer: CorpusActor | None
    payee: CorpusActor | None


def amount_rows(corpus: Corpus) -> list[AmountRow]:
    """Every amount of the corpus, by publication date (undated last), then article order."""
    rows = [
        AmountRow(
            record=record,
            index=index,
            amount=amount,
            payer=corpus.actor(record.id, amount.payer_id, None),
            payee=corpus.actor(record.id, amount.payee_id, None),
        )
        for record in corpus.records
        for index, amount in enumerate(record.amounts)
    ]
    # sorted() is stable: amounts of one date stay in article and text order
    return sorted(rows, key=lambda row: row.record.published or dt.date.max)


@dataclass
class Tally:
    """A total of amounts in one currency for one actor in one role."""

    actor: CorpusActor
    role: str
    currency: str
    total: Decimal = Decimal(0)
    count: int = 0
    articles: list[str] = field(default_factory=list)


def amounts_by_actor(rows: Sequence[AmountRow]) -> list[Tally]:
    """Totals per (actor, paying or paid, currency), largest first; ranges count at their
    lower value, and amounts stated per period are added as stated."""
    tallies: dict[tuple[str, str, str], Tally] = {}
    for row in rows:
        for role, actor in (("pays", row.payer), ("is paid", row.payee)):
            if actor is None:
                continue
            key = (actor.id, role, row.amount.currency)
            tally = tallies.setdefault(key, Tally(actor, role, row.amount.currency))
            tally.total += row.amount.value
            tally.count += 1
            if row.record.id not in tally.articles:
                tally.articles.append(row.record.id)
    return sorted(tallies.values(), key=lambda t: (t.currency, -t.total, t.actor.name))


def main_currency(rows: Sequence[AmountRow]) -> str | None:
    """The currency most amounts are in (charts add one currency only)."""
    counts = Counter(row.amount.currency for row in rows)
    return counts.most_common(1)[0][0] if counts else None


def totals_by_month(rows: Sequence[AmountRow], currency: str) -> list[tuple[str, Decimal]]:
    """Totals of `currency` amounts per month of publication, in date order."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for row in rows:
        if row.record.published and row.amount.currency == currency:
            totals[row.record.published.strftime("%Y-%m")] += row.amount.value
    return sorted(totals.items())


@dataclass
class Speaker:
    """Who is quoted, how often, and where."""

    name: str
    actor: CorpusActor | None
    quotes: list[tuple[ArticleRecord, int, Quote]] = field(default_factory=list)

    @property
    def direct(self) -> int:
        return sum(1 for _, _, quote in self.quotes if quote.kind == "direct")

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(record.id for record, _, _ in self.quotes))


def quoted_speakers(corpus: Corpus) -> list[Speaker]:
    """Speakers with attributed quotes, the most quoted first (unknown speakers left out)."""
    speakers: dict[str, Speaker] = {}
    for record in corpus.records:
        for index, quote in enumerate(record.quotes):
            actor = corpus.actor(record.id, quote.speaker_id, quote.speaker)
            name = actor.name if actor else quote.speaker
            if not name:
                continue
            key = f"actor:{actor.id}" if actor else f"name:{name_key(name)}"
            speakers.setdefault(key, Speaker(name, actor)).quotes.append((record, index, quote))
    return sorted(speakers.values(), key=lambda s: (-len(s.quotes), -len(s.articles), s.name))
