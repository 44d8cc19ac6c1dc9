"""Actors: people, organisations, groups and acting places, resolved over the whole article.

The model's entities are the seeds; this stage fixes what sentence-level NER gets wrong in
news text. Raw en_core_web_sm output on the WHYY article tags a mayor's surname ORG eight
times, cuts "U.S. Immigration and Customs Enforcement" to "U.S. Immigration", misses most
later uses of the acronym, and takes a street and a photo credit for people. So:

1. candidates: entity spans, trimmed of titles and articles, stretched over cut-off
   organisation names, split at "A Coalition and B", with streets, platforms, laws,
   datelines and boilerplate dropped;
2. clusters: one per real-world entity: surname = full name, acronym = long name,
   "City Council" = "Wilmington City Council";
3. recovery: every later use of a known form is a mention, whether the model saw it or not;
4. typing by vote over all mentions, place anaphors ("the city"), acting-place filter;
5. titles, affiliations and salience.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsfacts.extract.actors.lexicon import Lexicon
from newsfacts.extract.actors.names import (
    acronym_matches,
    clean_surface,
    initials,
    is_acronym,
    name_key,
    surname_of,
)
from newsfacts.models.facts import ActorFact, as_actor_type
from newsfacts.pipeline.doc import ACTOR_MENTIONS, in_boilerplate, set_facts
from newsfacts.pipeline.stage import Stage

SEED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "LAW"}
WEAK_LABELS = {"NORP", "LAW"}
PLACE_LABELS = {"GPE", "LOC"}
ACTING_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "csubj"}
ACTING_PREPOSITIONS = {"against", "by"}
PLACE_KINDS = {"county", "city", "state", "town", "village", "borough", "township", "district"}
PARTY_TAG = re.compile(r"^[DRI]-[A-Z]")


@dataclass
class Candidate:
    """A span that may name an actor, with the label the model gave it."""

    span: Span
    label: str

    @property
    def key(self) -> str:
        return name_key(self.span.text)


@dataclass
class Cluster:
    """All the mentions of one actor and what is decided about it."""

    mentions: list[Span] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)
    forms: dict[str, str] = field(default_factory=dict)
    _name: str | None = field(default=None, repr=False)

    def add(self, span: Span, label: str, weight: int = 1, is_name: bool = True) -> None:
        """Record a mention; `is_name` is False for references such as "the city"."""
        self.mentions.append(span)
        self.labels[label] += weight
        self._name = None
        if is_name:
            self.forms.setdefault(name_key(span.text), clean_surface(span.text))

    @property
    def first(self) -> int:
        return min(span.start_char for span in self.mentions)

    @property
    def name(self) -> str:
        """The fullest form: most words, then most used, then earliest (kept until the
        next mention: a long article asks for it thousands of times)."""
        if self._name is None:
            counts = Counter(name_key(span.text) for span in self.mentions)
            best = max(
                self.forms,
                key=lambda k: (len(k.split()), not is_acronym(self.forms[k]), counts[k]),
            )
            self._name = self.forms[best]
        return self._name

    @property
    def strong(self) -> bool:
        return any(label not in WEAK_LABELS for label in self.labels)


class Actors(Stage):
    """Resolves actors and leaves them in `doc._.newsfacts_actors` and a span group."""

    def __init__(self, name: str, lexicon_resource: str) -> None:
        super().__init__(name, lexicon=lexicon_resource)

    def load_resources(self, resources: dict[str, str]) -> None:
        self.lexicon = Lexicon.load(resources["lexicon"])

    def process(self, doc: Doc) -> None:
        candidates = collect_candidates(doc, self.lexicon)
        clusters = cluster_candidates(candidates, self.lexicon)
        recover_mentions(doc, clusters, self.lexicon)
        types = {id(c): decide_type(c, self.lexicon) for c in clusters}
        add_place_anaphors(doc, clusters, types, self.lexicon)
        headline = headline_end(doc)
        actors = [
            c for c in clusters if c.strong and is_actor(c, types[id(c)], headline, self.lexicon)
        ]
        write_actors(doc, actors, types, self.lexicon)


def collect_candidates(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Entity spans that may name actors, cleaned and filtered."""
    known_places = {name_key(e.text) for e in doc.ents if e.label_ in PLACE_LABELS | {"ORG"}}
    acronyms = frozenset(t.text for t in doc if is_acronym(t.text))
    found: list[Candidate] = []
    for ent in doc.ents:
        if ent.label_ not in SEED_LABELS:
            continue
        trimmed = trim(ent, lexicon, known_places)
        parts = split_conjoined(extend_cut_name(trimmed, lexicon), acronyms, lexicon)
        # the parts of a split share the first one's label: both are organisations
        label = relabel(parts[0], ent.label_, lexicon)
        found.extend(
            Candidate(span, label) for span in parts if label and keep_candidate(span, lexicon)
        )
    found.extend(acronym_candidates(doc, found, lexicon))
    return found


