"""What the stances readers share: the Doc read once, and the shapes of a reading.

`StanceContext` holds the actor mentions by token, the attributed quotes and the actor facts,
so that no reader walks the Doc again; `Reading`, `Target`, `ActorLink` and `QuoteSpan` are the
plain values the readers, the holder links and the candidate builder pass between them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from newsfacts.extract.reference import ReferenceResolver, ReferenceWords
from newsfacts.extract.stances.cues import PolarityLexicon, StanceCues
from newsfacts.extract.stances.gates import CueWords, word_cues
from newsfacts.models.records import Polarity
from newsfacts.pipeline.doc import ACTOR_MENTIONS


@dataclass(frozen=True)
class Target:
    """What a stance is toward: a short phrase, the actor it names, and whether it is only a
    pointer back ("it", "the motion") to be read from the stances before it. `referred` says
    the actor was found through a pronoun or a description ("him", "the minister"), not a
    name: such a link to the holder itself is a misreading, not a stance toward oneself.
    `named` is what the article called the thing a pointer back points to, where it said
    ("the bill" after "a bill to expand Medicaid")."""

    text: str
    actor_id: str | None = None
    anaphoric: bool = False
    act: str | None = None
    referred: bool = False
    named: str = ""


@dataclass
class Reading:
    """One cue read at one place: a polarity toward a target, held by the subject of `clause`
    (or by `holders`, or by the quote's speaker when `speaker_holds`)."""

    polarity: Polarity
    target: Target
    cue: list[Token]
    clause: Token
    kind: str
    holders: list[Token] | None = None
    speaker_holds: bool = False
    siblings: int = -1
    negations: int = 0


@dataclass
class ActorLink:
    """An actor a token refers to, and how sure the link is."""

    actor_id: str
    confidence: float


@dataclass
class QuoteSpan:
    """A quote from the quotes stage whose speaker is an actor: who holds what it judges."""

    start: int
    end: int
    speaker_id: str
    confidence: float


@dataclass
class StanceContext:
    """What the stage reads off the Doc once: actor mentions by token, quotes, actor facts."""

    doc: Doc
    cues: StanceCues
    polarity: PolarityLexicon
    actors: dict[str, dict[str, Any]]
    mention_of: dict[int, Span]
    mention_starts: list[Span]
    quotes: list[QuoteSpan]
    resolver: ReferenceResolver
    short_names: dict[str, str] = field(default_factory=dict)
    quote_at: list[QuoteSpan | None] = field(default_factory=list)
    word_cues: list[int] = field(default_factory=list)
    """For each token, the `gates.Cue` bits of the readers that could read it."""

    @classmethod
    def build(cls, doc: Doc, cue_words: CueWords, words: ReferenceWords) -> StanceContext:
        """The context of `doc`, whose cues `cue_words` looks up (with its lexicons)."""
        actors = {actor["id"]: actor for actor in doc._.newsfacts_actors or []}
        mentions = sorted(
            (span for span in doc.spans.get(ACTOR_MENTIONS, []) if span.kb_id_ in actors),
            key=lambda span: span.start,
        )
        mention_of = {index: span for span in mentions for index in range(span.start, span.end)}
        quotes = [
            QuoteSpan(q["start"], q["end"], q["speaker_id"], float(q.get("confidence", 0.8)))
            for q in doc._.newsfacts_quotes or []
            if q.get("speaker_id") in actors
        ]
        quotes.sort(key=lambda q: q.end - q.start)
        short = {key: min([a["name"], *a.get("aliases", [])], key=len) for key, a in actors.items()}
        quote_at = _quote_at(doc, quotes)

        def speaker_at(token: Token) -> tuple[str, float] | None:
            quote = quote_at[token.i]
            return (quote.speaker_id, quote.confidence) if quote else None

        quoted = [
            (q["start"], q["end"]) for q in doc._.newsfacts_quotes or [] if q["kind"] != "indirect"
        ]
        resolver = ReferenceResolver(doc, words, speaker_at, quoted)
        could = word_cues(doc, cue_words, mention_of, quote_at)
        return cls(
            doc,
            cue_words.cues,
            cue_words.polarity,
            actors,
            mention_of,
            mentions,
            quotes,
            resolver,
            short,
            quote_at,
            could,
        )

    def actor_type(self, actor_id: str) -> str:
        return str(self.actors[actor_id]["type"])

    def speaker_at(self, token: Token) -> QuoteSpan | None:
        """The innermost attributed quote holding `token`."""
        return self.quote_at[token.i]


def _quote_at(doc: Doc, quotes: list[QuoteSpan]) -> list[QuoteSpan | None]:
    """For each token, the innermost quote holding it: longer quotes are laid down first
    and shorter ones over them. One pass, where a search per token is quadratic."""
    starts = doc.to_array(IDX).tolist()  # no Token made per word
    owner: list[QuoteSpan | None] = [None] * len(doc)
    for quote in sorted(quotes, key=lambda q: q.end - q.start, reverse=True):
        first, stop = bisect_left(starts, quote.start), bisect_left(starts, quote.end)
        owner[first:stop] = [quote] * (stop - first)
    return owner
