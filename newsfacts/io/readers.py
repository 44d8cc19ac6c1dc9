"""Read articles from files, folders, globs and standard input.

Every input yields exactly one `Article` or one `ErrorEntry` (a JSONL file: one per line),
in a deterministic order, so a run can always account for what it was given. Text is kept
exactly as decoded: record offsets point into it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import hashlib
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from io import BufferedIOBase
from pathlib import Path
from typing import Any, BinaryIO

import trafilatura
from trafilatura.settings import Document

from newsfacts.errors import ArticleError, Errors, UsageError
from newsfacts.io.decode import (
    Decoded,
    declared_html_charset,
    decode_bytes,
    encoding_from_bom,
)
from newsfacts.io.metadata import FieldKeys, dateline_date, publication_date
from newsfacts.io.sources import InputFormat, Source, find_sources, why_nothing_to_read
from newsfacts.io.titles import best_title, page_title_candidates
from newsfacts.models import Article, ErrorEntry, Item
from newsfacts.models.records import PublishedSource

# One article file above this is a data dump, not an article; read no more of it.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024
MAX_TITLE_CHARS = 200
TITLE_ENDINGS = (".", ",", ";", ":")
# What is left of a page without an article is a navigation bar or a cookie notice; even
# a one-sentence news brief is longer than this.
MIN_HTML_WORDS = 12
ARTICLE_FIELDS = ("id", "text", "title", "published", "url", "author", "site_name")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ].*)?$")
PIPE_SOURCE = Source(path=Path("pipe"), display="pipe", kind="jsonl", qualified="pipe")
GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)
# A page starts with markup and names an HTML element near its top; a news text that
# starts with "<" (a quoted tag, an arrow) does not also open a <p>, <div> or <body>.
HTML_SNIFF_BYTES = 4096
HTML_START = re.compile(rb"^\s*<")
HTML_ELEMENT = re.compile(
    rb"<(!doctype\s+html|html|head|body|meta|title|article|div|p|h1|span)\b", re.IGNORECASE
)
READABLE_KINDS = ("text", "html", "json", "jsonl")
WIDE_ENCODINGS = ("utf-16", "utf-32")


def read_articles(
    inputs: list[str],
    *,
    published: dt.date | None = None,
    follow_symlinks: bool = False,
    stdin: BinaryIO | None = None,
    keys: FieldKeys | None = None,
    input_format: InputFormat = InputFormat.AUTO,
) -> Iterator[Item]:
    """Articles (or error entries) from folders, files, globs and "-" (standard input).

    `published` is used for articles that carry no date of their own; `keys` names the
    fields of JSON articles that hold the text, id, date and title; `input_format` other
    than auto reads every input in that format. Raises `UsageError` (E304) at once when
    the inputs name nothing that could be read.
    """
    sources = find_sources(inputs, follow_symlinks=follow_symlinks)
    if all(source.problem for source in sources):
        raise UsageError(
            Errors.E304.format(
                inputs=" ".join(inputs) or "(no inputs)",
                reasons=why_nothing_to_read(inputs, sources),
            )
        )
    context = ReadContext(
        published=published, stdin=stdin, keys=keys or FieldKeys(), input_format=input_format
    )
    forced = (_in_format(source, input_format) for source in sources)
    return (item for source in forced for item in _items_of(source, context))


def _in_format(source: Source, input_format: InputFormat) -> Source:
    """`source` to be read as `input_format`: a readable file changes its kind; standard
    input keeps its own and is told the format by the context."""
    if input_format is InputFormat.AUTO or source.problem or source.kind not in READABLE_KINDS:
        return source
    return replace(source, kind=input_format.value)


def looks_like_html(data: bytes) -> bool:
    """Whether `data` (the start suffices) is an HTML page rather than a text or JSON."""
    head = data[:HTML_SNIFF_BYTES].removeprefix(codecs.BOM_UTF8)
    return bool(HTML_START.match(head) and HTML_ELEMENT.search(head))


PipeInput = str | Mapping[str, Any] | Article | ErrorEntry
"""What `Extractor.pipe` takes: a text, an article object as a JSONL line holds one, an
`Article`, or an `ErrorEntry` (passed through)."""


def as_items(
    values: Iterable[PipeInput],
    *,
    keys: FieldKeys | None = None,
    published: dt.date | None = None,
) -> Iterator[Item]:
    """Articles from what a notebook hands `Extractor.pipe`, read as the files would be: a
    text gets its headline and dateline found as a .txt does, an object its fields (under
    `keys`) as a JSONL line does; one that cannot be read becomes an error entry whose
    source is "pipe:N", its position from 1. An article without an id is named by a hash
    of its text, as `newsfacts.extract` names it."""
    context = ReadContext(published=published, stdin=None, keys=keys or FieldKeys())
    for position, value in enumerate(values, 1):
        if isinstance(value, Article | ErrorEntry):
            yield value
        else:
            yield _value_item(value, Origin(PIPE_SOURCE, position), context)


def text_id(text: str) -> str:
    """The id of an article that brings none: the first 12 hex digits of its text's hash."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _value_item(value: object, origin: Origin, context: ReadContext) -> Item:
    try:
        if isinstance(value, str):
            fields: dict[str, Any] = {"text": value}
            found = text_found(value)
        elif isinstance(value, Mapping):
            fields, found = _article_object(dict(value), origin, context), Found()
        else:
            raise TypeError(
                f"pipe takes texts, dicts and Articles, got {type(value).__name__} "
                f"at position {origin.line}"
            )
        if fields.get("id") is None:
            fields["id"] = text_id(fields["text"])
        return _article(origin, context, fields, found=found, encoding=None)
    except ArticleError as error:
        return _error_entry(origin, context, error, _given_id(value, context))