def acronym_candidates(doc: Doc, named: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Acronyms the model did not tag, where they abbreviate a name in the article or act
    ("ICE suspected ...", "ICE's use"): an acronym that only qualifies other words
    ("the PARS database") names a thing."""
    untagged = [
        t for t in doc if not t.ent_type_ and is_acronym(t.text) and t.tag_ in {"NNP", "NN"}
    ]
    long_names = {c.span.text for c in named if c.label == "ORG" and len(c.span) > 1}
    acting = {
        t.text
        for t in untagged
        if name_key(t.text) not in lexicon.regions
        and (
            t.dep_ in ACTING_DEPS
            or any(acronym_matches(t.text, name, lexicon.acronym_skip) for name in long_names)
        )
    }
    return [
        Candidate(Span(doc, t.i, t.i + 1, label="ORG"), "ORG")
        for t in untagged
        if t.text in acting and keep_candidate(doc[t.i : t.i + 1], lexicon)
    ]


def trim(ent: Span, lexicon: Lexicon, known_places: set[str]) -> Span:
    """Drop leading articles, titles and place words, and trailing possessives."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end - 1 and (
        doc[start].is_punct
        or doc[start].lower_ == "the"
        or (ent.label_ == "PERSON" and _is_prefix_word(doc[start], lexicon, known_places))
    ):
        start += 1
    while end > start + 1 and (
        (doc[end - 1].is_punct and not _is_abbreviation_dot(doc[end - 1]))
        or doc[end - 1].lower_ in {"'s", "’s", "'"}
    ):
        end -= 1
    if ent.label_ == "PERSON":
        while start > 0 and _is_forgotten_first_name(doc[start - 1], lexicon, known_places):
            start -= 1
    return Span(doc, start, end, label=ent.label_)


def _is_abbreviation_dot(token: Token) -> bool:
    """The dot of "Dept." or "Inc.", split off by the tokenizer: part of the name."""
    prev = token.nbor(-1) if token.i > 0 else None
    return (
        token.text == "."
        and prev is not None
        and not prev.whitespace_
        and prev.is_title
        and len(prev) <= 4
    )


def _is_forgotten_first_name(token: Token, lexicon: Lexicon, known_places: set[str]) -> bool:
    """A capitalised proper noun just before a person's name that the model left out
    ("Rut" in "Rut Noemi Chavez Rodriguez")."""
    return (
        token.tag_ == "NNP"
        and token.is_title
        and not token.is_sent_start
        and not token.ent_type_
        and not _is_prefix_word(token, lexicon, known_places)
    )


def _is_prefix_word(token: Token, lexicon: Lexicon, known_places: set[str]) -> bool:
    """A word glued before a person's name that is not part of it ("Councilman", "Atlanta")."""
    word = token.text.casefold()
    return (
        lexicon.is_title_token(token)
        or word in lexicon.title_modifiers
        or name_key(token.text) in known_places
    )


