"""Candidates: the model's entity spans that may name actors, cleaned and filtered.

Each entity is trimmed of titles and articles, stretched over cut-off organisation names,
split at "A Coalition and B", and dropped when it is a street, platform, law, dateline or
boilerplate; acronyms the model missed are added where they act or abbreviate a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from spacy.tokens import Doc, Span, Token

from newsfacts.extract.actors.acting import ACTING_DEPS, in_fixture, in_results_row
from newsfacts.extract.actors.lexicon import Lexicon
from newsfacts.extract.actors.names import (
    acronym_matches,
    clean_surface,
    is_acronym,
    name_key,
)
from newsfacts.extract.actors.wire import (
    Lines,
    is_agency_credit,
    is_byline,
    is_wire_dateline,
    on_credit_line,
    without_dateline,
)
from newsfacts.pipeline.doc import (
    doc_text,
    doc_words,
    entity_bounds,
    in_boilerplate,
    lowercase_words,
    span_text,
)

SEED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "LAW"}
PLACE_LABELS = {"GPE", "LOC"}
PARTY_TAG = re.compile(r"^[DRI]-[A-Z]")
# the complements that share their verb's subject: "wants to sue", "seemed reluctant to
# attack" (an adjective between), "made to apologise"
CONTROLLED_DEPS = {"xcomp", "acomp", "oprd"}
SHARED_VERB_STEPS: Final = 6


@dataclass(frozen=True)
class Candidate:
    """A span that may name an actor, with the label the model gave it, and the full name
    it stands for when a word list knows it ("GOP": "Republican Party"); `is_name` is
    False for a word that stands for the actor without being one of its names ("Israeli"
    for Israel)."""

    span: Span
    label: str
    canonical: str | None = None
    is_name: bool = True
    votes: bool = True
    """False when the model's label is no evidence of the actor's type (an organisation,
    its guess for a name it tagged a common noun): the mention joins without a vote."""

    @cached_property
    def key(self) -> str:
        """The name's comparison key, made once: clustering asks it again and again."""
        return name_key(self.canonical or span_text(self.span))


