"""Tokenise any text in time linear in its length.

spaCy's tokenizer peels prefix and suffix characters off a word one at a time, which is
quadratic in the length of a run of such characters: 8,000 dollar signs take 18 seconds
and a million would take days. Hostile or broken input has such runs ("$$$$...", 10,000
quote marks); news text never does. Those runs are cut into fixed-size tokens, and the
text around them goes through the model's own tokenizer, so ordinary articles are
tokenised exactly as spaCy would.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.pipeline.doc import remember_text

PUNCTUATION_RUN = re.compile(r"[^\w\s]{64,}")
RUN_PIECE = 64


def make_doc(nlp: Language, text: str) -> Doc:
    """A tokenised Doc whose text is exactly `text` (and is known to be, see `doc_text`)."""
    doc = _tokenised(nlp, text)
    remember_text(doc, text)
    return doc


def _tokenised(nlp: Language, text: str) -> Doc:
    if PUNCTUATION_RUN.search(text) is None:
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    position = 0
    for run in PUNCTUATION_RUN.finditer(text):
        _add_tokenized(nlp, text[position : run.start()], words, spaces)
        _add_pieces(run.group(), words, spaces)
        position = run.end()
    _add_tokenized(nlp, text[position:], words, spaces)
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _add_tokenized(nlp: Language, segment: str, words: list[str], spaces: list[bool]) -> None:
    for token in nlp.tokenizer(segment):
        words.append(token.text)
        spaces.append(bool(token.whitespace_))


def _add_pieces(run: str, words: list[str], spaces: list[bool]) -> None:
    words.extend(run[i : i + RUN_PIECE] for i in range(0, len(run), RUN_PIECE))
    spaces.extend(False for _ in range(0, len(run), RUN_PIECE))
