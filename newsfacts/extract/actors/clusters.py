"""Clusters: one per real-world entity, from candidates and their later uses.

Surname = full name, acronym = long name, "City Council" = "Wilmington City Council";
then every later use of a known form is a mention, whether the model saw it or not.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsfacts.extract.actors.candidates import Candidate, keep_candidate
from newsfacts.extract.actors.lexicon import Lexicon
from newsfacts.extract.actors.names import (
    acronym_matches,
    clean_surface,
    initials,
    is_acronym,
    name_key,
    surname_of,
)
from newsfacts.pipeline.doc import doc_words, in_boilerplate, lowercase_words, span_text

WEAK_LABELS = {"NORP", "LAW"}
PLACE_KINDS = {"county", "city", "state", "town", "village", "borough", "township", "district"}


@dataclass
class Cluster:
    """All the mentions of one actor and what is decided about it."""

    mentions: list[Span] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)
    forms: dict[str, str] = field(default_factory=dict)
    canonical: set[str] = field(default_factory=set)
    """The keys of the forms a word list gave ("Germany" for "Germans")."""
    _name: str | None = field(default=None, repr=False)
    _split_forms: list[SplitForm] = field(default_factory=list, repr=False)

    def add(self, span: Span, label: str, weight: int = 1, is_name: bool = True) -> None:
        """Record a mention; `is_name` is False for references such as "the city"."""
        self.mentions.append(span)
        self.labels[label] += weight
        self._name = None
        if is_name:
            text = span_text(span)
            self.forms.setdefault(name_key(text), clean_surface(text))

    @property
    def first(self) -> int:
        return min(span.start_char for span in self.mentions)

    @property
    def name(self) -> str:
        """The fullest form: most words, then a word list's full name ("Germany" over
        "Germans"), then most used, then earliest (kept until the next mention: a long
        article asks for it thousands of times)."""
        if self._name is None:
            counts = Counter(name_key(span_text(span)) for span in self.mentions)
            best = max(
                self.forms,
                key=lambda k: (
                    len(k.split()),
                    not is_acronym(self.forms[k]),
                    k in self.canonical,
                    counts[k],
                ),
            )
            self._name = self.forms[best]
        return self._name

    @property
    def strong(self) -> bool:
        return any(label not in WEAK_LABELS for label in self.labels)

    def split_forms(self) -> list[SplitForm]:
        """Each form with its words and whether it is an acronym, in the order of `forms`,
        split once: `shortens` asks for them for every candidate of the article. Forms
        are only ever added (`setdefault`), so the new ones are split as they come."""
        forms = list(self.forms.values())
        for form in forms[len(self._split_forms) :]:
            self._split_forms.append(SplitForm(form, form.split(), is_acronym(form)))
        return self._split_forms


@dataclass(frozen=True)
class SplitForm:
    """One form of a cluster's name as `shortens` compares it."""

    text: str
    words: list[str]
    acronym: bool


@dataclass(frozen=True)
class ShortForm:
    """A candidate's name as `shortens` compares it with the forms of every cluster, read
    once per candidate; `opens_names` when it is one word that also opens other names of
    the article ("House" of "House Democrats", "House Intelligence Committee")."""

    text: str
    words: list[str]
    label: str
    opens_names: bool

    @classmethod
    def of(cls, span: Span, label: str, openers: frozenset[str]) -> ShortForm:
        short = clean_surface(span_text(span))
        words = short.split()
        return cls(short, words, label, len(words) == 1 and words[0] in openers)


def cluster_candidates(candidates: list[Candidate], lexicon: Lexicon) -> list[Cluster]:
    """Group candidates that name the same entity, longest names first so that short forms
    (surnames, acronyms, "City Council") find the full name they stand for."""
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    openers = _name_openers(candidates)
    ordered = sorted(candidates, key=lambda c: (-len(c.span), c.span.start))
    for cand in ordered:
        cluster = by_key.get(cand.key) or find_fuller_name(cand, clusters, lexicon, openers)
        if cluster is None:
            cluster = Cluster()
            clusters.append(cluster)
        cluster.add(cand.span, cand.label, weight=int(cand.votes), is_name=cand.is_name)
        if cand.canonical:
            cluster.forms.setdefault(cand.key, cand.canonical)
            cluster.canonical.add(cand.key)
        by_key.setdefault(cand.key, cluster)
    return merge_short_forms(clusters, lexicon, openers)


