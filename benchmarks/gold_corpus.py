"""Score newsfacts on the shared gold corpus (seed, dev and dev2 articles with hand-made records).

    python benchmarks/gold_corpus.py [--shared ../shared] [--keep OUT.jsonl]

Reads the articles and their gold ids, titles and publication dates from
SHARED/corpus/{seed,dev,dev2}, extracts them with `newsfacts extract` exactly as a user would, and
prints the table of SHARED/eval/score.py. The corpus stays outside this repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_inputs(corpus: Path, target: Path) -> list[Path]:
    """One JSONL line per gold article; returns the gold folders it used."""
    folders = [corpus / name for name in ("seed", "dev", "dev2") if (corpus / name).is_dir()]
    with target.open("w", encoding="utf-8") as lines:
        for folder in folders:
            for text in sorted(folder.glob("*.txt")):
                gold = json.loads(text.with_name(f"{text.stem}.gold.json").read_text())
                article = {
                    "id": gold["id"],
                    "text": text.read_text(encoding="utf-8"),
                    "title": gold.get("title"),
                    "published": gold.get("published"),
                }
                lines.write(json.dumps(article) + "\n")
    return folders


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--keep", type=Path, help="keep the extracted records in this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        inputs, out = Path(tmp) / "gold-articles.jsonl", args.keep or Path(tmp) / "out.jsonl"
        folders = write_inputs(args.shared / "corpus", inputs)
        extract = [sys.executable, "-m", "newsfacts", "extract", str(inputs), "-o", str(out)]
        subprocess.run([*extract, "--force"], check=True)
        scorer = args.shared / "eval" / "score.py"
        subprocess.run([sys.executable, str(scorer), *map(str, folders), str(out)], check=True)


if __name__ == "__main__":
    main()
