"""Stances: which actor supports or opposes what, with the words that show it.

Read from the parse, sentence by sentence, never re-parsing. Each cue gives a reading: a
polarity, a target and the clause whose subject holds the stance.

- actions and votes: "Kenney will not renew the city's contract", "vetoed Bill 1079",
  "voted against canceling the contract", "ruled in favor of the city" (`verbs`);
- demands: "called for an end to PARS", "wants to withhold ... until", "voted to fire";
- roles and positions: "the main sponsor of the resolution", "expressed support for",
  "faced opposition from", "have concerns about" (`nouns`), "deeply disappointed with"
  (`readings`);
- evaluative language inside a quote, held by the quote's speaker: "The use of it was
  immoral" (`judgments`).

The holder is the clause's subject, found by climbing through control verbs ("chose not to
renew") and linked to an actor through the actor mentions, a speaking-for noun ("ICE
officials"), a pronoun or a definite description ("the judge") (`holders`). Negation,
refusal verbs, conditionals, hedges, questions and denials flip or cancel a reading
(`modality`). Candidates are built in `candidates` and merged in `merging`; the lexicon and
the polarity arithmetic are in `cues`. This stage only reads the Doc, calls them and writes
the facts.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.extract.reference import ReferenceWords
from newsfacts.extract.stances.candidates import read_candidates, resolve_anaphora
from newsfacts.extract.stances.context import StanceContext
from newsfacts.extract.stances.cues import PolarityLexicon, StanceCues
from newsfacts.extract.stances.gates import CueWords
from newsfacts.extract.stances.merging import merge, to_fact
from newsfacts.pipeline.doc import set_facts
from newsfacts.pipeline.stage import Stage


class Stances(Stage):
    """Finds stances and writes them as `doc._.newsfacts_stances`."""

    def __init__(
        self, name: str, cues_resource: str, polarity_resource: str, references_resource: str
    ) -> None:
        super().__init__(
            name, cues=cues_resource, polarity=polarity_resource, references=references_resource
        )

    def load_resources(self, resources: dict[str, str]) -> None:
        self.cues = StanceCues.load(resources["cues"])
        self.polarity = PolarityLexicon.load(resources["polarity"])
        self.references = ReferenceWords.load(resources["references"])
        self.cue_words = CueWords(self.cues, self.polarity)

    def process(self, doc: Doc) -> None:
        context = StanceContext.build(doc, self.cue_words, self.references)
        candidates = resolve_anaphora(read_candidates(doc, context), self.cues)
        kept = [c for c in candidates if c.holder_id and c.holder_id != c.target_id]
        # a stance toward a bare "it" that points at nothing it could be merged with says nothing
        merged = [c for c in merge(kept) if c.target.casefold() not in self.cues.pointing_words]
        set_facts(doc, "stances", [to_fact(candidate) for candidate in merged])
