"""Which files a command reads: documents given one by one or found in directories."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def expand_sources(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Documents named by ``paths`` (directories searched recursively, sorted) and a
    message for every path that names no document."""
    found: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
            if not inside:
                problems.append(f"{path}: directory holds no documents ({', '.join(DOCUMENT_SUFFIXES)})")
            found.extend(inside)
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            problems.append(f"{path}: no such file or directory")
    return found, problems
