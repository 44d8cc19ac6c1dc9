"""Amounts: money with what qualifies it, what it is for, and who pays and receives it.

The money grammar (`newsfacts.extract.amounts.grammar`) finds the amounts and reads value, currency,
range, qualifier and rate from the words alone; this stage adds what needs the model:
amounts in ambiguous currency words where the model saw MONEY ("50 pounds"), the purpose
("in law enforcement grants", "to access the database") and the payer and payee as actor
ids ("ICE pays the city").
Percentages and counts carry no currency, so the grammar never takes them; boilerplate
amounts (a fund drive's goal) are skipped.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts.extract.amounts.grammar import (
    Money,
    MoneyGrammar,
    find_money,
    format_decimal,
)
from newsfacts.extract.amounts.lexicon import MoneyLexicon, Roles
from newsfacts.extract.syntax import governing_verb
from newsfacts.pipeline.doc import Fact, actor_id_at, in_boilerplate, set_facts
from newsfacts.pipeline.stage import Stage

RELATIVE_PRONOUNS = {"which", "that", "who", "whom", "whose"}
OBJECT_DEPS = {"dobj", "dative", "iobj"}
NOT_PURPOSE_LABELS = {"DATE", "TIME", "GPE", "LOC", "PERCENT", "CARDINAL", "MONEY"}


class Amounts(Stage):
    """Writes `doc._.newsfacts_amounts`: one dict per money amount, shaped like `Amount`."""

    def __init__(
        self, name: str, lexicon_resource: str, currencies_resource: str, roles_resource: str
    ) -> None:
        super().__init__(
            name, lexicon=lexicon_resource, currencies=currencies_resource, roles=roles_resource
        )

    def load_resources(self, resources: dict[str, str]) -> None:
        lexicon = MoneyLexicon.load(resources["lexicon"], resources["currencies"])
        self.grammar = MoneyGrammar(lexicon)
        self.model_grammar = MoneyGrammar(lexicon, ambiguous=True)
        self.roles = Roles.load(resources["roles"])

    def process(self, doc: Doc) -> None:
        amounts = find_money(doc.text, self.grammar)
        amounts += model_confirmed_amounts(doc, amounts, self.model_grammar)
        facts = [
            self.fact(doc, money)
            for money in sorted(amounts, key=lambda money: money.start)
            if not in_boilerplate(doc, money.start, money.end)
        ]
        set_facts(doc, "amounts", facts)

    def fact(self, doc: Doc, money: Money) -> Fact:
        """The `Amount`-shaped dict of one amount, with purpose and parties from the parse."""
        span = doc.char_span(money.amount_start, money.end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None else None
        payer, payee = (
            parties(verb, span, self.roles) if span is not None and verb else (None, None)
        )
        return {
            "start": money.start,
            "end": money.end,
            "value": format_decimal(money.value),
            "value_max": format_decimal(money.value_max) if money.value_max else None,
            "currency": money.currency,
            "approximate": money.approximate,
            "bound": money.bound,
            "per": money.per,
            "purpose": purpose(span, verb, self.roles) if span is not None else None,
            "payer_id": payer,
            "payee_id": payee,
        }


def model_confirmed_amounts(doc: Doc, found: list[Money], grammar: MoneyGrammar) -> list[Money]:
    """Amounts in currency words that are often not money ("50 pounds" of sterling or of
    flour), taken only where the model tagged MONEY and no other amount was found."""
    entities = [
        (ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ == "MONEY"
        and not any(_overlap(ent.start_char, ent.end_char, m) for m in found)
    ]
    if not entities:
        return []
    return [
        money
        for money in find_money(doc.text, grammar)
        if any(_overlap(start, end, money) for start, end in entities)
        and not any(_overlap(m.start, m.end, money) for m in found)
    ]


def _overlap(start: int, end: int, money: Money) -> bool:
    return money.start < end and start < money.end


def parties(verb: Token, amount: Span, roles: Roles) -> tuple[str | None, str | None]:
    """(payer id, payee id) from the verb's subject and objects, where they are actors."""
    lemma = verb.lemma_.casefold()
    subject = actor_of(_subject(verb), roles.place_heads)
    passive = any(child.dep_ == "nsubjpass" for child in verb.children)
    if lemma in roles.payer_verbs:
        if passive:
            return actor_of(_agent(verb), roles.place_heads), subject
        return subject, actor_of(_recipient(verb, amount), roles.place_heads)
    if lemma in roles.payee_verbs:
        return actor_of(_preposition_object(verb, "from"), roles.place_heads), subject
    if lemma in roles.charge_verbs:
        return actor_of(_recipient(verb, amount), roles.place_heads), subject
    return None, None


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for "the contract which provides", the noun the clause is on."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _agent(verb: Token) -> Token | None:
    agent = next((child for child in verb.children if child.dep_ == "agent"), None)
    return (
        next((child for child in agent.children if child.dep_ == "pobj"), None) if agent else None
    )


def _recipient(verb: Token, amount: Span) -> Token | None:
    """The one paid: an indirect object, an object that is not the amount, or "to X"."""
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and not (amount.start <= child.i < amount.end):
            return child
    return _preposition_object(verb, "to")


def _preposition_object(head: Token, preposition: str) -> Token | None:
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == preposition:
            return next((obj for obj in child.children if obj.dep_ == "pobj"), None)
    return None


def actor_of(token: Token | None, place_heads: frozenset[str]) -> str | None:
    """The id of the actor mention that `token` is part of, if any; for "the city of
    Atlanta", the place after "of"."""
    if token is None:
        return None
    actor = actor_id_at(token.doc, token.i)
    if actor is not None:
        return actor
    if token.lower_ in place_heads:
        place = _preposition_object(token, "of")
        return actor_of(place, frozenset()) if place is not None else None
    return None


def purpose(amount: Span, verb: Token | None, roles: Roles) -> str | None:
    """What the money is for, in the article's words: "in law enforcement grants" after
    the amount, or the verb's "to access the database" / "for the car" after it."""
    for child in amount.root.children:
        if child.i >= amount.end and _is_purpose_preposition(child, roles):
            return _phrase(child, roles)
    if verb is None:
        return None
    for child in verb.children:
        if child.i < amount.end:
            continue
        if child.dep_ in ("xcomp", "advcl") and _infinitive_marker(child) is not None:
            return _phrase(child, roles, start=_infinitive_marker(child))
        if _is_purpose_preposition(child, roles) and child.lower_ == "for":
            return _phrase(child, roles)
    return None


def _is_purpose_preposition(token: Token, roles: Roles) -> bool:
    if token.dep_ != "prep" or token.lower_ not in roles.purpose_prepositions:
        return False
    objects = [child for child in token.children if child.dep_ == "pobj"]
    return bool(objects) and objects[0].ent_type_ not in NOT_PURPOSE_LABELS


def _infinitive_marker(verb: Token) -> Token | None:
    marker = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return marker if marker is not None and marker.i < verb.i else None


def _phrase(head: Token, roles: Roles, start: Token | None = None) -> str | None:
    """The words of `head`'s subtree from `start`, cut at a clause break and a length cap."""
    first = (start or head).i
    tokens = []
    for token in head.doc[first : head.right_edge.i + 1]:
        if (token.is_punct and token.text not in ("-", "'", "’")) or token.dep_ == "mark":
            break
        tokens.append(token)
        if len(tokens) >= roles.purpose_max_tokens:
            break
    return "".join(t.text_with_ws for t in tokens).strip() or None
