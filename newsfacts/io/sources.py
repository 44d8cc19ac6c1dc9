"""Which files the inputs name: folders walked, globs expanded, standard input, refusals.

Walks are sorted so the same folder always gives the same order (and the same ids when
two files share a stem). Nothing here opens an article: a FIFO or device is recognised
from `stat`, before anyone could block reading it.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from newsfacts.errors import Errors

STDIN = "-"
ARTICLE_KINDS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}
GZIP_SUFFIX = ".gz"
# Files that describe an article rather than being one: skipped in walks and globs.
NOT_ARTICLE_SUFFIXES = (".meta.json", ".gold.json")
SIDECAR_SUFFIX = ".meta.json"


class InputFormat(StrEnum):
    """How inputs are read: `auto` by file suffix (standard input: HTML when it starts
    with markup, JSONL when every line is a JSON object, else text), or one format for
    every input, for what the name cannot say (a page saved as .txt, HTML on a pipe)."""

    AUTO = "auto"
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    JSON = "json"


@dataclass(frozen=True)
class Source:
    """One input to read: a file, standard input (kind "stdin"), or one that is refused.

    `problem` is the catalogue message when the input cannot be read at all; `qualified`
    is the path without article suffixes, an id for when two files share a stem.
    """

    path: Path
    display: str
    kind: str
    compressed: bool = False
    qualified: str = ""
    problem: str | None = None

    @property
    def stem(self) -> str:
        """The file name without its article suffixes: "a.txt.gz" gives "a"."""
        if self.kind == "stdin":
            return "stdin"
        return strip_article_suffixes(self.path.name)

    @property
    def sidecar(self) -> Path | None:
        """Where this file's `NAME.meta.json` would be (None for standard input)."""
        if self.kind == "stdin":
            return None
        return self.path.with_name(self.stem + SIDECAR_SUFFIX)


def find_sources(inputs: list[str], *, follow_symlinks: bool = False) -> list[Source]:
    """Every input the arguments name, in argument order, folders walked in sorted order."""
    sources: list[Source] = []
    for argument in inputs:
        sources.extend(_sources_of(argument, follow_symlinks))
    return sources


def why_nothing_to_read(inputs: list[str], sources: list[Source]) -> str:
    """Why `inputs` gave no source that could be read, for E304: each path that does not
    exist named as such, the other refusals as they are, a folder without article files
    or a glob that matched nothing said to be so."""
    reasons = [_why_unread(source) for source in sources if source.problem]
    if not sources:
        reasons = [_why_empty(argument) for argument in inputs]
    return "; ".join(dict.fromkeys(reasons)) or "no inputs given"


def _why_unread(source: Source) -> str:
    if source.kind == "missing":
        return f"{source.display} does not exist"
    return (source.problem or "").split(" ", 1)[-1]


def _why_empty(argument: str) -> str:
    if Path(argument).is_dir():
        return f"{argument} holds no article files ({', '.join(ARTICLE_KINDS)})"
    return f"{argument} matches no article file"


def article_kind(name: str) -> tuple[str | None, bool]:
    """The article format a file name says ("text", "html", "json", "jsonl") and whether
    it is gzip-compressed; None for a suffix newsfacts does not read."""
    lowered = name.lower()
    compressed = lowered.endswith(GZIP_SUFFIX)
    if compressed:
        lowered = lowered[: -len(GZIP_SUFFIX)]
    return ARTICLE_KINDS.get(os.path.splitext(lowered)[1]), compressed


def strip_article_suffixes(name: str) -> str:
    """`name` without ".gz" and the article suffix after it."""
    if name.lower().endswith(GZIP_SUFFIX):
        name = name[: -len(GZIP_SUFFIX)]
    base, suffix = os.path.splitext(name)
    return base if suffix.lower() in ARTICLE_KINDS else name


def is_described_elsewhere(name: str) -> bool:
    """True for sidecar metadata and gold annotation files, which are not articles."""
    return name.lower().endswith(NOT_ARTICLE_SUFFIXES)


