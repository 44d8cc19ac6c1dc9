"""The Dask engine on a real LocalCluster gives the records of the local engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfacts.engines import DaskEngine
from newsfacts.models import Article, ErrorEntry
from newsfacts.pipeline.extractor import Extractor

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SAMPLES_TEXT = [
    "Mayor Jim Kenney will not renew the city's contract with U.S. Immigration and Customs "
    "Enforcement, his office said Friday. ICE pays the city about $5,500 a year.",
    "Councilman David Marks pulled the bill. Marks said the Baltimore County Council would "
    "return to it in the fall.",
    "Sacramento County supervisors voted Tuesday to end the contract with ICE.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def test_engines_dask_equals_local_engine(extractor: Extractor, client: distributed.Client) -> None:
    items: list[Article | ErrorEntry] = [
        Article(id=f"t{i}", text=text, published="2018-07-27")
        for i, text in enumerate(SAMPLES_TEXT * 2)
    ]
    items.insert(3, ErrorEntry(id="unreadable", source="x.txt", code="E103", reason="binary"))
    local = [r.model_dump() for r in extractor.pipe(items)]
    engine = DaskEngine(client=client, partition_size=2)
    remote = [r.model_dump() for r in engine.pipe(items)]
    assert [r["id"] for r in remote] == [item.id for item in items]
    assert remote == local


def test_engines_dask_bag_of_dicts(client: distributed.Client) -> None:
    import dask.bag

    from newsfacts.engines.dask import extract_bag

    bag = dask.bag.from_sequence(
        [{"id": f"b{i}", "text": text} for i, text in enumerate(SAMPLES_TEXT)], npartitions=2
    )
    records = extract_bag(bag).compute()
    assert [r["id"] for r in records] == ["b0", "b1", "b2"]
    assert any(a["name"] == "Jim Kenney" for a in records[0]["actors"])


def test_engines_dask_from_the_command_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsfacts.cli import app

    inputs = [str(SAMPLES / "whyy-pars.txt"), str(SAMPLES / "dev-05.txt")]
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    runner = CliRunner()
    assert runner.invoke(app, ["extract", *inputs, "-o", str(local)]).exit_code == 0
    result = runner.invoke(
        app, ["extract", *inputs, "-o", str(remote), "--engine", "dask", "--workers", "2"]
    )
    assert result.exit_code == 0, result.output
    assert remote.read_text() == local.read_text()


def test_engines_dask_writes_one_store(store_target: str, client: distributed.Client) -> None:
    from store_targets import row_counts

    from newsfacts.io.batch import run_extraction
    from newsfacts.io.writers import open_output

    items = [
        Article(id=f"s{i}", text=text, published="2018-07-27")
        for i, text in enumerate([SAMPLES_TEXT[0], *SAMPLES_TEXT])
    ]
    engine = DaskEngine(client=client, partition_size=2)
    summary = run_extraction(items, open_output(store_target), engine)
    assert summary.records == 4
    again = run_extraction(items, open_output(store_target), engine)
    assert (again.records, again.skipped) == (0, 4)
    counts = row_counts(store_target)
    assert counts["articles"] == 4
    # the first two articles name the same actors: one store actor each, named twice
    actors_of_first = counts["article_actors"] - counts["actors"]
    assert actors_of_first > 0
