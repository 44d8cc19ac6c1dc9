"""Which actor a word refers to: the actor behind "Kenney", "he", "the ICE official".

The one answer for every stage: quotes ask it who a speaker is, stances who holds a stance,
amounts who pays. The actors stage has already resolved names over the article
(`doc._.newsfacts_actors` and the mention spans in `doc.spans["newsfacts_actor_mentions"]`);
this module only maps one word (and the phrase around it) onto those actors.

The policy, in order (the first that answers wins):
1. a relative pronoun ("McConnell, who said") is the noun its clause is on;
2. a word inside an actor mention is that actor;
3. "I"/"we" inside an attributed quote is the quote's speaker;
4. a pronoun is the subject of the verb whose clause it opens ("Kenney said his ...") when
   that fits, else the most recent fitting actor of the last few sentences, subjects first;
   "it" only ever follows a reporting subject ("the union said it ..."); "she" never fits a
   person the article calls "Mr." (nor "he" a "Ms.");
5. a part of a body ("some council members", "three representatives") is no one;
6. a noun that speaks for a body ("ICE officials", "a spokesman for the ministry",
   "Trump's administration") is that body or person;
7. an organisation or place named inside the phrase ("the ICE official") is the one nearest
   the head;
8. protesters in a story about one protest group are that group;
9. a surname known elsewhere in the article is its actor;
10. a definite description ("the official", "the agency", "the judge", "the appellate
    court") is an earlier speaker described the same way, an actor with that title, or the
    last organisation or place of that kind.
An unnamed phrase that no actor fits ("a federal judge") stays unlinked rather than being
forced onto one. The window and the subject preference of step 4 were chosen by measuring
speakers on PolNeAR dev and speakers and stance holders on the shared gold articles.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Literal
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from newsfacts.extract.reference_words import ReferenceWords
from newsfacts.extract.syntax import ACTIVE_SUBJECT, NOMINAL_SUBJECTS, prep_objects, same_paragraph
from newsfacts.models.facts import ActorFact
from newsfacts.pipeline.doc import ACTOR_MENTIONS, doc_lower_words, doc_text, get_facts
from newsfacts.pipeline.intervals import RangeIndex

LinkKind = Literal["named", "speaker", "pronoun", "description", "group", "unnamed", "unknown"]

# Dependents that belong to a noun phrase naming an actor; appositives, relative clauses
# and conjuncts are left out, so "Mark Silverstein, legal director of ..." stays a name.
PHRASE_DEPS = {"compound", "det", "amod", "poss", "case", "nmod", "nummod", "quantmod", "flat"}
RIGHT_PHRASE_DEPS = {"prep", "pobj"}
PHRASE_BOUNDARIES = {",", ";", "(", ")", "—", "–", ":"}
TITLE_WORD_BREAKS = re.compile(r"[\s-]+")  # "Vice-President" is "vice" and "president"
OWNER_DEPS = {"compound", "poss"}
OWNER_PREPOSITIONS = {"of", "from", "at", "for"}
AFFILIATION_TYPES = {"ORG", "GROUP", "GPE"}
GROUP_TYPES = {"ORG", "GROUP"}
PERSON_TYPES = {"PERSON"}
SINGULAR_NOUN_TAGS = {"NN", "NNP"}
PRONOUN_WINDOW_SENTENCES = 3
CONFIDENCE: dict[LinkKind, float] = {
    "named": 1.0,
    "speaker": 0.9,
    "pronoun": 0.85,
    "description": 0.85,
    "group": 0.7,
    "unnamed": 0.0,
    "unknown": 0.0,
}

SpeakerAt = Callable[[Token], "tuple[str, float] | None"]
"""The speaker id (and how sure) of the attributed quote holding a token, if any."""


@dataclass(frozen=True)
class Reference:
    """The actor a word refers to (None when no actor fits) and how it was found."""

    actor_id: str | None
    name: str | None
    kind: LinkKind

    @property
    def confidence(self) -> float:
        """How sure the link is, by the way it was found."""
        return CONFIDENCE[self.kind]


NO_ONE = Reference(None, None, "unknown")


@dataclass(frozen=True)
class _Linked:
    """An earlier speaker link the resolver remembers: the nouns of its phrase and the
    words that made its title another office ("vice" of "the vice president"), its actor,
    where its head stands, and whether the phrase describes one person ("a spokeswoman for
    X") rather than naming the actor."""

    nouns: frozenset[str]
    office: frozenset[str]
    actor_id: str
    at: int
    person: bool


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    actor_id: str
    type: str
    is_subject: bool


@dataclass(frozen=True)
class ActorIndex:
    """A Doc's actors and their mentions as the resolver looks them up. Only the actors
    stage writes them, and three stages resolve (amounts, quotes, stances), so they are
    read once per Doc; the actor list and mention group they were read from tell a Doc
    whose actors were written again."""

    actors_read: Any  # the list and the span group as read: compared by identity
    mentions_read: Any
    actors: dict[str, ActorFact]
    mentions: list[_Mention]
    """In text order."""
    mention_starts: list[int]
    actor_at: dict[int, _Mention]
    """The mention covering each token of one."""
    sentence_starts: list[int]


_ACTOR_INDEXES: WeakKeyDictionary[Doc, ActorIndex] = WeakKeyDictionary()


def actor_index(doc: Doc) -> ActorIndex:
    """The actor index of `doc`, read once for its actors as they now stand."""
    actors_read, mentions_read = doc._.newsfacts_actors, doc.spans.get(ACTOR_MENTIONS)
    index = _ACTOR_INDEXES.get(doc)
    if (
        index is None
        or index.actors_read is not actors_read
        or index.mentions_read is not mentions_read
    ):
        index = _ACTOR_INDEXES[doc] = _read_actor_index(doc, actors_read, mentions_read)
    return index


def _read_actor_index(doc: Doc, actors_read: object, mentions_read: object) -> ActorIndex:
    actors: dict[str, ActorFact] = {actor["id"]: actor for actor in get_facts(doc, "actors")}
    mentions = []
    for span in doc.spans.get(ACTOR_MENTIONS, []):
        actor = actors.get(span.kb_id_)
        if actor is None:
            continue
        is_subject = span.root.dep_ in NOMINAL_SUBJECTS
        mentions.append(_Mention(span.start, span.end, span.kb_id_, actor["type"], is_subject))
    mentions.sort(key=lambda mention: mention.start)
    return ActorIndex(
        actors_read,
        mentions_read,
        actors,
        mentions,
        [mention.start for mention in mentions],
        {i: mention for mention in mentions for i in range(mention.start, mention.end)},
        [sentence.start for sentence in doc.sents],
    )


# The bounds of each phrase read, by head index: a Span would hold its Doc, and a weakly
# keyed entry whose value holds its key never goes.
_PHRASES: WeakKeyDictionary[Doc, dict[int, tuple[int, int]]] = WeakKeyDictionary()


def mention_phrase(head: Token) -> Span:
    """The phrase around a head noun: name parts, determiners, modifiers and a following
    prepositional phrase ("the Twitter account behind the Occupy ICE protest"), never
    crossing a comma (an appositive or a party tag such as "D-Union"). Read from the parse
    alone, so read once per word: the stages resolve the same words again and again."""
    doc = head.doc
    phrases = _PHRASES.get(doc)
    if phrases is None:
        phrases = _PHRASES[doc] = {}
    bounds = phrases.get(head.i)
    if bounds is None:
        bounds = phrases[head.i] = _phrase_around(head)
    return doc[bounds[0] : bounds[1]]


def _phrase_around(head: Token) -> tuple[int, int]:
    indices = {head.i}
    pending = [head]
    while pending:
        token = pending.pop()
        for child in token.children:
            right_ok = child.i > head.i and child.dep_ in RIGHT_PHRASE_DEPS
            misparsed_verb = child.pos_ == "VERB"  # "Said Ellis:" read as a compound
            if (child.dep_ in PHRASE_DEPS or right_ok) and not misparsed_verb:
                indices.add(child.i)
                pending.append(child)
    return _without_commas(head, min(indices), max(indices) + 1)


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


def reporting_subject(token: Token) -> Token | None:
    """The subject of the verb whose reported clause holds `token`: "Kenney" for "his" in
    "Kenney said his administration ...". Never over a line break: a parse that hangs a
    paragraph's verb from the one before ("Roe, saying ...¶ Haddad said that ... but he
    said") is no report of that one's subject."""
    clause = token.head
    while clause.dep_ not in {"ccomp", "ROOT"} and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or not same_paragraph(token, clause.head):
        return None
    return next((c for c in clause.head.children if c.dep_ == ACTIVE_SUBJECT), None)


OPENING_MARK, CLOSING_MARK, STRAIGHT_MARK = "“", "”", '"'


def _within_marks(token: Token) -> bool:
    """Whether `token` stands between quote marks of its paragraph: the last curly mark
    before it opens a quote, or an odd number of straight marks come before it."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    before = text[start : token.idx]
    opening, closing = before.rfind(OPENING_MARK), before.rfind(CLOSING_MARK)
    if opening >= 0 or closing >= 0:
        return opening > closing
    return before.count(STRAIGHT_MARK) % 2 == 1


class ReferenceResolver:
    """Maps words of one Doc onto its actors; remembers the phrases of earlier links (when
    asked to) so a later "the official" finds the one described before."""

    def __init__(
        self,
        doc: Doc,
        words: ReferenceWords,
        speaker_at: SpeakerAt | None = None,
        quoted: Iterable[tuple[int, int]] = (),
    ) -> None:
        """`speaker_at`: who speaks at a token (for "I" in a quote); `quoted`: the character
        ranges of quoted words, whose names are speech, not the story's antecedents."""
        self.doc = doc
        self.words = words
        self.speaker_at = speaker_at
        self.quoted = RangeIndex(quoted)
        index = actor_index(doc)
        self.actors = index.actors
        self.mentions = index.mentions
        self.mention_starts = index.mention_starts
        self.actor_at = index.actor_at
        self.sentence_starts = index.sentence_starts
        self.genders = self._genders(doc)
        self.history: list[_Linked] = []
        self.kind_words = _kind_words(words)

    def _genders(self, doc: Doc) -> dict[str, str]:
        """The people the article marks as a man or a woman by an honorific or title right
        before or at the start of a mention ("Mr. Roe", "Congresswoman Roe"), so "she" is
        never a "Mr."; a person marked both ways (two people of one surname) is neither."""
        lower = doc_lower_words(doc)
        marked: dict[str, set[str]] = {}
        for mention in self.mentions:
            if mention.type not in PERSON_TYPES:
                continue
            before = lower[mention.start - 1] if mention.start > 0 else ""
            for word in (before, lower[mention.start]):
                gender = self._title_gender(word)
                if gender is not None:
                    marked.setdefault(mention.actor_id, set()).add(gender)
        return {key: next(iter(kinds)) for key, kinds in marked.items() if len(kinds) == 1}

    def _title_gender(self, word: str) -> str | None:
        if word in self.words.male_titles:
            return "male"
        return "female" if word in self.words.female_titles else None

    def _pronoun_gender(self, word: str) -> str | None:
        if word in self.words.male_pronouns:
            return "male"
        return "female" if word in self.words.female_pronouns else None

    def _agrees(self, actor_id: str, gender: str | None) -> bool:
        """Whether a pronoun of `gender` can stand for the actor: any actor the article
        does not mark as the other gender."""
        return gender is None or self.genders.get(actor_id, gender) == gender

    def resolve(
        self, head: Token, phrase: Span | None = None, *, remember: bool = False
    ) -> Reference:
        """The actor the word `head` (in `phrase`, by default the phrase around it) refers
        to, and how it was found. With `remember`, a found link is kept, so a later
        description by the same noun ("the official") finds it."""
        if head.lower_ in self.words.relative_pronouns and head.head.dep_ == "relcl":
            head = head.head.head
            phrase = None
        phrase = phrase if phrase is not None else mention_phrase(head)
        link = self._link(head, phrase)
        if link is None:
            kind: LinkKind = "unnamed" if self._is_unnamed(head, phrase) else "unknown"
            link = Reference(None, None, kind)
        if remember and link.actor_id is not None:
            nouns = {t.lemma_.lower() for t in phrase if t.pos_ == "NOUN"} | {head.lemma_.lower()}
            person = head.tag_ == "NN" and head.lemma_.lower() in self.words.role_nouns
            office = self._office_modifiers(head, phrase)
            self.history.append(_Linked(frozenset(nouns), office, link.actor_id, head.i, person))
        return link

    def actor_type(self, actor_id: str) -> str:
        return self.actors[actor_id]["type"]

    def _link(self, head: Token, phrase: Span) -> Reference | None:
        if head.i in self.actor_at:
            return self._link_to(self.actor_at[head.i].actor_id, "named")
        named = self._by_apposition(head) or self._by_office_title(head)
        if named is not None:
            return named
        if head.pos_ == "PRON":
            return self._by_pronoun(head)
        if self._is_partitive(head):
            return None
        return (
            self._by_owner(head)
            or self._by_affiliation(head, phrase)
            or self._by_collective(head)
            or self._by_name(head)
            or self._by_description(head, phrase)
        )

    def _link_to(self, actor_id: str, kind: LinkKind) -> Reference:
        return Reference(actor_id, self.actors[actor_id]["name"], kind)

    def _before(self, head: Token) -> list[_Mention]:
        """The mentions that end before `head`, in text order."""
        return [
            m for m in self.mentions[: bisect_left(self.mention_starts, head.i)] if m.end <= head.i
        ]

    # --- pronouns ------------------------------------------------------------------------

    def _by_pronoun(self, head: Token) -> Reference | None:
        """ "I"/"we" in a quote: its speaker. "he", "they", "it": the reporting subject when
        it fits; else (not "it", which names too many things) the most recent fitting actor."""
        word = head.lower_
        if word in self.words.first_person_pronouns:
            return self._quote_speaker(head)
        if word in self.words.person_pronouns:
            types = PERSON_TYPES
        elif word in self.words.group_pronouns or word in self.words.body_pronouns:
            types = GROUP_TYPES
        else:
            return None
        gender = self._pronoun_gender(word)
        reporter = reporting_subject(head)
        if reporter is not None and self._is_quoted(reporter):
            reporter = None  # a misparse reaching into the quoted words
        if reporter is not None and reporter.pos_ != "PRON":
            link = self._link(reporter, mention_phrase(reporter))
            if link is not None and link.actor_id and self.actor_type(link.actor_id) in types:
                if self._agrees(link.actor_id, gender) and link.actor_id != self._speaking(head):
                    return Reference(link.actor_id, link.name, "pronoun")
            elif (types is PERSON_TYPES) == (reporter.tag_ in SINGULAR_NOUN_TAGS):
                return None  # "the judge said he ...": a person, but not one the text names
        if word in self.words.body_pronouns:
            return None
        return self._recent(head, types, gender)

    def _quote_speaker(self, head: Token) -> Reference | None:
        spoken = self.speaker_at(head) if self.speaker_at else None
        return self._link_to(spoken[0], "speaker") if spoken and spoken[0] in self.actors else None

    def _speaking(self, head: Token) -> str | None:
        """The speaker of the quoted words a third-person pronoun stands in, between quote
        marks: in their own words a speaker is "I", so "him" in “nothing made him prouder,”
        Roe said is not Roe (a reported clause around a partial quote may be: Roe wrote
        that they are “deeply disappointed”)."""
        if not self.speaker_at or not self._is_quoted(head) or not _within_marks(head):
            return None
        spoken = self.speaker_at(head)
        return spoken[0] if spoken else None

    def _is_quoted(self, token: Token) -> bool:
        """Whether the token lies inside quoted words."""
        return self.quoted.contains(token.idx, token.idx + 1)

    def _recent(self, head: Token, types: set[str], gender: str | None) -> Reference | None:
        """The most recent fitting actor before `head`: within the last few sentences a
        subject is preferred (the person the story is talking about), then any mention;
        names inside quoted words count only when the narration names no one fitting
        (“... Now, Roe has announced a package,” he said: "he" is not Roe).
        With no actor of a fitting type (the model typed a councilwoman ORG), the last
        actor linked before that is not a place. An actor of the other gender does not fit,
        nor the subject of its own clause, nor the speaker of the quote marks it stands in,
        nor one the quote it attributes names (“... Roe has betrayed them,” he said: a
        speaker does not name themself)."""
        excluded = {self._own_subject(head), self._speaking(head), *self._named_in_report(head)}
        fitting = [
            m
            for m in self._before(head)
            if m.type in types and m.actor_id not in excluded and self._agrees(m.actor_id, gender)
        ]
        narrated = [m for m in fitting if not self._is_quoted(self.doc[m.start])]
        before = narrated or fitting
        if not before:
            linked = [
                e.actor_id
                for e in self.history
                if self.actor_type(e.actor_id) != "GPE" and self._agrees(e.actor_id, gender)
            ]
            return self._link_to(linked[-1], "pronoun") if linked else None
        window_start = self._window_start(head)
        recent = [m for m in before if m.start >= window_start]
        subjects = [m for m in recent if m.is_subject]
        chosen = (subjects or recent or before)[-1]
        after = subjects[-1].start if subjects else window_start
        described = self._described_speaker(head, types, after)
        return self._link_to(described or chosen.actor_id, "pronoun")

    def _described_speaker(self, head: Token, types: set[str], after: int) -> str | None:
        """The actor of a speaker described as one person ("A spokeswoman for Acme, which
        represented Roe, said: ...") after token `after` (the last fitting subject, or the
        window's start) and before `head`: "She added that ..." is the spokeswoman, who
        speaks for Acme, not a person named in passing."""
        if types is not PERSON_TYPES:
            return None
        described = [e for e in self.history if e.person and after < e.at < head.i]
        return described[-1].actor_id if described else None

    def _named_in_report(self, head: Token) -> set[str]:
        """The actors named (not pointed at) inside the quoted words that the verb whose
        subject `head` is reports: “... Roe has betrayed them,” he said."""
        if head.dep_ != ACTIVE_SUBJECT:
            return set()
        named: set[str] = set()
        for clause in head.head.children:
            if clause.dep_ not in {"ccomp", "parataxis"} or not self._is_quoted(clause):
                continue
            for token in clause.subtree:
                mention = self.actor_at.get(token.i)
                if mention is not None and token.pos_ == "PROPN" and self._is_quoted(token):
                    named.add(mention.actor_id)
        return named

    def _own_subject(self, head: Token) -> str | None:
        """The actor subject of the clause an object pronoun stands in: "Lopez praised him"
        is not Lopez praising herself (that would be "herself")."""
        clause = head.head
        if head.dep_ == "pobj" and clause.dep_ == "prep":
            clause = clause.head
        elif head.dep_ not in {"dobj", "iobj", "dative"}:
            return None
        subject = next((c for c in clause.children if c.dep_ == ACTIVE_SUBJECT), None)
        mention = self.actor_at.get(subject.i) if subject is not None else None
        return mention.actor_id if mention is not None else None

    def _window_start(self, head: Token) -> int:
        count = bisect_right(self.sentence_starts, head.i)
        return self.sentence_starts[max(count - PRONOUN_WINDOW_SENTENCES, 0)] if count else 0

    # --- descriptions --------------------------------------------------------------------

    def _is_partitive(self, head: Token) -> bool:
        """ "some City Council members", "three representatives": part of a body, not the
        body; a noun that speaks for the body ("a spokesman for ICE") is not a part."""
        if head.lower_ in self.words.speaks_for_nouns:
            return False
        return any(
            (c.dep_ == "det" and c.lower_ in self.words.partitive_determiners) or c.dep_ == "nummod"
            for c in head.children
        )

    def _by_owner(self, head: Token) -> Reference | None:
        """ "ICE officials", "Trump's administration", "a spokesman for the ministry"."""
        if head.lower_ not in self.words.speaks_for_nouns:
            return None
        for child in head.children:
            owners = [child] if child.dep_ in OWNER_DEPS else []
            if child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS:
                owners = prep_objects(child)
            for owner in owners:
                link = self._link(owner, mention_phrase(owner)) or self._by_generic_owner(owner)
                if link is not None:
                    return Reference(link.actor_id, link.name, "description")
        return None

    def _by_generic_owner(self, owner: Token) -> Reference | None:
        """ "a company spokesperson", "a union spokesman": the generic noun the spokesperson
        speaks for is the body "the company" would be."""
        lemma = owner.lemma_.lower()
        if owner.dep_ != "compound" or lemma not in self.words.generic_organisation_nouns:
            return None
        return self._by_organisation_noun(owner, lemma)

    def _by_apposition(self, head: Token) -> Reference | None:
        """ "The newest member on council, Chris Johnson, ...": the name in apposition, on
        the same line (a parser may hang the next line's first name from a headline's)."""
        for child in head.children:
            if child.dep_ == "appos" and child.i in self.actor_at and same_paragraph(head, child):
                return self._link_to(self.actor_at[child.i].actor_id, "named")
        return None

    def _by_office_title(self, head: Token) -> Reference | None:
        """ "Leader of the Opposition Robert Smith", "Minister for Health Jane Roe": a title
        in capitals with its office, parsed as the head, and the person named at its end."""
        if not head.is_title or head.lemma_.casefold() not in self.words.role_nouns:
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"of", "for"}:
                continue
            for obj in prep.children:
                mention = self.actor_at.get(obj.i) if obj.dep_ == "pobj" else None
                if mention is not None and mention.type in PERSON_TYPES:
                    return self._link_to(mention.actor_id, "named")
        return None

    def _can_act(self, head: Token) -> bool:
        """Whether a head noun names someone who can speak or act for a body ("the ICE
        official", "officials of the agency"), not a thing of it ("the ICE contract")."""
        lemma = head.lemma_.casefold()
        words = self.words
        return head.pos_ == "PROPN" or any(
            lemma in kind or head.lower_ in kind
            for kind in (
                words.role_nouns,
                words.speaks_for_nouns,
                words.organisation_nouns,
                words.place_nouns,
            )
        )

    def _by_affiliation(self, head: Token, phrase: Span) -> Reference | None:
        """An organisation or place named inside a description of someone who acts: "the
        ICE official", "officials of the agency"; the one nearest the head wins."""
        if not self._can_act(head):
            return None
        inside = [
            self.actor_at[token.i]
            for token in phrase
            if token.i in self.actor_at and self.actor_at[token.i].type in AFFILIATION_TYPES
        ]
        if not inside:
            return None
        nearest = min(inside, key=lambda m: min(abs(m.start - head.i), abs(m.end - 1 - head.i)))
        return self._link_to(nearest.actor_id, "description")

    def _by_collective(self, head: Token) -> Reference | None:
        """Protesters in a story about one protest group are that group."""
        if head.lemma_.casefold() not in self.words.protest_nouns:
            return None
        groups = [key for key, actor in self.actors.items() if actor["type"] == "GROUP"]
        return self._link_to(groups[0], "group") if len(groups) == 1 else None

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
        """A definite description: an earlier link described by the same noun, an actor
        with that title, the last organisation or place of that kind, or the last actor whose
        name ends in the noun and whose words fit its modifiers ("the appellate court")."""
        lemma = head.lemma_.lower()
        if self._is_unnamed(head, phrase):
            return None
        office = self._office_modifiers(head, phrase)
        for earlier in reversed(self.history):
            if lemma in earlier.nouns and earlier.office == office:
                return self._link_to(earlier.actor_id, "description")
        if lemma in self.words.role_nouns:
            return self._by_title(head, lemma, office)
        if lemma in self.words.organisation_nouns:
            return self._by_organisation_noun(head, lemma)
        return self._by_head_word(head)

    def _by_title(self, head: Token, lemma: str, office: frozenset[str]) -> Reference | None:
        """ "the mayor": the last actor before with that title, modified the same way
        (`office`: "the vice president" is not the president, nor "the president" the
        former one); never for a plural ("the deputies" are not one of them)."""
        if head.tag_ == "NNS":
            return None
        for mention in reversed(self._before(head)):
            actor = self.actors[mention.actor_id]
            if actor["type"] != "PERSON":
                continue  # a title is a person's: "the minister" is never the ministry
            title = TITLE_WORD_BREAKS.split(str(actor.get("title") or "").lower())
            window = [t.lemma_.lower() for t in self._title_window(mention)]
            if self._holds_office(title, lemma, office) or self._holds_office(
                window, lemma, office
            ):
                return self._link_to(mention.actor_id, "description")
        return None

    def _office_modifiers(self, head: Token, phrase: Span) -> frozenset[str]:
        """The words before a head noun that make its title another office: "vice" and
        "former" of "the former vice president"."""
        modifiers = self.words.office_modifiers
        return frozenset(t.lower_ for t in phrase if t.i < head.i and t.lower_ in modifiers)

    def _holds_office(self, words: list[str], lemma: str, office: frozenset[str]) -> bool:
        """Whether the title `words` has the head `lemma` under the same office modifiers:
        "Vice President" holds "the vice president", not "the president"."""
        modifiers = self.words.office_modifiers
        return any(
            word == lemma and office == {w for w in words[:i] if w in modifiers}
            for i, word in enumerate(words)
        )

    def _title_window(self, mention: _Mention) -> Span:
        """The words right before a mention that may be its title ("Health Minister Simon
        Harris"), never reaching back over a line break into a headline."""
        start = mention.start
        while start > max(mention.start - 3, 0) and "\n" not in self.doc[start - 1].text_with_ws:
            start -= 1
        return self.doc[start : mention.end]

    def _by_organisation_noun(self, head: Token, lemma: str) -> Reference | None:
        """A bare "the city" -> the last place named; "the council" -> the actor named
        "... Council"; a bare "the agency" -> the last organisation linked, else the last
        one named. A qualified description ("the city attorney's office") that names no
        actor fits none."""
        before = self._before(head)
        qualified = any(child.dep_ in OWNER_DEPS for child in head.children)
        if lemma in self.words.place_nouns:
            places = [m for m in before if m.type == "GPE"]
            if qualified or not places:
                return None
            return self._link_to(places[-1].actor_id, "description")
        for mention in reversed(before):
            if lemma in self.actors[mention.actor_id]["name"].lower().split() and _fits_modifiers(
                head, self.actors[mention.actor_id]
            ):
                return self._link_to(mention.actor_id, "description")
        if qualified:
            return self._by_qualifier(head, lemma, before)
        if head.tag_ != "NN":  # "the parties", "the ministries": not one body
            return None
        if lemma not in self.words.generic_organisation_nouns:
            return self._by_kind(head, lemma, before)
        for earlier in reversed(self.history):
            if self.actor_type(earlier.actor_id) in GROUP_TYPES:
                return self._link_to(earlier.actor_id, "description")
        groups = [m for m in before if m.type in GROUP_TYPES]
        return self._link_to(groups[-1].actor_id, "description") if groups else None

    def _by_kind(self, head: Token, lemma: str, before: list[_Mention]) -> Reference | None:
        """ "the regulator", "the bank", "the company": the last organisation named before
        whose name fits the kind ("Financial Conduct Authority" is a regulator) or holds no
        kind word at all ("Ofcom", "Barclays"); a description that is a subject prefers the
        subject of the sentence that named the last one ("Ofcom opened an inquiry into BT.
        The regulator fined ...": the one acting, not the one acted on)."""
        fitting_words = self.words.organisation_kinds.get(lemma)
        if fitting_words is None:
            return None
        fitting = [
            m
            for m in before
            if m.type == "ORG" and self._fits_kind(self.actors[m.actor_id], fitting_words)
        ]
        if not fitting:
            return None
        chosen = fitting[-1]
        if head.dep_ in NOMINAL_SUBJECTS and not chosen.is_subject:
            sentence = self._sentence_start(chosen.start)
            subjects = [m for m in fitting if m.is_subject and m.start >= sentence]
            chosen = subjects[-1] if subjects else chosen
        return self._link_to(chosen.actor_id, "description")

    def _sentence_start(self, i: int) -> int:
        """Where the sentence holding token `i` starts."""
        return self.sentence_starts[bisect_right(self.sentence_starts, i) - 1]

    def _fits_kind(self, actor: ActorFact, fitting_words: frozenset[str]) -> bool:
        """Whether an organisation's name holds a word of the kind, or no kind word at all."""
        words = {_name_word(word) for word in actor["name"].split()}
        return bool(words & fitting_words) or not words & self.kind_words

    def _by_qualifier(self, head: Token, lemma: str, before: list[_Mention]) -> Reference | None:
        """ "the pilots' union": a generic body qualified by words of one organisation's
        name is that organisation (the "Air Line Pilots' Association"); a qualifier no
        organisation's name holds ("the city attorney's office") fits none."""
        qualifiers = [c for c in head.children if c.dep_ in OWNER_DEPS and c.pos_ == "NOUN"]
        if lemma not in self.words.generic_organisation_nouns or not qualifiers:
            return None
        for mention in reversed(before):
            actor = self.actors[mention.actor_id]
            words = [_name_word(word)[:4] for word in actor["name"].split()]
            if actor["type"] == "ORG" and all(_name_word(q.text)[:4] in words for q in qualifiers):
                return self._link_to(mention.actor_id, "description")
        return None

    def _by_head_word(self, head: Token) -> Reference | None:
        """ "the judge", "the appellate court": the last actor named before whose title or
        name ends in the head noun and whose words fit the modifiers."""
        if head.pos_ != "NOUN" or not any(c.lower_ == "the" for c in head.children):
            return None
        for mention in reversed(self._before(head)):
            actor = self.actors[mention.actor_id]
            if head.lower_ in _head_words(actor) and _fits_modifiers(head, actor):
                return self._link_to(mention.actor_id, "description")
        return None

    def _is_unnamed(self, head: Token, phrase: Span) -> bool:
        """An indefinite or bare plural description ("a federal judge", "officials")."""
        if head.pos_ == "PROPN" or head.pos_ == "PRON":
            return False
        determiners = [t.lower_ for t in phrase if t.dep_ in {"det", "nummod"} and t.head == head]
        if determiners:
            return determiners[0] in self.words.unnamed_determiners
        has_owner = any(t.dep_ == "poss" for t in head.children)
        return not has_owner and head.tag_ in {"NNS", "NN"}


