"""The facts stages hand each other on the Doc, typed: a stage that renames a key fails
`mypy`, not a later stage at run time.

Each is the plain, JSON-able form of a record in `records.py` without the evidence text and
sentence number, which the record assembly fills in from the offsets (plain values survive
`Doc.to_bytes()`, which `nlp.pipe(n_process>1)` and DocBin rely on). Actor mentions travel
as spans in `doc.spans["newsfacts_actor_mentions"]`, not here.
"""

from __future__ import annotations

from typing import TypedDict, cast, get_args

from newsfacts.models.records import ActorType, DateType, Granularity, Period, Polarity, QuoteKind


def _checked(value: str, allowed: object, what: str) -> str:
    """`value` if it is one of the strings of the Literal type `allowed`; a value outside it
    is a bug in the stage that made it, caught here rather than by the record's validation."""
    options = get_args(allowed)
    if value not in options:
        raise ValueError(f"not {what}: {value!r} (expected one of {sorted(options)})")
    return value


def as_actor_type(label: str) -> ActorType:
    return cast(ActorType, _checked(label, ActorType, "an actor type"))


def as_date_type(label: str) -> DateType:
    return cast(DateType, _checked(label, DateType, "a TimeML type"))


def as_granularity(unit: str | None) -> Granularity | None:
    return None if unit is None else cast(Granularity, _checked(unit, Granularity, "a granularity"))


def as_period(unit: str | None) -> Period | None:
    return None if unit is None else cast(Period, _checked(unit, Period, "a rate period"))


def as_quote_kind(kind: str) -> QuoteKind:
    return cast(QuoteKind, _checked(kind, QuoteKind, "a quote kind"))


class OffsetFact(TypedDict):
    """Where in the article text a fact was read."""

    start: int
    end: int


class ActorFact(TypedDict):
    """One resolved actor (`Actor` without its mentions)."""

    id: str
    name: str
    type: ActorType
    aliases: list[str]
    title: str | None
    affiliation: str | None
    affiliation_id: str | None
    salience: float


class AmountFact(OffsetFact):
    """One money amount (`Amount`); the value is a decimal string."""

    value: str
    value_max: str | None
    currency: str
    approximate: bool
    bound: str | None
    per: Period | None
    purpose: str | None
    payer_id: str | None
    payee_id: str | None


class DateFact(OffsetFact):
    """One temporal expression (`TimeExpression`)."""

    type: DateType
    value: str | None
    granularity: Granularity | None


class QuoteFact(OffsetFact):
    """Direct or reported speech (`Quote`)."""

    kind: QuoteKind
    verb: str | None
    speaker: str | None
    speaker_id: str | None
    speaker_mention: OffsetFact | None
    confidence: float


class StanceFact(TypedDict):
    """An actor supporting or opposing something (`Stance`)."""

    holder: str
    holder_id: str | None
    polarity: Polarity
    target: str
    target_id: str | None
    cue: str
    evidence: list[OffsetFact]
    confidence: float
