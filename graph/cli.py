"""The command line: parse arguments, call a library function, print. Nothing else.

Exit codes: 0 every input was read; 2 something was skipped (each skip is reported on
stderr, naming the file and the problem); 1 a failure (``--strict`` with a skip, or an
unexpected error); 64 a usage error; 75 the store is busy (another build holds it).
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from typer.exceptions import TyperException

from .contract import to_json, to_jsonl
from .documents import DEFAULT_MAX_BYTES, read_document
from .errors import GraphError
from .extract import extract
from .model import Extraction
from .sources import expand_sources

EXIT_OK, EXIT_FAILURE, EXIT_SKIPPED, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 64, 75

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Statements, open letters and joint declarations -> an organisation/signatory knowledge graph.",
)


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


@app.callback()
def main() -> None:
    """undersigned: who signs what with whom."""


@app.command("extract")
def extract_cli(
    paths: list[Path] = typer.Argument(..., help="Documents (.txt, .md, .html) or directories of them."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f", help="jsonl (the contract), json or table."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Skip files larger than this."),
    strict: bool = typer.Option(False, "--strict", help="Fail (exit 1) when any input is skipped."),
) -> None:
    """Extract issuers, signatories, authors, dates and titles, one JSON object per document.

    Example: undersigned extract seeds/*.txt --format jsonl
    """
    documents, problems = expand_sources(paths)
    for problem in problems:
        typer.echo(f"skipped: {problem}", err=True)
    skipped = len(problems)
    results: list[Extraction] = []
    for path in documents:
        try:
            extraction = extract(read_document(path, max_bytes=max_bytes))
        except GraphError as exc:
            typer.echo(f"skipped: {exc}", err=True)
            skipped += 1
            continue
        except Exception as exc:  # a bug in an extractor must not stop the batch
            typer.echo(f"skipped: {path}: internal error while extracting ({type(exc).__name__}: {exc})", err=True)
            skipped += 1
            continue
        for warning in extraction.warnings:
            typer.echo(f"warning: {warning}", err=True)
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
        raise typer.Exit(code=EXIT_FAILURE if strict else EXIT_SKIPPED)


def run() -> None:
    """Console entry point: usage errors exit 64 so that 2 always means "something skipped"."""
    try:
        code = app(standalone_mode=False, prog_name="undersigned")
        sys.exit(code if isinstance(code, int) else EXIT_OK)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except TyperException as exc:  # click's errors, vendored by typer: usage errors and the like
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        if type(exc).__name__ == "NoArgsIsHelpError":
            sys.exit(EXIT_OK)
        sys.exit(EXIT_USAGE if getattr(exc, "exit_code", 1) == 2 else EXIT_FAILURE)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
