"""Every newsfacts spaCy component is declared here, in one place.

The same names are listed under `[project.entry-points.spacy_factories]` in pyproject.toml,
so a saved pipeline that uses them loads in a fresh process (a Dask worker, say) without a
manual import. Config defaults are JSON-able, so `nlp.add_pipe(name, config=...)` can swap
the rule data for a file of the user's own.
"""

from __future__ import annotations

from typing import TypeVar

from spacy.language import Language

from newsfacts.extract.actors.component import Actors
from newsfacts.extract.amounts.component import Amounts
from newsfacts.extract.cleaning.component import Cleaning
from newsfacts.extract.dates.component import Dates
from newsfacts.extract.quotes.component import Quotes
from newsfacts.extract.stances.component import Stances
from newsfacts.pipeline.composite import Newsfacts, build
from newsfacts.pipeline.doc import FACT_KINDS
from newsfacts.pipeline.stage import Stage, needing

# The facts each stage reads from the stages before it: declared to spaCy as `requires`
# (so `nlp.analyze_pipes()` names a missing stage) and checked when the stage runs.
NEEDS: dict[str, tuple[str, ...]] = {
    "newsfacts_amounts": ("actors",),
    "newsfacts_dates": ("amounts",),
    "newsfacts_quotes": ("actors",),
    "newsfacts_stances": ("actors", "quotes"),
}

STAGES = (
    "newsfacts_cleaning",
    "newsfacts_actors",
    "newsfacts_amounts",
    "newsfacts_dates",
    "newsfacts_quotes",
    "newsfacts_stances",
)


S = TypeVar("S", bound=Stage)


def stages_needed_by(stage: str) -> set[str]:
    """`stage` and every stage whose facts it reads, directly or through another, with the
    cleaning stage every one of them reads: what a pipeline must run to run `stage`
    right."""
    needed = {"newsfacts_cleaning", stage}
    for kind in NEEDS.get(stage, ()):
        needed |= stages_needed_by(f"newsfacts_{kind}")
    return needed


def _wired(stage: S, factory: str) -> S:
    """The stage, told which facts it reads (`NEEDS`) and which it makes (its kind)."""
    return needing(stage, NEEDS.get(factory, ()), produces=factory.removeprefix("newsfacts_"))


def _facts_of(stage: str) -> list[str]:
    """The Doc attributes holding the facts `stage` needs, as spaCy's `requires` names them."""
    return [f"doc._.newsfacts_{kind}" for kind in NEEDS.get(stage, ())]


@Language.factory(
    "newsfacts_cleaning",
    default_config={"rules": "boilerplate.json", "language": "language.json"},
    assigns=["doc.spans", "doc._.newsfacts_language", "doc._.newsfacts_warnings"],
)
def make_cleaning(nlp: Language, name: str, rules: str, language: str) -> Cleaning:
    """Marks boilerplate (captions, pitches, "Listen 2:33") so no stage reads facts from it,
    and notes the article's language."""
    return Cleaning(name, rules_resource=rules, language_resource=language)


@Language.factory(
    "newsfacts_actors",
    default_config={"lexicon": "actors.json"},
    requires=["doc.ents", "token.dep", "doc._.newsfacts_language"],
    assigns=["doc._.newsfacts_actors", "doc.spans"],
)
def make_actors(nlp: Language, name: str, lexicon: str) -> Actors:
    """Resolves people, organisations, groups and acting places over the whole article."""
    return _wired(Actors(name, lexicon_resource=lexicon), "newsfacts_actors")


@Language.factory(
    "newsfacts_amounts",
    default_config={
        "lexicon": "amounts.json",
        "currencies": "currencies.json",
        "roles": "payment_roles.json",
        "references": "reference_words.json",
    },
    requires=["doc.ents", "token.dep", "token.lemma", *_facts_of("newsfacts_amounts")],
    assigns=["doc._.newsfacts_amounts"],
)
def make_amounts(
    nlp: Language, name: str, lexicon: str, currencies: str, roles: str, references: str
) -> Amounts:
    """Reads money amounts: value, currency, range, qualifier, rate, purpose and parties."""
    stage = Amounts(
        name,
        lexicon_resource=lexicon,
        currencies_resource=currencies,
        roles_resource=roles,
        references_resource=references,
    )
    return _wired(stage, "newsfacts_amounts")


@Language.factory(
    "newsfacts_dates",
    default_config={"lexicon": "dates.json", "use_dateparser": True, "distinct": False},
    requires=["doc.ents", "doc.sents", "token.dep", "token.tag", *_facts_of("newsfacts_dates")],
    assigns=["doc._.newsfacts_dates", "doc._.newsfacts_warnings"],
)
def make_dates(
    nlp: Language, name: str, lexicon: str, use_dateparser: bool, distinct: bool
) -> Dates:
    """Types and normalises dates and times against the publication date."""
    stage = Dates(name, lexicon_resource=lexicon, use_dateparser=use_dateparser, distinct=distinct)
    return _wired(stage, "newsfacts_dates")


@Language.factory(
    "newsfacts_quotes",
    default_config={"verbs": "reporting_verbs.json", "references": "reference_words.json"},
    requires=["token.dep", "token.lemma", *_facts_of("newsfacts_quotes")],
    assigns=["doc._.newsfacts_quotes", "doc._.newsfacts_warnings"],
)
def make_quotes(nlp: Language, name: str, verbs: str, references: str) -> Quotes:
    """Finds direct, partial and reported speech and links each speaker to an actor."""
    return _wired(
        Quotes(name, verbs_resource=verbs, references_resource=references), "newsfacts_quotes"
    )


@Language.factory(
    "newsfacts_stances",
    default_config={
        "cues": "stance_cues.json",
        "polarity": "polarity_lexicon.json",
        "references": "reference_words.json",
    },
    requires=["token.dep", "token.lemma", *_facts_of("newsfacts_stances")],
    assigns=["doc._.newsfacts_stances"],
)
def make_stances(nlp: Language, name: str, cues: str, polarity: str, references: str) -> Stances:
    """Finds who supports or opposes what, with the words that show it."""
    stage = Stances(
        name, cues_resource=cues, polarity_resource=polarity, references_resource=references
    )
    return _wired(stage, "newsfacts_stances")


@Language.factory(
    "newsfacts",
    requires=["doc.ents", "doc.sents", "token.dep", "token.lemma", "token.tag"],
    assigns=[f"doc._.newsfacts_{kind}" for kind in FACT_KINDS],
)
def make_newsfacts(nlp: Language, name: str) -> Newsfacts:
    """All newsfacts stages in one component: `nlp.add_pipe("newsfacts")`."""
    return build(nlp, STAGES)
