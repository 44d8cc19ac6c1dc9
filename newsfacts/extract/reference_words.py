"""The word classes the reference resolver (`reference`) decides by: pronouns of persons,
groups and bodies, gendered pronouns and titles, the words that make a title another office
("vice", "former"), determiners of unnamed and partial phrases,
nouns that speak for a body, and the nouns of roles, organisations and places
(`resources/reference_words.json`)."""

from __future__ import annotations

from newsfacts.resources.lexicon import Lexicon, WordMap, Words


class ReferenceWords(Lexicon):
    """Word classes that decide which actor a phrase refers to (see the resource)."""

    shipped = "reference_words.json"

    person_pronouns: Words
    group_pronouns: Words
    body_pronouns: Words
    first_person_pronouns: Words
    relative_pronouns: Words
    male_pronouns: Words
    female_pronouns: Words
    male_titles: Words
    female_titles: Words
    unnamed_determiners: Words
    partitive_determiners: Words
    speaks_for_nouns: Words
    protest_nouns: Words
    office_modifiers: Words
    """Words before a title's head that make it another office: "vice", "deputy",
    "former"."""
    role_nouns: Words
    organisation_nouns: Words
    generic_organisation_nouns: Words
    place_nouns: Words
    organisation_kinds: WordMap[Words]
    """The nouns of a description of a body ("the regulator") and the name words that fit
    each ("Authority", "Commission")."""
