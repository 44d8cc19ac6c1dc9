"""Nationality words as mentions of their country ("the Germans", "Israeli strikes")."""

from __future__ import annotations

from newsfacts.extract.actors.lexicon import Lexicon
from newsfacts.models import Actor, ArticleRecord
from newsfacts.pipeline.extractor import Extractor


def actor_mentioned_at(record: ArticleRecord, word: str) -> Actor | None:
    """The actor one of whose mentions is exactly `word`, if any."""
    return next((a for a in record.actors if any(m.text == word for m in a.mentions)), None)


def test_peoples_adjective_and_plural_name_the_country() -> None:
    peoples = Lexicon.load("actors.json").peoples
    assert peoples["Israeli"] == peoples["Israelis"] == "Israel"
    assert peoples["North Koreans"] == "North Korea"
    assert peoples["British"] == "United Kingdom"  # the actors' full name, as "UK" gets
    assert peoples["Turkish"] == "Turkey"  # news's name, not CLDR's "Türkiye"
    assert "Chineses" not in peoples and peoples["Chinese"] == "China"


def test_peoples_plural_acted_upon_is_its_country(extractor: Extractor) -> None:
    record = extractor.extract(
        "When Senator Roe visited Europe, she attacked the Germans for their trade surplus."
    )
    germany = actor_mentioned_at(record, "Germans")
    assert germany is not None and (germany.name, germany.type) == ("Germany", "GPE")
    stance = next(s for s in record.stances if s.holder == "Roe")
    assert (stance.polarity, stance.target_id) == ("oppose", germany.id)
    assert stance.target == "the Germans"  # the word as written, not "the Germany"


def test_peoples_word_joins_the_country_named_elsewhere(extractor: Extractor) -> None:
    record = extractor.extract(
        "Israel rejected the plan on Monday. Israeli strikes hit the border town hours later."
    )
    israel = actor_mentioned_at(record, "Israel")
    assert israel is not None and "Israeli" in {m.text for m in israel.mentions}
    assert "Israeli" not in israel.aliases  # the adjective stands for the country, names none


def test_peoples_words_inside_names_and_stances_are_no_mention(extractor: Extractor) -> None:
    record = extractor.extract(
        "American Airlines said on Friday that anti-American protests had hit its bookings."
    )
    assert actor_mentioned_at(record, "American") is None
    assert "United States" not in {a.name for a in record.actors}


def test_peoples_plural_named_often_is_in_the_story(extractor: Extractor) -> None:
    record = extractor.extract(
        "Americans are worried about prices. Polls show Americans want lower taxes, and "
        "most Americans say the economy is weak."
    )
    country = actor_mentioned_at(record, "Americans")
    assert country is not None and "Americans" in country.aliases