@dataclass
class IdRegistry:
    """Keeps ids unique within a run: a derived id that clashes becomes the file's path."""

    seen: set[str] = field(default_factory=set)

    def claim(self, given: str) -> str:
        """An id the article carries itself: kept as it is."""
        self.seen.add(given)
        return given

    def derive(self, short: str, qualified: str) -> str:
        """`short` (a stem), else `qualified` (its path), else the path numbered."""
        candidate, number = short, 1
        while candidate in self.seen:
            number += 1
            candidate = qualified if number == 2 else f"{qualified}~{number - 1}"
        return self.claim(candidate)


@dataclass
class ReadContext:
    """What every reader needs besides its source: the date option, stdin and the ids."""

    published: dt.date | None
    stdin: BinaryIO | None
    keys: FieldKeys = field(default_factory=FieldKeys)
    ids: IdRegistry = field(default_factory=IdRegistry)
    input_format: InputFormat = InputFormat.AUTO


@dataclass(frozen=True)
class Found:
    """What an article's content says about itself: a text's first line, a page's metadata."""

    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    dateline: dt.date | None = None
    author: str | None = None
    site_name: str | None = None


@dataclass(frozen=True)
class Origin:
    """Where one article is read from: its source, the line within it, its fallback id."""

    source: Source
    line: int | None = None

    @property
    def label(self) -> str:
        return self.source.display if self.line is None else f"{self.source.display}:{self.line}"

    @property
    def where(self) -> str:
        return "" if self.line is None else f" line {self.line}"

    def derived_id(self, context: ReadContext) -> str:
        if self.line is None:
            return context.ids.derive(self.source.stem, self.source.qualified)
        suffix = f":{self.line}"
        return context.ids.derive(self.source.stem + suffix, self.source.qualified + suffix)


def _items_of(source: Source, context: ReadContext) -> Iterator[Item]:
    origin = Origin(source)
    if source.problem:
        yield _error_entry(origin, context, ArticleError(source.problem))
    elif source.kind == "stdin":
        yield from _stdin_items(origin, context)
    elif source.kind == "jsonl":
        yield from _jsonl_items(origin, context)
    else:
        yield _single_item(origin, context)


def _error_entry(
    origin: Origin, context: ReadContext, error: ArticleError, given_id: str | None = None
) -> ErrorEntry:
    """The entry of an input that cannot be read; `given_id`: the id the input carries
    itself (an object with an id but no text), kept so the user finds it under that name."""
    return ErrorEntry(
        id=given_id or origin.derived_id(context),
        source=origin.label,
        code=error.code,
        reason=error.reason,
    )


def _single_item(origin: Origin, context: ReadContext) -> Item:
    """The one article of a .txt, .html or .json file, or why it cannot be read."""
    readers = {"text": _text_article, "html": _html_article, "json": _json_article}
    try:
        return readers[origin.source.kind](origin, context, _file_bytes(origin.source))
    except ArticleError as error:
        return _error_entry(origin, context, error)