def collect_candidates(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Entity spans that may name actors, cleaned and filtered."""
    entities = doc.ents
    known_places = {name_key(span_text(e)) for e in entities if e.label_ in PLACE_LABELS | {"ORG"}}
    # `isupper` first: a C test that turns away every word in lower case at once
    acronyms = frozenset(word for word in doc_words(doc) if word.isupper() and is_acronym(word))
    found: list[Candidate] = []
    for ent in entities:
        if ent.label_ not in SEED_LABELS:
            continue
        for piece in split_at_breaks(ent):
            found.extend(_candidates_of(piece, lexicon, known_places, acronyms))
    found.extend(acronym_candidates(doc, found, lexicon))
    found.extend(titled_name_candidates(doc, lexicon))
    found.extend(acting_name_candidates(doc, found, lexicon))
    found.extend(dealt_with_name_candidates(doc, found, lexicon))
    lines = Lines.of(doc)
    return drop_shouted_guesses([c for c in found if not on_credit_line(c.span, lines)], lines)


def drop_shouted_guesses(found: list[Candidate], lines: Lines) -> list[Candidate]:
    """Leave out names found only in lines set in capitals (wire headlines, table heads:
    "BASEBALL - MAJOR LEAGUE STANDINGS"), unless the body names them too or they stand in a
    results row ("NEW YORK 74 59 .556")."""
    body_keys = {cand.key for cand in found if not lines.is_shouted(cand.span)}
    return [
        cand
        for cand in found
        if not lines.is_shouted(cand.span)
        or cand.key in body_keys
        or in_results_row(cand.span)
        or in_fixture(cand.span)
    ]


def _candidates_of(
    ent: Span, lexicon: Lexicon, known_places: set[str], acronyms: frozenset[str]
) -> list[Candidate]:
    """The candidates one entity (or one piece of it) yields once trimmed, extended, split."""
    trimmed = trim(without_dateline(ent), lexicon, known_places)
    parts = split_conjoined(extend_cut_name(trimmed, lexicon), acronyms, known_places, lexicon)
    # the parts of a split share the first one's label: both are organisations
    label = relabel(parts[0], ent.label_, lexicon)
    if label is None:
        return []
    return [
        Candidate(
            span,
            label,
            canonical=lexicon.full_names.get(name_key(span_text(span))),
            votes=not (label == "ORG" and _tagged_a_common_noun(span)),
        )
        for span in parts
        if keep_candidate(span, lexicon)
    ]


def split_at_breaks(ent: Span) -> list[Span]:
    """The pieces of an entity between numbers and line breaks: in results and tables the
    model runs names and scores together ("Norwich 1 Wolverhampton 0", "2. Colin
    Montgomerie 442,201", "Jayasuriya 3\\nG. McGrath"); a name holds neither."""
    doc = ent.doc
    pieces: list[Span] = []
    start = ent.start
    for token in ent:
        if token.is_space or any(c.isdigit() for c in token.text):
            if token.i > start:
                pieces.append(Span(doc, start, token.i, label=ent.label_))
            start = token.i + 1
        elif "\n" in token.whitespace_:
            pieces.append(Span(doc, start, token.i + 1, label=ent.label_))
            start = token.i + 1
    if start < ent.end:
        pieces.append(Span(doc, start, ent.end, label=ent.label_))
    return pieces


def titled_name_candidates(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """People the model missed after a capitalised title: "Intelligence Chair Adam Schiff",
    "Mr Hall" (an honorific then one or more name words, a role then two or three)."""
    found = []
    # read from the words (`Token.is_title` is `str.istitle` of its text): a Token is
    # made only for the words after a title
    for i, text in enumerate(doc_words(doc)):
        if not text.istitle():
            continue
        word = text.casefold()
        if word not in lexicon.honorifics and word not in lexicon.role_words:
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and _untagged_name_word(doc[end]):
            end += 1
        needed = 1 if word in lexicon.honorifics else 2
        if end - i - 1 >= needed:
            found.append(Candidate(Span(doc, i + 1, end, label="PERSON"), "PERSON"))
    return found


def acting_name_candidates(doc: Doc, found: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Names the model missed or mistook for a common noun where they act on another party:
    "Trump has praised Putin" (tagged an organisation written as a noun), "Sanders
    criticized Clinton" (a plural noun). A capitalised word the article never writes in
    lower case, subject of a verb of dealings between actors (`action_verbs`), is a name;
    a common noun of the model's ("Officials accused ...") carries no name label and stays
    out, as do role words and collectives."""
    taken = {i for cand in found for i in range(cand.span.start, cand.span.end)}
    common = lowercase_words(doc)
    named = []
    # the subjects found from the Doc's dependency array: a Token per word costs more
    subjects = (doc.to_array("DEP") == doc.vocab.strings["nsubj"]).nonzero()[0]
    for token in (doc[int(i)] for i in subjects):
        if (
            token.i in taken
            or not _may_name_a_subject(token, lexicon)
            or token.text.casefold() in common
            or not deals_with_another(token.head, lexicon)
        ):
            continue
        start = token.i
        while (
            start > 0 and doc[start - 1].dep_ == "compound" and _untagged_name_word(doc[start - 1])
        ):
            start -= 1
        label = token.ent_type_ or "PERSON"
        named.append(Candidate(Span(doc, start, token.i + 1, label=label), label))
    return named


def dealt_with_name_candidates(
    doc: Doc, found: list[Candidate], lexicon: Lexicon
) -> list[Candidate]:
    """Names the model missed as the object of a verb of dealings ("The watchdog criticised
    Barclays", "Sabatini beat Zvereva"): a capitalised proper noun the article never writes
    in lower case, as in `acting_name_candidates`, that opens its sentence only where the
    article also writes it mid-sentence ("It", "There", "Father" open sentences as words,
    not names). The name is a person's where a person's name ends with it, else of the
    kind of the first pronoun after it in its sentence ("criticised Barclays over its
    handling"); a person's when none tells."""
    taken = {i for cand in found for i in range(cand.span.start, cand.span.end)}
    common = lowercase_words(doc)
    # the objects found from the Doc's dependency array: a Token per word costs more
    objects = (doc.to_array("DEP") == doc.vocab.strings["dobj"]).nonzero()[0]
    dealt_with = []
    for token in (doc[int(i)] for i in objects):
        if (
            token.i not in taken
            and token.head.lemma_.casefold() in lexicon.action_verbs
            and _may_name_a_subject(token, lexicon)
            and not _names_a_kind(token, lexicon)
            and token.text.casefold() not in common
        ):
            dealt_with.append(token)
    if not dealt_with:
        return []
    mid_sentence = {t.text for t in doc if t.is_title and not t.is_sent_start}
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}
    named = []
    for token in dealt_with:
        if token.is_sent_start and token.text not in mid_sentence:
            continue
        label = "PERSON" if token.text in surnames else _type_by_pronoun(token)
        named.append(Candidate(Span(doc, token.i, token.i + 1, label=label), label))
    return named


def _type_by_pronoun(token: Token) -> str:
    """ "ORG" when the first third-person pronoun after `token` in its sentence is "it" or
    "its", else "PERSON"."""
    for later in token.doc[token.i + 1 : token.sent.end]:
        if later.tag_ in {"PRP", "PRP$"} and later.lower_ in {"it", "its"}:
            return "ORG"
        if later.tag_ in {"PRP", "PRP$"} and later.lower_ in {"he", "him", "his", "she", "her"}:
            return "PERSON"
    return "PERSON"


def _names_a_kind(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised word that says what someone or something is, not who: a role
    ("Councillor, Pat Dunne, says"), a body's head ("the new Government"), a company
    suffix ("Shaw Communications Inc"), or a word before a number ("Aug 30")."""
    word = token.text.casefold()
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        (after is not None and after.like_num)  # "Aug 30", "Group 2": a date or a number
        or word in lexicon.role_words
        or word in lexicon.org_heads
        or word in lexicon.corporate_suffixes
        or word in lexicon.government_nouns
    )


def deals_with_another(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the verb a subject hangs from, or a verb sharing that subject, is a verb of
    dealings: the verb itself ("Roe sued Poe"), the verb of an auxiliary the parser made the
    head ("Roe didn't blame Poe"), a controlled verb ("Roe seemed reluctant to attack Poe",
    "Roe wants to sue Poe") or a conjoined verb with no subject of its own ("Roe joked and
    then praised Poe", "Roe is confident but has blamed Poe")."""
    if verb.dep_ == "aux" and verb.head.pos_ == "VERB":
        verb = verb.head
    pending = [verb]
    for _ in range(SHARED_VERB_STEPS):
        if not pending:
            return False
        current = pending.pop()
        if current.lemma_.casefold() in lexicon.action_verbs:
            return True
        pending += [
            child
            for child in current.children
            if child.dep_ in CONTROLLED_DEPS
            or (child.dep_ == "conj" and not _has_own_subject(child))
        ]
    return False


def _has_own_subject(verb: Token) -> bool:
    return any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)


def _may_name_a_subject(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised proper noun the model left untagged, or a noun it tagged a person or an
    organisation, that is no role word, honorific or collective noun."""
    proper = token.tag_ == "NNP" and not token.ent_type_
    mistaken = token.tag_ in {"NN", "NNS"} and token.ent_type_ in {"PERSON", "ORG"}
    word = token.text.casefold()
    return (
        token.is_title
        and (proper or mistaken)
        and not lexicon.is_title_token(token)
        and word not in lexicon.title_modifiers
        and word not in lexicon.collective_nouns
        and word not in lexicon.people_nouns
        and not in_boilerplate(token.doc, token.idx, token.idx + len(token))
    )


def _untagged_name_word(token: Token) -> bool:
    return token.tag_ == "NNP" and token.is_title and not token.ent_type_


def acronym_candidates(doc: Doc, named: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Acronyms the model did not tag, where they abbreviate a name in the article or act
    ("ICE suspected ...", "ICE's use"): an acronym that only qualifies other words
    ("the PARS database") names a thing."""
    untagged = [
        doc[i]
        for i, word in enumerate(doc_words(doc))
        # `isupper` first, a C test: an acronym's letters are all capitals
        if word.isupper()
        and is_acronym(word)
        and not doc[i].ent_type_
        and doc[i].tag_ in {"NNP", "NN"}
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
        Candidate(
            Span(doc, t.i, t.i + 1, label="ORG"), "ORG", lexicon.full_names.get(name_key(t.text))
        )
        for t in untagged
        if t.text in acting and keep_candidate(doc[t.i : t.i + 1], lexicon)
    ]


def trim(ent: Span, lexicon: Lexicon, known_places: set[str]) -> Span:
    """Drop leading articles, titles and place words, trailing possessives and a trailing
    descriptor ("Unite the union" is Unite)."""
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
    if _ends_with_descriptor(doc[start:end], lexicon):
        end -= 2
    if ent.label_ == "PERSON":
        while start > 0 and _is_forgotten_first_name(doc[start - 1], lexicon, known_places):
            start -= 1
    return Span(doc, start, end, label=ent.label_)


def _ends_with_descriptor(span: Span, lexicon: Lexicon) -> bool:
    """ "Unite the union", "Reform the party": a name, then "the" and a lowercase head noun
    saying what kind of body it is."""
    return (
        len(span) >= 3
        and span[-2].lower_ == "the"
        and span[-1].is_lower
        and span[-1].text in lexicon.org_heads
    )


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


def split_conjoined(
    span: Span, acronyms: frozenset[str], known: set[str], lexicon: Lexicon
) -> list[Span]:
    """Split two names the model joined at "and": when the part before "and" ends in an
    organisation head noun ("First Amendment Coalition and Californians Aware"), when
    the part after it is abbreviated elsewhere in the article ("Department of Homeland
    Security and Immigration and Customs Enforcement", with "ICE" later on), or when
    the part after it is named on its own elsewhere (`known`: "Kaizer Chiefs and Orlando
    Pirates", with "Orlando Pirates" later on, or the short form "Pirates" alone)."""
    for token in span:
        if token.lower_ == "and" and token.i > span.start and token.i + 1 < span.end:
            left = Span(span.doc, span.start, token.i, label=span.label_)
            right = Span(span.doc, token.i + 1, span.end, label=span.label_)
            if right[0].is_title and (
                left[-1].lower_ in lexicon.org_heads
                or _abbreviated(right, acronyms, lexicon)
                or (len(right) >= 2 and name_key(right.text) in known)
                or _short_form_named_alone(left, right)
            ):
                return [left, right]
    return [span]


def _short_form_named_alone(left: Span, right: Span) -> bool:
    """Two names of two words or more, the second's last word an entity of its own
    elsewhere in the article ("Kaizer Chiefs and Orlando Pirates", then "Pirates signed
    ..."): two clubs or firms listed, the second later called by its short form."""
    if len(left) < 2 or len(right) < 2:
        return False
    last, doc = right[-1], right.doc
    return any(
        word == last.text and i != last.i and entity_bounds(doc[i]) == (i, i + 1)
        for i, word in enumerate(doc_words(doc))
    )


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
    text = clean_surface(span_text(span))
    after = doc[span.end] if span.end < len(doc) else None
    return not (
        len(text) < 2
        or not any(c.isalpha() for c in text)
        or not (text[0].isupper() or text[0].isdigit() or _opens_with_particle(text, lexicon))
        or (
            span[-1].lower_ in lexicon.not_actor_suffixes
            and not _is_personal_name(span, lexicon)
            and not _opens_with_org_head(span, lexicon)
        )
        or (after is not None and after.lower_ in lexicon.street_words)
        or span[-1].lower_.endswith(lexicon.street_word_endings)
        or text.casefold() in lexicon.platforms
        or any(c.isdigit() for c in span_text(span))
        or PARTY_TAG.match(text) is not None
        or (len(span) == 1 and not _may_be_a_name(span) and not is_acronym(text))
        or _is_a_unit(span)
        or (
            all(_is_role_or_modifier(t, lexicon) for t in span)
            and name_key(text) not in lexicon.regions
        )
        or in_boilerplate(doc, span.start_char, span.end_char)
        or is_dateline(span)
        or is_wire_dateline(span)
        or is_agency_credit(span, lexicon)
        or is_byline(span, lexicon)
    )


def _is_a_unit(span: Span) -> bool:
    """An acronym counted by the number before it ("121 RBI", "50 MW"): a unit."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return len(span) == 1 and before is not None and before.like_num and is_acronym(span.text)


def _may_be_a_name(span: Span) -> bool:
    """A proper noun, a capitalised word taken for a person whatever its tag ("Sanders"
    and "Woods" are often tagged plural nouns), or a capitalised word the model named a
    person or an organisation but tagged a singular common noun, where the article never
    writes it in lower case ("Starmer has pushed back": a name that opens a sentence is
    often read as the noun it could spell; "Exit polls ..." beside "the exit" is no name)."""
    token = span[0]
    person = "PERSON" in {token.ent_type_, span.label_}
    named = (
        span.label_ in {"PERSON", "ORG"}
        and _tagged_a_common_noun(span)
        and token.lower_ not in lowercase_words(span.doc)
    )
    return token.tag_ in {"NNP", "NNPS"} or ((person or named) and token.is_title)


def _tagged_a_common_noun(span: Span) -> bool:
    """One capitalised word the tagger read as a singular common noun ("Starmer has
    pushed back")."""
    return len(span) == 1 and span[0].tag_ == "NN" and span[0].is_title


def _is_personal_name(span: Span, lexicon: Lexicon) -> bool:
    """ "Trevor Hall", "Mr Hall", "Jane Park": a person's name whose surname is also a
    place word (a first name and a surname, or an honorific and a surname)."""
    if span.label_ != "PERSON" or not all(t.is_title for t in span):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    after_honorific = before is not None and before.text.casefold() in lexicon.honorifics
    return len(span) == 2 or (len(span) == 1 and after_honorific)


def _opens_with_org_head(span: Span, lexicon: Lexicon) -> bool:
    """ "Center for Arizona Policy", "Institute for Justice", "Office of Management and
    Budget": a body's head noun, then "for", "of" or "on", opens the name, so its last
    word ("Policy") says what it works on, not that it is a law or a building."""
    words = [t for t in span if t.lower_ != "the"]
    return (
        len(words) >= 3
        and words[0].lower_ in lexicon.org_heads
        and words[1].lower_ in {"for", "of", "on"}
    )


def _opens_with_particle(text: str, lexicon: Lexicon) -> bool:
    """ "al-Qaeda", "de Blasio", "van der Berg": a name whose lowercase first word is a
    particle before a capitalised one."""
    match = re.match(r"([a-z]+)[\s-]+([A-Z])", text)
    return match is not None and match.group(1) in lexicon.name_particles


def _is_role_or_modifier(token: Token, lexicon: Lexicon) -> bool:
    """True for the words of a bare office ("County Executive"): a role, not a name
    (a country written as a title's modifier, "U.S." of "U.S. Rep.", stays a country
    where it stands alone)."""
    word = token.text.casefold()
    return word in lexicon.role_words or word in lexicon.title_modifiers


def is_dateline(span: Span) -> bool:
    """True for "BAKERSFIELD, Calif. (AP) —": a capitalised place or agency at a
    paragraph's start, before the dash that opens the story."""
    # the text of a window of twelve tokens either side
    doc = span.doc
    first, last = doc[max(span.start - 12, 0)], doc[min(span.end + 12, len(doc)) - 1]
    offset = first.idx
    text = doc_text(doc)[offset : last.idx + len(last)]
    start, end = span.start_char - offset, span.end_char - offset
    head = text[text.rfind("\n", 0, start) + 1 : start]
    rest = text[end : end + 40]
    opens_line = len(head) < 40 and ("\n" in text[:start] or first.i == 0)
    starts_story = "—" in rest or " - " in rest or "(" in rest[:3]
    shouted = text[start:end].isupper()
    return opens_line and starts_story and (shouted or head.rstrip().endswith("("))
