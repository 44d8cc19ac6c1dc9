"""What writing to a store costs over writing JSONL, on the same 1,000 records.

    python benchmarks/store_writes.py --size 1000 [--postgres postgresql://USER@HOST/DB]

Extracts `size` articles once (the real ones in samples/ and ../shared/corpus/, repeated
with their own ids), then writes the same records, best of `--repeat` times each:
  (a) to JSONL (`Output`), (b) to a new SQLite store, (c) with --postgres, to that
database (its tables are emptied first: give it a scratch database).
Prints the writers' seconds, each store's time over JSONL's, and the share a store adds to
a whole run (extraction plus writing), which is what a user waits for.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from throughput import corpus_texts

from newsfacts.io.store import StoreOutput
from newsfacts.io.store.database import Database
from newsfacts.io.store.schema import TABLES
from newsfacts.io.writers import Output
from newsfacts.models import Article, ArticleRecord
from newsfacts.pipeline.extractor import Extractor


def extract_records(size: int) -> tuple[list[ArticleRecord], float]:
    """`size` records and the seconds extraction took."""
    texts = corpus_texts()
    articles = [Article(id=f"bench-{n}", text=texts[n % len(texts)]) for n in range(size)]
    extractor = Extractor()
    started = time.perf_counter()
    records = [r for r in extractor.pipe(articles) if isinstance(r, ArticleRecord)]
    return records, time.perf_counter() - started


def best_of(repeat: int, write: Callable[[int], None]) -> float:
    times = []
    for attempt in range(repeat):
        started = time.perf_counter()
        write(attempt)
        times.append(time.perf_counter() - started)
    return min(times)


def write_jsonl(records: list[ArticleRecord], folder: Path, attempt: int) -> None:
    with Output(folder / f"out-{attempt}.jsonl") as output:
        for record in records:
            output.write(record)


def write_store(records: list[ArticleRecord], target: str) -> None:
    with StoreOutput(target) as output:
        for record in records:
            output.write(record)


def empty_postgres(address: str) -> None:
    database = Database(address)
    tables = [line.split()[2] for line in TABLES.splitlines() if line.startswith("CREATE TABLE")]
    database.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", help="a scratch PostgreSQL database to write to")
    args = parser.parse_args()
    records, extracting = extract_records(args.size)
    print(f"extraction: {len(records)} records in {extracting:.1f} s")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        jsonl = best_of(args.repeat, lambda n: write_jsonl(records, folder, n))
        timings = {"jsonl": jsonl}
        timings["sqlite"] = best_of(
            args.repeat, lambda n: write_store(records, str(folder / f"facts-{n}.db"))
        )
        if args.postgres:

            def to_postgres(_: int) -> None:
                Database(args.postgres).close()
                empty_postgres(args.postgres)
                write_store(records, args.postgres)

            timings["postgres"] = best_of(args.repeat, to_postgres)
    for name, seconds in timings.items():
        line = f"{name:>9}: {seconds:6.2f} s to write {len(records)} records"
        if name != "jsonl":
            over_writer = seconds / jsonl - 1
            over_run = (seconds - jsonl) / (extracting + jsonl)
            line += f", {over_writer:+.0%} over the JSONL writer, {over_run:+.1%} over a run"
        print(line)


if __name__ == "__main__":
    main()