def _name_openers(candidates: list[Candidate]) -> frozenset[str]:
    """The first words of the article's names of two words or more."""
    names = [clean_surface(span_text(cand.span)).split() for cand in candidates]
    return frozenset({words[0] for words in names if len(words) >= 2})


def merge_short_forms(
    clusters: list[Cluster], lexicon: Lexicon, openers: frozenset[str]
) -> list[Cluster]:
    """Fold a cluster into another whose name it shortens, for the short forms met before
    their long form in the longest-first pass ("Police Department" before "NYPD")."""
    merged: set[int] = set()  # the clusters folded into another, by identity
    for cluster in sorted(clusters, key=lambda c: len(c.name.split())):
        top = cluster.labels.most_common(1)[0][0]
        probe = ShortForm.of(cluster.mentions[0], top, openers)
        target = next(
            (
                c
                for c in clusters
                if c is not cluster and id(c) not in merged and shortens(probe, c, lexicon)
            ),
            None,
        )
        if target is not None:
            for span in cluster.mentions:
                target.add(span, top)
            merged.add(id(cluster))
    return [c for c in clusters if id(c) not in merged]


def find_fuller_name(
    cand: Candidate, clusters: list[Cluster], lexicon: Lexicon, openers: frozenset[str]
) -> Cluster | None:
    """The cluster whose fuller name this candidate shortens; of several ("Clinton" after
    Hillary, Bill and Chelsea Clinton), the one named most often, then the nearest before."""
    short = ShortForm.of(cand.span, cand.label, openers)
    fits = [c for c in clusters if shortens(short, c, lexicon)]
    if not fits:
        return None
    start = cand.span.start_char
    return max(fits, key=lambda c: (len(c.mentions), c.first <= start, -abs(start - c.first)))


def shortens(short: ShortForm, cluster: Cluster, lexicon: Lexicon) -> bool:
    """Whether the candidate's name `short` is a short form of a name in `cluster`."""
    short_words = short.words
    for form in cluster.split_forms():
        words = form.words
        if len(words) <= len(short_words) and not form.acronym:
            continue
        if acronym_matches(short.text, form.text, lexicon.acronym_skip):
            return True
        if cluster.labels["PERSON"] and _is_surname(short_words, words):
            return True
        if (
            short.label == "ORG"
            and cluster.labels["ORG"]
            and _is_part_of_org(short_words, words, lexicon, short.opens_names)
        ):
            return True
        if short.label == "PERSON" and _is_club_short_form(short_words, words, cluster, lexicon):
            return True
        if form.acronym and len(short_words) >= 2:
            return form.text.replace(".", "").endswith(initials(short_words, lexicon.acronym_skip))
    return False


def _is_club_short_form(
    short: list[str], long: list[str], cluster: Cluster, lexicon: Lexicon
) -> bool:
    """ "Pirates" for "Orlando Pirates", "Strikers" for "Adelaide Strikers": the model
    often tags a club's or firm's short form as a person; a lone word that ends an
    organisation's name (not its head noun) is that organisation, unless a person's name
    also ends in it."""
    return (
        len(short) == 1
        and len(long) >= 2
        and short[0] == long[-1]
        and bool(cluster.labels["ORG"])
        and not cluster.labels["PERSON"]
        and short[0].casefold() not in lexicon.org_heads | lexicon.corporate_suffixes
    )


def _is_surname(short: list[str], long: list[str]) -> bool:
    """ "Kenney" for "Jim Kenney", "De Niro" for "Robert De Niro"; a first name alone
    ("Hillary") for a two-word name."""
    if len(short) == 1:
        return short[0] == surname_of(" ".join(long)) or (len(long) == 2 and short[0] == long[0])
    return long[-len(short) :] == short and short[0][:1].isupper()


