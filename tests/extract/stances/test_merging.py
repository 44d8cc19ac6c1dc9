"""Merging on whole articles: one stance per holder and target, with all its evidence; and the
WHYY article the stage was designed around."""

from __future__ import annotations

from pathlib import Path

from newsfacts.models import ArticleRecord
from newsfacts.pipeline.extractor import Extractor

SAMPLES = Path(__file__).resolve().parents[3] / "samples"

# Who, in the WHYY article, supports or opposes something (from its hand-made gold record).
WHYY_HOLDERS = {
    ("Jim Kenney", "oppose"),
    ("Occupy ICE", "oppose"),
    ("U.S. Immigration and Customs Enforcement", "oppose"),
    ("Marcel Pratt", "oppose"),
    ("Juntos", "oppose"),
    ("Miguel Andrade", "oppose"),
    ("Helen Gym", "oppose"),
    ("Donald Trump", "oppose"),
}


def test_stances_merging_whyy_holders_and_polarities(whyy_record: ArticleRecord) -> None:
    found = {(s.holder, s.polarity) for s in whyy_record.stances}
    assert len(found & WHYY_HOLDERS) >= 6
    holders = {holder for holder, _ in WHYY_HOLDERS}
    assert not {(h, p) for h, p in found if h in holders} - WHYY_HOLDERS, "wrong polarity"


def test_stances_merging_one_stance_with_all_its_evidence(whyy_record: ArticleRecord) -> None:
    """Kenney's refusal, his concern and his quoted judgments are one stance, with the
    headline's ("Kenney ends ... deal with ICE"), whose target it takes."""
    [kenney] = [s for s in whyy_record.stances if s.holder == "Jim Kenney"]
    assert kenney.polarity == "oppose"
    assert "deal with ICE" in kenney.target
    assert len(kenney.evidence) >= 3
    text = whyy_record.text or ""
    for evidence in kenney.evidence:
        assert text[evidence.start : evidence.end] == evidence.text
    assert all(cue in kenney.cue for cue in ("ends", "will not renew", "concerned about"))
    assert kenney.holder_id == next(a.id for a in whyy_record.actors if a.name == "Jim Kenney")


def test_stances_merging_numbered_bills_stay_apart(extractor: Extractor) -> None:
    text = (SAMPLES / "dev-05.txt").read_text(encoding="utf-8")
    record = extractor.extract(text, id="dev-05")
    bloomberg = sorted(s.target for s in record.stances if s.holder == "Michael Bloomberg")
    assert bloomberg == ["Bill 1079", "Bill 1080"]
    [vetoes] = [s for s in record.stances if s.target == "Bill 1079"]
    assert len(vetoes.evidence) >= 3 and "would veto" in vetoes.cue


def test_stances_merging_a_pointer_takes_its_antecedent(extractor: Extractor) -> None:
    """ "the motion" is written with what it was about; each voter keeps a stance."""
    text = (SAMPLES / "dev-03.txt").read_text(encoding="utf-8")
    record = extractor.extract(text, id="dev-03")
    motions = [s for s in record.stances if s.target.startswith("the motion (")]
    assert {s.holder for s in motions} >= {"Phil Serna", "Patrick Kennedy", "Don Nottoli"}
    assert all("contract" in s.target and s.polarity == "support" for s in motions)


def test_stances_merging_two_actors_of_one_sentence_stay_apart(extractor: Extractor) -> None:
    """ "criticized Tom Reed and accused Barack Obama": one sentence, but two targets."""
    record = extractor.extract(
        "Senator Maria Lopez criticized Tom Reed and accused Barack Obama of lying.", id="t"
    )
    names = {actor.id: actor.name for actor in record.actors}
    targets = {names.get(s.target_id or "") for s in record.stances if s.holder == "Maria Lopez"}
    assert targets == {"Tom Reed", "Barack Obama"}
