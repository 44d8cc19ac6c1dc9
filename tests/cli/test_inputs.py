"""Forgiving input: a feed's own field names, the date formats of news metadata, datelines."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsfacts.cli import app

BODY = "Mayor Jim Kenney said on Monday that the city will spend $5 million last week."


def records_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_cli_inputs_text_and_other_keys_of_a_jsonl(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    line = {"guid": "g1", "body": BODY, "headline": "Spending", "when": "2018-07-27"}
    feed.write_text(json.dumps(line) + "\n")
    out = tmp_path / "out.jsonl"
    options = ["--text-key", "body", "--id-key", "guid", "--title-key", "headline"]
    result = CliRunner().invoke(
        app, ["extract", str(feed), "-o", str(out), *options, "--date-key", "when"]
    )
    assert result.exit_code == 0, result.output
    [record] = records_of(out)
    assert (record["id"], record["title"], record["published"]) == ("g1", "Spending", "2018-07-27")
    assert record["text"] == BODY


def test_cli_inputs_missing_text_key_names_the_option(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "body": BODY}) + "\n")
    result = CliRunner().invoke(app, ["extract", str(feed), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    [entry] = records_of(tmp_path / "o.errors.jsonl")
    assert entry["code"] == "E105" and "--text-key" in entry["reason"]


def test_cli_inputs_news_date_formats_and_date_fields(tmp_path: Path) -> None:
    lines = [
        {"id": "named", "text": BODY, "published": "July 27, 2018"},
        {"id": "rfc", "text": BODY, "pubDate": "Fri, 27 Jul 2018 14:02:00 -0400"},
        {"id": "iso", "text": BODY, "date": "2018-07-27T23:30:00-04:00"},
        {"id": "ambiguous", "text": BODY, "published": "07/08/2018"},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(feed), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = {record["id"]: record for record in records_of(out)}
    for name in ("named", "rfc", "iso"):
        assert records[name]["published"] == "2018-07-27", name
        assert records[name]["published_source"] == "metadata"
    assert records["ambiguous"]["published"] == "2018-07-08"
    assert any(w.startswith("W005") for w in records["ambiguous"]["warnings"])


def test_cli_inputs_dateline_of_a_text_is_its_publication_date(tmp_path: Path) -> None:
    article = tmp_path / "court.txt"
    article.write_text(
        "Court rules on closed sessions\n\nJanuary 10, 2020 GMT\n\n"
        "BAKERSFIELD, Calif. (AP) — A judge ruled last week that the council broke the law.\n"
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    [record] = records_of(out)
    assert (record["published"], record["published_source"]) == ("2020-01-10", "dateline")
    assert not any(w.startswith("W001") for w in record["warnings"])
    assert "2020-W01" in [date["value"] for date in record["dates"]]
