"""Human decisions about names, kept in a JSON-lines file that survives every re-run.

Each line: ``{"left": ..., "right": ..., "judgement": "same" | "distinct", "note": ...}``,
``{"left": ..., "judgement": "rename", "right": NEW_NAME}`` or ``{"left": ..., "judgement":
"reject"}`` (the name is not an organisation). Judgements always win over automatic
matching. The file is only ever appended to; a malformed line is an error naming the line.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import GraphError

KINDS = ("same", "distinct", "rename", "reject")


class JudgementError(GraphError):
    """The judgements file cannot be read."""


@dataclass(frozen=True, slots=True)
class Judgement:
    left: str
    judgement: str
    right: str | None = None
    note: str | None = None

    def to_json(self) -> str:
        data = {"left": self.left, "right": self.right, "judgement": self.judgement, "note": self.note}
        return json.dumps({k: v for k, v in data.items() if v is not None}, ensure_ascii=False, sort_keys=True)


def load_judgements(path: Path | None) -> list[Judgement]:
    """Every judgement in the file (none when it does not exist)."""
    if path is None or not path.exists():
        return []
    judgements = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data = json.loads(line)
            judgement = Judgement(str(data["left"]), str(data["judgement"]), data.get("right"), data.get("note"))
        except (ValueError, KeyError, TypeError) as exc:
            raise JudgementError(f"{path}:{number}: not a judgement ({exc}); expected {{\"left\", \"right\", \"judgement\"}}") from exc
        if judgement.judgement not in KINDS:
            raise JudgementError(f"{path}:{number}: unknown judgement {judgement.judgement!r}; use one of {', '.join(KINDS)}")
        if judgement.judgement in {"same", "distinct", "rename"} and not judgement.right:
            raise JudgementError(f"{path}:{number}: {judgement.judgement!r} needs a 'right' name")
        judgements.append(judgement)
    return judgements


def append_judgement(path: Path, judgement: Judgement) -> None:
    """Append one line (never rewrite the file); flushed to disk before returning."""
    if judgement.judgement not in KINDS:
        raise JudgementError(f"unknown judgement {judgement.judgement!r}; use one of {', '.join(KINDS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    needs_newline = path.exists() and path.stat().st_size > 0 and not path.read_bytes().endswith(b"\n")
    with path.open("a", encoding="utf-8") as handle:
        if needs_newline:
            handle.write("\n")
        handle.write(judgement.to_json() + "\n")
        handle.flush()
        os.fsync(handle.fileno())
