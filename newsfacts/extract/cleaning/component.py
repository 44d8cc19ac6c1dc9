"""Cleaning: mark boilerplate inside article bodies so no stage takes facts from it, and
note the article's language (a non-English article gets a warning, W002).

The text itself is never changed, so every offset still points into the article as read.
Boilerplate is judged a line at a time: photo captions with credits, "Listen 2:33",
"Updated 3:35 p.m.", donation and newsletter pitches, copyright notices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from newsfacts.errors import Warnings
from newsfacts.extract.cleaning.language import detect_language
from newsfacts.pipeline.doc import BOILERPLATE, add_warning
from newsfacts.pipeline.stage import Stage
from newsfacts.resources import load_resource


@dataclass(frozen=True)
class BoilerplateRules:
    """Compiled boilerplate patterns: whole-line shapes and pitch phrases."""

    patterns: tuple[re.Pattern[str], ...]

    @classmethod
    def load(cls, resource: str) -> BoilerplateRules:
        data = load_resource(resource)
        sources = [*data["whole_paragraph"], *data["pitch"]]
        return cls(patterns=tuple(re.compile(source) for source in sources))

    def matches(self, line: str) -> bool:
        text = line.strip()
        return any(pattern.search(text) for pattern in self.patterns)


def boilerplate_ranges(text: str, rules: BoilerplateRules) -> list[tuple[int, int]]:
    """The lines of `text` that are boilerplate, as character ranges without outer spaces.

    The unit is the line: news text puts one paragraph on a line, and a caption or a pitch
    is often glued to the story by a single line break.
    """
    found = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if line.strip() and rules.matches(line):
            lead = len(line) - len(line.lstrip())
            found.append((match.start() + lead, match.start() + len(line.rstrip())))
    return found


class Cleaning(Stage):
    """Marks boilerplate lines in `doc.spans["newsfacts_boilerplate"]` and sets
    `doc._.newsfacts_language`."""

    def __init__(self, name: str, rules_resource: str, language_resource: str) -> None:
        super().__init__(name)
        self.rules = BoilerplateRules.load(rules_resource)
        self.language_resource = language_resource

    def process(self, doc: Doc) -> None:
        doc._.newsfacts_language = detect_language(doc.text, self.language_resource)
        if doc._.newsfacts_language not in {"en", None}:
            add_warning(doc, Warnings.W002.format(lang=doc._.newsfacts_language))
        spans = [
            span
            for start, end in boilerplate_ranges(doc.text, self.rules)
            if (span := doc.char_span(start, end, label="BOILERPLATE", alignment_mode="expand"))
            is not None
        ]
        doc.spans[BOILERPLATE] = spans
