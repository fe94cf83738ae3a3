"""End-to-end `build` time and peak memory on a synthetic corpus (benchmarks/generate_corpus.py),
then the rebuild time after adding one document (extractions come from the cache).

Run:  python benchmarks/build_scale.py --docs 1000 20000 [--jobs 2] [--skip graphml gexf]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed_build(corpus: Path, out: Path, jobs: int, skip: list[str]) -> tuple[float, float]:
    command = ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "graph", "build", str(corpus), "--out", str(out), "-j", str(jobs)]
    command += [arg for name in skip for arg in ("--skip", name)]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 2):
        raise SystemExit(result.stderr)
    for line in result.stdout.splitlines():  # the graph's size and what the build left out
        if " edges; " in line or line.startswith("note:"):
            print(f"    {line}")
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return elapsed, peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, nargs="+", default=[1000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip", nargs="*", default=[], help="Optional exports to leave out (build --skip).")
    args = parser.parse_args()
    print(f"skipped exports: {' '.join(args.skip) or 'none'}")
    print(f"{'documents':>10} {'jobs':>5} {'build s':>9} {'peak MB':>9} {'docs/s':>8} {'rebuild +1 s':>13}")
    for docs in args.docs:
        with tempfile.TemporaryDirectory() as tmp:
            corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
            subprocess.run([sys.executable, str(HERE / "generate_corpus.py"), str(corpus), "--docs", str(docs)], check=True,
                           capture_output=True)
            elapsed, peak = timed_build(corpus, out, args.jobs, args.skip)
            shutil.copy(corpus / "doc000000.txt", corpus / "added.txt")
            (corpus / "added.txt").write_text((corpus / "added.txt").read_text() + "\nOne more line.\n")
            rebuild, _ = timed_build(corpus, out, args.jobs, args.skip)
            print(f"{docs:>10} {args.jobs:>5} {elapsed:>9.1f} {peak:>9.0f} {docs / elapsed:>8.1f} {rebuild:>13.1f}")


if __name__ == "__main__":
    main()
