"""`newsfacts extract -` with HTML on standard input, and `--input-format`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsfacts.cli import app

WIRE_PAGE = Path(__file__).resolve().parent.parent / "data" / "wire_page.html"
PAGE_CHROME = {"Helvetica", "Georgia", "Arial"}


def piped(tmp_path: Path, *options: str) -> dict:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["extract", "-", "-o", str(out), *options], input=WIRE_PAGE.read_bytes()
    )
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    return record


def test_cli_html_on_standard_input_gives_the_story_not_the_markup(tmp_path: Path) -> None:
    record = piped(tmp_path)
    names = {actor["name"] for actor in record["actors"]}
    assert not names & PAGE_CHROME, names
    assert "Ann Lee" in names
    assert record["title"] == "Council backs parks budget after long debate"
    assert (record["author"], record["site_name"]) == ("Jane Reporter", "Example Wire")
    direct = [quote["text"] for quote in record["quotes"] if quote["kind"] == "direct"]
    assert direct == ["This is a good day for every family in Springfield"]


def test_cli_input_format_text_reads_the_page_as_it_is(tmp_path: Path) -> None:
    record = piped(tmp_path, "--input-format", "text")
    assert record["text"] == WIRE_PAGE.read_text()
    assert record["author"] is None


def test_cli_input_format_rejects_an_unknown_format(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", "-", "--input-format", "xml"], input=b"x")
    assert result.exit_code == 2
    assert "xml" in result.output
