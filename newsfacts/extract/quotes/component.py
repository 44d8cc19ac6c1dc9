"""Quotes: direct, partial and reported speech, each tied to the actor who said it.

The marks are paired by the pure core in `marks`. For each quotation `AttributionFinder`
(`attribution`) tries the attribution forms of news text in turn, from the surest to the
weakest:

1. trailing: “...,” Kenney said in the release. / “...?” said Assemblyman X. / “...” — X
2. leading: Frost said, “...” / Marks said in a statement: “...” / From Chairwoman X: “...”
3. in the clause: ICE officials wrote that they are “deeply disappointed”; Trump’s claim
   that there were “thousands of shootings”; according to X; the subject of the sentence
   that uses the words (Clinton called half of his supporters “deplorables”)
4. continuation: a quote with no attribution of its own continues the previous speaker
   (the next sentence, or the next paragraph of the same statement)
5. preceding: the speaker of the sentence just before ('Hanson said the board had not been
   communicating with him."Through ...').

Reported speech comes from `reported`, speaker linking from `extract.reference`. Every fact carries
a confidence: the form's, times the speaker link's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.errors import Warnings
from newsfacts.extract.quotes.attribution import AttributionFinder
from newsfacts.extract.quotes.frames import Paragraphs
from newsfacts.extract.quotes.marks import find_quoted_spans
from newsfacts.extract.quotes.quotations import (
    build_facts,
    direct_quotes,
    mixed_speech,
    quotable_spans,
)
from newsfacts.extract.quotes.reported import reported_speech
from newsfacts.extract.quotes.reporting import ReportingLexicon
from newsfacts.extract.reference import ReferenceResolver, ReferenceWords
from newsfacts.pipeline.doc import add_warning, doc_text, set_facts
from newsfacts.pipeline.stage import Stage


class Quotes(Stage):
    """Writes direct, partial and indirect quotes with their speakers as "quotes" facts."""

    def __init__(self, name: str, verbs_resource: str, references_resource: str) -> None:
        super().__init__(name, verbs=verbs_resource, references=references_resource)

    def load_resources(self, resources: dict[str, str]) -> None:
        self.lexicon = ReportingLexicon.load(resources["verbs"])
        self.references = ReferenceWords.load(resources["references"])

    def process(self, doc: Doc) -> None:
        text = doc_text(doc)
        scan = find_quoted_spans(text)
        if scan.unbalanced:
            add_warning(doc, Warnings.W003.format(count=scan.unbalanced))
        paragraphs = Paragraphs(text)
        spans = quotable_spans(doc, text, scan.spans, paragraphs)
        finder = AttributionFinder(doc, text, self.lexicon, spans, paragraphs)
        direct = direct_quotes(doc, text, spans, finder, paragraphs)
        reported = reported_speech(doc, self.lexicon, spans)
        set_facts(
            doc,
            "quotes",
            build_facts(
                mixed_speech(direct, reported),
                ReferenceResolver(doc, self.references, quoted=[(s.start, s.end) for s in spans]),
            ),
        )
