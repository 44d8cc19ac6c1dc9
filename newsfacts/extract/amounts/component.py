"""Amounts: money with what qualifies it, what it is for, and who pays and receives it.

The money grammar (`newsfacts.extract.amounts.grammar`) finds the amounts and reads value, currency,
range, qualifier and rate from the words alone; this stage adds what needs the model:
amounts in ambiguous currency words where the model saw MONEY ("50 pounds"), the purpose
("in law enforcement grants", "to access the database") and the payer and payee as actor
ids ("ICE pays the city"), read in `roles`.
Percentages and counts carry no currency, so the grammar never takes them; boilerplate
amounts (a fund drive's goal) are skipped.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.extract.amounts.grammar import (
    Money,
    MoneyGrammar,
    find_money,
    format_decimal,
)
from newsfacts.extract.amounts.lexicon import MoneyLexicon, Roles
from newsfacts.extract.amounts.roles import parties, purpose
from newsfacts.extract.reference import ReferenceResolver, ReferenceWords
from newsfacts.extract.syntax import governing_verb
from newsfacts.models.facts import AmountFact, as_period
from newsfacts.pipeline.doc import doc_text, in_boilerplate, set_facts
from newsfacts.pipeline.intervals import RangeIndex
from newsfacts.pipeline.stage import Stage


class Amounts(Stage):
    """Writes `doc._.newsfacts_amounts`: one dict per money amount, shaped like `Amount`."""

    def __init__(
        self,
        name: str,
        lexicon_resource: str,
        currencies_resource: str,
        roles_resource: str,
        references_resource: str,
    ) -> None:
        super().__init__(
            name,
            lexicon=lexicon_resource,
            currencies=currencies_resource,
            roles=roles_resource,
            references=references_resource,
        )

    def load_resources(self, resources: dict[str, str]) -> None:
        lexicon = MoneyLexicon.load(resources["lexicon"], resources["currencies"])
        self.grammar = MoneyGrammar(lexicon)
        self.model_grammar = MoneyGrammar(lexicon, ambiguous=True)
        self.roles = Roles.load(resources["roles"])
        self.references = ReferenceWords.load(resources["references"])

    def process(self, doc: Doc) -> None:
        amounts = find_money(doc_text(doc), self.grammar)
        amounts += model_confirmed_amounts(doc, amounts, self.model_grammar)
        resolver = ReferenceResolver(doc, self.references)
        facts = [
            self.fact(doc, money, resolver)
            for money in sorted(amounts, key=lambda money: money.start)
            if not in_boilerplate(doc, money.start, money.end)
        ]
        set_facts(doc, "amounts", facts)

    def fact(self, doc: Doc, money: Money, resolver: ReferenceResolver) -> AmountFact:
        """The `Amount`-shaped dict of one amount, with purpose and parties from the parse."""
        span = doc.char_span(money.amount_start, money.end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None else None
        payer, payee = (
            parties(verb, span, self.roles, resolver) if span is not None and verb else (None, None)
        )
        return {
            "start": money.start,
            "end": money.end,
            "value": format_decimal(money.value),
            "value_max": format_decimal(money.value_max) if money.value_max else None,
            "currency": money.currency,
            "approximate": money.approximate,
            "bound": money.bound,
            "per": as_period(money.per),
            "purpose": purpose(span, verb, self.roles) if span is not None else None,
            "payer_id": payer,
            "payee_id": payee,
        }


def model_confirmed_amounts(doc: Doc, found: list[Money], grammar: MoneyGrammar) -> list[Money]:
    """Amounts in currency words that are often not money ("50 pounds" of sterling or of
    flour), taken only where the model tagged MONEY and no other amount was found. The
    overlap checks go through interval indexes: a scan per entity is quadratic on a long
    article."""
    taken = RangeIndex((money.start, money.end) for money in found)
    entities = RangeIndex(
        (ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ == "MONEY" and not taken.overlaps(ent.start_char, ent.end_char)
    )
    if not entities:
        return []
    return [
        money
        for money in find_money(doc_text(doc), grammar)
        if entities.overlaps(money.start, money.end) and not taken.overlaps(money.start, money.end)
    ]
