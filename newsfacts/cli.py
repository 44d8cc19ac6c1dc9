"""The `newsfacts` command: parses arguments and calls the library, nothing more.

Exit codes: 0 every article became a record, 1 some articles failed (their error entries
say why), 2 the command itself could not run (bad option, no inputs, model missing).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from newsfacts import __version__
from newsfacts.errors import Errors, NewsfactsError, UsageError
from newsfacts.io.sources import InputFormat
from newsfacts.io.writers import OutputFormat
from newsfacts.pipeline.deadline import ARTICLE_TIMEOUT

if TYPE_CHECKING:  # the commands import what they use, so `--version` and `--help` are quick
    from newsfacts.models import ArticleRecord

EXIT_FAILURES = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

INPUTS_HELP = "Article files, folders (read recursively), globs, or - for standard input."
OUTPUT_HELP = (
    "Output file (csv, parquet: a folder of tables; error entries: OUT.errors.jsonl), or a "
    "store: facts.db, facts.sqlite or postgresql://USER@HOST/DB. Default: standard output."
)
ALIASES_HELP = "A JSON file of actor names to merge (same) or keep apart (distinct) in a store."
COMMIT_HELP = "Articles per transaction when writing a store (a killed run loses at most these)."
EXPORT_OUTPUT_HELP = "The file to write. Default: standard output."
FORMAT_HELP = "Output format (default: OUT's suffix, else jsonl)."
MODEL_HELP = "Installed spaCy pipeline to use (default: en_core_web_sm)."
PUBLISHED_HELP = "Publication date (YYYY-MM-DD) for articles that carry none of their own."
WORKERS_HELP = "Processes to parse with."
BATCH_HELP = "Articles per batch sent to spaCy."
RESUME_HELP = (
    "Continue a JSONL OUT (or what a killed or interrupted run left of it): skip articles "
    "already in it with the same text, extract again those whose text changed. A store "
    "always does."
)
FORCE_HELP = "Overwrite OUT if it exists."
NO_TEXT_HELP = "Leave the article text out of the records."
ENGINE_HELP = "Where to run: this machine (local) or a Dask cluster (dask: needs the dask extra)."
TIMEOUT_HELP = (
    "Seconds the stages may spend per 100,000 characters of an article (at least that for a "
    "shorter one); an article over it becomes an E204 error entry. 0: no limit."
)
SCHEDULER_HELP = "Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster)."
TEXT_KEY_HELP = "The field of a JSON(L) article that holds its text."
ID_KEY_HELP = "The field of a JSON(L) article that holds its id."
DATE_KEY_HELP = (
    "The field of a JSON(L) article that holds its date (else published, date, pubDate)."
)
TITLE_KEY_HELP = "The field of a JSON(L) article that holds its title."
INPUT_FORMAT_HELP = (
    "Read every input as this format; auto: by file suffix, and standard input sniffed "
    "(HTML, JSONL, else text)."
)
SYMLINKS_HELP = "Follow symbolic links that lead out of an input folder."
SHOW_FILE_HELP = (
    "An output of newsfacts (records .jsonl or .json, a folder of CSV or Parquet tables or "
    "one of its files), or an article file to extract."
)
SHOW_ID_HELP = "Show the record (or article) with this id."
SHOW_INDEX_HELP = "Show the N-th record (or article) of the file, counting from 1."
REPORT_HELP = "The HTML file to write."
RECORDS_HELP = (
    "An output of newsfacts: records .jsonl or .json, or the folder of CSV or Parquet tables "
    "(or one of its files)."
)
REPORT_RECORDS_HELP = f"{RECORDS_HELP[:-1]}, or a store."
VERSION_HELP = "Print the version and exit."


class Engine(StrEnum):
    """Where extraction runs."""

    local = "local"
    dask = "dask"


app = typer.Typer(
    name="newsfacts",
    help="Turn news articles into validated facts: actors, amounts, dates, quotes, stances.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"newsfacts {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help=VERSION_HELP)
    ] = False,
) -> None:
    """Turn news articles into validated facts: actors, amounts, dates, quotes, stances."""


@app.command()
def extract(
    ctx: typer.Context,
    inputs: Annotated[list[str], typer.Argument(help=INPUTS_HELP, show_default=False)],
    output: Annotated[str | None, typer.Option("--output", "-o", help=OUTPUT_HELP)] = None,
    output_format: Annotated[
        OutputFormat | None, typer.Option("--format", "-f", help=FORMAT_HELP)
    ] = None,
    aliases: Annotated[Path | None, typer.Option(help=ALIASES_HELP)] = None,
    commit_every: Annotated[int, typer.Option(min=1, help=COMMIT_HELP)] = 50,
    model: Annotated[str | None, typer.Option(help=MODEL_HELP)] = None,
    published: Annotated[str | None, typer.Option(help=PUBLISHED_HELP)] = None,
    workers: Annotated[int, typer.Option(min=1, help=WORKERS_HELP)] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help=BATCH_HELP)] = 32,
    resume: Annotated[bool, typer.Option("--resume", help=RESUME_HELP)] = False,
    force: Annotated[bool, typer.Option("--force", help=FORCE_HELP)] = False,
    no_text: Annotated[bool, typer.Option("--no-text", help=NO_TEXT_HELP)] = False,
    follow_symlinks: Annotated[bool, typer.Option("--follow-symlinks", help=SYMLINKS_HELP)] = False,
    text_key: Annotated[str, typer.Option(help=TEXT_KEY_HELP)] = "text",
    id_key: Annotated[str, typer.Option(help=ID_KEY_HELP)] = "id",
    date_key: Annotated[str, typer.Option(help=DATE_KEY_HELP)] = "published",
    title_key: Annotated[str, typer.Option(help=TITLE_KEY_HELP)] = "title",
    input_format: Annotated[
        InputFormat, typer.Option("--input-format", help=INPUT_FORMAT_HELP)
    ] = InputFormat.AUTO,
    engine: Annotated[Engine, typer.Option(help=ENGINE_HELP)] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(help=SCHEDULER_HELP)] = None,
    article_timeout: Annotated[
        float, typer.Option("--article-timeout", min=0, help=TIMEOUT_HELP)
    ] = ARTICLE_TIMEOUT,
) -> None:
    """Extract the facts of every input article into one record per article."""
    from newsfacts.api import shared_extractor
    from newsfacts.engines import choose_engine
    from newsfacts.invocation import repeated_command
    from newsfacts.io.batch import interrupted_line, run_extraction
    from newsfacts.io.counting import count_articles
    from newsfacts.io.metadata import FieldKeys
    from newsfacts.io.readers import read_articles
    from newsfacts.io.writers import open_output
    from newsfacts.render.progress import extraction_progress

    with _usage_errors():
        date = parse_published(published)
        sink = open_output(
            output,
            output_format,
            force=force,
            resume=resume,
            inputs=inputs,
            aliases=aliases,
            commit_every=commit_every,
        )
        keys = FieldKeys(text=text_key, id=id_key, published=date_key, title=title_key)
        items = read_articles(
            inputs,
            published=date,
            follow_symlinks=follow_symlinks,
            keys=keys,
            input_format=input_format,
        )
        try:
            runner = choose_engine(
                engine.value,
                shared_extractor(model, article_timeout),
                workers=workers,
                batch_size=batch_size,
                scheduler=scheduler,
            )
            total = count_articles(inputs, follow_symlinks=follow_symlinks)
            with extraction_progress(total, enabled=sys.stderr.isatty()) as advance:
                summary = run_extraction(
                    items, sink, runner, keep_text=not no_text, on_result=advance
                )
        except KeyboardInterrupt:
            command = repeated_command(ctx, drop=("force",), add=("--resume",))
            typer.echo(interrupted_line(sink, command), err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None
    typer.echo(summary.line(), err=True)
    if summary.failures or summary.partial:
        raise typer.Exit(EXIT_FAILURES)


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help=SHOW_FILE_HELP)],
    record_id: Annotated[str | None, typer.Option("--id", help=SHOW_ID_HELP)] = None,
    index: Annotated[int | None, typer.Option("--index", help=SHOW_INDEX_HELP)] = None,
    model: Annotated[str | None, typer.Option(help=MODEL_HELP)] = None,
    published: Annotated[str | None, typer.Option(help=PUBLISHED_HELP)] = None,
) -> None:
    """Show the facts of one record of a records file, or of one article, as tables
    (through a pager when they are taller than the terminal)."""
    from newsfacts.io.selection import choose, holds_records, records_to_show
    from newsfacts.io.tables import record_view
    from newsfacts.render.terminal import print_paged

    with _usage_errors():
        if not file.exists():
            raise UsageError(Errors.E326.format(path=file))
        if holds_records(file):
            records = records_to_show(file)
            record = choose(records, file, record_id=record_id, index=index, noun="record")
        else:
            record = _extract_one(file, parse_published(published), model, record_id, index)
    print_paged(record_view(record))


@app.command()
def report(
    records: Annotated[str, typer.Argument(help=REPORT_RECORDS_HELP)],
    output: Annotated[Path, typer.Option("--output", "-o", help=REPORT_HELP)] = Path("report.html"),
    force: Annotated[bool, typer.Option("--force", help=FORCE_HELP)] = False,
) -> None:
    """Write one self-contained HTML page over a batch: actors across articles, the stance
    network, amounts, the most quoted speakers, and each article highlighted."""
    from newsfacts.io.records import read_records, require_records, write_text_atomically
    from newsfacts.render import build_report

    with _usage_errors():
        require_records(records)  # a missing input is named before an output in the way
        if output.exists() and not force:
            raise UsageError(Errors.E302.format(path=output, resume=""))
        page = build_report(read_records(records))
        write_text_atomically(output, page)
    typer.echo(f"newsfacts: wrote {output}", err=True)


@app.command()
def export(
    store: Annotated[str, typer.Argument(help="A store: facts.db or postgresql://...")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help=EXPORT_OUTPUT_HELP)] = None,
    output_format: Annotated[
        OutputFormat | None, typer.Option("--format", "-f", help=FORMAT_HELP)
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=FORCE_HELP)] = False,
) -> None:
    """Write a store's records and error entries as JSONL, JSON, CSV or Parquet: the
    rows `extract` writes to those formats."""
    from newsfacts.io.records import export_store

    with _usage_errors():
        fmt = output_format or OutputFormat.from_path(output)
        summary = export_store(store, output, fmt, force=force)
    typer.echo(summary, err=True)


def _chosen_folds(folds: int, fold: list[int] | None) -> list[int]:
    """The folds an evaluation scores: those given with --fold, else every one of --folds."""
    chosen = fold if fold else list(range(folds))
    if folds < 1 or not set(chosen) <= set(range(folds)):
        _fail_usage(f"--fold must be between 0 and {folds - 1} (of --folds {folds})")
    return chosen


@app.command("evaluate-timex")
def evaluate_timex(
    file: Annotated[Path, typer.Argument(help="TempEval-3 style JSONL (id, dct, text, timexes).")],
    model: Annotated[str | None, typer.Option(help=MODEL_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    folds: Annotated[
        int, typer.Option(help="Split the documents into this many folds by a hash of their id.")
    ] = 1,
    fold: Annotated[
        list[int] | None, typer.Option(help="Score only this fold (from 0); repeat for more.")
    ] = None,
) -> None:
    """Score the dates stage the way TempEval-3 did: extents (strict, relaxed) and values."""
    from newsfacts.api import shared_extractor
    from newsfacts.evaluation.timex import evaluate_timex as score
    from newsfacts.evaluation.timex import format_timex_report

    chosen = _chosen_folds(folds, fold)
    with _usage_errors():
        scores = score(file, shared_extractor(model), folds=folds, fold=chosen)
    typer.echo(json.dumps(scores, indent=2) if as_json else format_timex_report(scores))


@app.command("evaluate-quotes")
def evaluate_quotes(
    file: Annotated[Path, typer.Argument(help="PolNeAR style JSONL (id, dct, text, quotes).")],
    model: Annotated[str | None, typer.Option(help=MODEL_HELP)] = None,
) -> None:
    """Score quotes and speakers the Gender Gap Tracker's way (a match covers > 30% of a
    gold quote) and fragment-aware (as `spans.py quotes_covered`: an interrupted quote
    counts once), for direct quotes and for reported speech."""
    from newsfacts.api import shared_extractor
    from newsfacts.evaluation.polnear import evaluate_quotes as score

    with _usage_errors():
        scores = score(file, shared_extractor(model))
    typer.echo(json.dumps(scores, indent=2))


@app.command("evaluate-actors")
def evaluate_actors(
    file: Annotated[
        Path, typer.Argument(help="CoNLL-style (entities with labels) or SEESAW-style JSONL.")
    ],
    model: Annotated[str | None, typer.Option(help=MODEL_HELP)] = None,
) -> None:
    """Score actors: PER+ORG mention F1 on CoNLL-style files (relaxed overlap), recall of the
    main and salient people, organisations and places on SEESAW-style files."""
    from newsfacts.api import shared_extractor
    from newsfacts.evaluation.actors import evaluate_actors as score

    with _usage_errors():
        scores = score(file, shared_extractor(model))
    typer.echo(json.dumps(scores, indent=2))


@app.command("evaluate-stances")
def evaluate_stances(
    file: Annotated[
        Path, typer.Argument(help="DSA-style (p, q, label) or SEESAW-style (stances) JSONL.")
    ],
    model: Annotated[str | None, typer.Option(help=MODEL_HELP)] = None,
    folds: Annotated[
        int, typer.Option(help="Split the documents into this many folds by a hash of their id.")
    ] = 1,
    fold: Annotated[
        list[int] | None, typer.Option(help="Score only this fold (from 0); repeat for more.")
    ] = None,
) -> None:
    """Score stances: the directed stance between two marked entities on DSA-style files,
    holder -> polarity -> target triples and holder+polarity pairs on SEESAW-style files
    (the definitions of `spans.py dsa` and `spans.py seesaw`)."""
    from newsfacts.api import shared_extractor
    from newsfacts.evaluation.stances import evaluate_stances as score

    chosen = _chosen_folds(folds, fold)
    with _usage_errors():
        scores = score(file, shared_extractor(model), folds=folds, fold=chosen)
    typer.echo(json.dumps(scores, indent=2))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the records newsfacts writes."""
    from newsfacts.models import ArticleRecord

    typer.echo(json.dumps(ArticleRecord.model_json_schema(), indent=2))


