"""Every newsfacts spaCy component is declared here, in one place.

The same names are listed under `[project.entry-points.spacy_factories]` in pyproject.toml,
so a saved pipeline that uses them loads in a fresh process (a Dask worker, say) without a
manual import. Config defaults are JSON-able, so `nlp.add_pipe(name, config=...)` can swap
the rule data for a file of the user's own.
"""

from __future__ import annotations

from spacy.language import Language

from newsfacts.extract.actors import Actors
from newsfacts.extract.cleaning import Cleaning
from newsfacts.extract.composite import Newsfacts, build

STAGES = ("newsfacts_cleaning", "newsfacts_actors")


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


@Language.factory("newsfacts", requires=["doc.ents", "token.dep"])
def make_newsfacts(nlp: Language, name: str) -> Newsfacts:
    """All newsfacts stages in one component: `nlp.add_pipe("newsfacts")`."""
    return build(nlp, STAGES)
