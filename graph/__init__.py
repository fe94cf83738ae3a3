"""undersigned: political statements, open letters and joint declarations -> an
organisation/signatory knowledge graph.

The flow: documents -> extract -> resolve -> build -> exports. ``build`` runs it all and
returns the NetworkX graph; ``load`` reads the graph a build wrote.

>>> from graph import build, load  # doctest: +SKIP
>>> G = build(["seeds"], out_dir=None).graph  # doctest: +SKIP
"""

from .pipeline import BuildResult, build, load
from .queries import co_signers, documents_of, ego_network, find, organisations_by_country, path_between

__all__ = [
    "BuildResult",
    "build",
    "co_signers",
    "documents_of",
    "ego_network",
    "find",
    "load",
    "organisations_by_country",
    "path_between",
]
