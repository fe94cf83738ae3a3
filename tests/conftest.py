"""Shared fixtures: repository paths, the --update-golden switch, and no network."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_LOOPBACK = ("127.", "::1", "localhost")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/expected from current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> object:
    """Any connection to a non-loopback address fails the test that makes it."""
    original = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else str(address)
        if isinstance(host, str) and not host.startswith(_LOOPBACK) and self.family != socket.AF_UNIX:
            raise RuntimeError(f"network call to {address!r} during tests")
        return original(self, address)  # type: ignore[arg-type]

    socket.socket.connect = guarded  # type: ignore[method-assign]
    yield
    socket.socket.connect = original  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def seeds_exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built once for the session (run from the repository, as `undersigned build` is)."""
    import os

    from graph import build

    out = tmp_path_factory.mktemp("seeds-exports")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        build([Path("seeds")], out)
    finally:
        os.chdir(cwd)
    return out