def extend_cut_name(span: Span, lexicon: Lexicon) -> Span:
    """Stretch an organisation name the model cut short: over "and"/"of" plus capitalised
    words that no other entity claims ("U.S. Immigration" + "and Customs Enforcement"), over
    "of" plus a place ("National Lawyers Guild of" + "Sacramento"), and over a lowercase
    head noun ("Assembly Appropriations" + "committee")."""
    if span.label_ not in {"ORG", "LAW"}:
        return span
    doc = span.doc
    end = span.end
    if doc[end - 1].lower_ in {"of", "for"}:
        end = _after_capitalised(doc, end, allow_entities=True)
    while end + 1 < len(doc) and doc[end].lower_ in {"and", "of", "for", "&"}:
        stop = _after_capitalised(doc, end + 1, allow_entities=doc[end].lower_ == "of")
        if stop == end + 1:
            break
        end = stop
    if end < len(doc) and doc[end].is_lower and doc[end].text in lexicon.org_heads:
        end += 1
    return Span(doc, span.start, end, label=span.label_)


def _after_capitalised(doc: Doc, start: int, allow_entities: bool) -> int:
    """The index after the run of capitalised words from `start`."""
    stop = start
    while stop < len(doc) and doc[stop].is_title and (allow_entities or not doc[stop].ent_type_):
        stop += 1
    return stop


def split_conjoined(span: Span, acronyms: frozenset[str], lexicon: Lexicon) -> list[Span]:
    """Split two names the model joined at "and": when the part before "and" ends in an
    organisation head noun ("First Amendment Coalition and Californians Aware"), or when
    the part after it is abbreviated elsewhere in the article ("Department of Homeland
    Security and Immigration and Customs Enforcement", with "ICE" later on)."""
    for token in span:
        if token.lower_ == "and" and token.i > span.start and token.i + 1 < span.end:
            left = Span(span.doc, span.start, token.i, label=span.label_)
            right = Span(span.doc, token.i + 1, span.end, label=span.label_)
            if right[0].is_title and (
                left[-1].lower_ in lexicon.org_heads or _abbreviated(right, acronyms, lexicon)
            ):
                return [left, right]
    return [span]


