"""What the corpus report shows, computed from records: no HTML here.

Facts link to actors by per-article ids; `Corpus` maps them to the actors merged across
articles, so a stance, an amount or a quote counts for the same actor in every article.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsfacts.extract.actors.names import name_key
from newsfacts.models.corpus import CorpusActor
from newsfacts.models.records import ArticleRecord, Quote, Stance
from newsfacts.render.markup import shorten
from newsfacts.render.merge import members_index, merge_actors
from newsfacts.render.svg import Edge, Node

EDGE_DETAILS = 8
# A network of more nodes than this is a hairball at any size; the table has every stance.
NETWORK_NODES = 60
CONTEXT_CHARS = 24
POINTING_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "such",
    ]
)


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


@dataclass(frozen=True)
class StanceGraph:
    """The network as drawn: the most connected nodes and the edges between them, and how
    many of each there are in all (the table under the drawing lists every stance)."""

    nodes: list[Node]
    edges: list[Edge]
    all_nodes: int
    all_edges: int


@dataclass
class GraphBuilder:
    """Collects stance edges between nodes keyed so that one actor is one node."""

    corpus: Corpus
    nodes: dict[str, Node] = field(default_factory=dict)
    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    details: dict[tuple[str, str, str], list[str]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def add(self, record: ArticleRecord, stance: Stance) -> None:
        holder = self._node(record, stance.holder_id, stance.holder, holds=True)
        target = self._node(record, stance.target_id, stance.target, holds=False)
        key = (holder.key, target.key, stance.polarity)
        self.counts[key] += 1
        self.details[key].append(
            f"{stance.holder} {stance.polarity}s {stance.target} ({stance.cue}; {record.id})"
        )

    def _node(self, record: ArticleRecord, actor_id: str | None, name: str, *, holds: bool) -> Node:
        actor = self.corpus.actor(record.id, actor_id, name)
        if actor is not None:
            node = Node(key=f"actor:{actor.id}", label=actor.name, name=actor.name, is_actor=True)
        elif not holds and is_generic_target(name):
            # "the bill" of one article is not "the bill" of another: one node per article,
            # named with the article so that the label says which bill.
            context = shorten(record.title or record.id, CONTEXT_CHARS)
            node = Node(
                key=f"name:{record.id}:{name_key(name)}",
                label=f"{name} ({context})",
                name=name,
                is_actor=False,
            )
        else:
            known = self.nodes.get(f"name:{name_key(name)}")
            node = Node(
                key=f"name:{name_key(name)}",
                label=known.label if known else name,
                name=known.name if known else name,
                is_actor=holds or bool(known and known.is_actor),
            )
        self.nodes[node.key] = node
        return node

    def graph(self, limit: int) -> StanceGraph:
        """At most `limit` nodes and the edges between them, identical edges counted once
        with their number. Edges are taken busiest first (by their two ends' number of
        stances): an edge whose ends are drawn is always kept, one that would add a node
        only while there is room, so the most connected actors come with their targets."""
        degree: Counter[str] = Counter()
        for (holder, target, _), count in self.counts.items():
            degree[holder] += count
            degree[target] += count
        busiest = sorted(
            self.counts.items(),
            key=lambda item: (-(degree[item[0][0]] + degree[item[0][1]]), -item[1], item[0]),
        )
        kept: dict[str, None] = {}
        chosen = []
        for (holder, target, polarity), count in busiest:
            new = [key for key in dict.fromkeys((holder, target)) if key not in kept]
            if len(kept) + len(new) > limit:
                continue
            kept.update(dict.fromkeys(new))
            chosen.append((holder, target, polarity, count))
        edges = [
            Edge(
                holder=self.nodes[holder],
                target=self.nodes[target],
                polarity=polarity,
                count=count,
                detail="\n".join(self.details[(holder, target, polarity)][:EDGE_DETAILS]),
            )
            for holder, target, polarity, count in sorted(chosen)
        ]
        nodes = sorted(
            (self.nodes[key] for key in kept),
            key=lambda n: (-degree[n.key], not n.is_actor, n.label),
        )
        return StanceGraph(nodes, edges, all_nodes=len(self.nodes), all_edges=len(self.counts))


def is_generic_target(name: str) -> bool:
    """Whether a target names nothing on its own: one word ("Cameras", "I"), or a phrase
    that points back into its article ("the bill", "this practice", "his budget")."""
    words = name.split()
    if "(" in name:  # already says what it points to: "the motion (the ICE contract)"
        return False
    return len(words) < 2 or words[0].casefold() in POINTING_WORDS


def stance_graph(corpus: Corpus, limit: int = NETWORK_NODES) -> StanceGraph:
    """The stance network: every stance of every record as an edge from holder to target,
    identical edges counted once with their number, cut to the `limit` most connected
    nodes."""
    builder = GraphBuilder(corpus)
    for record in corpus.records:
        for stance in record.stances:
            builder.add(record, stance)
    return builder.graph(limit)


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
