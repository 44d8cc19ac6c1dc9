"""Decisions over whole clusters: the type by vote, place anaphors ("the city"), whether a
cluster is an actor at all, and a person's title and affiliation."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from newsfacts.extract.actors.acting import acted_upon, acts, first_conjunct, plays
from newsfacts.extract.actors.candidates import PLACE_LABELS
from newsfacts.extract.actors.clusters import Cluster
from newsfacts.extract.actors.lexicon import Lexicon
from newsfacts.extract.actors.names import is_acronym, name_key, surname_of
from newsfacts.pipeline.doc import doc_text, in_boilerplate, lowercase_words


def decide_type(cluster: Cluster, lexicon: Lexicon) -> str:
    """One type per actor, by vote over its mentions: a surname tagged ORG eight times is
    still the person whose full name was tagged PERSON once."""
    name = cluster.name
    if any(p.search(name) for p in lexicon.group_patterns):
        return "GROUP"
    if name_key(name) in lexicon.regions:
        return "GPE"
    if name in lexicon.party_names or name in lexicon.full_name_forms:
        return "ORG"  # a party, or a body the word lists know by its short forms ("UN")
    # with no vote (a name the model tagged a common noun), each label it gave counts once
    labels = cluster.labels if cluster.labels.total() else Counter(set(cluster.labels))
    if labels["GROUP"] >= labels.total() / 2:
        # a collective ("union members") whatever the model made of a word of it
        return "GROUP"
    votes = Counter(labels)
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
    if label in PLACE_LABELS and any(plays(span, lexicon) for span in cluster.mentions):
        # a town or county that beats, draws or stands in a table is its team
        return "ORG"
    return {"LOC": "GPE", "NORP": "GROUP"}.get(label, label)


def _full_name_tagged(cluster: Cluster, label: str) -> bool:
    name_words = len(cluster.name.split())
    return any(
        len(span) >= name_words and (span.label_ == label or span.root.ent_type_ == label)
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
        for m in pattern.finditer(doc_text(doc))
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
        return any(
            acts(span, strict) or acted_upon(span, lexicon) or plays(span, lexicon) for span in body
        )
    if kind == "PERSON" and len(cluster.name.split()) == 1:
        # a lone capitalised word that only ever opens sentences ("Coal fell 18%") is no name
        if any(_opens_with_surname(span, lexicon) for span in body):
            return True
        named = [span for span in body if not span[0].is_sent_start]
        return any(
            acts(span)
            or _object_or_owner(span)
            or plays(span, lexicon)
            or title_before(span, lexicon)
            or listed_with_people(span)
            or _speaks_for(span, lexicon)
            for span in named
        )
    if kind == "ORG" and is_acronym(cluster.name):
        # bare acronyms are often things ("JPEG", "the PARS database"): keep those that act
        return any(
            acts(span) or _speaks_for(span, lexicon) or plays(span, lexicon) for span in body
        )
    if kind == "ORG":
        if _names_a_topic(cluster, lexicon) and not any(acts(span) for span in body):
            return False
        party = cluster.name in lexicon.party_names  # "a Republican" is one of its members
        if not party and all(_counted_as_a_thing(span) for span in cluster.mentions):
            return False
        return not all(_names_an_office(span, lexicon) for span in cluster.mentions)
    return True


def _object_or_owner(span: Span) -> bool:
    """ "praised Putin", "fired Comey", "Clinton's jab": a surname tagged PERSON that a verb
    acts on or that owns a noun names a person as surely as one that acts."""
    root = span.root
    return (root.dep_ in {"dobj", "dative"} and root.head.pos_ == "VERB") or root.dep_ == "poss"


def _counted_as_a_thing(span: Span) -> bool:
    """ "an ongoing Federal Investigation", "a Special Committee": a name takes no "a" or
    "an" of its own; capitalised words that do are a common noun written large (the
    article of "a Google spokesman" belongs to the spokesman, not to the name)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ in {"NN", "NNS", "NNP", "NNPS", "VBG"}:
        return False  # "a Senate Intelligence Committee hearing", however it is parsed
    return any(
        child.dep_ == "det" and child.lower_ in {"a", "an"} and child.i < span.start
        for child in span.root.children
    )


def _names_a_topic(cluster: Cluster, lexicon: Lexicon) -> bool:
    """ "Local Property Tax", "Social Media", "Budget": capitalised words that the article
    also writes in lowercase, with no organisation head noun among them: a subject or a
    heading, not a body."""
    words = cluster.name.split()
    if is_acronym(cluster.name) or any(w.casefold() in lexicon.org_heads for w in words):
        return False
    common = lowercase_words(cluster.mentions[0].doc)
    return all(w.casefold() in common for w in words)


def _opens_with_surname(span: Span, lexicon: Lexicon) -> bool:
    """ "Sanders said ...", "Harris beat Moore": a surname opening a sentence as its
    subject (or a side in a contest), tagged PERSON by the model, and never written in
    lowercase in the article (as "coal" would be)."""
    token = span.root
    if (
        not span[0].is_sent_start
        or span.label_ != "PERSON"
        or token.tag_ not in {"NNP", "NNPS", "NNS"}
    ):
        return False
    if not (acts(span) or plays(span, lexicon)):
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.like_num:
        return False  # "Bill 1079 would ...": a numbered thing
    return token.lower_ not in lowercase_words(span.doc)


def listed_with_people(span: Span) -> bool:
    """A surname tagged PERSON in a list of people or a scorecard: conjoined with another
    person ("Staunton, Irwin, McAteer"), or on a line that carries scores ("S. Waugh b
    Muralitharan 22")."""
    if span.label_ != "PERSON":
        return False
    root = span.root
    located = first_conjunct(root).dep_ == "pobj" and first_conjunct(root).head.lower_ in {
        "in",
        "at",
        "near",
        "from",
    }
    if located:
        # "sites in Bury St Edmunds, Suffolk; and Abingdon, Oxon": places, whatever the tag
        return False
    if any(other.ent_type_ == "PERSON" for other in root.conjuncts):
        return True
    line = span.doc[span.start : min(span.end + 4, len(span.doc))]
    return any(token.like_num for token in line) and "\n" not in line[:-1].text_with_ws


def _speaks_for(span: Span, lexicon: Lexicon) -> bool:
    """ "ICE officials", "the NYPD spokesman", "Obama voters": a name whose people act."""
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
                if t.i <= child.i and t.dep_ not in {"det", "punct", "poss", "case"}
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
