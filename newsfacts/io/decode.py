"""Bytes to text: which encoding an article is read in, and which bytes are refused.

The decoded text is never normalised (no newline conversion, no Unicode normalisation):
every character offset in a record must point into the text exactly as decoded here.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from newsfacts.errors import ArticleError, Errors

# Longest BOMs first: the UTF-32 LE mark begins with the UTF-16 LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The legacy encoding English news is most often in; its 0x93/0x94 are the curly quotes.
WESTERN = "cp1252"
# Text has a few tabs and form feeds; a file where more than this share of characters are
# other control characters is data, not an article.
MAX_CONTROL_SHARE = 0.05
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# C0 controls other than those of text, DEL and the C1 controls: one regex pass over an
# article, where a test per character took longer than reading the file
CONTROL_CHARACTER = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in range(0x20) if chr(c) not in TEXT_CONTROLS)
    + "\x7f-\x9f]"
)
HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
HTML_HEAD_BYTES = 4096
# Browsers read pages declared Latin-1 or ASCII as Windows-1252 (WHATWG Encoding Standard).
BROWSER_ALIASES = {"iso8859-1": WESTERN, "ascii": WESTERN}


@dataclass(frozen=True)
class Decoded:
    """Text and the name of the codec that produced it."""

    text: str
    encoding: str


def decode_bytes(data: bytes, name: str, *, declared: str | None = None) -> Decoded:
    """Decode an article's bytes: a BOM wins, then strict UTF-8, then the `declared`
    encoding (an HTML page's meta charset) if it reads them, then a detected one.

    Raises `ArticleError` E103 for binary data (NUL bytes without a UTF-16/32 BOM, bytes no
    encoding reads, or mostly control characters) and E106 when a BOM's encoding fails.
    """
    bom_encoding = encoding_from_bom(data)
    if bom_encoding:
        decoded = _decode_declared(data, bom_encoding, name)
    elif b"\x00" in data:
        raise ArticleError(Errors.E103.format(path=name))
    else:
        decoded = _decode_undeclared(data, name, declared)
    if looks_binary(decoded.text):
        raise ArticleError(Errors.E103.format(path=name))
    return decoded


def encoding_from_bom(data: bytes) -> str | None:
    """The codec a byte order mark at the start of `data` names, if there is one."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return encoding
    return None


def looks_binary(text: str) -> bool:
    """True when control characters other than whitespace make up much of `text`."""
    if not text:
        return False
    controls = sum(1 for _ in CONTROL_CHARACTER.finditer(text))
    return controls / len(text) > MAX_CONTROL_SHARE


def _decode_declared(data: bytes, encoding: str, name: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        detail = f"{encoding}: {error.reason}"
        raise ArticleError(Errors.E106.format(path=name, detail=detail)) from error


def declared_html_charset(data: bytes) -> str | None:
    """The codec an HTML page's `<meta charset>` (or http-equiv content) names, if known."""
    match = HTML_CHARSET.search(data[:HTML_HEAD_BYTES])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return BROWSER_ALIASES.get(name, name)


def _decode_undeclared(data: bytes, name: str, declared: str | None) -> Decoded:
    for encoding in ("utf-8", declared):
        if encoding and _decodes(data, encoding):
            return Decoded(data.decode(encoding), encoding)
    encoding = guess_legacy_encoding(data)
    if encoding is None:
        raise ArticleError(Errors.E103.format(path=name))
    return Decoded(data.decode(encoding), encoding)


def guess_legacy_encoding(data: bytes) -> str | None:
    """The single-byte (or legacy multi-byte) encoding that reads `data` best, or None.

    charset-normalizer ranks equally clean candidates alphabetically, so plain English
    text in Windows-1252 comes back as cp1250 ("naïve" read as "naďve"). newsfacts reads
    English news, so cp1252 is taken whenever it reads the bytes as cleanly as the best
    guess; Cyrillic or Greek text reads as mojibake in cp1252, scores worse and keeps its
    own encoding.
    """
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None or not _decodes(data, WESTERN):
        return best.encoding if best else None
    western_is_as_clean = WESTERN in best.could_be_from_charset or any(
        match.encoding == WESTERN and match.chaos <= best.chaos for match in matches
    )
    return WESTERN if western_is_as_clean else best.encoding


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
