"""The report and evaluation commands, on records and small annotated files made here."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.render.interactive import REPORT_SCRIPT

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
runner = CliRunner()


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_cli_report_writes_one_self_contained_page(tmp_path: Path) -> None:
    records = tmp_path / "out.jsonl"
    extracted = runner.invoke(app, ["extract", str(SAMPLES / "whyy-pars.txt"), "-o", str(records)])
    assert extracted.exit_code == 0
    page = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(records), "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "Jim Kenney" in html
    assert html.lower().count("<script") == 1  # the report's own, inline
    assert f"<script>{REPORT_SCRIPT}</script>" in html
    assert re.search(r"""(src|href)=["']?(https?:)?//""", html) is None
    again = runner.invoke(app, ["report", str(records), "-o", str(page)])
    assert again.exit_code == 2
    assert "E302" in again.output


def test_cli_report_on_a_broken_records_file_is_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x"}\n')
    result = runner.invoke(app, ["report", str(broken), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert result.output.startswith("E309")
    assert "Traceback" not in result.output


def test_cli_evaluate_timex(tmp_path: Path) -> None:
    text = "The council met on Friday. It will vote again next month, a spokesman said."
    doc = {
        "id": "d1",
        "dct": "2018-07-27",
        "text": text,
        "timexes": [
            {"start": 19, "end": 25, "text": "Friday", "type": "DATE", "value": "2018-07-27"},
            {"start": 45, "end": 55, "text": "next month", "type": "DATE", "value": "2018-08"},
        ],
    }
    result = runner.invoke(
        app, ["evaluate-timex", str(write_jsonl(tmp_path / "t.jsonl", [doc])), "--json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["documents"] == 1
    assert scores["value"]["f1"] == 1.0


def test_cli_evaluate_quotes(tmp_path: Path) -> None:
    text = "“We will not renew the contract,” Mayor Jane Doe said on Friday."
    quote = {
        "start": 1,
        "end": 31,
        "text": text[1:31],
        "speaker": "Mayor Jane Doe",
        "speaker_mention": "Mayor Jane Doe",
        "speaker_start": 34,
        "speaker_end": 48,
        "cue": "said",
        "cue_start": 49,
        "cue_end": 53,
        "direct": True,
    }
    doc = {"id": "q1", "dct": "2018-07-27", "text": text, "quotes": [quote]}
    result = runner.invoke(app, ["evaluate-quotes", str(write_jsonl(tmp_path / "q.jsonl", [doc]))])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["direct"]["f1"] == 1.0
    assert scores["direct"]["speaker_accuracy"] == 1.0


def test_cli_evaluate_refuses_a_fold_outside_the_folds(tmp_path: Path) -> None:
    """--fold 3 of --folds 2 is a usage error, said before any model loads or row is read."""
    rows = write_jsonl(tmp_path / "dsa.jsonl", [])
    for command in ("evaluate-stances", "evaluate-timex"):
        result = runner.invoke(app, [command, str(rows), "--folds", "2", "--fold", "3"])
        assert result.exit_code == 2, result.output
        assert "--fold must be between 0 and 1 (of --folds 2)" in result.stderr
