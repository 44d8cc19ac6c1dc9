"""The README's code runs as written.

Run here: the Quickstart's extract and show, the Tables section's Parquet run and its
pandas line; the "Library" and "In a notebook" Python, top to bottom in one namespace as a
notebook would run it; "A fact store" whole: its bash block's commands over inbox folders
of samples/ articles, both SQL queries (which must return rows), the pandas block and the
`newsfacts.Store` block, against the store those commands wrote.

Not run, and why: the Quickstart's virtualenv and pip lines (the tests run in the
environment under test) and its test-suite line (this is that suite); the fact store's
`postgresql://` line (it needs a PostgreSQL server; tests/io/test_store.py runs the same writer
against one that `.ci/run` starts); the Library blocks marked in NEEDS_ELSEWHERE; the
"How well it does" commands, which take minutes each over corpora in ../shared outside this
repository: for those, each command must exist and take every option the README gives it,
so a renamed command or option fails here. The "Command line" block is a synopsis with
placeholders, and the JSON and text blocks are outputs, not code.
"""

from __future__ import annotations

import ast
import re
import runpy
import shlex
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts import Store
from newsfacts.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SECTIONS = ("Library", "In a notebook")
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
BASH_BLOCK = re.compile(r"^```bash\n(.*?)^```", re.MULTILINE | re.DOTALL)
# Blocks that need what a test cannot give: a Dask cluster's client, four processes, a
# user's own rule file. Each is named by a line it holds.
NEEDS_ELSEWHERE = (
    "DaskEngine(client=client)",
    'config={"rules": "house-boilerplate.json"}',
)


def readme_blocks(section: str, block: re.Pattern[str] = PYTHON_BLOCK) -> list[str]:
    """The code blocks (python unless `block` says) of the README section `## {section}`."""
    text = README.read_text(encoding="utf-8")
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return block.findall(body)


def shell_commands(section: str) -> list[list[str]]:
    """The commands of the section's bash blocks, one per line or per `&&`, as words: the
    `newsfacts`, `python3 -c` and `python benchmarks/...` ones, the quickstart's `.venv/bin/`
    prefix dropped, its virtualenv and install left out (the test runs in the environment
    under test)."""
    commands = []
    for block in readme_blocks(section, BASH_BLOCK):
        for part in re.split(r"&&|\n", block):
            words = shlex.split(part.strip().removeprefix(".venv/bin/"), comments=True)
            if words[:1] == ["newsfacts"] or words[:2] == ["python3", "-c"] or is_benchmark(words):
                commands.append(words)
    return commands


def is_benchmark(words: list[str]) -> bool:
    """Whether a command line runs one of the repository's benchmark scripts."""
    return words[:1] == ["python"] and words[1].startswith("benchmarks/")


def test_readme_sections_have_python_blocks() -> None:
    for section in SECTIONS:
        assert readme_blocks(section), section


