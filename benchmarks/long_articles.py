"""Time newsfacts on one very long article against the bare spaCy parse of the same text.

    python benchmarks/long_articles.py [--sizes 2000 6000 15000] [--model NAME]
    python benchmarks/long_articles.py --folder 25000


Builds an invented article of N short paragraphs, each with a quote, an amount and a date
(names and figures vary so the actors stage has many people to resolve), and prints, per
size: the bare parse (the model's own components over the pieces the extractor parses,
newsfacts stages disabled), each newsfacts stage over that parsed Doc, and the ratio of
newsfacts' total to the parse. A stage whose time grows faster than the parse's (a check
that scans every quote or mention per candidate) shows as a rising ratio across sizes.

With `--folder N`, the article of N paragraphs goes into a folder beside the articles of
samples/, a binary file, an empty one, a truncated gzip and text in a legacy encoding, and
`newsfacts extract` runs over the folder: it prints the time taken and checks that every
input comes out once, as a record or as an error entry.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from spacy.tokens import Doc

from newsfacts.extract.factories import STAGES
from newsfacts.pipeline.chunking import chunk_ranges
from newsfacts.pipeline.extractor import CHUNK_CHARS, Extractor
from newsfacts.pipeline.tokens import make_doc

FIRST_NAMES = ["Jane", "Omar", "Lena", "Tomas", "Priya", "Kwame", "Ines", "Arjun", "Mara", "Yusuf"]
SURNAMES = ["Roe", "Okafor", "Lindqvist", "Haddad", "Moreau", "Castillo", "Novak", "Tanaka"]
BODIES = ["Acme Federation", "Northfield Council", "Harbour Trust", "Delta Union"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def paragraph(i: int) -> str:
    """One invented paragraph with a quote, an amount and a date."""
    first = FIRST_NAMES[i % len(FIRST_NAMES)]
    last = SURNAMES[(i // len(FIRST_NAMES)) % len(SURNAMES)]
    body = BODIES[i % len(BODIES)]
    month = MONTHS[i % len(MONTHS)]
    amount = 10 + (i * 7) % 990
    return (
        f"“We will spend ${amount} million on new schools by {month} {2020 + i % 9},” said "
        f"{first} {last} of the {body} on {month} {1 + i % 28}."
    )


def article(size: int) -> str:
    return "\n\n".join(paragraph(i) for i in range(size))


def parsed(extractor: Extractor, text: str) -> tuple[Doc, float]:
    """The Doc the model makes of `text`, parsed in the extractor's pieces, and how long
    that took."""
    nlp = extractor.nlp
    stages = [name for name in nlp.pipe_names if name in STAGES]
    began = time.perf_counter()
    pieces = [text[start:end] for start, end in chunk_ranges(text, CHUNK_CHARS)]
    docs = nlp.pipe((make_doc(nlp, piece) for piece in pieces), disable=stages, batch_size=1)
    doc = Doc.from_docs(list(docs), ensure_whitespace=False)
    return doc, time.perf_counter() - began


def stage_times(extractor: Extractor, doc: Doc) -> dict[str, float]:
    """Seconds each newsfacts stage takes over the parsed Doc, in pipeline order."""
    times = {}
    for name in extractor.nlp.pipe_names:
        if name not in STAGES:
            continue
        began = time.perf_counter()
        doc = extractor.nlp.get_pipe(name)(doc)
        times[name.removeprefix("newsfacts_")] = time.perf_counter() - began
    return times


SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def write_folder(folder: Path, size: int) -> set[str]:
    """The long article, the samples and broken inputs in `folder`; the ids to come out."""
    (folder / "long.txt").write_text(article(size), encoding="utf-8")
    for sample in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(sample, folder / sample.name)
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "truncated.txt.gz").write_bytes(gzip.compress(b"A story. " * 500)[:20])
    (folder / "legacy.txt").write_bytes(b"Caf\xe9 owners said the \x93plan\x94 failed.")
    return {path.name.split(".")[0] for path in folder.iterdir()}


def folder_run(size: int, model: str | None) -> None:
    """`newsfacts extract` over a folder holding the long article and broken inputs."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        expected = write_folder(folder, size)
        out = Path(tmp) / "out.jsonl"
        command = [sys.executable, "-m", "newsfacts", "extract", str(folder), "-o", str(out)]
        command += ["--model", model] if model else []
        began = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        seconds = time.perf_counter() - began
        if done.returncode not in (0, 1):  # 1: some inputs became error entries, as meant
            sys.exit(f"newsfacts extract failed:\n{done.stderr}")
        errors_file = Path(tmp) / "out.errors.jsonl"
        records = [json.loads(line)["id"] for line in out.read_text().splitlines()]
        errors = [json.loads(line) for line in errors_file.read_text().splitlines()]
        ids = records + [entry["id"] for entry in errors]
        print(done.stderr.strip().splitlines()[-1])
        print(
            f"{len(expected)} inputs, {len(records)} records, {len(errors)} error entries "
            f"({', '.join(sorted(entry['code'] for entry in errors))}) in {seconds:.1f} s"
        )
        missing, repeated = expected - set(ids), len(ids) - len(set(ids))
        if missing or repeated:
            sys.exit(f"not accounted for: {sorted(missing)}; {repeated} came out twice")
        print("every input accounted for, once")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 6000, 15000])
    parser.add_argument("--model", default=None)
    parser.add_argument("--folder", type=int, metavar="N", help="the folder run (see above)")
    args = parser.parse_args()
    if args.folder:
        return folder_run(args.folder, args.model)
    extractor = Extractor(args.model)
    for size in args.sizes:
        text = article(size)
        doc, parse = parsed(extractor, text)
        times = stage_times(extractor, doc)
        total = sum(times.values())
        stages = "  ".join(f"{name} {seconds:.1f}s" for name, seconds in times.items())
        print(
            f"{size:>6} paragraphs, {len(text):>9,} chars, {len(doc):>8,} tokens: "
            f"parse {parse:.1f}s, newsfacts {total:.1f}s ({total / parse:.2f}x parse)  {stages}",
            flush=True,
        )


if __name__ == "__main__":
    main()
