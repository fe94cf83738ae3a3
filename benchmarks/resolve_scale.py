"""Entity resolution at scale: N distinct organisation names (default 100,000) spread over
documents of 20 signatories, plus spelling variants and acronyms of some of them, resolved
with blocking. Prints the time, the peak memory and what was merged.

Run:  python benchmarks/resolve_scale.py [--names 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import resource
import time

from graph.model import Extraction, Signatory, Span
from graph.resolve import resolve

HEADS = ["Party", "Network", "Alliance", "Committee", "League", "Union", "Front", "Council", "Federation",
         "Foundation", "Institute", "Association", "Movement", "Group", "Coalition", "Centre", "Campaign"]
QUALIFIERS = ["Communist", "Socialist", "Workers", "Democratic", "Popular", "Revolutionary", "Green", "Peoples",
              "Independent", "United", "National", "International", "Youth", "Women's", "Trade", "Peace", "Solidarity"]
PLACES = ["Bangladesh", "Nepal", "Kenya", "Peru", "Norway", "Ghana", "Chile", "Ireland", "Malawi", "Uganda",
          "Italy", "Brazil", "Canada", "India", "France", "Germany", "Spain", "Japan", "Mexico", "Poland"]


def synthetic_names(n: int, rng: random.Random) -> list[str]:
    syllables = ["ka", "ro", "mi", "te", "lu", "sa", "no", "vi", "da", "pe", "zu", "fo", "ri", "ga", "be", "xo"]
    names: set[str] = set()
    while len(names) < n:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
        shape = rng.random()
        if shape < 0.4:
            name = f"{rng.choice(QUALIFIERS)} {rng.choice(HEADS)} of {rng.choice(PLACES)} {word}"
        elif shape < 0.7:
            name = f"{word} {rng.choice(QUALIFIERS)} {rng.choice(HEADS)}"
        else:
            name = f"{rng.choice(HEADS)} for {word} {rng.choice(QUALIFIERS)} Action"
        names.add(name)
    return sorted(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    names = synthetic_names(args.names, rng)
    variants = [n.replace(" of ", " in ", 1) if " of " in n else n + " (the)" for n in rng.sample(names, len(names) // 50)]
    printed = names + variants
    rng.shuffle(printed)
    extractions = []
    for start in range(0, len(printed), 20):
        chunk = printed[start : start + 20]
        signatories = tuple(Signatory(name, "organisation", "signatory", Span(0, len(name)), "synthetic") for name in chunk)
        extractions.append(Extraction(f"doc{start}.txt", f"{start:064x}", None, (), "en", (), signatories, ()))
    started = time.perf_counter()
    resolution = resolve(extractions)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'names':>9} {'printed':>9} {'documents':>10} {'entities':>9} {'merges':>7} {'seconds':>8} {'peak MB':>8}")
    print(f"{len(names):>9} {len(printed):>9} {len(extractions):>10} {len(resolution.entities):>9} "
          f"{len(resolution.merges):>7} {elapsed:>8.1f} {peak_mb:>8.0f}")


if __name__ == "__main__":
    main()
