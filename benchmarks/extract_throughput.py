"""Extraction throughput: documents/s and MB/s on one core.

The corpus (seeds, the golden test documents and, when present, ../shared/corpus/docs) is
repeated to --docs documents; each repetition gets a distinct suffix so that no cache can
answer for it. Run:  python benchmarks/extract_throughput.py [--docs 10000]
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

from graph.documents import decode_document
from graph.extract import extract

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[bytes]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "golden" / "docs").glob("*.txt"))
    shared = ROOT.parent / "shared" / "corpus" / "docs"
    if shared.is_dir():
        paths += sorted(shared.glob("*.txt"))
    return [p.read_bytes() for p in paths]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000)
    args = parser.parse_args()
    base = corpus()
    extract(decode_document("warm-up.txt", base[0]))  # load the lexicon and models once
    documents = [base[i % len(base)] + f"\n\n{i}\n".encode() for i in range(args.docs)]
    total_bytes = sum(len(d) for d in documents)
    start = time.perf_counter()
    signatories = 0
    for i, raw in enumerate(documents):
        signatories += len(extract(decode_document(f"doc{i}.txt", raw)).signatories)
    elapsed = time.perf_counter() - start
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}")
    print(f"{'documents':>12} {'MB':>8} {'seconds':>9} {'docs/s':>9} {'MB/s':>7} {'signatories':>12}")
    print(f"{len(documents):>12} {total_bytes / 1e6:>8.1f} {elapsed:>9.2f} {len(documents) / elapsed:>9.0f} "
          f"{total_bytes / 1e6 / elapsed:>7.2f} {signatories:>12}")


if __name__ == "__main__":
    main()