def test_readme_library_and_notebook_code_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pandas", reason="the notebook section uses to_dataframes")
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    monkeypatch.chdir(tmp_path)
    # what the quickstart's command leaves for the notebook section to read back
    inputs = ["samples/whyy-pars.txt", "samples/dev-01.txt"]
    written = CliRunner().invoke(app, ["extract", *inputs, "-o", "samples.jsonl"])
    assert written.exit_code == 0, written.output
    namespace: dict[str, object] = {}
    ran = 0
    for section in SECTIONS:
        for block in readme_blocks(section):
            if any(marker in block for marker in NEEDS_ELSEWHERE):
                continue
            exec(compile(block, f"README.md ({section})", "exec"), namespace)
            ran += 1
    assert ran >= 5
    results = namespace["results"]
    assert isinstance(results, list) and [type(r).__name__ for r in results] == [
        "ArticleRecord",
        "ArticleRecord",
        "ErrorEntry",
    ]
    assert results[0].title == "Council backs housing plan"
    assert 'class="newsfacts-record"' in str(namespace["html"])
    frames = namespace["frames"]
    assert isinstance(frames, dict)
    assert len(frames["articles"]) == 2  # read back from samples.jsonl
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_readme_quickstart_and_tables_commands_run_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The quickstart's extract and show, then the Tables section's Parquet run and the
    pandas line that reads it: what a new user types first."""
    pytest.importorskip("pyarrow", reason="the Tables section writes Parquet")
    pytest.importorskip("pandas", reason="the Tables section reads Parquet with pandas")
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    monkeypatch.chdir(tmp_path)
    commands = shell_commands("Quickstart") + shell_commands("Tables (CSV and Parquet)")
    assert [words[:2] for words in commands] == [
        ["newsfacts", "extract"],
        ["newsfacts", "show"],
        ["newsfacts", "extract"],
        ["python3", "-c"],
    ]
    outputs = []
    for program, *arguments in commands:
        if program == "python3":
            exec(compile(arguments[1], "README.md (Tables)", "exec"), {})
            outputs.append(capsys.readouterr().out)
            continue
        result = CliRunner().invoke(app, arguments)
        assert result.exit_code == 0, (arguments, result.output)
        outputs.append(result.stdout)
    assert outputs[1].startswith("Court rules Bakersfield")  # the first record, dev-01
    assert "article_id" in outputs[3] and "dev-01" in outputs[3]
    assert (tmp_path / "facts.parquet" / "quotes.parquet").is_file()


SQL_BLOCK = re.compile(r"^```sql\n(.*?)^```", re.MULTILINE | re.DOTALL)
FACT_STORE = "A fact store"
# Which samples/ articles stand for each morning's inbox: the second repeats one of the
# first (a run over it adds nothing) and brings one that is new.
INBOX = {
    "inbox/2024-03-01": ("whyy-pars", "dev-10"),
    "inbox/2024-03-02": ("whyy-pars", "dev-03"),
    "archive": ("dev-12",),
}


def copy_articles(folder: Path, ids: tuple[str, ...]) -> None:
    """Put these samples/ articles, with their metadata, into `folder`."""
    folder.mkdir(parents=True)
    for article_id in ids:
        for suffix in (".txt", ".meta.json"):
            (folder / f"{article_id}{suffix}").write_bytes(
                (ROOT / "samples" / f"{article_id}{suffix}").read_bytes()
            )


def test_readme_fact_store_section_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two mornings' inboxes into one SQLite store, its report and export, then the
    section's SQL, pandas and Store code against that store, each giving rows."""
    pytest.importorskip("pandas", reason="the section reads the store with pandas")
    monkeypatch.chdir(tmp_path)
    for folder, ids in INBOX.items():
        copy_articles(tmp_path / folder, ids)
    commands = shell_commands(FACT_STORE)
    assert [words[:2] for words in commands] == [["newsfacts", "extract"]] * 3 + [
        ["newsfacts", "report"],
        ["newsfacts", "export"],
    ]
    for _, *arguments in commands:
        if any(word.startswith("postgresql://") for word in arguments):
            continue  # needs a PostgreSQL server; tests/io/test_store.py writes to one
        result = CliRunner().invoke(app, arguments)
        assert result.exit_code == 0, (arguments, result.output)
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "Jim Kenney" in (tmp_path / "facts.csv" / "quotes.csv").read_text(encoding="utf-8")

    quotes_by_one_person, who_opposed = readme_blocks(FACT_STORE, SQL_BLOCK)
    with closing(sqlite3.connect(tmp_path / "facts.db")) as connection:
        stored = connection.execute("SELECT id FROM articles ORDER BY position").fetchall()
        quoted = connection.execute(quotes_by_one_person).fetchall()
        opposed = connection.execute(who_opposed).fetchall()
    assert [row[0] for row in stored] == ["dev-10", "whyy-pars", "dev-03"]
    assert quoted and {title for _, title, _ in quoted} == {
        "Kenney ends Philly police data-sharing deal with ICE to protect immigrants"
    }
    assert {"Jim Kenney", "Sue Frost"} <= {name for name, _, _ in opposed}

    namespace: dict[str, object] = {}
    values = [value for block in readme_blocks(FACT_STORE) for value in run(block, namespace)]
    assert "USD" in capsys.readouterr().out  # the pandas block's totals
    store = namespace["store"]
    assert isinstance(store, Store)
    store.close()
    # store.articles(), .actors(), .quotes(...), .stances(...), .amounts(...): each has rows
    assert len(values) == 5 and all(len(table) for table in values)
    records = namespace["records"]
    assert isinstance(records, list)
    assert [record.id for record in records] == ["dev-10", "whyy-pars", "dev-03"]


def run(block: str, namespace: dict[str, object]) -> list[object]:
    """Run a README Python block statement by statement, as a notebook cell would; the
    values of its expression statements that are not None (what a notebook shows)."""
    values = []
    for statement in ast.parse(block).body:
        if isinstance(statement, ast.Expr):
            code = compile(ast.Expression(statement.value), "README.md", "eval")
            value = eval(code, namespace)
            if value is not None:
                values.append(value)
        else:
            exec(compile(ast.Module([statement], []), "README.md", "exec"), namespace)
    return values


HOW_WELL = "How well it does"
# `python benchmarks/...` commands quoted in the prose rather than in a bash block
INLINE_BENCHMARK = re.compile(r"`(python benchmarks/[^`]+)`")


def options_of(words: list[str]) -> list[str]:
    """The option names a command line gives (`--folds 4` gives `--folds`)."""
    return [word.split("=", 1)[0] for word in words if word.startswith("-")]


def test_readme_measurement_commands_name_real_commands_and_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The "How well it does" commands (and the benchmark commands in the prose) run for
    minutes over ../shared corpora, so they are not run here; but each command exists and
    its `--help` lists every option the README passes it."""
    inline = [
        shlex.split(command) for command in INLINE_BENCHMARK.findall(README.read_text("utf-8"))
    ]
    commands = shell_commands(HOW_WELL) + inline
    assert {words[1] for words in commands} >= {
        "evaluate-timex",
        "evaluate-quotes",
        "evaluate-stances",
        "evaluate-actors",
        "benchmarks/throughput.py",
        "benchmarks/long_articles.py",
        "benchmarks/store_writes.py",
    }
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # store_writes imports throughput
    for program, name, *arguments in commands:
        if program == "newsfacts":
            result = CliRunner().invoke(app, [name, "--help"], terminal_width=200)
            assert result.exit_code == 0, (name, result.output)
            shown = result.stdout
        else:
            monkeypatch.setattr(sys, "argv", [name, "--help"])
            with pytest.raises(SystemExit) as exit_:
                runpy.run_path(str(ROOT / name), run_name="__main__")
            assert exit_.value.code == 0, name
            shown = capsys.readouterr().out
        for option in options_of(arguments):
            assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", shown), (name, option)
