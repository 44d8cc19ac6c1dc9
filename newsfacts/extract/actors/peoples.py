"""Nationalities: "Israeli strikes", "the Germans", "North Korean leadership".

News names a country by its people's adjective or plural as often as by its name. Each
such word is a mention of the country it stands for ("Israel"), so that one actor carries
every form, and every stage that asks who a word refers to sees the same actor. Whether
the country is in the story is decided as for any place: where one of its mentions acts
or is acted upon (`decisions.is_actor`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfacts.extract.actors.candidates import Candidate
from newsfacts.extract.actors.lexicon import Lexicon
from newsfacts.pipeline.doc import PEOPLE_WORD, doc_words, entity_bounds, in_boilerplate

# entity labels a nationality word may carry and still stand for its people
NATIONALITY_ENTITY_LABELS = {"NORP", "GPE", ""}
STANCE_PREFIXES = {"anti", "pro"}


def people_candidates(doc: Doc, lexicon: Lexicon, taken: set[int]) -> list[Candidate]:
    """A candidate for each nationality word ("Israeli", "Israelis", "North Korean")
    outside the tokens `taken` by other candidates ("Saudi officials", "the Ghanaian
    government" are actors of their own), resolved to its country, and never a name of
    its own but for a plural ("Americans", which the article may name as a people): the
    actor is named for the country."""
    words = doc_words(doc)
    first_words = lexicon.people_first_words
    if first_words.isdisjoint(words):
        return []
    found: list[Candidate] = []
    end = 0
    for i in [i for i, word in enumerate(words) if word in first_words]:
        size = _people_word_at(words, i, lexicon) if i >= end else 0
        if not size or taken.intersection(range(i, i + size)):
            continue
        end = i + size
        span = Span(doc, i, end, label=PEOPLE_WORD)
        if _stands_for_a_people(span) and not in_boilerplate(doc, span.start_char, span.end_char):
            form = " ".join(words[i:end])
            plural = form not in lexicon.demonyms  # "the Americans" may name the people
            found.append(Candidate(span, "GPE", lexicon.peoples[form], is_name=plural))
    return found


def _people_word_at(words: list[str], i: int, lexicon: Lexicon) -> int:
    """How many words from `i` on make a nationality word (0: none)."""
    for size in range(min(lexicon.longest_people_word, len(words) - i), 0, -1):
        if " ".join(words[i : i + size]) in lexicon.peoples:
            return size
    return 0


def _stands_for_a_people(span: Span) -> bool:
    """Not a word of a longer name or people ("American Airlines", "Chinese New Year",
    "African Americans"), nor a stance word ("anti-American": the stance, not the people),
    nor people in general ("for Canadians to access": whoever would, not the country)."""
    for token in span:
        if token.ent_type_ not in NATIONALITY_ENTITY_LABELS:
            return False
        bounds = entity_bounds(token)
        if bounds is not None and (bounds[0] < span.start or bounds[1] > span.end):
            return False
    doc, root = span.doc, span.root
    stance_word = (
        span.start >= 2
        and doc[span.start - 1].text == "-"
        and doc[span.start - 2].lower_ in STANCE_PREFIXES
    )
    in_general = root.dep_ == "nsubj" and any(
        child.dep_ == "mark" and child.lower_ == "for" for child in root.head.children
    )
    return not (stance_word or in_general)
