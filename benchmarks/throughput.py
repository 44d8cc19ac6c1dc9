"""Throughput and memory of newsfacts against spaCy's own parse, on the same articles.

    python benchmarks/throughput.py --size 2000

Times, in separate processes so that each peak memory is its own:
  (a) spaCy's `nlp.pipe` alone, same model and batch size;
  (b) `newsfacts extract` end to end, from a folder of files to JSONL, in one process
      and, with --workers N, in N processes;
  (c) each newsfacts stage alone, over Docs the model has already parsed;
and prints articles/s, tokens/s, the ratio b/a and the peak RSS of each.
Articles: the real ones in samples/ and ../shared/corpus/ (when present), repeated.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "samples", ROOT.parent / "shared" / "corpus"]


def corpus_texts() -> list[str]:
    """The real article texts available here, sorted for repeatable runs."""
    files = sorted({p for source in SOURCES if source.exists() for p in source.rglob("*.txt")})
    return [p.read_text(encoding="utf-8") for p in files]


def write_corpus(folder: Path, size: int) -> int:
    """Write `size` articles (the real ones, repeated) as files; return their token count."""
    texts = corpus_texts()
    if not texts:
        sys.exit("no articles found in samples/ or ../shared/corpus/")
    words = 0
    for i in range(size):
        text = texts[i % len(texts)]
        (folder / f"article-{i:06d}.txt").write_text(text, encoding="utf-8")
        (folder / f"article-{i:06d}.meta.json").write_text(
            json.dumps({"id": f"article-{i:06d}", "published": "2020-01-15"}), encoding="utf-8"
        )
        words += len(text.split())
    return words


def spacy_only(folder: str, model: str, batch_size: int) -> None:
    """(a): read the same files and run the bare model over them."""
    from newsfacts.pipeline.extractor import DEFAULT_MODELS, load_model

    nlp = load_model(model or None)
    stages = [name for name in nlp.pipe_names if name.startswith("newsfacts")]
    texts = (p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt")))
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size, disable=stages))
    print(json.dumps({"tokens": tokens, "model": model or DEFAULT_MODELS[0]}))


def stages_alone(folder: str, model: str, batch_size: int) -> None:
    """(c): parse once with the model, then time each newsfacts stage over the parsed Docs."""
    from newsfacts.pipeline.extractor import load_model

    nlp = load_model(model or None)
    stages = [name for name in nlp.pipe_names if name.startswith("newsfacts")]
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=batch_size, disable=stages))
    timings = {"model": time.perf_counter() - start}
    for doc in docs:
        doc._.newsfacts_published = "2020-01-15"
    for name in stages:
        component = nlp.get_pipe(name)
        start = time.perf_counter()
        docs = [component(doc) for doc in docs]
        timings[name] = time.perf_counter() - start
    print(json.dumps(timings))


@dataclass(frozen=True)
class Measured:
    """What one measured command took: wall and CPU seconds (user and system, of all its
    processes: the CPU figure holds on a machine shared with other jobs), its peak RSS and
    the end of its standard output."""

    seconds: float
    cpu_seconds: float
    rss_mib: int
    out: str


def run_measured(command: list[str]) -> Measured:
    """Run `command` in a child process and measure it."""
    code = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "seconds = time.perf_counter() - t\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "rss, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime\n"
        "sys.stderr.write(p.stderr[-2000:])\n"
        "out = {'seconds': seconds, 'cpu': cpu, 'rss_kib': rss, 'rc': p.returncode,\n"
        "       'out': p.stdout[-4000:]}\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True)
    result = json.loads(done.stdout)
    if result["rc"] not in (0, 1):
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr}")
    return Measured(result["seconds"], result["cpu"], result["rss_kib"] // 1024, result["out"])


def newsfacts_run(folder: Path, out: Path, args: argparse.Namespace, workers: int) -> Measured:
    """(b): `newsfacts extract` from the folder of files to JSONL."""
    command = [sys.executable, "-m", "newsfacts", "extract", str(folder), "-o", str(out), "--force"]
    command += ["--batch-size", str(args.batch_size), "--workers", str(workers)]
    if args.model:
        command += ["--model", args.model]
    return run_measured(command)


def report(label: str, articles: int, tokens: int, run: Measured) -> None:
    print(
        f"{label:34s} {articles / run.seconds:8.1f} articles/s"
        f" {tokens / run.seconds:10,.0f} tokens/s  CPU {run.cpu_seconds:6.1f} s"
        f"  peak RSS {run.rss_mib:,} MiB (largest process)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--size", type=int, default=2000, help="articles in the corpus (default 2000)"
    )
    parser.add_argument(
        "--batch-size", type=int, default=32, help="nlp.pipe batch size (default 32)"
    )
    parser.add_argument("--model", default="", help="spaCy model (default: newsfacts' default)")
    parser.add_argument(
        "--workers", type=int, default=1, help="also time newsfacts --workers N (default 1)"
    )
    parser.add_argument("--stages", action="store_true", help="also time each stage alone (c)")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="measure (a) and (b) this many times, one after another, and print the medians"
        " (default 1): a shared machine's speed drifts between runs",
    )
    parser.add_argument(
        "--no-baseline", action="store_true", help="skip (a), e.g. to compare memory by size"
    )
    parser.add_argument("--mode", choices=["spacy", "stages"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode == "spacy":
        return spacy_only(args.folder, args.model, args.batch_size)
    if args.mode == "stages":
        return stages_alone(args.folder, args.model, args.batch_size)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        words = write_corpus(folder, args.size)
        me = [sys.executable, str(Path(__file__).resolve()), "--folder", str(folder)]
        me += ["--batch-size", str(args.batch_size), "--model", args.model]
        ratios, speedups = [], []
        for number in range(1, args.rounds + 1):
            if args.rounds > 1:
                print(f"round {number} of {args.rounds}")
            ratio, speedup = measured_round(folder, Path(tmp), args, me, words)
            ratios += [ratio] if ratio is not None else []
            speedups += [speedup] if speedup is not None else []
        if args.rounds > 1:
            print(
                f"median of {args.rounds} rounds: throughput ratio "
                f"{median(ratios) if ratios else float('nan'):.2f}, "
                f"speed-up {median(speedups) if speedups else float('nan'):.2f}"
            )
        if args.stages:
            timings = json.loads(run_measured([*me, "--mode", "stages"]).out)
            for name, seconds in timings.items():
                share = seconds / timings["model"]
                print(f"(c) {name:22s} {seconds:7.2f} s  ({share:6.1%} of the model's parse)")


def measured_round(
    folder: Path, tmp: Path, args: argparse.Namespace, me: list[str], words: int
) -> tuple[float | None, float | None]:
    """One round of (a) and (b), one run after another, printed; its ratio and speed-up."""
    baseline = None if args.no_baseline else run_measured([*me, "--mode", "spacy"])
    tokens = json.loads(baseline.out)["tokens"] if baseline else words
    runs = {1: newsfacts_run(folder, tmp / "out-1.jsonl", args, workers=1)}
    if args.workers > 1:
        runs[args.workers] = newsfacts_run(folder, tmp / "out-n.jsonl", args, workers=args.workers)
    print(
        f"corpus: {args.size} articles, {tokens:,} tokens ({words:,} words), "
        f"batch size {args.batch_size}, {os.cpu_count()} cores"
    )
    if baseline:
        report("(a) spaCy nlp.pipe alone", args.size, tokens, baseline)
    else:
        print("    (no baseline run: tokens are counted as whitespace-separated words)")
    for workers, run in runs.items():
        label = f"(b) newsfacts extract, {workers} process{'es' if workers > 1 else ''}"
        report(label, args.size, tokens, run)
    ratio = speedup = None
    if baseline:
        ratio = baseline.seconds / runs[1].seconds
        cpu_ratio = baseline.cpu_seconds / runs[1].cpu_seconds
        print(f"    throughput ratio b/a, one process: {ratio:.2f} (of CPU time: {cpu_ratio:.2f})")
    if args.workers > 1:
        speedup = runs[1].seconds / runs[args.workers].seconds
        print(f"    speed-up of --workers {args.workers} over one process: {speedup:.2f}")
    return ratio, speedup


if __name__ == "__main__":
    main()
