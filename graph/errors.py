"""One exception family: library code raises these, only the CLI turns them into exit codes."""

from __future__ import annotations


class GraphError(Exception):
    """Base class for every error this package raises on purpose."""


class DocumentError(GraphError):
    """A document cannot be read: missing, a directory, binary, too large, or undecodable."""


class OntologyError(GraphError):
    """The ontology or a data file is missing, unparsable, or lacks a term the code needs."""


class UsageError(GraphError):
    """A caller asked for something that does not exist (an unknown option value)."""


class BusyError(GraphError):
    """Another build holds the output directory (and its store)."""


class ExtractionError(GraphError):
    """An extractor failed on a document (a bug: extractors must not fail on any text)."""

    @classmethod
    def of(cls, path: object, exc: Exception) -> ExtractionError:
        """The error that reports ``exc`` raised while extracting ``path`` (the batch goes on)."""
        return cls(f"{path}: internal error while extracting ({type(exc).__name__}: {exc})")
