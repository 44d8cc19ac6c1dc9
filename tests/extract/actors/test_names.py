"""Pure name helpers: acronyms and surface forms, on plain strings."""

from __future__ import annotations

import pytest

from newsfacts.extract.actors.names import acronym_matches, clean_surface, is_acronym, name_key

SKIP = frozenset({"of", "and", "for", "the"})


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("ICE", "U.S. Immigration and Customs Enforcement"),
        ("ICE", "Immigration and Customs Enforcement"),
        ("NYPD", "New York City Police Department"),
        ("ACLU of Colorado", "American Civil Liberties Union of Colorado"),
        ("DHS", "Department of Homeland Security"),
    ],
)
def test_names_acronym_matches_long_name(short: str, long: str) -> None:
    assert acronym_matches(short, long, SKIP)


@pytest.mark.parametrize(
    ("short", "long"),
    [("AP", "Alabama Court of Civil Appeals"), ("PARS", "Philadelphia Police"), ("ICE", "ICE")],
)
def test_names_acronym_rejects_other_names(short: str, long: str) -> None:
    assert not acronym_matches(short, long, SKIP)


def test_names_surface_forms_drop_articles_and_possessives() -> None:
    assert clean_surface("the Sacramento County Sheriff’s Department") == (
        "Sacramento County Sheriff’s Department"
    )
    assert clean_surface("Kenney’s") == "Kenney"
    assert name_key("U.S.") == name_key("US")
    assert is_acronym("U.S.") and not is_acronym("Kenney") and not is_acronym("A")
