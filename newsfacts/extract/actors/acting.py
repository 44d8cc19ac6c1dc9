"""Whether a mention acts or is acted upon in its sentence, read from the parse.

A place is an actor only here ("Iran rejected the offer", "sanctions on Iran", "pledges from
Britain, France and Japan"), and a place that plays is a team ("Leicestershire beat
Somerset", "NEW YORK 74 59 .556" in a standings table).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsfacts.extract.actors.lexicon import Lexicon

ACTING_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "csubj"}
ACTING_PREPOSITIONS = {"against", "by"}
STRICT_DEPS = {"nsubj", "nsubjpass", "agent"}
RELATION_PREPOSITIONS = {"with", "between"}
FIXTURE_WORDS = {"at", "v", "v.", "vs", "vs."}
SCORE = re.compile(r"\d{1,3}(?:[-/]\d{1,3})?")
CONTEST_PREPOSITIONS = {"to", "with", "against", "over"}


def first_conjunct(token: Token) -> Token:
    """The head of a list the token is in ("France" in "Britain, France and Japan" leads
    back to "Britain"), so every listed name shares the first one's role."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def acts(span: Span, strict: bool = False) -> bool:
    """Whether a mention does something in its sentence; `strict` (for states and
    countries) leaves out possessives ("California's open meeting law")."""
    root = first_conjunct(span.root)
    if strict:
        return root.dep_ in STRICT_DEPS or (root.dep_ == "pobj" and root.head.lower_ == "against")
    if root.dep_ in ACTING_DEPS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ACTING_PREPOSITIONS:
        return True
    return root.dep_ == "appos" and root.head.dep_ in ACTING_DEPS


def acted_upon(span: Span, lexicon: Lexicon) -> bool:
    """Whether a mention is a party to an action: the object of a verb of dealings between
    actors ("sued Texas", "invaded Ukraine"), the other side of "with" or "between" ("the
    wall with Mexico", "talks between Iran and the US"), tied to a noun of such dealings ("sanctions
    on Iran", "talks with China", "pledges from Britain", "U.S. sanctions"), or the place
    whose people act ("U.S. officials", "Iran's leaders"; a place's office holder, as in
    "New Jersey's governor", makes the holder the actor, not the place)."""
    root = first_conjunct(span.root)
    if root.dep_ in {"dobj", "dative"} and root.head.lemma_.casefold() in lexicon.action_verbs:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in RELATION_PREPOSITIONS:
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        governor = root.head.head
        return governor.pos_ == "NOUN" and governor.lemma_.casefold() in lexicon.action_nouns
    if root.dep_ in {"compound", "poss", "amod"}:
        head = root.head
        return head.lemma_.casefold() in lexicon.action_nouns or head.lower_ in lexicon.people_nouns
    return False


def plays(span: Span, lexicon: Lexicon) -> bool:
    """Whether a mention is a side in a contest: subject or object of "beat", "drew with",
    "lost to"..., or a name in a results or standings row."""
    root = first_conjunct(span.root)
    if root.dep_ == "pobj" and root.head.lower_ in CONTEST_PREPOSITIONS:
        verb = root.head.head
    elif root.dep_ in {"nsubj", "dobj"}:
        verb = root.head
    else:
        return in_results_row(span) or in_fixture(span)
    if verb.lemma_.casefold() in lexicon.contest_verbs:
        return True
    return in_results_row(span) or in_fixture(span)


def in_results_row(span: Span) -> bool:
    """A name followed by a score that opens its line or follows another score: "Norwich 1
    Wolverhampton 0", "NEW YORK 74 59 .556 -", "Leicestershire 22 points"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or not _is_score(after):
        return False
    if span.start == 0:
        return True
    before = doc[span.start - 1]
    return "\n" in before.whitespace_ or before.is_space or _is_score(before)


def in_fixture(span: Span) -> bool:
    """One side of a fixture: "KANSAS CITY AT DETROIT", "Essex v Kent" (a name, then "v",
    "vs" or a capitalised "AT", then another capitalised name)."""
    doc = span.doc
    after = doc[span.end] if span.end + 1 < len(doc) else None
    before = doc[span.start - 1] if span.start > 1 else None
    if after is not None and after.lower_ in FIXTURE_WORDS and _is_name_word(doc[after.i + 1]):
        return not after.is_lower or after.lower_ != "at"
    if before is not None and before.lower_ in FIXTURE_WORDS and _is_name_word(doc[before.i - 1]):
        return not before.is_lower or before.lower_ != "at"
    return False


def _is_name_word(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper)


def _is_score(token: Token) -> bool:
    """ "3", "4-28", ".556", "1/2"; not a date ("1996-08-30", the wire's dateline)."""
    text = token.text.lstrip(".")
    return SCORE.fullmatch(text) is not None
