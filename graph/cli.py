"""The command line: parse arguments, call a library function, print. Nothing else."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer

from .contract import to_json, to_jsonl
from .documents import read_document
from .errors import GraphError
from .extract import extract

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Statements, open letters and joint declarations -> an organisation/signatory knowledge graph.")


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


@app.callback()
def main() -> None:
    """undersigned: who signs what with whom."""


@app.command("extract")
def extract_cli(
    paths: list[Path] = typer.Argument(..., help="Documents (.txt, .md, .html)."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f", help="jsonl (the contract), json or table."),
) -> None:
    """Extract issuers, signatories, authors, dates and titles, one JSON object per document.

    Example: undersigned extract seeds/*.txt --format jsonl
    """
    skipped = 0
    results = []
    for path in paths:
        try:
            extraction = extract(read_document(path))
        except GraphError as exc:
            typer.echo(f"skipped: {exc}", err=True)
            skipped += 1
            continue
        if fmt is ExtractFormat.jsonl:
            typer.echo(to_jsonl(extraction))
        else:
            results.append(extraction)
    if fmt is ExtractFormat.json:
        typer.echo(json.dumps([to_json(x) for x in results], ensure_ascii=False, indent=2))
    elif fmt is ExtractFormat.table:
        from .tables import print_extractions

        print_extractions(results)
    if skipped:
        raise typer.Exit(code=2)
