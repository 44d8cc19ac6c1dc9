"""Dates: every temporal expression, typed as in TimeML and normalised against the
publication date (`doc._.newsfacts_published`).

The model's DATE and TIME entities are the candidates, repaired where en_core_web_sm is
weak in news text: ages ("52 years old") and bare numbers are dropped, "Tuesday" + "night"
become one expression, and the words it never tags ("now", "recently", "the future") and
month-day dates it misses are added (`candidates`). Each expression is read by
`TimexNormaliser` (`rules`) with the direction of its sentence ("is set to expire Aug. 31"
looks forward; `direction`) and the last date named before it ("30 days later"). Without a
publication date, relative expressions keep a null value and the record says why (W001);
with one, a candidate no rule can value ("the eighth day", "up") is left out, as TempEval
scores a valueless expression as a wrong one.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.errors import Warnings
from newsfacts.extract.dates.expressions import TimeExpressions, distinct, published_date
from newsfacts.extract.dates.rules import TimexNormaliser
from newsfacts.extract.dates.timex import TimexLexicon
from newsfacts.pipeline.doc import add_warning, doc_text, set_facts
from newsfacts.pipeline.stage import Stage


class Dates(Stage):
    """Writes `doc._.newsfacts_dates`: one dict per expression, shaped like `TimeExpression`.

    Every mention is written, as TimeML annotates them (and a user counting how often a
    story names a day needs them); with `distinct` (config, off by default) an expression
    repeated with the same value ("late June" twice) is written once.
    """

    def __init__(
        self, name: str, lexicon_resource: str, use_dateparser: bool, distinct: bool
    ) -> None:
        self.use_dateparser = use_dateparser
        self.distinct = distinct
        super().__init__(name, lexicon=lexicon_resource)

    def load_resources(self, resources: dict[str, str]) -> None:
        lexicon = TimexLexicon.load(resources["lexicon"])
        normaliser = TimexNormaliser(lexicon, use_dateparser=self.use_dateparser)
        self.expressions = TimeExpressions(lexicon, normaliser)

    def process(self, doc: Doc) -> None:
        expressions = self.expressions.of(doc)
        if published_date(doc) is None and any(fact["value"] is None for fact in expressions):
            add_warning(doc, Warnings.W001)
        set_facts(
            doc, "dates", distinct(expressions, doc_text(doc)) if self.distinct else expressions
        )
