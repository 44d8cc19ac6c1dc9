"""Inputs too big for one article become error entries quickly; the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsfacts.cli import app

runner = CliRunner()


def test_cli_fifty_megabyte_text_is_an_error_entry_and_the_rest_comes_out(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    line = "The council met on Monday and the mayor said the budget would pass. "
    with (folder / "a-huge.txt").open("w", encoding="utf-8") as huge:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            huge.write(line)
    (folder / "b-small.txt").write_text("Mayor Jane Doe said the budget would pass on Monday.\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    [error] = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert (error["id"], error["code"]) == ("a-huge", "E202")
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["b-small"]