def _text_article(origin: Origin, context: ReadContext, data: bytes) -> Article:
    decoded = decode_bytes(data, origin.label)
    found = text_found(decoded.text)
    fields = {**_sidecar_fields(origin.source), "text": decoded.text}
    return _article(origin, context, fields, found=found, encoding=decoded.encoding)


def _html_article(origin: Origin, context: ReadContext, data: bytes) -> Article:
    decoded = decode_bytes(data, origin.label, declared=declared_html_charset(data))
    text, found = html_content(decoded.text, origin.label)
    fields = {**_sidecar_fields(origin.source), "text": text}
    return _article(origin, context, fields, found=found, encoding=decoded.encoding)


def _json_article(origin: Origin, context: ReadContext, data: bytes) -> Article:
    decoded = decode_bytes(data, origin.label)
    value = _parse_json(decoded.text, origin)
    return _article(
        origin, context, _article_object(value, origin, context), encoding=decoded.encoding
    )


def text_found(text: str) -> Found:
    """What the top of a plain text says about the article: its headline and dateline."""
    return Found(title=title_of(text), dateline=dateline_date(text))


def title_of(text: str) -> str | None:
    """The first line when it reads as a headline: short, not ending like a sentence,
    and followed by a blank line. It stays in the text; this only names it."""
    first, newline, rest = text.lstrip().partition("\n")
    title = first.strip()
    if not newline or not title or len(title) > MAX_TITLE_CHARS or title.endswith(TITLE_ENDINGS):
        return None
    next_line = rest.partition("\n")[0]
    return title if not next_line.strip() else None


def html_content(html: str, name: str) -> tuple[str, Found]:
    """The main text of a page and its title, date, URL, byline and site name, by
    trafilatura; the title is the cleanest of the page's `<h1>`, `og:title` and `<title>`.

    Raises `ArticleError` E107 when no article text could be told from the page chrome.
    """
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if not isinstance(document, Document):
        raise ArticleError(Errors.E107.format(path=name))
    text = document.text or ""
    if len(text.split()) < MIN_HTML_WORDS:
        raise ArticleError(Errors.E107.format(path=name))
    site_name = document.sitename or None
    candidates = [*page_title_candidates(html), *([document.title] if document.title else [])]
    found = Found(
        title=best_title(candidates, site_name),
        published=_date_or_none(document.date),
        url=document.url or None,
        author=document.author or None,
        site_name=site_name,
    )
    return text, found


def _date_or_none(value: str | None) -> dt.date | None:
    if not value or not ISO_DATE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _sidecar_fields(source: Source) -> dict[str, Any]:
    """The fields of `NAME.meta.json` beside a text or HTML file (empty without one)."""
    sidecar = source.sidecar
    if sidecar is None or not sidecar.is_file():
        return {}
    origin = Origin(Source(path=sidecar, display=str(sidecar), kind="json"))
    try:
        text = decode_bytes(sidecar.read_bytes(), str(sidecar)).text
    except OSError as error:
        detail = error.strerror or error
        raise ArticleError(Errors.E101.format(path=sidecar, detail=detail)) from error
    value = _parse_json(text, origin)
    if not isinstance(value, dict):
        detail = f"the sidecar must hold a JSON object, got {_describe(value)}"
        raise ArticleError(Errors.E109.format(path=sidecar, where="", detail=detail))
    return {key: item for key, item in value.items() if key != "text"}


def _article(
    origin: Origin,
    context: ReadContext,
    fields: dict[str, Any],
    *,
    encoding: str | None,
    found: Found | None = None,
) -> Article:
    """Build the article from an object's fields, checking their types (E102, E109)."""
    found = found or Found()
    text = fields["text"]
    if not text.strip():
        raise ArticleError(Errors.E102.format(path=origin.label))
    given_id = _field(fields, "id", (str, int), origin)
    title = _field(fields, "title", (str,), origin) or found.title
    url = _field(fields, "url", (str,), origin) or found.url
    author = _field(fields, "author", (str,), origin) or found.author
    site_name = _field(fields, "site_name", (str,), origin) or found.site_name
    published, published_source, warnings = _publication(fields, found, context, origin)
    # The id is taken last: an article refused above must not hold on to it.
    return Article(
        id=context.ids.claim(str(given_id)) if given_id is not None else origin.derived_id(context),
        text=text,
        source=origin.label,
        title=title,
        published=published,
        published_source=published_source,
        url=url,
        author=author,
        site_name=site_name,
        encoding=encoding,
        metadata=_metadata(fields),
        warnings=warnings,
    )


