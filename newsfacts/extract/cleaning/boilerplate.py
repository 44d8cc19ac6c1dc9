"""Which lines of an article are boilerplate: captions with credits, "Listen 2:33",
"Updated 3:35 p.m.", donation and newsletter pitches, copyright notices."""

from __future__ import annotations

import re

from newsfacts.resources.lexicon import Lexicon, Patterns


class BoilerplateRules(Lexicon):
    """Boilerplate patterns (`resources/boilerplate.json`): whole-line shapes and pitch phrases."""

    shipped = "boilerplate.json"

    whole_paragraph: Patterns
    pitch: Patterns

    def matches(self, line: str) -> bool:
        text = line.strip()
        return any(pattern.search(text) for pattern in (*self.whole_paragraph, *self.pitch))


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
