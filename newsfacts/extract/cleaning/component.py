"""Cleaning: mark boilerplate inside article bodies so no stage takes facts from it, and
note the article's language (a non-English article gets a warning, W002).

The text itself is never changed, so every offset still points into the article as read.
Boilerplate is judged a line at a time: photo captions with credits, "Listen 2:33",
"Updated 3:35 p.m.", donation and newsletter pitches, copyright notices.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.errors import Warnings
from newsfacts.extract.cleaning.boilerplate import BoilerplateRules, boilerplate_ranges
from newsfacts.extract.cleaning.language import LanguageSettings, detect_language
from newsfacts.pipeline.doc import BOILERPLATE, add_warning, doc_text
from newsfacts.pipeline.stage import Stage


class Cleaning(Stage):
    """Marks boilerplate lines in `doc.spans["newsfacts_boilerplate"]` and sets
    `doc._.newsfacts_language`."""

    def __init__(self, name: str, rules_resource: str, language_resource: str) -> None:
        super().__init__(name, rules=rules_resource, language=language_resource)

    def load_resources(self, resources: dict[str, str]) -> None:
        self.rules = BoilerplateRules.load(resources["rules"])
        self.language = LanguageSettings.load(resources["language"])

    def process(self, doc: Doc) -> None:
        doc._.newsfacts_language = detect_language(doc_text(doc), self.language)
        if doc._.newsfacts_language not in {"en", None}:
            add_warning(doc, Warnings.W002.format(lang=doc._.newsfacts_language))
        spans = [
            span
            for start, end in boilerplate_ranges(doc_text(doc), self.rules)
            if (span := doc.char_span(start, end, label="BOILERPLATE", alignment_mode="expand"))
            is not None
        ]
        doc.spans[BOILERPLATE] = spans
