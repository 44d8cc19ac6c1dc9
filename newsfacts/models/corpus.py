"""Records about a corpus rather than one article: actors merged across articles."""

from __future__ import annotations

from pydantic import Field

from newsfacts.models.records import ActorType, Record


class ActorRef(Record):
    """One article's actor, as it is named inside that article's record."""

    article_id: str
    actor_id: str


class CorpusActor(Record):
    """One actor across a corpus: the same person or body named in several articles.

    Built by `newsfacts.merge_actors`, which matches names and aliases across records
    ("ICE" in one article is "U.S. Immigration and Customs Enforcement" in another).
    """

    id: str = Field(description="Stable within one merge, e.g. 'c1'; most mentioned first.")
    name: str = Field(description="The canonical name most articles use (full forms preferred).")
    type: ActorType
    aliases: list[str] = Field(default_factory=list, description="Every other surface form.")
    mentions: int = Field(ge=0, description="Mentions summed over all articles.")
    articles: list[str] = Field(description="Ids of the articles naming the actor, in order.")
    members: list[ActorRef] = Field(description="The per-article actors merged into this one.")
