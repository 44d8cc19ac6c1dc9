"""What the amounts and dates stages add to spaCy's own parse, on the same articles.

    python benchmarks/amounts_dates.py                      # samples/ and ../shared/corpus/
    python benchmarks/amounts_dates.py --jsonl ../shared/data/tbaq_train.jsonl

Parses every article once with the model alone (`nlp.pipe`, the newsfacts stages off) and
times that; then times the stages up to dates over the parsed Docs (cleaning and actors
too, since amounts read the actors: payers and payees), each article with its publication
date, so dates are resolved as in a real run. Issue 3 asks
that amounts and dates together cost at most 10% of the model's parse. A benchmark, not a
timed test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsfacts.pipeline.extractor import load_model

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "samples", ROOT.parent / "shared" / "corpus"]
STAGES = ("newsfacts_cleaning", "newsfacts_actors", "newsfacts_amounts", "newsfacts_dates")


def corpus_articles() -> list[tuple[str, str | None]]:
    """(text, publication date) of the .txt articles here, sorted for repeatable runs."""
    articles = []
    for path in sorted({p for source in SOURCES if source.exists() for p in source.rglob("*.txt")}):
        sidecars = [path.with_name(path.stem + suffix) for suffix in (".gold.json", ".meta.json")]
        found = [json.loads(p.read_text()).get("published") for p in sidecars if p.exists()]
        articles.append((path.read_text(encoding="utf-8"), found[0] if found else None))
    return articles


def jsonl_articles(path: Path) -> list[tuple[str, str | None]]:
    """(text, creation date) of a TempEval-style JSONL file, read where it is."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [(row["text"], row.get("dct") or row.get("published")) for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jsonl", type=Path, help="articles from a JSONL file instead")
    parser.add_argument("--repeat", type=int, default=1, help="repeat the articles N times")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    articles = (jsonl_articles(args.jsonl) if args.jsonl else corpus_articles()) * args.repeat
    nlp = load_model()
    newsfacts = [name for name in nlp.pipe_names if name.startswith("newsfacts")]
    list(nlp.pipe(["warm up"], disable=newsfacts))

    start = time.perf_counter()
    texts = [text for text, _ in articles]
    docs = list(nlp.pipe(texts, batch_size=args.batch_size, disable=newsfacts))
    model = time.perf_counter() - start
    for doc, (_, published) in zip(docs, articles, strict=True):
        doc._.newsfacts_published = published
    timings = {}
    for name in STAGES:
        component = nlp.get_pipe(name)
        start = time.perf_counter()
        docs = [component(doc) for doc in docs]
        timings[name] = time.perf_counter() - start

    tokens = sum(len(doc) for doc in docs)
    print(f"{len(docs)} articles, {tokens:,} tokens; spaCy nlp.pipe: {model:.2f} s")
    for name, seconds in timings.items():
        print(f"  {name:20s} {seconds:6.2f} s  {seconds / model:6.1%} of the parse")
    added = timings["newsfacts_amounts"] + timings["newsfacts_dates"]
    print(f"  amounts + dates      {added:6.2f} s  {added / model:6.1%} of the parse (limit 10%)")


if __name__ == "__main__":
    main()
