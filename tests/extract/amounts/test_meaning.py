"""What an amount is for and who pays it, and what is not an amount: boilerplate goals and
malformed money that must neither crash nor produce a value."""

from __future__ import annotations

from decimal import Decimal

import pytest

from newsfacts.extract.amounts.grammar import MoneyGrammar, find_money
from newsfacts.extract.amounts.lexicon import MoneyLexicon
from newsfacts.models import Actor, ArticleRecord
from newsfacts.pipeline.extractor import Extractor


def actor_id(record: ArticleRecord, name: str) -> str:
    found: list[Actor] = [a for a in record.actors if name in (a.name, *a.aliases)]
    assert found, f"no actor {name!r} in {[a.name for a in record.actors]}"
    return found[0].id


def test_amounts_meaning_purpose_and_parties_whyy(whyy_record: ArticleRecord) -> None:
    amounts = {a.text: a for a in whyy_record.amounts}
    rate = amounts["about $5,500 a year"]
    assert rate.purpose == "to access the database"
    assert rate.payer_id == actor_id(whyy_record, "ICE")
    assert rate.payee_id == actor_id(whyy_record, "Philadelphia")  # "the city"
    grants = amounts["$1.5 million"]
    assert grants.purpose == "in law enforcement grants"


def test_amounts_meaning_payer_named_with_from(extractor: Extractor) -> None:
    # dev-06: "the city of Atlanta" pays; the family (no actor of its own) receives
    record = extractor.extract(
        "The family of Rayshard Brooks, a Black man who was shot and killed by police in 2020, "
        "will receive $1 million from the city of Atlanta to settle a wrongful death lawsuit.\n\n"
        "The Atlanta City Council voted unanimously on Monday to issue the payment to Brooks' "
        "widow.\n\n"
        '"The city attorney has done an extensive review of the facts on the law and has '
        "determined that the city of Atlanta's potential financial exposure in defending "
        "plaintiff's claims is in excess of the settlement amount,\" Councilman Dustin Hillis "
        "said in a statement.",
        published="2022-11-22",
    )
    (amount,) = record.amounts
    assert amount.purpose == "to settle a wrongful death lawsuit"
    assert amount.payer_id == actor_id(record, "Atlanta")
    assert amount.payee_id is None


def test_amounts_meaning_payee_after_to(extractor: Extractor) -> None:
    record = extractor.extract(
        "District 4 Supervisor Sue Frost voted against canceling the contract which provides "
        "more than $6 million a year to the Sacramento County Sheriff’s Department to help "
        "run the jail.",
        published="2018-06-06",
    )
    (amount,) = record.amounts
    assert amount.payee_id == actor_id(record, "Sacramento County Sheriff’s Department")
    assert amount.purpose == "to help run the jail"


def test_amounts_meaning_boilerplate_goal_is_not_an_amount(extractor: Extractor) -> None:
    text = (
        "The council approved $2 million for road repairs on Monday.\n\n"
        "WHYY is your source for fact-based, in-depth journalism and information. As a "
        "nonprofit organization, we rely on financial support from readers like you. Please "
        "give today to help us reach our $50,000 goal."
    )
    record = extractor.extract(text, published="2020-01-15")
    assert [a.value for a in record.amounts] == [Decimal(2000000)]


@pytest.mark.parametrize(
    "text",
    [
        "$",
        "$ million",
        "$$$ 5",
        "US$",
        "€ billion",
        "$1,0,0",
        "between $ and $5",
        "$5 to",
        "up to a $",
        "$99999999999999999999999999 trillion",
        "$" * 5000,
        "twenty-twenty-twenty dollars",
        "and dollars",
        "1/0 million dollars $0/0 million",
    ],
)
def test_amounts_meaning_malformed_money_never_crashes(text: str, extractor: Extractor) -> None:
    grammar = MoneyGrammar(MoneyLexicon.load())
    for money in find_money(text, grammar):
        assert 0 <= money.start <= money.end <= len(text)
    record = extractor.extract(text, published="2020-01-15")
    assert all(0 <= a.start <= a.end <= len(text) for a in record.amounts)


def test_amounts_meaning_bare_signs_have_no_value() -> None:
    grammar = MoneyGrammar(MoneyLexicon.load())
    assert find_money("It costs $. It costs $ million. It costs € billion.", grammar) == []
