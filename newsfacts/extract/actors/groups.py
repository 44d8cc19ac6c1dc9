"""Parties and collectives: actors the model tags NORP or does not tag at all.

"Republicans", "the GOP", "Democratic lawmakers", "Labour", "the Obama administration":
news text names parties by their members' adjective or plural, and collectives by a plain
noun. A party form resolves to the party's full name (a word list of general news
vocabulary), so every form meets in one actor; a plural collective noun that acts (subject,
agent, speaker) is a GROUP named by its phrase ("Aer Lingus pilots", "union members").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts.extract.actors.acting import acted_upon, acts
from newsfacts.extract.actors.candidates import Candidate, deals_with_another
from newsfacts.extract.actors.clusters import Cluster
from newsfacts.extract.actors.lexicon import Lexicon
from newsfacts.extract.actors.peoples import people_candidates
from newsfacts.pipeline.doc import (
    PEOPLE_WORD,
    doc_lower_words,
    doc_words,
    entity_bounds,
    in_boilerplate,
)

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
PHRASE_DEPS = {"compound", "amod", "nmod", "poss"}
MEMBER_ADJECTIVES = {"lone", "only", "sole", "single"}
PLURAL_TAGS = {"NNPS", "NNS"}
PEOPLE_MENTIONS = 3
PEOPLE_MENTION_LABELS = {"NORP", PEOPLE_WORD}
ORIGIN_LABELS = {"NORP", "GPE", "LOC"}
PHRASE_STOP = {"the", "a", "an", "some", "many", "most", "all", "other", "several", "few"}


def with_groups(doc: Doc, found: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """The entity candidates with the parties, acting collectives, governments and the
    countries named by their people's word added; a party or a people's word replaces the
    model's entity over the same words ("Republicans", "Israelis" tagged NORP)."""
    parties = party_candidates(doc, lexicon)
    taken = {i for cand in parties for i in range(cand.span.start, cand.span.end)}
    collectives = collective_candidates(doc, lexicon)
    governments = [
        *government_candidates(doc, lexicon),
        *institution_candidates(doc, lexicon),
        *described_candidates(doc, lexicon),
    ]
    grouped = taken | {i for cand in [*collectives, *governments] for i in _tokens_of(cand)}
    peoples = people_candidates(doc, lexicon, grouped)
    taken |= {i for cand in peoples for i in _tokens_of(cand)}
    kept = [cand for cand in found if not taken.intersection(_tokens_of(cand))]
    return [*kept, *parties, *collectives, *governments, *peoples]


def _tokens_of(candidate: Candidate) -> range:
    return range(candidate.span.start, candidate.span.end)


