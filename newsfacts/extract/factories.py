"""Every newsfacts spaCy component is declared here, in one place.

The same names are listed under `[project.entry-points.spacy_factories]` in pyproject.toml,
so a saved pipeline that uses them loads in a fresh process (a Dask worker, say) without a
manual import. Config defaults are JSON-able, so `nlp.add_pipe(name, config=...)` can swap
the rule data for a file of the user's own.
"""

from __future__ import annotations

from spacy.language import Language

from newsfacts.extract.actors.component import Actors
from newsfacts.extract.amounts.component import Amounts
from newsfacts.extract.cleaning.component import Cleaning
from newsfacts.extract.dates.component import Dates
from newsfacts.extract.quotes.component import Quotes
from newsfacts.extract.stances.component import Stances
from newsfacts.pipeline.composite import Newsfacts, build

STAGES = (
    "newsfacts_cleaning",
    "newsfacts_actors",
    "newsfacts_amounts",
    "newsfacts_dates",
    "newsfacts_quotes",
    "newsfacts_stances",
)


@Language.factory(
    "newsfacts_cleaning",
    default_config={"rules": "boilerplate.json", "language": "language.json"},
)
def make_cleaning(nlp: Language, name: str, rules: str, language: str) -> Cleaning:
    """Marks boilerplate (captions, pitches, "Listen 2:33") so no stage reads facts from it,
    and notes the article's language."""
    return Cleaning(name, rules_resource=rules, language_resource=language)


@Language.factory(
    "newsfacts_actors",
    default_config={"lexicon": "actors.json"},
    requires=["doc.ents", "token.dep"],
)
def make_actors(nlp: Language, name: str, lexicon: str) -> Actors:
    """Resolves people, organisations, groups and acting places over the whole article."""
    return Actors(name, lexicon_resource=lexicon)


@Language.factory(
    "newsfacts_amounts",
    default_config={"lexicon": "amounts.json", "currencies": "currencies.json"},
    requires=["doc.ents", "token.dep", "token.lemma"],
)
def make_amounts(nlp: Language, name: str, lexicon: str, currencies: str) -> Amounts:
    """Reads money amounts: value, currency, range, qualifier, rate, purpose and parties."""
    return Amounts(name, lexicon_resource=lexicon, currencies_resource=currencies)


@Language.factory(
    "newsfacts_dates",
    default_config={"lexicon": "dates.json", "use_dateparser": True, "distinct": True},
    requires=["doc.ents", "doc.sents", "token.dep", "token.tag"],
)
def make_dates(
    nlp: Language, name: str, lexicon: str, use_dateparser: bool, distinct: bool
) -> Dates:
    """Types and normalises dates and times against the publication date."""
    return Dates(name, lexicon_resource=lexicon, use_dateparser=use_dateparser, distinct=distinct)


@Language.factory(
    "newsfacts_quotes",
    default_config={"verbs": "reporting_verbs.json", "nouns": "speaker_nouns.json"},
    requires=["token.dep", "token.lemma"],
)
def make_quotes(nlp: Language, name: str, verbs: str, nouns: str) -> Quotes:
    """Finds direct, partial and reported speech and links each speaker to an actor."""
    return Quotes(name, verbs_resource=verbs, nouns_resource=nouns)


@Language.factory(
    "newsfacts_stances",
    default_config={"cues": "stance_cues.json"},
    requires=["token.dep", "token.lemma"],
)
def make_stances(nlp: Language, name: str, cues: str) -> Stances:
    """Finds who supports or opposes what, with the words that show it."""
    return Stances(name, cues_resource=cues)


@Language.factory("newsfacts", requires=["doc.ents", "token.dep"])
def make_newsfacts(nlp: Language, name: str) -> Newsfacts:
    """All newsfacts stages in one component: `nlp.add_pipe("newsfacts")`."""
    return build(nlp, STAGES)
