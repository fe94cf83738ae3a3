"""Stage 1: read a file into a Document, decoding it honestly.

Encoding policy: a byte-order mark decides; else strict UTF-8; else UTF-16 when the NUL
pattern says so; else Windows-1252 with a warning recorded on the document (never a
silent misreading). Newlines are normalised the way Python's text mode does, so spans
agree with ``Path.read_text()``. HTML is reduced to readable text (inscriptis) after
hidden elements are dropped; spans then refer to that text.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from .errors import DocumentError
from .model import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm", ""}

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\x1f\x8b": "gzip-compressed data",
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body)", re.IGNORECASE)


def read_document(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and decode one document; raise DocumentError naming the file and the problem."""
    path = Path(path)
    if not path.exists():
        raise DocumentError(f"{path}: no such file")
    if path.is_dir():
        raise DocumentError(f"{path}: is a directory, not a document")
    size = path.stat().st_size
    if size > max_bytes:
        raise DocumentError(f"{path}: {size:,} bytes is over the limit of {max_bytes:,} bytes")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return decode_document(str(path), raw)


def decode_document(source: str, raw: bytes) -> Document:
    """Decode raw bytes into a Document (HTML reduced to text)."""
    _refuse_binary(source, raw)
    text, encoding, warnings = _decode(source, raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append(f"{source}: removed NUL characters")
    media_type = _media_type(source, raw)
    if media_type == "text/html":
        from .html_text import html_to_text

        text = html_to_text(text)
    return Document(
        source=source,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
        media_type=media_type,
        warnings=tuple(warnings),
    )


def _refuse_binary(source: str, raw: bytes) -> None:
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            raise DocumentError(f"{source}: binary file ({what}), not a text document")
    if any(raw.startswith(bom) for bom, _ in _BOMS) or _looks_utf16(raw):
        return
    sample = raw[:65536]
    if sample and sample.count(0) > len(sample) // 10:
        raise DocumentError(f"{source}: binary file ({sample.count(0)} NUL bytes in the first {len(sample)})")


def _looks_utf16(raw: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit on every other byte, as in BOM-less UTF-16."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _decode(source: str, raw: bytes) -> tuple[str, str, list[str]]:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), codec, []
            except UnicodeDecodeError as exc:
                raise DocumentError(f"{source}: starts with a {codec} byte-order mark but does not decode") from exc
    utf16 = _looks_utf16(raw)
    if utf16:
        try:
            return raw.decode(utf16), utf16, []
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    warning = (
        f"{source}: not valid UTF-8 (byte {utf8_error.start}: {raw[utf8_error.start:utf8_error.start + 1]!r}); "
        "decoded as Windows-1252"
    )
    try:
        return raw.decode("cp1252"), "cp1252", [warning]
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1", [warning.replace("Windows-1252", "Latin-1")]


def _media_type(source: str, raw: bytes) -> str:
    suffix = Path(source).suffix.lower()
    if suffix in {".html", ".htm"} or (suffix not in {".md", ".markdown"} and _HTML_SNIFF.match(raw[:512])):
        return "text/html"
    if suffix in {".md", ".markdown"}:
        return "text/markdown"
    return "text/plain"
