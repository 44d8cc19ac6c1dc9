"""Which actor a word refers to: the actor behind "Kenney", "he", "the ICE official".

The one answer for every stage: quotes ask it who a speaker is, stances who holds a stance,
amounts who pays. The actors stage has already resolved names over the article
(`doc._.newsfacts_actors` and the mention spans in `doc.spans["newsfacts_actor_mentions"]`);
this module only maps one word (and the phrase around it) onto those actors.

A name links to the actor whose mention holds it; a pronoun to the most recent actor that
fits it; a description to the organisation named inside it ("the ICE official"), to an
earlier speaker described the same way ("the official"), or to the last organisation of
that kind ("the agency"). An unnamed speaker that no actor fits ("a federal judge") stays
unlinked rather than being forced onto one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, Literal

from spacy.tokens import Doc, Span, Token

from newsfacts.extract.syntax import NOMINAL_SUBJECTS
from newsfacts.pipeline.doc import ACTOR_MENTIONS, get_facts
from newsfacts.resources.lexicon import Lexicon, Words

LinkKind = Literal["named", "pronoun", "description", "unnamed", "unknown"]

# Dependents that belong to a noun phrase naming a speaker; appositives, relative clauses
# and conjuncts are left out, so "Mark Silverstein, legal director of ..." stays a name.
PHRASE_DEPS = {"compound", "det", "amod", "poss", "case", "nmod", "nummod", "quantmod", "flat"}
RIGHT_PHRASE_DEPS = {"prep", "pobj"}
AFFILIATION_TYPES = {"ORG", "GROUP", "GPE"}
GROUP_TYPES = {"ORG", "GROUP"}
PRONOUN_WINDOW_SENTENCES = 3
PHRASE_BOUNDARIES = {",", ";", "(", ")", "—", "–", ":"}


class ReferenceWords(Lexicon):
    """Word classes that decide how a speaker phrase is resolved (see the resource)."""

    shipped = "reference_words.json"

    person_pronouns: Words
    group_pronouns: Words
    relative_pronouns: Words
    unnamed_determiners: Words
    role_nouns: Words
    organisation_nouns: Words
    place_nouns: Words


@dataclass(frozen=True)
class Reference:
    """The actor a speaker phrase refers to (None when no actor fits) and how it was found."""

    actor_id: str | None
    name: str | None
    kind: LinkKind


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    actor_id: str
    type: str
    is_subject: bool


def mention_phrase(head: Token) -> Span:
    """The speaker as written around its head noun: name parts, determiners, modifiers and a
    following prepositional phrase ("the Twitter account behind the Occupy ICE protest"),
    never crossing a comma (an appositive or a party tag such as "D-Union")."""
    indices = {head.i}
    pending = [head]
    while pending:
        token = pending.pop()
        for child in token.children:
            right_ok = child.i > head.i and child.dep_ in RIGHT_PHRASE_DEPS
            if child.dep_ in PHRASE_DEPS or right_ok:
                indices.add(child.i)
                pending.append(child)
    start, end = _without_commas(head, min(indices), max(indices) + 1)
    return head.doc[start:end]


def _without_commas(head: Token, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) to the tokens around the head up to a comma, bracket, dash or line
    break (a headline the parser ran into the first sentence)."""
    doc = head.doc
    for i in range(head.i - 1, start - 1, -1):
        if _is_boundary(doc[i]):
            start = i + 1
            break
    for i in range(head.i + 1, end):
        if _is_boundary(doc[i]):
            end = i
            break
    return start, end


def _is_boundary(token: Token) -> bool:
    return token.text in PHRASE_BOUNDARIES or "\n" in token.text_with_ws[:-1] or token.is_space