def _fits_modifiers(head: Token, actor: ActorFact) -> bool:
    """Whether the head's modifiers are words of the actor's name or title: "the appellate
    court" fits "Alabama Court of Civil Appeals", not "Etowah County Circuit Court"."""
    modifiers = [c.lower_[:4] for c in head.children if c.dep_ in {"amod", "compound"}]
    words = f"{actor['name']} {actor.get('title') or ''}".casefold().split()
    return all(any(word.startswith(m) for word in words) for m in modifiers)


def _head_words(actor: ActorFact) -> set[str]:
    """The words a description can use for an actor: the head of its name ("Council" of
    "Wilmington City Council", "Court" of "Alabama Court of Civil Appeals") and of its title."""
    name = actor["name"].casefold().split()
    heads = {name[-1], *(word for word, after in pairwise(name) if after == "of")}
    title = (actor.get("title") or "").casefold().split()
    return heads | set(title[-1:])


def _name_word(word: str) -> str:
    """A name word compared without case, dots or a possessive ending."""
    return word.casefold().replace("’", "'").strip("\"“”'.").removesuffix("'s")


def _kind_words(words: ReferenceWords) -> frozenset[str]:
    """Every word that says what kind of body a name is ("Authority", "Bank", "Union")."""
    found = set(words.organisation_nouns)
    for fitting in words.organisation_kinds.values():
        found |= fitting
    return frozenset(found)
