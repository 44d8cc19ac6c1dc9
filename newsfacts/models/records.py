"""The pydantic records newsfacts emits: one `ArticleRecord` per article.

Every fact carries its evidence (`start`, `end`, `text`, `sentence`) as character offsets
into the article text exactly as it was read, so a person can always go back to the words.
Field names read by scorers and downstream users are part of the public contract: the JSON
Schema is checked into `tests/data/article_record.schema.json` and a test keeps it current.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

ActorType = Literal["PERSON", "ORG", "GPE", "GROUP"]
DateType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal["year", "quarter", "month", "week", "day", "time"]
Period = Literal["year", "month", "week", "day", "hour"]
QuoteKind = Literal["direct", "partial", "mixed", "indirect"]
Polarity = Literal["support", "oppose"]
PublishedSource = Literal["metadata", "html", "dateline", "option", "none"]


class Record(BaseModel):
    """Base of every record: immutable, and unknown fields are an error, not noise."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(Record):
    """Where a fact was read: `text` is exactly `article_text[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    sentence: int = Field(ge=0, description="Index of the sentence holding `start`.")

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self


class Mention(Evidence):
    """One place in the text where an actor is named or referred to."""


class Actor(Record):
    """One real-world person, organisation, group or acting place, resolved over the article."""

    id: str = Field(description="Stable within the record, e.g. 'a1'; facts link to it.")
    name: str = Field(description="Canonical name: the longest full form used in the article.")
    type: ActorType
    aliases: list[str] = Field(default_factory=list, description="Other surface forms used.")
    title: str | None = Field(default=None, description="Role or office, e.g. 'Mayor'.")
    affiliation: str | None = Field(default=None, description="Organisation the actor is of.")
    affiliation_id: str | None = None
    mentions: list[Mention] = Field(default_factory=list)
    salience: float = Field(ge=0, le=1, description="Share of all actor mentions, 0..1.")


class Amount(Evidence):
    """A money amount with what qualifies it."""

    value: Decimal
    value_max: Decimal | None = None
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code.")
    approximate: bool = False
    bound: Literal["lower", "upper"] | None = None
    per: Period | None = None
    purpose: str | None = None
    payer_id: str | None = None
    payee_id: str | None = None


class TimeExpression(Evidence):
    """A temporal expression typed as in TimeML, normalised against the publication date."""

    type: DateType
    value: str | None = Field(description="ISO 8601 (or TIMEX3 value); null when unresolved.")
    granularity: Granularity | None = None


class Quote(Evidence):
    """Direct or reported speech and who said it. `mixed` is reported speech that quotes
    some of the words (said it was “a mistake” to ...): one fact for the clause."""

    kind: QuoteKind
    verb: str | None = None
    speaker: str | None = Field(default=None, description="Canonical actor name, or null.")
    speaker_id: str | None = None
    speaker_mention: Evidence | None = None
    confidence: float = Field(ge=0, le=1)


class Stance(Record):
    """An actor supporting or opposing something, with the words that show it."""

    holder: str
    holder_id: str | None = None
    polarity: Polarity
    target: str
    target_id: str | None = None
    cue: str
    evidence: list[Evidence] = Field(min_length=1)
    confidence: float = Field(ge=0, le=1)


class ExtractorInfo(Record):
    """What produced a record, so results can be traced and compared across versions."""

    version: str
    model: str
    model_version: str


class ArticleRecord(Record):
    """Everything newsfacts extracted from one article."""

    id: str
    source: str | None = Field(default=None, description="Path or URL the article came from.")
    url: str | None = Field(default=None, description="The article's web address, if known.")
    title: str | None = None
    author: str | None = Field(default=None, description="The byline, e.g. 'Jill Serjeant'.")
    site_name: str | None = Field(
        default=None, description="The publication the page names, e.g. 'Reuters'."
    )
    published: dt.date | None = None
    published_source: PublishedSource = "none"
    language: str | None = None
    encoding: str | None = None
    text_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    extractor: ExtractorInfo
    metadata: dict[str, Any] = Field(default_factory=dict)
    text: str | None = Field(default=None, description="The article text; null with --no-text.")
    actors: list[Actor] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    dates: list[TimeExpression] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    # The tracebacks of the stages that failed on the article, in the order of their W004
    # warnings: kept for the errors file of this run, never serialised with the record.
    _failure_details: list[str] = PrivateAttr(default_factory=list)

    def with_failure_details(self, details: list[str]) -> ArticleRecord:
        """This record, holding the tracebacks of its stage failures for the errors file."""
        self._failure_details = list(details)
        return self

    @property
    def failure_details(self) -> list[str]:
        return list(self._failure_details)

    def __eq__(self, other: object) -> bool:
        """Records are equal when their fields are: the failure details a run keeps for
        its errors file are not part of the record."""
        return type(other) is type(self) and self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # records hold lists: unhashable, as before

    def _repr_html_(self) -> str:
        """The record as HTML in Jupyter: highlighted text, then tables of its facts.

        The renderer is imported here, when first used: the models stay free of it."""
        from newsfacts.render.record import render_record_html

        return render_record_html(self)


class ErrorEntry(Record):
    """An article that could not become a record, and why: nothing is lost silently."""

    id: str
    source: str | None = None
    code: str = Field(description="Stable error code from newsfacts.errors, e.g. 'E101'.")
    reason: str
    detail: str | None = Field(
        default=None, description="More for a developer, e.g. the traceback of a stage failure."
    )

    @classmethod
    def from_message(
        cls, id: str, source: str | None, message: str, detail: str | None = None
    ) -> ErrorEntry:
        """The entry for a catalogue message such as "E203 the cluster lost ...": its first
        word is the code, the rest the reason."""
        code, _, reason = message.partition(" ")
        return cls(id=id, source=source, code=code, reason=reason, detail=detail)
