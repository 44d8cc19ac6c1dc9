"""Actors: people, organisations, groups and acting places, resolved over the whole article.

The model's entities are the seeds; this stage fixes what sentence-level NER gets wrong in
news text. Raw en_core_web_sm output on the WHYY article tags a mayor's surname ORG eight
times, cuts "U.S. Immigration and Customs Enforcement" to "U.S. Immigration", misses most
later uses of the acronym, and takes a street and a photo credit for people. So:

1. candidates: entity spans, trimmed of titles and articles, stretched over cut-off
   organisation names, split at "A Coalition and B", with streets, platforms, laws,
   datelines and boilerplate dropped;
2. clusters: one per real-world entity: surname = full name, acronym = long name,
   "City Council" = "Wilmington City Council";
3. recovery: every later use of a known form is a mention, whether the model saw it or not;
4. typing by vote over all mentions, place anaphors ("the city"), acting-place filter;
5. titles, affiliations and salience.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfacts.extract.actors.candidates import collect_candidates
from newsfacts.extract.actors.clusters import Cluster, cluster_candidates, recover_mentions
from newsfacts.extract.actors.decisions import (
    add_place_anaphors,
    decide_type,
    find_affiliation,
    find_title,
    headline_end,
    is_actor,
)
from newsfacts.extract.actors.groups import names_a_people, with_groups
from newsfacts.extract.actors.lexicon import Lexicon
from newsfacts.models.facts import ActorFact, as_actor_type
from newsfacts.pipeline.doc import ACTOR_MENTIONS, PEOPLE_WORD, set_facts
from newsfacts.pipeline.stage import Stage


class Actors(Stage):
    """Resolves actors and leaves them in `doc._.newsfacts_actors` and a span group."""

    def __init__(self, name: str, lexicon_resource: str) -> None:
        super().__init__(name, lexicon=lexicon_resource)

    def load_resources(self, resources: dict[str, str]) -> None:
        self.lexicon = Lexicon.load(resources["lexicon"])

    def process(self, doc: Doc) -> None:
        candidates = with_groups(doc, collect_candidates(doc, self.lexicon), self.lexicon)
        clusters = cluster_candidates(candidates, self.lexicon)
        recover_mentions(doc, clusters, self.lexicon)
        types = {id(c): decide_type(c, self.lexicon) for c in clusters}
        add_place_anaphors(doc, clusters, types, self.lexicon)
        headline = headline_end(doc)
        actors = [
            c
            for c in clusters
            if names_a_people(c, self.lexicon)
            or (c.strong and is_actor(c, types[id(c)], headline, self.lexicon))
        ]
        write_actors(doc, actors, types, self.lexicon)


def write_actors(
    doc: Doc, clusters: list[Cluster], types: dict[int, str], lexicon: Lexicon
) -> None:
    """Order actors by salience, give them ids, and leave them on the Doc."""
    ordered = sorted(clusters, key=lambda c: (-len(c.mentions), c.first))
    total = sum(len(c.mentions) for c in ordered) or 1
    ids = {id(c): f"a{n}" for n, c in enumerate(ordered, start=1)}
    owner = {i: c for c in ordered for span in c.mentions for i in range(span.start, span.end)}
    facts: list[ActorFact] = []
    spans: list[Span] = []
    for cluster in ordered:
        actor_id, kind = ids[id(cluster)], types[id(cluster)]
        affiliation = find_affiliation(cluster, owner)
        facts.append(
            {
                "id": actor_id,
                "name": cluster.name,
                "type": as_actor_type(kind),
                "aliases": sorted(set(cluster.forms.values()) - {cluster.name}),
                "title": find_title(cluster, lexicon) if kind == "PERSON" else None,
                "affiliation": affiliation.name if affiliation else None,
                "affiliation_id": ids[id(affiliation)] if affiliation else None,
                "salience": round(len(cluster.mentions) / total, 4),
            }
        )
        spans.extend(
            Span(doc, span.start, span.end, label=_mention_label(span, kind), kb_id=actor_id)
            for span in sorted(cluster.mentions, key=lambda s: s.start)
        )
    doc.spans[ACTOR_MENTIONS] = spans
    set_facts(doc, "actors", facts)


def _mention_label(span: Span, kind: str) -> str:
    """A mention's label: the actor's type, or `PEOPLE_WORD` for a people's word."""
    return PEOPLE_WORD if span.label_ == PEOPLE_WORD else kind