class ReferenceResolver:
    """Maps words of one Doc onto its actors; remembers earlier links so a later
    "the official" finds the one described before."""

    def __init__(self, doc: Doc, nouns: ReferenceWords) -> None:
        self.doc = doc
        self.nouns = nouns
        self.actors: dict[str, dict[str, Any]] = {
            actor["id"]: actor for actor in get_facts(doc, "actors")
        }
        self.mentions = self._mentions(doc)
        self.actor_at: dict[int, _Mention] = {
            i: mention for mention in self.mentions for i in range(mention.start, mention.end)
        }
        self.history: list[tuple[frozenset[str], str]] = []
        self.sentence_starts = [sentence.start for sentence in doc.sents]

    def _mentions(self, doc: Doc) -> list[_Mention]:
        group = doc.spans.get(ACTOR_MENTIONS, [])
        found = []
        for span in group:
            actor = self.actors.get(span.kb_id_)
            if actor is None:
                continue
            is_subject = span.root.dep_ in NOMINAL_SUBJECTS
            found.append(_Mention(span.start, span.end, span.kb_id_, actor["type"], is_subject))
        return sorted(found, key=lambda mention: mention.start)

    def resolve(self, head: Token, phrase: Span) -> Reference:
        """The actor the speaker phrase with this head refers to, and how it was found.
        A relative pronoun ("McConnell, who in 2010 said") refers to the noun it modifies."""
        if head.lower_ in self.nouns.relative_pronouns and head.head.dep_ == "relcl":
            head = head.head.head
            phrase = mention_phrase(head)
        link = (
            self._by_mention(head)
            or self._by_pronoun(head)
            or self._by_affiliation(head, phrase)
            or self._by_name(head)
            or self._by_description(head, phrase)
        )
        if link is None:
            kind: LinkKind = "unnamed" if self._is_unnamed(head, phrase) else "unknown"
            link = Reference(None, None, kind)
        if link.actor_id is not None:
            nouns = {t.lemma_.lower() for t in phrase if t.pos_ == "NOUN"} | {head.lemma_.lower()}
            self.history.append((frozenset(nouns), link.actor_id))
        return link

    def _link_to(self, actor_id: str, kind: LinkKind) -> Reference:
        return Reference(actor_id, self.actors[actor_id]["name"], kind)

    def _by_mention(self, head: Token) -> Reference | None:
        mention = self.actor_at.get(head.i)
        return self._link_to(mention.actor_id, "named") if mention else None

    def _by_pronoun(self, head: Token) -> Reference | None:
        word = head.lower_
        if word in self.nouns.person_pronouns:
            return self._recent(head, {"PERSON"}, "pronoun")
        if word in self.nouns.group_pronouns:
            return self._recent(head, GROUP_TYPES, "pronoun")
        return None

    def _recent(self, head: Token, types: set[str], kind: LinkKind) -> Reference | None:
        """The most recent fitting actor before `head`: within the last few sentences a
        subject is preferred (the person the story is talking about), then any mention.
        With no actor of a fitting type (the model typed a councilwoman ORG), the last
        speaker that is not a place."""
        before = [m for m in self.mentions if m.end <= head.i and m.type in types]
        if not before:
            speakers = [i for _, i in self.history if self.actors[i]["type"] != "GPE"]
            return self._link_to(speakers[-1], kind) if speakers else None
        window_start = self._window_start(head)
        recent = [m for m in before if m.start >= window_start]
        subjects = [m for m in recent if m.is_subject]
        chosen = (subjects or recent or before)[-1]
        return self._link_to(chosen.actor_id, kind)

    def _window_start(self, head: Token) -> int:
        count = bisect_right(self.sentence_starts, head.i)
        return self.sentence_starts[max(count - PRONOUN_WINDOW_SENTENCES, 0)] if count else 0

    def _by_affiliation(self, head: Token, phrase: Span) -> Reference | None:
        """An organisation named inside a description: "the ICE official", "officials of
        the agency"; the one nearest the head wins."""
        inside = [
            self.actor_at[token.i]
            for token in phrase
            if token.i in self.actor_at and self.actor_at[token.i].type in AFFILIATION_TYPES
        ]
        if not inside:
            return None
        nearest = min(inside, key=lambda m: min(abs(m.start - head.i), abs(m.end - 1 - head.i)))
        return self._link_to(nearest.actor_id, "description")

    def _by_name(self, head: Token) -> Reference | None:
        """A surname the actors stage did not mark at this place but knows elsewhere: the
        most recent actor whose name or alias ends with it."""
        if head.pos_ != "PROPN" and not head.is_title:
            return None
        word = _name_word(head.text)
        for mention in reversed(self.mentions):
            actor = self.actors[mention.actor_id]
            forms = [actor["name"], *actor.get("aliases", [])]
            if any(_name_word(form.split()[-1]) == word for form in forms if form.split()):
                return self._link_to(mention.actor_id, "named")
        return None

    def _by_description(self, head: Token, phrase: Span) -> Reference | None:
        """A definite description: an earlier speaker described by the same noun, an actor
        with that title, or the last organisation of that kind."""
        lemma = head.lemma_.lower()
        if self._is_unnamed(head, phrase):
            return None
        for nouns, actor_id in reversed(self.history):
            if lemma in nouns:
                return self._link_to(actor_id, "description")
        if lemma in self.nouns.role_nouns:
            return self._by_title(head, lemma)
        if lemma in self.nouns.organisation_nouns:
            return self._by_organisation_noun(head, lemma)
        return None

    def _by_title(self, head: Token, lemma: str) -> Reference | None:
        for mention in reversed([m for m in self.mentions if m.end <= head.i]):
            actor = self.actors[mention.actor_id]
            context = self.doc[max(mention.start - 3, 0) : mention.end]
            title = str(actor.get("title") or "").lower().split()
            if lemma in title or any(t.lemma_.lower() == lemma for t in context):
                return self._link_to(mention.actor_id, "description")
        return None

    def _by_organisation_noun(self, head: Token, lemma: str) -> Reference | None:
        """A bare "the city" -> the last place named; "the council" -> the actor named
        "... Council"; a bare "the agency" -> the last organisation that spoke, else the
        last one named. A qualified description ("the city attorney's office") that names
        no actor fits none."""
        before = [m for m in self.mentions if m.end <= head.i]
        qualified = any(child.dep_ in {"poss", "compound"} for child in head.children)
        if lemma in self.nouns.place_nouns:
            places = [m for m in before if m.type == "GPE"]
            return (
                None
                if qualified or not places
                else self._link_to(places[-1].actor_id, "description")
            )
        for mention in reversed(before):
            if lemma in self.actors[mention.actor_id]["name"].lower().split():
                return self._link_to(mention.actor_id, "description")
        if qualified:
            return None
        for _, actor_id in reversed(self.history):
            if self.actors[actor_id]["type"] in GROUP_TYPES:
                return self._link_to(actor_id, "description")
        groups = [m for m in before if m.type in GROUP_TYPES]
        return self._link_to(groups[-1].actor_id, "description") if groups else None

    def _is_unnamed(self, head: Token, phrase: Span) -> bool:
        """An indefinite or bare plural description ("a federal judge", "officials")."""
        if head.pos_ == "PROPN" or head.pos_ == "PRON":
            return False
        determiners = [t.lower_ for t in phrase if t.dep_ in {"det", "nummod"} and t.head == head]
        if determiners:
            return determiners[0] in self.nouns.unnamed_determiners
        has_owner = any(t.dep_ == "poss" for t in head.children)
        return not has_owner and head.tag_ in {"NNS", "NN"}


def _name_word(word: str) -> str:
    """A name word compared without case, dots or a possessive ending."""
    return word.casefold().replace("’", "'").strip("\"“”'.").removesuffix("'s")