def _abbreviated(span: Span, acronyms: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether one of the article's acronyms stands for `span`."""
    return len(span) >= 2 and any(
        acronym_matches(a, span.text, lexicon.acronym_skip) for a in acronyms
    )


def relabel(span: Span, label: str, lexicon: Lexicon) -> str | None:
    """The label to vote with: laws are not actors unless named like an organisation."""
    last = span[-1].lower_
    if label == "LAW":
        return "ORG" if last in lexicon.org_heads else None
    if label == "PERSON" and last in lexicon.org_heads and len(span) > 1:
        return "ORG"
    return label


def keep_candidate(span: Span, lexicon: Lexicon) -> bool:
    """False for what looks like an actor but is not: streets, platforms, laws, datelines,
    boilerplate, lowercase words and bare punctuation."""
    doc = span.doc
    text = clean_surface(span.text)
    after = doc[span.end] if span.end < len(doc) else None
    return not (
        len(text) < 2
        or not any(c.isalpha() for c in text)
        or not (text[0].isupper() or text[0].isdigit())
        or span[-1].lower_ in lexicon.not_actor_suffixes
        or (after is not None and after.lower_ in lexicon.street_words)
        or span[-1].lower_.endswith(lexicon.street_word_endings)
        or text.casefold() in lexicon.platforms
        or any(any(c.isdigit() for c in t.text) for t in span)
        or PARTY_TAG.match(text) is not None
        or (len(span) == 1 and span[0].tag_ not in {"NNP", "NNPS"} and not is_acronym(text))
        or all(_is_role_or_modifier(t, lexicon) for t in span)
        or in_boilerplate(doc, span.start_char, span.end_char)
        or is_dateline(span)
    )


def _is_role_or_modifier(token: Token, lexicon: Lexicon) -> bool:
    """True for the words of a bare office ("County Executive"): a role, not a name."""
    word = token.text.casefold()
    return word in lexicon.role_words or word in lexicon.title_modifiers


def is_dateline(span: Span) -> bool:
    """True for "BAKERSFIELD, Calif. (AP) —": a capitalised place or agency at a
    paragraph's start, before the dash that opens the story."""
    # a window of tokens, not doc.text: Doc.text joins every token on each call
    window = span.doc[max(span.start - 12, 0) : min(span.end + 12, len(span.doc))]
    text, offset = window.text, window.start_char
    start, end = span.start_char - offset, span.end_char - offset
    head = text[text.rfind("\n", 0, start) + 1 : start]
    rest = text[end : end + 40]
    opens_line = len(head) < 40 and ("\n" in text[:start] or window.start == 0)
    starts_story = "—" in rest or " - " in rest or "(" in rest[:3]
    return opens_line and starts_story and (span.text.isupper() or head.rstrip().endswith("("))


def cluster_candidates(candidates: list[Candidate], lexicon: Lexicon) -> list[Cluster]:
    """Group candidates that name the same entity, longest names first so that short forms
    (surnames, acronyms, "City Council") find the full name they stand for."""
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    ordered = sorted(candidates, key=lambda c: (-len(c.span), c.span.start))
    for cand in ordered:
        cluster = by_key.get(cand.key) or find_fuller_name(cand, clusters, lexicon)
        if cluster is None:
            cluster = Cluster()
            clusters.append(cluster)
        cluster.add(cand.span, cand.label)
        by_key.setdefault(cand.key, cluster)
    return merge_short_forms(clusters, lexicon)


def merge_short_forms(clusters: list[Cluster], lexicon: Lexicon) -> list[Cluster]:
    """Fold a cluster into another whose name it shortens, for the short forms met before
    their long form in the longest-first pass ("Police Department" before "NYPD")."""
    merged: list[Cluster] = []
    for cluster in sorted(clusters, key=lambda c: len(c.name.split())):
        top = cluster.labels.most_common(1)[0][0]
        probe = Candidate(cluster.mentions[0], top)
        target = next(
            (
                c
                for c in clusters
                if c is not cluster and c not in merged and shortens(probe, c, lexicon)
            ),
            None,
        )
        if target is not None:
            for span in cluster.mentions:
                target.add(span, top)
            merged.append(cluster)
    return [c for c in clusters if c not in merged]


def find_fuller_name(cand: Candidate, clusters: list[Cluster], lexicon: Lexicon) -> Cluster | None:
    """The cluster whose fuller name this candidate shortens; of several ("Clinton" after
    Hillary, Bill and Chelsea Clinton), the one named most often, then the nearest before."""
    fits = [c for c in clusters if shortens(cand, c, lexicon)]
    if not fits:
        return None
    start = cand.span.start_char
    return max(fits, key=lambda c: (len(c.mentions), c.first <= start, -abs(start - c.first)))


def shortens(cand: Candidate, cluster: Cluster, lexicon: Lexicon) -> bool:
    """Whether `cand` is a short form of a name in `cluster`."""
    short = clean_surface(cand.span.text)
    short_words = short.split()
    for form in cluster.forms.values():
        words = form.split()
        if len(words) <= len(short_words) and not is_acronym(form):
            continue
        if acronym_matches(short, form, lexicon.acronym_skip):
            return True
        if cluster.labels["PERSON"] and _is_surname(short_words, words):
            return True
        if (
            cand.label == "ORG"
            and cluster.labels["ORG"]
            and _is_part_of_org(short_words, words, lexicon)
        ):
            return True
        if is_acronym(form) and len(short_words) >= 2:
            return form.replace(".", "").endswith(initials(short_words, lexicon.acronym_skip))
    return False


def _is_surname(short: list[str], long: list[str]) -> bool:
    """ "Kenney" for "Jim Kenney", "De Niro" for "Robert De Niro"; a first name alone
    ("Hillary") for a two-word name."""
    if len(short) == 1:
        return short[0] == surname_of(" ".join(long)) or (len(long) == 2 and short[0] == long[0])
    return long[-len(short) :] == short and short[0][:1].isupper()


def _is_part_of_org(short: list[str], long: list[str], lexicon: Lexicon) -> bool:
    """ "City Council" in "Wilmington City Council", "Fresno Unified" in "Fresno Unified
    School District": a run of two or more words at the start or end of the longer name;
    its head noun alone ("Council"); a name without its head or company suffix
    ("Hofstra" for Hofstra University, "Microsoft" for Microsoft Corp)."""
    n = len(short)
    if n == 1:
        if short[0] == long[-1] and short[0].casefold() in lexicon.org_heads:
            return True
        return _company_stem(long[0]) == short[0] and all(
            word.casefold() in lexicon.corporate_suffixes | lexicon.org_heads for word in long[1:]
        )
    # "Baltimore County" starts "Baltimore County Council" but is the place, not the council
    names_place = short[-1].casefold() in PLACE_KINDS
    return long[-n:] == short or (long[:n] == short and not names_place)


def _company_stem(word: str) -> str:
    """ "Amazon" for "Amazon.com": the brand inside a company's web name."""
    return re.sub(r"\.(com|net|org)$", "", word, flags=re.I)


def recover_mentions(doc: Doc, clusters: list[Cluster], lexicon: Lexicon) -> None:
    """Add every use of a known form that the model did not tag (every later "ICE")."""
    patterns: dict[str, list[tuple[tuple[str, ...], Cluster]]] = {}
    for cluster in clusters:
        for words in {tuple(t.text for t in span) for span in cluster.mentions}:
            patterns.setdefault(words[0], []).append((words, cluster))
    for entries in patterns.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    taken = {i for c in clusters for span in c.mentions for i in range(span.start, span.end)}
    for token in doc:
        if token.i in taken or not token.text[:1].isupper():
            continue
        for words, cluster in patterns.get(token.text, []):
            end = token.i + len(words)
            span = doc[token.i : end]
            if tuple(t.text for t in span) != words or taken.intersection(range(token.i, end)):
                continue
            if in_boilerplate(doc, span.start_char, span.end_char) or not keep_candidate(
                span, lexicon
            ):
                continue
            cluster.add(span, cluster.labels.most_common(1)[0][0], weight=0)
            taken.update(range(token.i, end))
            break


def decide_type(cluster: Cluster, lexicon: Lexicon) -> str:
    """One type per actor, by vote over its mentions: a surname tagged ORG eight times is
    still the person whose full name was tagged PERSON once."""
    name = cluster.name
    if any(p.search(name) for p in lexicon.group_patterns):
        return "GROUP"
    if name_key(name) in lexicon.regions:
        return "GPE"
    votes = Counter(cluster.labels)
    if len(name.split()) > 1 and _full_name_tagged(cluster, "PERSON"):
        surname = surname_of(name)
        votes["PERSON"] += 3 + sum(span.text == surname for span in cluster.mentions)
    if name.split()[-1].casefold() in lexicon.org_heads or is_acronym(name):
        votes["ORG"] += 2
    votes["ORG"] += _affiliation_votes(cluster)
    votes.update(_conjunct_votes(cluster))
    fullest = max(cluster.mentions, key=len).label_
    label = max(
        ("PERSON", "ORG", "GPE", "LOC", "NORP"), key=lambda lab: (votes[lab], lab == fullest)
    )
    return {"LOC": "GPE", "NORP": "GROUP"}.get(label, label)


def _full_name_tagged(cluster: Cluster, label: str) -> bool:
    name_words = len(cluster.name.split())
    return any(
        len(span) >= name_words and label in {span.label_, span.root.ent_type_}
        for span in cluster.mentions
    )


def _conjunct_votes(cluster: Cluster) -> Counter[str]:
    """A vote for the type of each name listed with this one ("Camarillo, Thousand Oaks
    and Ventura": a town the model took for an organisation)."""
    votes: Counter[str] = Counter()
    for span in cluster.mentions:
        root = span.root
        for other in [*root.conjuncts]:
            if other.ent_type_ in {"PERSON", "ORG", "GPE"}:
                votes[other.ent_type_] += 1
    return votes


def _affiliation_votes(cluster: Cluster) -> int:
    """Two votes for ORG when the name follows "PERSON of" ("Miguel Andrade of Juntos")."""
    votes = 0
    for span in cluster.mentions:
        head = span.root.head
        if span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.ent_type_ == "PERSON":
            votes += 2
    return votes


def add_place_anaphors(
    doc: Doc, clusters: list[Cluster], types: dict[int, str], lexicon: Lexicon
) -> None:
    """Resolve "the city", "the county" to the place the article is about: the most mentioned
    place of that kind before it (a state is never "the city")."""
    places = [c for c in clusters if types[id(c)] == "GPE"]
    if not places:
        return
    for start, end, kind in _anaphor_spans(doc, lexicon):
        span = doc.char_span(start, end)
        if span is None or in_boilerplate(doc, start, end):
            continue
        fitting = [c for c in places if _place_kind(c.name, lexicon) == kind and c.first < start]
        if fitting:
            max(fitting, key=lambda c: len(c.mentions)).add(span, "GPE", weight=0, is_name=False)


def _anaphor_spans(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, lexicon.place_anaphors)) + r")\b", re.I)
    return [
        (m.start(), m.end(), lexicon.place_anaphors[m.group().casefold()])
        for m in pattern.finditer(doc.text)
    ]


