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

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.pipeline.doc import remember_text

PUNCTUATION_RUN = re.compile(r"[^\w\s]{64,}")
# a blank line and the whitespace after it, up to the next paragraph's first character
BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
# a dateline opening a paragraph: a few capitalised words, commas or an agency in brackets,
# then a dash after a space ("Washington, United States - ", "LONDON (Reuters) -"; not the
# hyphen of "Al-Shabaab" or "D-Riverside")
DATELINE = re.compile(r"(?:[A-Z][\w.’'-]*,? ?|\([A-Z][\w ]*\) ?){1,6}(?<= )[-–—] ?(?=[A-Z])")
RUN_PIECE = 64


def make_doc(nlp: Language, text: str) -> Doc:
    """A tokenised Doc whose text is exactly `text` (and is known to be, see `doc_text`),
    each paragraph opening a sentence."""
    doc = _tokenised(nlp, text)
    remember_text(doc, text)
    _start_paragraphs(doc, text)
    return doc


def _start_paragraphs(doc: Doc, text: str) -> None:
    """Mark the first word after each blank line as a sentence start, and the first word
    after a dateline that opens a paragraph ("Abidjan - The board said", "TORONTO (Reuters)
    -Rogers said"); the parser keeps them. A headline without a full stop is otherwise
    parsed as one sentence with the paragraph below it ("Council vote to cut tax\n\n
    Councillors have voted to cut ...": "vote" became the subject of "voted"), and a
    dateline as the subject of the verb after it."""
    paragraphs = [match.end() for match in BLANK_LINE.finditer(text)]
    datelines = [found.end() for at in (0, *paragraphs) if (found := DATELINE.match(text, at))]
    starts = [end for end in (*paragraphs, *datelines) if end < len(text)]
    if not starts:
        return
    offsets = doc.to_array(IDX)
    for start in starts:
        index = int(offsets.searchsorted(start))
        if 0 < index < len(doc) and int(offsets[index]) == start:
            doc[index].is_sent_start = True


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
