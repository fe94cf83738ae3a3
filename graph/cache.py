"""A cache of extractions by content: the SHA-256 of a document's bytes and a fingerprint of
the extractor (its version, its code and its data files), so any change to either is a miss.
A rebuild after adding one document extracts only that document."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from pathlib import Path

from .contract import from_json, to_json
from .exports import write_text
from .extract import EXTRACTOR_VERSION
from .model import Extraction
from .resources import ontology_dir

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def extractor_fingerprint() -> str:
    """Changes whenever extraction could change: the version, the code, the data, the ontology."""
    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    files = sorted((_PACKAGE / "extract").glob("*.py")) + sorted((_PACKAGE / "data").glob("*"))
    files += [_PACKAGE / "documents.py", _PACKAGE / "html_text.py", ontology_dir() / "undersigned.ttl"]
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ExtractionCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory / extractor_fingerprint()

    def _path(self, sha256: str) -> Path:
        return self.directory / sha256[:2] / f"{sha256}.json"

    def get(self, sha256: str, source: str) -> Extraction | None:
        """The cached extraction of these bytes, reported under ``source``; None on a miss."""
        path = self._path(sha256)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        try:
            return dataclasses.replace(from_json(data), source=source)
        except (KeyError, TypeError, ValueError):
            return None  # an unreadable entry is a miss, never an error

    def put(self, extraction: Extraction) -> None:
        write_text(self._path(extraction.sha256), json.dumps(to_json(extraction), ensure_ascii=False))