def _place_kind(name: str, lexicon: Lexicon) -> str:
    key = name_key(name)
    if key in lexicon.regions:
        return "region"
    return "county" if key.endswith(" county") else "city"


def is_actor(cluster: Cluster, kind: str, headline: int, lexicon: Lexicon) -> bool:
    """People, organisations and groups always; places only where they act: a subject, a
    possessor, the other side of "against" or "with", or the referent of "the city".
    Mentions before the character offset `headline` are left out: headlines parse badly
    ("El Paso County inmates ICE detainers ruling"), so their syntax proves nothing."""
    body = [span for span in cluster.mentions if span.start_char >= headline] or cluster.mentions
    if kind == "GPE":
        strict = name_key(cluster.name) in lexicon.regions
        return any(_acts(span, strict) for span in body)
    if kind == "PERSON" and len(cluster.name.split()) == 1:
        # a lone capitalised word that only ever opens sentences ("Coal fell 18%") is no name
        named = [span for span in body if not span[0].is_sent_start]
        return any(_acts(span) or title_before(span, lexicon) for span in named)
    if kind == "ORG" and is_acronym(cluster.name):
        # bare acronyms are often things ("JPEG", "the PARS database"): keep those that act
        return any(_acts(span) or _speaks_for(span, lexicon) for span in body)
    if kind == "ORG":
        return not all(_names_an_office(span, lexicon) for span in cluster.mentions)
    return True