def _sources_of(argument: str, follow_symlinks: bool) -> Iterator[Source]:
    if argument == STDIN:
        yield Source(path=Path(STDIN), display="<stdin>", kind="stdin", qualified="stdin")
        return
    path = Path(argument)
    if path.is_dir():
        yield from _walk(path, follow_symlinks)
    elif path.exists() or path.is_symlink():
        yield _named_file(path)
    elif glob.has_magic(argument):
        yield from _glob(argument, follow_symlinks)
    else:
        problem = Errors.E101.format(path=argument, detail="no such file or folder")
        yield Source(path=path, display=argument, kind="missing", problem=problem)


def _named_file(path: Path) -> Source:
    """A file named on the command line: read whatever its suffix (no suffix means text)."""
    kind, compressed = article_kind(path.name)
    if kind is None and not os.path.splitext(strip_article_suffixes(path.name))[1]:
        kind = "text"
    source = Source(
        path=path,
        display=str(path),
        kind=kind or "unsupported",
        compressed=compressed,
        qualified=_without_suffixes(path),
    )
    if kind is None:
        suffix = "".join(path.suffixes) or path.name
        return replace(source, problem=Errors.E108.format(path=path, suffix=suffix))
    return _checked_regular(source, path)


def _glob(pattern: str, follow_symlinks: bool) -> Iterator[Source]:
    for match in sorted(glob.glob(pattern, recursive=True)):
        path = Path(match)
        if path.is_dir():
            yield from _walk(path, follow_symlinks)
        elif _is_candidate(path.name):
            yield _checked_regular(_found_file(path, qualified=_without_suffixes(path)), path)


def _walk(root: Path, follow_symlinks: bool) -> Iterator[Source]:
    """The article files under `root`, sorted; hidden files and folders are skipped."""
    real_root = root.resolve()
    visited = {real_root}
    for folder, subfolders, names in os.walk(root, followlinks=follow_symlinks):
        entered = _folders_to_enter(Path(folder), subfolders, visited, follow_symlinks)
        subfolders[:] = sorted(entered)
        for name in sorted(names):
            if _is_candidate(name):
                path = Path(folder) / name
                yield _walked_file(path, root, real_root, follow_symlinks)


def _folders_to_enter(
    folder: Path, names: list[str], visited: set[Path], follow_symlinks: bool
) -> Iterator[str]:
    """Visible subfolders not entered before (a symlink loop would otherwise never end);
    linked folders only when links are followed."""
    for name in sorted(names):
        path = folder / name
        if name.startswith(".") or (path.is_symlink() and not follow_symlinks):
            continue
        real = path.resolve()
        if real not in visited:
            visited.add(real)
            yield name


def _is_candidate(name: str) -> bool:
    return (
        not name.startswith(".")
        and not is_described_elsewhere(name)
        and article_kind(name)[0] is not None
    )


def _walked_file(path: Path, root: Path, real_root: Path, follow_symlinks: bool) -> Source:
    source = _found_file(path, qualified=_without_suffixes(path.relative_to(root)))
    if path.is_symlink() and not follow_symlinks and not _inside(path, real_root):
        return replace(source, problem=Errors.E112.format(path=path))
    return _checked_regular(source, path)


def _found_file(path: Path, *, qualified: str) -> Source:
    kind, compressed = article_kind(path.name)
    return Source(
        path=path,
        display=str(path),
        kind=kind or "unsupported",
        compressed=compressed,
        qualified=qualified,
    )


def _inside(path: Path, real_root: Path) -> bool:
    return path.resolve().is_relative_to(real_root)


def _checked_regular(source: Source, path: Path) -> Source:
    """Refuse FIFOs, devices, sockets and broken links before anything tries to open them."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        return replace(
            source, problem=Errors.E101.format(path=path, detail=error.strerror or error)
        )
    if not stat.S_ISREG(mode):
        return replace(source, problem=Errors.E111.format(path=path))
    return source


def _without_suffixes(path: Path) -> str:
    return path.with_name(strip_article_suffixes(path.name)).as_posix()