def _is_part_of_org(short: list[str], long: list[str], lexicon: Lexicon, opens_names: bool) -> bool:
    """ "City Council" in "Wilmington City Council", "Fresno Unified" in "Fresno Unified
    School District": a run of two or more words at the start or end of the longer name;
    its last word alone ("Council", "Strikers" for Adelaide Strikers), unless that word
    is no head noun and opens other names of the article, a body of its own ("House" of
    "House Democrats" is not the "White House"); a name without its head or company
    suffix ("Hofstra" for Hofstra University, "Microsoft" for Microsoft Corp), unless what
    is left is a kind of place ("State" of State Department); a company's first word
    ("Acme" for Acme Chemical Co, "Shaw" for Shaw Communications Inc)."""
    n = len(short)
    if n == 1:
        if short[0] == long[-1] and short[0].casefold() not in lexicon.corporate_suffixes:
            return not opens_names or short[0].casefold() in lexicon.org_heads
        if short[0].casefold() in PLACE_KINDS:
            return False
        is_company = long[-1].rstrip(".").casefold() in lexicon.corporate_suffixes
        return _company_stem(long[0]) == short[0] and (
            is_company
            or all(
                word.casefold() in lexicon.corporate_suffixes | lexicon.org_heads
                for word in long[1:]
            )
        )
    # "Baltimore County" starts "Baltimore County Council" but is the place, not the council
    names_place = short[-1].casefold() in PLACE_KINDS
    return long[-n:] == short or (long[:n] == short and not names_place)


def _company_stem(word: str) -> str:
    """ "Amazon" for "Amazon.com": the brand inside a company's web name."""
    return re.sub(r"\.(com|net|org)$", "", word, flags=re.I)


def _surnames(
    clusters: list[Cluster], patterns: dict[str, list[tuple[tuple[str, ...], Cluster]]]
) -> dict[str, Cluster]:
    """The surname of each person named in full, where no other actor shares it or uses it
    as a form of its own."""
    found: dict[str, Cluster] = {}
    shared: set[str] = set()
    for cluster in clusters:
        words = cluster.name.split()
        top = cluster.labels.most_common(1)[0][0]
        if top != "PERSON" or len(words) < 2:
            continue
        surname = surname_of(cluster.name)
        if surname in found or any(other is not cluster for _, other in patterns.get(surname, [])):
            shared.add(surname)
        found[surname] = cluster
    return {
        surname: c for surname, c in found.items() if surname not in shared and surname.istitle()
    }


def recover_mentions(doc: Doc, clusters: list[Cluster], lexicon: Lexicon) -> None:
    """Add every use of a known form that the model did not tag (every later "ICE"), and
    every use of a person's surname ("Woods said" after "Tiger Woods")."""
    texts = doc_words(doc)
    patterns: dict[str, list[tuple[tuple[str, ...], Cluster]]] = {}
    for cluster in clusters:
        for words in {tuple(texts[span.start : span.end]) for span in cluster.mentions}:
            patterns.setdefault(words[0], []).append((words, cluster))
    for surname, cluster in _surnames(clusters, patterns).items():
        patterns.setdefault(surname, []).append(((surname,), cluster))
    common = lowercase_words(doc)
    for entries in patterns.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    taken = {i for c in clusters for span in c.mentions for i in range(span.start, span.end)}
    for i, word in enumerate(texts):
        if i in taken or not word[:1].isupper() or word not in patterns:
            continue
        token = doc[i]
        if token.is_sent_start and token.lower_ in common:
            continue  # "Young people ...", "Price rises ...": the common word
        for words, cluster in patterns[word]:
            end = token.i + len(words)
            if end > len(doc):  # a longer form than the words left ("... Dow Jones" at the end)
                continue
            span = Span(doc, token.i, end, label=cluster.labels.most_common(1)[0][0])
            if tuple(texts[token.i : end]) != words or taken.intersection(range(token.i, end)):
                continue
            if in_boilerplate(doc, span.start_char, span.end_char) or not keep_candidate(
                span, lexicon
            ):
                continue
            cluster.add(span, cluster.labels.most_common(1)[0][0], weight=0)
            taken.update(range(token.i, end))
            break