def party_candidates(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Every use of a party's name, adjective or plural ("Republicans", "GOP", "Democratic"
    in "Democratic lawmakers", "Fine Gael"), resolved to the party's full name. Words that
    are also common words ("Labour", "Greens") count only where they do not open a
    sentence or where the model tagged them; words inside another name ("Democratic
    Republic of Congo", "Republican National Committee") do not count."""
    found: list[Candidate] = []
    longest = max((len(form.split()) for form in lexicon.parties), default=0)
    first_words = {form.split()[0] for form in lexicon.parties}
    i = 0
    words = doc_words(doc)
    while i < len(doc):
        match = _party_at(doc, i, longest, lexicon) if words[i] in first_words else None
        if match is None:
            i += 1
            continue
        span, party = match
        found.append(Candidate(span, "ORG", canonical=party))
        i = span.end
    return found


def _party_at(doc: Doc, i: int, longest: int, lexicon: Lexicon) -> tuple[Span, str] | None:
    for size in range(min(longest, len(doc) - i), 0, -1):
        span = doc[i : i + size]
        party = lexicon.parties.get(span.text)
        if (
            party is None
            or not _stands_alone(span)
            or in_boilerplate(doc, span.start_char, span.end_char)
        ):
            continue
        if span[0].is_sent_start and not span[0].ent_type_ and _qualifies_a_noun(span):
            continue
        if _inside_capitalised_run(span) or _names_members(span):
            continue
        return Span(doc, span.start, span.end, label="ORG"), party
    return None


def _qualifies_a_noun(span: Span) -> bool:
    """ "Labour costs", "Greens salad": a party word opening a sentence before a noun it
    qualifies is the common word; "Labour, the Greens and ..." or "Labour said" is the party."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ"}


def _names_members(span: Span) -> bool:
    """ "the lone Republican", "two Republicans", "the council's Democrats": a party word
    counted, singled out or owned by another body names some of its members (a council's
    minority, a committee's votes), not the party as an actor of the story. ("Rick Perry,
    a Republican" still names the party: a member's party is what such an aside is for.)"""
    root = span.root
    return any(
        child.dep_ == "nummod"
        or child.dep_ == "poss"
        or (child.dep_ == "amod" and child.lower_ in MEMBER_ADJECTIVES)
        for child in root.children
    )


def _inside_capitalised_run(span: Span) -> bool:
    """ "Democrats" in "Social Democrats", "Labour" in "Labour Court": a party word that is
    part of a longer capitalised name."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    glued_before = before is not None and before.is_title and not before.is_sent_start
    glued_after = after is not None and after.is_title and after.tag_ in {"NNP", "NNPS"}
    return glued_before or (glued_after and span[-1].tag_ in {"NNP", "NNPS"})


def _stands_alone(span: Span) -> bool:
    """Not a word of a longer name the model found ("Democratic National Committee")."""
    for token in span:
        if token.ent_type_ in NAME_LABELS:
            ent = entity_bounds(token)
            if ent is not None and (ent[0] < span.start or ent[1] > span.end):
                return False
    return True


def collective_candidates(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Collectives that act: a plural noun of the lexicon's collectives ("workers",
    "lawmakers", "members") as subject, agent or possessor, with the modifiers that say
    whose collective it is ("Republican lawmakers", "Aer Lingus pilots", "union members").
    A bare "workers" or "protesters" is left to the reference resolver: it is rarely one
    actor of the story; a political camp ("conservatives", "liberals") is one bare, and
    wherever it is named ("a boon to conservatives"): a camp is what political news is
    about, a side whether it acts or is courted."""
    found = []
    nouns = lexicon.political_collectives | lexicon.collective_nouns | lexicon.people_nouns
    for token in _words_among(doc, nouns):
        if token.tag_ not in PLURAL_TAGS:
            continue
        political = token.lower_ in lexicon.political_collectives
        span = collective_phrase(token)
        camp = _camp_adjective(span, token, lexicon)
        if camp is not None:
            span, political = Span(doc, camp.i, token.i + 1, label="GROUP"), True
        if token.lower_ not in lexicon.collective_nouns and not (political or _national(span)):
            continue  # "officials", "leaders" name a collective only with a people's name
        if (
            (len(span) == 1 and not political)
            or not (political or acts(span) or (_national(span) and acted_upon(span, lexicon)))
            or in_boilerplate(doc, span.start_char, span.end_char)
        ):
            continue
        found.append(Candidate(span, "GROUP"))
    return found


def _camp_adjective(span: Span, noun: Token, lexicon: Lexicon) -> Token | None:
    """The camp's adjective before a collective ("conservative groups", "liberal
    activists"): the collective is then the camp's, a GROUP wherever it is named."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.dep_ != "amod" or before.head.i != noun.i:
        return None
    return before if f"{before.lower_}s" in lexicon.political_collectives else None


def _national(span: Span) -> bool:
    """ "Iranian leaders", "Saudi officials", "U.S. troops": a collective named by its
    nation or people, a party to the story's dealings wherever it is acted upon."""
    return any(t.ent_type_ in {"NORP", "GPE"} for t in span[:-1])


def collective_phrase(noun: Token) -> Span:
    """The noun and the modifiers right before it that name whose collective it is:
    "union members", "Democratic lawmakers", "women workers"; not "the", "many", numbers
    or opinions ("angry workers")."""
    doc = noun.doc
    start = noun.i
    while start > 0 and _names_the_collective(doc[start - 1], noun):
        start -= 1
    return Span(doc, start, noun.i + 1, label="GROUP")


def _names_the_collective(token: Token, noun: Token) -> bool:
    if noun.i not in {token.head.i, token.head.head.i}:
        return False
    if token.lower_ in PHRASE_STOP or token.like_num or token.is_punct:
        return False
    proper = token.tag_ in {"NNP", "NNPS"} or token.ent_type_ in {"NORP", "ORG", "GPE"}
    return token.dep_ in PHRASE_DEPS and (proper or token.pos_ == "NOUN")


def government_candidates(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """A government named by its leader or country: "the Obama administration", "the
    Turnbull government", "the Ghanaian government", "the Sanders campaign"."""
    found = []
    for token in _words_among(doc, lexicon.government_nouns):
        if token.pos_ != "NOUN":
            continue
        names = [
            child
            for child in token.lefts
            if child.dep_ in {"compound", "amod", "nmod"}
            and child.ent_type_ in {"PERSON", "NORP", "GPE"}
        ]
        if not names or in_boilerplate(doc, names[0].idx, token.idx + len(token)):
            continue
        start = min(child.left_edge.i for child in names)
        while doc[start].lower_ in PHRASE_STOP or doc[start].is_punct:
            start += 1
        found.append(Candidate(Span(doc, start, token.i + 1, label="ORG"), "ORG"))
    return found


def described_candidates(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """ "A Swedish woman has accused the newspaper", "a British tourist sued the hotel": a
    person the story names only by what they are and where they come from, acting on
    another party (a verb of dealings, as for the names the model misses), is an actor,
    named by those words. Titles ("the German chancellor") are not among these nouns: the
    reference resolver may know whose title it is."""
    found = []
    for token in _words_among(doc, lexicon.described_people):
        if token.tag_ != "NN" or token.dep_ != "nsubj":
            continue
        span = collective_phrase(token)
        if not any(_names_an_origin(word, lexicon) for word in span[:-1]):
            continue
        if deals_with_another(token.head, lexicon) and not in_boilerplate(
            doc, span.start_char, span.end_char
        ):
            found.append(Candidate(Span(doc, span.start, span.end, label="PERSON"), "PERSON"))
    return found


def _names_an_origin(token: Token, lexicon: Lexicon) -> bool:
    """A nationality or place word ("Swedish", "Texas"), not a party's ("a Republican
    senator" is the party's member, which the party rules read)."""
    return token.ent_type_ in ORIGIN_LABELS and token.text not in lexicon.parties


def _words_among(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose lower-case form is one of `words`, in order."""
    return [doc[i] for i, word in enumerate(doc_lower_words(doc)) if word in words]


def institution_candidates(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """ "The government said", "the military deployed": a state's standing institution,
    named by its common noun, where it acts (subject, agent, possessor), with no modifier
    naming whose it is (that is a government candidate or an entity). "Police" is not
    one: wire copy's "police said" is a source, and the CoNLL figure fell with it."""
    found = []
    for token in _words_among(doc, lexicon.institutions):
        if token.pos_ != "NOUN":
            continue
        if any(child.dep_ in PHRASE_DEPS for child in token.lefts):
            continue
        span = Span(doc, token.i, token.i + 1, label="ORG")
        if acts(span) and not in_boilerplate(doc, span.start_char, span.end_char):
            found.append(Candidate(span, "ORG"))
    return found


def names_a_people(cluster: Cluster, lexicon: Lexicon) -> bool:
    """ "Muslims ... Muslims ... Muslims": a nationality, faith or community the model tags
    NORP (or a nationality's word, "Americans"), in the plural in at least `PEOPLE_MENTIONS`
    mentions, is in the story whether or not it acts (one mention in passing, "for
    Canadians to access", is not). A party's word ("Senate Democrats") is left to the
    party rules, so a party is never also a group."""
    plural = [
        span
        for span in cluster.mentions
        if span.label_ in PEOPLE_MENTION_LABELS and span[-1].tag_ in PLURAL_TAGS
    ]
    return len(plural) >= PEOPLE_MENTIONS and not any(
        span.text in lexicon.parties for span in plural
    )