@app.command()
def validate(
    file: Annotated[Path, typer.Argument(help=RECORDS_HELP)],
) -> None:
    """Check every record of an output (every line of a JSONL file) against the schema."""
    from newsfacts.io.records import invalid_records

    try:
        total, problems = invalid_records(file)
    except OSError as error:
        _fail_usage(Errors.E101.format(path=file, detail=error.strerror or error))
    for where, reason in problems:
        typer.echo(f"{file}:{where}: {reason}")
    valid = max(total - len(problems), 0)  # a whole-output problem counts no record
    typer.echo(f"{valid} of {total} records valid", err=True)
    if problems:
        raise typer.Exit(EXIT_FAILURES)


def parse_published(value: str | None) -> dt.date | None:
    """The --published date; raises `UsageError` E303 unless it is a real YYYY-MM-DD day."""
    if value is None:
        return None
    try:
        if ISO_DAY.match(value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise UsageError(Errors.E303.format(value=value))


def _extract_one(
    file: Path,
    published: dt.date | None,
    model: str | None,
    record_id: str | None,
    index: int | None,
) -> ArticleRecord:
    from newsfacts.api import shared_extractor
    from newsfacts.io.readers import read_articles
    from newsfacts.io.selection import choose
    from newsfacts.models import ErrorEntry

    items = list(read_articles([str(file)], published=published))
    item = choose(items, file, record_id=record_id, index=index, noun="article")
    result = item if isinstance(item, ErrorEntry) else next(shared_extractor(model).pipe([item]))
    if isinstance(result, ErrorEntry):
        typer.echo(f"{result.code} {result.reason}", err=True)
        raise typer.Exit(EXIT_FAILURES)
    return result


@contextmanager
def _usage_errors() -> Iterator[None]:
    """Turn the library's usage errors (E3xx, E301) into one line on stderr and exit 2."""
    try:
        yield
    except NewsfactsError as error:
        _fail_usage(str(error))


def _fail_usage(message: str) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(EXIT_USAGE)
