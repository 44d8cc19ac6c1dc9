"""Merge actors across articles: the same person or body named in several records.

Inside one article the actors stage already joined "ICE" to "U.S. Immigration and Customs
Enforcement"; across articles the same actor has a separate id in every record. Two
actors are merged when they share a name key (canonical name or a proper-name alias), or
when one is an acronym that abbreviates exactly one other actor's full name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from newsfacts.extract.actors.lexicon import Lexicon
from newsfacts.extract.actors.names import acronym_matches, is_acronym, name_key
from newsfacts.models.corpus import ActorRef, CorpusActor
from newsfacts.models.records import Actor, ArticleRecord

ACTORS_RESOURCE = "actors.json"
# How acronym_matches splits a name into words; a superset is enough to pre-select names.
WORD_BREAK = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class NameRules:
    """Word lists of the actors stage that decide which names can match across articles."""

    acronym_skip: frozenset[str]
    generic: frozenset[str]

    def is_generic(self, form: str) -> bool:
        """True for a name made only of words for a kind of body ("City Council", "Police
        Department", "Senate"): every city has one, so it names no one across articles."""
        words = WORD_BREAK.split(form.casefold())
        return all(word in self.generic for word in words if word)


@cache
def name_rules() -> NameRules:
    lexicon = Lexicon.load(ACTORS_RESOURCE)
    return NameRules(
        acronym_skip=lexicon.acronym_skip,
        generic=lexicon.org_heads | lexicon.title_modifiers | lexicon.acronym_skip,
    )


@dataclass(frozen=True)
class Member:
    """One record's actor taking part in the merge."""

    article_id: str
    actor: Actor

    @property
    def is_person(self) -> bool:
        return self.actor.type == "PERSON"

    def forms(self, rules: NameRules) -> list[str]:
        """The canonical name and aliases that can name the actor in another article too."""
        forms = [self.actor.name, *self.actor.aliases]
        return [form for form in forms if self._travels(form, rules)]

    def _travels(self, form: str, rules: NameRules) -> bool:
        """Whether `form` names one actor wherever it is used: not a person's single word
        (a bare surname: "Smith" is many people), not a form without a capital letter
        (a description: "the city"), not a generic body ("City Council")."""
        if self.is_person:
            return len(form.split()) > 1 and any(ch.isupper() for ch in form)
        return any(ch.isupper() for ch in form) and not rules.is_generic(form)


class Groups:
    """Union-find over member indexes; the smallest index is a group's root, so the
    result does not depend on the order in which joins are made."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def root(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def join(self, first: int, second: int) -> None:
        low, high = sorted((self.root(first), self.root(second)))
        self.parent[high] = low


def merge_actors(records: Iterable[ArticleRecord]) -> list[CorpusActor]:
    """The actors of `records` merged across articles, most mentioned first.

    Each `CorpusActor` lists the articles naming it and the per-article actors it joins
    (`members`), so facts that link to a record's actor id can be mapped to it.
    """
    members = [Member(record.id, actor) for record in records for actor in record.actors]
    groups = Groups(len(members))
    _join_shared_names(members, groups)
    _join_acronyms(members, groups)
    by_root: dict[int, list[Member]] = defaultdict(list)
    for index, member in enumerate(members):
        by_root[groups.root(index)].append(member)
    merged = sorted(
        (_corpus_actor(group) for group in by_root.values()),
        key=lambda actor: (-actor.mentions, -len(actor.articles), actor.name),
    )
    return [actor.model_copy(update={"id": f"c{n}"}) for n, actor in enumerate(merged, 1)]


def members_index(actors: Iterable[CorpusActor]) -> dict[tuple[str, str], CorpusActor]:
    """(article id, actor id) to the corpus actor it was merged into."""
    return {(ref.article_id, ref.actor_id): actor for actor in actors for ref in actor.members}


def _join_shared_names(members: list[Member], groups: Groups) -> None:
    """Join actors that share a name key; people are only joined with people."""
    first_with_key: dict[tuple[bool, str], int] = {}
    rules = name_rules()
    for index, member in enumerate(members):
        for form in member.forms(rules):
            key = (member.is_person, name_key(form))
            if key[1]:
                groups.join(first_with_key.setdefault(key, index), index)


def _join_acronyms(members: list[Member], groups: Groups) -> None:
    """Join an acronym ("ICE") to the one group whose full name it abbreviates; an acronym
    that fits several groups' names is ambiguous and left alone."""
    rules = name_rules()
    acronyms: dict[str, list[int]] = defaultdict(list)
    full_names = FullNames()
    for index, member in enumerate(members):
        for form in member.forms(rules) if not member.is_person else []:
            # "U.S. Immigration and Customs Enforcement" is a full name and may also be an
            # acronym with a tail, like "ACLU of Colorado"
            if is_acronym(form.split()[0]):
                acronyms[form].append(index)
            if len(form.split()) > 1:
                full_names.add(form, index)
    for acronym in sorted(acronyms):
        roots = {
            groups.root(index)
            for form, index in full_names.candidates(acronym)
            if acronym_matches(acronym, form, rules.acronym_skip)
        }
        if len(roots) == 1:
            target = roots.pop()
            for index in acronyms[acronym]:
                groups.join(index, target)


class FullNames:
    """Names of two words or more by the initial letters of their words, so an acronym is
    only compared with names that have a word starting with each of its letters."""

    def __init__(self) -> None:
        self.by_initial: dict[str, set[str]] = defaultdict(set)
        self.owners: dict[str, list[int]] = defaultdict(list)

    def add(self, form: str, index: int) -> None:
        self.owners[form].append(index)
        for word in WORD_BREAK.split(form):
            if word:
                self.by_initial[word[0].upper()].add(form)

    def candidates(self, acronym: str) -> list[tuple[str, int]]:
        """(name, member index) pairs that may expand `acronym`, in a stable order."""
        letters = set(acronym.split()[0].replace(".", "").replace("&", "").upper())
        forms = set.intersection(*(self.by_initial.get(letter, set()) for letter in letters))
        return [(form, index) for form in sorted(forms) for index in self.owners[form]]


def _corpus_actor(group: list[Member]) -> CorpusActor:
    """One corpus actor from the members of a group (its id is set once all are sorted)."""
    name = _canonical_name(group)
    return CorpusActor(
        id="c0",
        name=name,
        type=Counter(member.actor.type for member in group).most_common(1)[0][0],
        aliases=_aliases(group, name),
        mentions=sum(len(member.actor.mentions) for member in group),
        articles=list(dict.fromkeys(member.article_id for member in group)),
        members=[ActorRef(article_id=m.article_id, actor_id=m.actor.id) for m in group],
    )


def _canonical_name(group: list[Member]) -> str:
    """The name to show: a full form over an acronym, then the one most articles use,
    then the longest (the most specific)."""
    articles_using: dict[str, set[str]] = defaultdict(set)
    for member in group:
        articles_using[member.actor.name].add(member.article_id)
    return min(
        articles_using,
        key=lambda name: (is_acronym(name), -len(articles_using[name]), -len(name), name),
    )


def _aliases(group: list[Member], name: str) -> list[str]:
    """Every other surface form of the group, one per name key, sorted."""
    seen = {name_key(name)}
    aliases = []
    for form in sorted(f for m in group for f in [m.actor.name, *m.actor.aliases]):
        if name_key(form) not in seen:
            seen.add(name_key(form))
            aliases.append(form)
    return aliases
