"""Where the ontology and the package's data files live, however the package was installed.

A wheel carries ``ontology/`` as ``graph/_ontology`` (see pyproject's force-include); a
source checkout or an editable install finds it beside the package. ``UNDERSIGNED_ONTOLOGY``
overrides both.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from .errors import OntologyError

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def ontology_dir() -> Path:
    """The directory holding ``undersigned.ttl``, ``shapes.ttl`` and ``queries/``."""
    override = os.environ.get("UNDERSIGNED_ONTOLOGY")
    candidates = [Path(override)] if override else [_PACKAGE / "_ontology", _PACKAGE.parent / "ontology"]
    for path in candidates:
        if (path / "undersigned.ttl").is_file():
            return path
    raise OntologyError(f"no undersigned.ttl in {', '.join(str(p) for p in candidates)}")


def data_path(name: str) -> Path:
    """A data file shipped inside the package (``graph/data/NAME``)."""
    path = _PACKAGE / "data" / name
    if not path.is_file():
        raise OntologyError(f"missing data file {path}")
    return path


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a package data file."""
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return [line.rstrip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def read_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated package data file (comments and blank lines skipped)."""
    return [line.split("\t") for line in read_lines(name)]