def _field(fields: dict[str, Any], name: str, types: tuple[type, ...], origin: Origin) -> Any:
    value = fields.get(name)
    if value is None or (isinstance(value, types) and not isinstance(value, bool)):
        return value
    detail = f"'{name}' must be {' or '.join(t.__name__ for t in types)}, got {_describe(value)}"
    raise ArticleError(
        Errors.E109.format(path=origin.source.display, where=origin.where, detail=detail)
    )


def _publication(
    fields: dict[str, Any], found: Found, context: ReadContext, origin: Origin
) -> tuple[dt.date | None, PublishedSource, list[str]]:
    """The publication date, where it came from, and a warning when it was a guess: the
    article's own metadata first, then the HTML page, then the --published option, then
    a dateline at the top of a plain text."""
    value = _field(fields, "published", (str,), origin)
    if value is not None:
        parsed = publication_date(value)
        if parsed is None:
            detail = (
                f"'published' must be a date like 2018-07-27, 2018-07-27T14:02:00-04:00, "
                f"'Fri, 27 Jul 2018 14:02:00 -0400' or 'July 27, 2018', got '{value}'"
            )
            raise ArticleError(
                Errors.E109.format(path=origin.source.display, where=origin.where, detail=detail)
            )
        return parsed.date, "metadata", [parsed.warning] if parsed.warning else []
    if found.published:
        return found.published, "html", []
    if found.dateline:
        return found.dateline, "dateline", []
    if context.published:
        return context.published, "option", []
    return None, "none", []


def _metadata(fields: dict[str, Any]) -> dict[str, Any]:
    """Everything an object carries besides the article fields, kept for the record."""
    nested = fields.get("metadata")
    extra = {key: value for key, value in fields.items() if key not in ARTICLE_FIELDS}
    if isinstance(nested, dict):
        extra.pop("metadata")
        return {**nested, **extra}
    return extra


def _parse_json(text: str, origin: Origin) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        line = origin.line or error.lineno
        raise ArticleError(
            Errors.E104.format(path=origin.source.display, line=line, detail=error.msg)
        ) from error
    except RecursionError as error:  # "[[[[..." thousands deep: not an article either
        line = origin.line or 1
        detail = "nested too deeply"
        raise ArticleError(
            Errors.E104.format(path=origin.source.display, line=line, detail=detail)
        ) from error


def _article_object(value: Any, origin: Origin, context: ReadContext) -> dict[str, Any]:
    """`value`'s fields under the article's names (`context.keys`) when it is an object
    with a text string; raises E105 for anything else."""
    fields = context.keys.canonical(value) if isinstance(value, dict) else None
    if fields is not None and isinstance(fields.get("text"), str):
        return fields
    raise ArticleError(
        Errors.E105.format(
            path=origin.source.display,
            where=origin.where,
            key=context.keys.text,
            got=_describe(value, context.keys.text),
        )
    )


def _describe(value: Any, text_key: str = "text") -> str:
    """A short phrase for what a JSON value is, for messages."""
    if isinstance(value, dict):
        return f"an object without a '{text_key}' string"
    kinds = {list: "a list", str: "a string", bool: "true or false", type(None): "null"}
    return kinds.get(type(value), "a number")


def _file_bytes(source: Source) -> bytes:
    """The whole (decompressed) content of a single-article file, within the size limit."""
    with _opened(source) as stream:
        data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        size = len(data) if source.compressed else os.stat(source.path).st_size
        raise ArticleError(
            Errors.E113.format(path=source.display, size=size, limit=MAX_ARTICLE_BYTES)
        )
    return data


@contextmanager
def _opened(source: Source) -> Iterator[BufferedIOBase]:
    """The file as a binary stream, decompressed when gzip; read errors become E101/E110."""
    try:
        with open(source.path, "rb") as raw:
            yield gzip.GzipFile(fileobj=raw) if source.compressed else raw
    except GZIP_ERRORS as error:
        raise ArticleError(Errors.E110.format(path=source.display, detail=error)) from error
    except OSError as error:
        detail = error.strerror or error
        raise ArticleError(Errors.E101.format(path=source.display, detail=detail)) from error


def _jsonl_items(origin: Origin, context: ReadContext) -> Iterator[Item]:
    """One item per non-blank line; a damaged archive ends the file with one E110 entry."""
    count = 0
    try:
        with _opened(origin.source) as stream:
            for line, raw in _numbered_lines(stream, origin.label):
                count = line
                yield _jsonl_item(Origin(origin.source, line), context, raw)
    except ArticleError as error:
        yield _error_entry(Origin(origin.source, count + 1 if count else None), context, error)
        return
    if count == 0:
        empty = ArticleError(Errors.E102.format(path=origin.label))
        yield _error_entry(origin, context, empty)


