"""Input folders for the reader and CLI tests: good articles mixed with every kind of bad one.

Sentences are quoted from the dev corpus (samples/); the HTML is written here, small.
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

TITLE = "Court rules Bakersfield violated California open meeting law"
LEAD = (
    "BAKERSFIELD, Calif. (AP) — A judge has ruled that several Bakersfield City Council "
    "sessions held behind closed doors in 2017 violated California’s open meeting law."
)
QUOTE = "“Our budgets are reflective of our values,” said Serna."
PLAIN = "The ruling was a complete victory, the First Amendment Coalition said Friday."

ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en"><head><title>{TITLE}</title>
<meta property="article:published_time" content="2020-01-10">
<link rel="canonical" href="https://example.org/news/bakersfield-open-meetings">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{TITLE}</h1>
<p>{LEAD}</p>
<p>The closed sessions involved discussions of city finances that led to a sales tax
increase, the Bakersfield Californian reported.</p>
<p>{QUOTE}</p>
</article>
<footer>Copyright Example News</footer>
</body></html>
"""
EMPTY_HTML = """<html><head><title>Menu</title></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav></body></html>
"""

# id -> expected error code (None: the file must come out as an article).
MIXED_EXPECTED: dict[str, str | None] = {
    "good-1": None,
    "crlf": None,
    "page": None,
    "article-7": None,
    "lines:1": None,
    "lines:2": "E104",
    "lines:3": None,
    "cp1252": None,
    "utf16": None,
    "bom": None,
    "zipped": None,
    "empty": "E102",
    "blank": "E102",
    "binary": "E103",
    "list": "E105",
    "number": "E105",
    "nobody": "E107",
    "truncated": "E110",
}


def write_mixed_folder(folder: Path) -> Path:
    """Write one file per entry of MIXED_EXPECTED (plus files that must be skipped)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(f"{TITLE}\n\n{LEAD}\n\n{QUOTE}\n", encoding="utf-8")
    meta = {"id": "good-1", "published": "2020-01-10", "section": "courts"}
    (folder / "good.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "good.gold.json").write_text(json.dumps({"id": "good-1"}), encoding="utf-8")
    (folder / "crlf.txt").write_bytes(f"{TITLE}\r\n\r\n{LEAD}\r\n".encode())
    (folder / "page.html").write_text(ARTICLE_HTML, encoding="utf-8")
    article = {"id": "article-7", "text": LEAD, "title": TITLE, "section": "metro"}
    (folder / "article.json").write_text(json.dumps(article), encoding="utf-8")
    lines = [json.dumps({"text": LEAD}), '{"text": "unterminated', json.dumps({"text": PLAIN})]
    (folder / "lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "cp1252.txt").write_bytes(f"{QUOTE}\n\n{LEAD}\n".encode("cp1252"))
    (folder / "utf16.txt").write_bytes(f"{LEAD}\n".encode("utf-16"))
    (folder / "bom.txt").write_bytes(f"{LEAD}\n".encode("utf-8-sig"))
    (folder / "zipped.txt.gz").write_bytes(gzip.compress(f"{LEAD}\n".encode()))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (folder / "list.json").write_text("[1, 2]", encoding="utf-8")
    (folder / "number.json").write_text("42", encoding="utf-8")
    (folder / "nobody.html").write_text(EMPTY_HTML, encoding="utf-8")
    whole = gzip.compress((LEAD * 20).encode())
    (folder / "truncated.txt.gz").write_bytes(whole[: len(whole) // 2])
    (folder / "README.md").write_text("not an article", encoding="utf-8")
    (folder / ".hidden.txt").write_text(LEAD, encoding="utf-8")
    return folder


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def make_corpus(folder: Path, copies: int) -> int:
    """A folder of `copies` copies of the sample articles; returns how many files."""
    folder.mkdir()
    count = 0
    for copy in range(copies):
        for text in sorted(SAMPLES.glob("*.txt")):
            shutil.copy(text, folder / f"{text.stem}-{copy}.txt")
            count += 1
    return count
