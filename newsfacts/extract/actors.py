"""Actors: people, organisations, groups and acting places, resolved over the article."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.extract.doc import ACTOR_MENTIONS, set_facts
from newsfacts.extract.stage import Stage


class Actors(Stage):
    def __init__(self, name: str, lexicon_resource: str) -> None:
        super().__init__(name)

    def process(self, doc: Doc) -> None:
        ids: dict[str, str] = {}
        actors = []
        spans = []
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE"):
                continue
            if ent.text not in ids:
                ids[ent.text] = f"a{len(ids) + 1}"
                actors.append({"id": ids[ent.text], "name": ent.text, "type": ent.label_, "salience": 0.0})
            span = doc[ent.start : ent.end]
            span.kb_id_ = ids[ent.text]
            spans.append(span)
        doc.spans[ACTOR_MENTIONS] = spans
        set_facts(doc, "actors", actors)
