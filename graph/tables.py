"""Readable terminal tables (rich) for a person at a terminal."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from .model import Extraction


def print_extractions(extractions: Sequence[Extraction], console: Console | None = None) -> None:
    """One table per document: its title, dates and language, then who stands behind it."""
    console = console or Console()
    for x in extractions:
        console.rule(f"[bold]{x.source}")
        console.print(f"title: {x.title.text if x.title else '—'}", markup=False)
        console.print(f"dates: {', '.join(d.value for d in x.dates) or '—'}   language: {x.language or '—'}", markup=False)
        if x.authors:
            console.print("authors: " + "; ".join(f"{a.name} ({a.kind})" for a in x.authors), markup=False)
        table = Table(show_lines=False, expand=True)
        table.add_column("role", no_wrap=True)
        table.add_column("name", ratio=3)
        table.add_column("cc", no_wrap=True)
        table.add_column("also known as / affiliation", ratio=2)
        for s in x.signatories:
            name = s.name + (" (person)" if s.kind == "person" else "")
            extra = "; ".join(s.aliases) + (f" — {s.affiliation}" if s.affiliation else "")
            table.add_row(s.role, name, s.country or "", extra)
        console.print(table)
        if x.mentions:
            console.print("mentioned: " + "; ".join(m.name for m in x.mentions), markup=False)