def _numbered_lines(stream: BufferedIOBase, name: str) -> Iterator[tuple[int, bytes | Decoded]]:
    """Non-blank lines with their 1-based numbers, as bytes; already decoded for a UTF-16
    or UTF-32 file (rare, but its BOM says so), whose newline is not the byte 0x0A."""
    first = stream.readline()
    wide = encoding_from_bom(first)
    lines: Iterator[bytes | Decoded]
    if wide in WIDE_ENCODINGS:
        text = decode_bytes(first + stream.read(), name).text
        lines = (Decoded(line, wide) for line in text.split("\n"))
    else:
        lines = _chained(first.removeprefix(codecs.BOM_UTF8), stream)
    for number, raw in enumerate(lines, 1):
        if (raw.text if isinstance(raw, Decoded) else raw).strip():
            yield number, raw


def _chained(first: bytes, stream: BufferedIOBase) -> Iterator[bytes]:
    """The lines without their line ends: a JSON error should name the line's content."""
    yield first.rstrip(b"\r\n")
    for line in stream:
        yield line.rstrip(b"\r\n")


def _jsonl_item(origin: Origin, context: ReadContext, raw: bytes | Decoded) -> Item:
    value: object = None
    try:
        decoded = raw if isinstance(raw, Decoded) else decode_bytes(raw, origin.label)
        value = _parse_json(decoded.text, origin)
        fields = _article_object(value, origin, context)
        return _article(origin, context, fields, encoding=decoded.encoding)
    except ArticleError as error:
        return _error_entry(origin, context, error, _given_id(value, context))


def _given_id(value: object, context: ReadContext) -> str | None:
    """The id an article object carries under the id key, if it is a usable one."""
    if not isinstance(value, Mapping):
        return None
    given = value.get(context.keys.id)
    if isinstance(given, bool) or not isinstance(given, str | int):
        return None
    return str(given).strip() or None


def _stdin_items(origin: Origin, context: ReadContext) -> Iterator[Item]:
    """Standard input in the format asked for, else sniffed: an HTML page when it starts
    with markup, JSONL when every non-blank line is a JSON object, else one text."""
    try:
        data = (context.stdin or sys.stdin.buffer).read()
        chosen = context.input_format
        if chosen is InputFormat.AUTO and looks_like_html(data):
            chosen = InputFormat.HTML
        if chosen is InputFormat.HTML:
            yield _html_article(origin, context, data)
            return
        decoded = decode_bytes(data, origin.label)
        if not decoded.text.strip():
            raise ArticleError(Errors.E102.format(path=origin.label))
        if chosen is InputFormat.JSON:
            value = _parse_json(decoded.text, origin)
            fields = _article_object(value, origin, context)
            yield _article(origin, context, fields, encoding=decoded.encoding)
            return
    except ArticleError as error:
        yield _error_entry(origin, context, error)
        return
    lines = decoded.text.split("\n")
    objects = {
        number: _json_object_or_none(line) for number, line in enumerate(lines, 1) if line.strip()
    }
    as_lines = chosen is InputFormat.JSONL or (
        chosen is InputFormat.AUTO and all(value is not None for value in objects.values())
    )
    if as_lines:
        yield from _stdin_lines(origin, context, objects, decoded)
        return
    found = text_found(decoded.text)
    yield _article(origin, context, {"text": decoded.text}, found=found, encoding=decoded.encoding)


def _stdin_lines(
    origin: Origin,
    context: ReadContext,
    objects: dict[int, dict[str, Any] | None],
    decoded: Decoded,
) -> Iterator[Item]:
    """One item per non-blank line of standard input; a line that is no JSON object is
    an error entry of its own (E104), as in a .jsonl file."""
    for number, value in objects.items():
        line_origin = Origin(origin.source, number)
        try:
            if value is None:
                raw = decoded.text.split("\n")[number - 1]
                value = _parse_json(raw, line_origin)
            fields = _article_object(value, line_origin, context)
            yield _article(line_origin, context, fields, encoding=decoded.encoding)
        except ArticleError as error:
            yield _error_entry(line_origin, context, error)


def _json_object_or_none(line: str) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return None
    return value if isinstance(value, dict) else None