def _speaks_for(span: Span, lexicon: Lexicon) -> bool:
    """ "ICE officials", "the NYPD spokesman": an organisation whose people act."""
    head = span.root.head
    return span.root.dep_ == "compound" and head.lower_ in lexicon.people_nouns


def headline_end(doc: Doc) -> int:
    """Where the first line ends, when it is short enough to be a headline; else 0."""
    for token in doc:
        if token.idx > 200:
            break
        if "\n" in token.text or "\n" in token.whitespace_:
            return token.idx
    return 0


def _names_an_office(span: Span, lexicon: Lexicon) -> bool:
    """True when an organisation is named only inside a person's formal, capitalised title
    ("Colorado Springs District Court Judge Eric Bentley"); "the County Commission
    attorney" names a party, not an office."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        nxt is not None
        and nxt.is_title
        and nxt.text.casefold() in lexicon.role_words
        and nxt.ent_type_ != "ORG"
    )


def _acts(span: Span, strict: bool = False) -> bool:
    """Whether a mention does something in its sentence; `strict` (for states and
    countries) leaves out possessives ("California's open meeting law")."""
    root = span.root
    if strict:
        return root.dep_ in {"nsubj", "nsubjpass", "agent"} or (
            root.dep_ == "pobj" and root.head.lower_ == "against"
        )
    if root.dep_ in ACTING_DEPS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ACTING_PREPOSITIONS:
        return True
    return root.dep_ == "appos" and root.head.dep_ in ACTING_DEPS


def write_actors(
    doc: Doc, clusters: list[Cluster], types: dict[int, str], lexicon: Lexicon
) -> None:
    """Order actors by salience, give them ids, and leave them on the Doc."""
    ordered = sorted(clusters, key=lambda c: (-len(c.mentions), c.first))
    total = sum(len(c.mentions) for c in ordered) or 1
    ids = {id(c): f"a{n}" for n, c in enumerate(ordered, start=1)}
    owner = {i: c for c in ordered for span in c.mentions for i in range(span.start, span.end)}
    facts: list[ActorFact] = []
    spans: list[Span] = []
    for cluster in ordered:
        actor_id, kind = ids[id(cluster)], types[id(cluster)]
        affiliation = find_affiliation(cluster, owner)
        facts.append(
            {
                "id": actor_id,
                "name": cluster.name,
                "type": as_actor_type(kind),
                "aliases": sorted(set(cluster.forms.values()) - {cluster.name}),
                "title": find_title(cluster, lexicon) if kind == "PERSON" else None,
                "affiliation": affiliation.name if affiliation else None,
                "affiliation_id": ids[id(affiliation)] if affiliation else None,
                "salience": round(len(cluster.mentions) / total, 4),
            }
        )
        spans.extend(
            Span(doc, span.start, span.end, label=kind, kb_id=actor_id)
            for span in sorted(cluster.mentions, key=lambda s: s.start)
        )
    doc.spans[ACTOR_MENTIONS] = spans
    set_facts(doc, "actors", facts)


def find_title(cluster: Cluster, lexicon: Lexicon) -> str | None:
    """The role written before a name ("City Councilwoman Helen Gym") or in apposition
    after it ("Marcel Pratt, the city solicitor"), first one found in reading order."""
    for span in sorted(cluster.mentions, key=lambda s: s.start):
        title = title_before(span, lexicon) or title_in_apposition(span, lexicon)
        if title:
            return title
    return None


def title_before(span: Span, lexicon: Lexicon) -> str | None:
    doc = span.doc
    start = span.start
    while start > 0 and _title_word(doc[start - 1], lexicon):
        start -= 1
    words = doc[start : span.start]
    if not any(t.text.casefold() in lexicon.role_words for t in words):
        return None
    while words and words[0].text.casefold() not in lexicon.role_words | lexicon.title_modifiers:
        words = words[1:]
    return words.text or None


def _title_word(token: Token, lexicon: Lexicon) -> bool:
    word = token.text.casefold()
    return not token.ent_type_ and (word in lexicon.role_words or word in lexicon.title_modifiers)


def title_in_apposition(span: Span, lexicon: Lexicon) -> str | None:
    for child in span.root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and not child.ent_type_:
            words = [
                t
                for t in child.subtree
                if t.i <= child.i and t.dep_ not in {"det", "punct", "poss"}
            ]
            if words and len(words) <= 5 and child.lemma_.casefold() in lexicon.role_words:
                return " ".join(t.text for t in words)
    return None


def find_affiliation(cluster: Cluster, owner: dict[int, Cluster]) -> Cluster | None:
    """The organisation named with a person: "Miguel Andrade of Juntos", "X, director of Y",
    or "Kern County Superior Court Judge X" (an organisation right before the title)."""
    for span in cluster.mentions:
        for token in _of_objects(span.root):
            other = owner.get(token.i)
            if other is not None and other is not cluster:
                return other
    return None


def _of_objects(root: Token) -> list[Token]:
    heads = [root, *(c for c in root.children if c.dep_ == "appos")]
    return [
        pobj
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
