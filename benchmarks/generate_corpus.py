"""A seeded synthetic corpus of statements in the list formats of the seeds and the corpus:
inline "endorsed by" lists, numbered ICOR-style "ACR Native (English), Country" lists, bulleted
"Name (Country)" lists, "Name, descriptor" person lists; organisations with Zipf-like
popularity in blocs that mostly co-sign together; dates, countries and slogans.

Run:  python benchmarks/generate_corpus.py OUT_DIR --docs 20000 [--seed 5]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

COUNTRIES = ["Nepal", "Kenya", "Peru", "Norway", "Ghana", "Chile", "Ireland", "Malawi", "Uganda", "Italy", "Brazil",
             "Canada", "India", "France", "Germany", "Spain", "Japan", "Mexico", "Poland", "Belgium"]
HEADS = ["Party", "Network", "Alliance", "Committee", "League", "Union", "Front", "Council", "Federation", "Movement"]
ADJECTIVES = ["Communist", "Socialist", "Workers", "Democratic", "Popular", "Green", "Peoples", "Independent", "Peace"]
SLOGANS = ["Victory to the {x}!", "No to {x}!", "Solidarity with the {x}!", "Hands off {x}!", "Stop the {x}!"]
FIRST = ["Anna", "Marco", "Lena", "Omar", "Sofia", "Tomas", "Ines", "Ravi", "Maria", "Jonas"]
LAST = ["Silva", "Novak", "Haddad", "Okafor", "Rossi", "Berg", "Kaur", "Moreau", "Santos", "Weber"]


def organisations(n: int, rng: random.Random) -> list[tuple[str, str, str]]:
    syllables = ["ka", "ro", "mi", "te", "lu", "sa", "no", "vi", "da", "pe", "zu", "fo"]
    out = []
    for i in range(n):
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()
        name = f"{rng.choice(ADJECTIVES)} {word} {rng.choice(HEADS)}"
        acronym = "".join(w[0] for w in name.split()).upper() + str(i % 10)
        out.append((name, acronym, COUNTRIES[i % len(COUNTRIES)]))
    return out


def document(i: int, rng: random.Random, orgs: list[tuple[str, str, str]], bloc_size: int = 300) -> str:
    start = rng.randrange(0, len(orgs), bloc_size)
    weights = [1 / (r + 1) for r in range(min(bloc_size, len(orgs) - start))]
    chosen = sorted(set(rng.choices(range(start, start + len(weights)), weights=weights, k=rng.randint(4, 25))))
    parties = [orgs[j] for j in chosen]
    date = f"{2010 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    title = f"Statement {i}: {rng.choice(SLOGANS).format(x=rng.choice(['war', 'occupation', 'austerity', 'sanctions']))}"
    body = ("We, the undersigned organisations, stand together against war and for the rights of working people. "
            "The situation demands that every movement speaks clearly and acts together. ") * rng.randint(2, 6)
    slogan = rng.choice(SLOGANS).format(x=rng.choice(["workers of the world", "occupation", "war machine"]))
    form = i % 4
    if form == 0:
        names = ", ".join(f"{n} ({c})" for n, _, c in parties[:-1]) + f" and the {parties[-1][0]}"
        signatures = f"This statement is endorsed by: {names}."
    elif form == 1:
        signatures = f"Status of the signatories {date}.\n" + "\n".join(
            f"{k}. {a} {n} ({n}), {c}" for k, (n, a, c) in enumerate(parties, 1))
    elif form == 2:
        signatures = "Signed,\n\n" + "\n".join(f"• {n} ({c})" for n, _, c in parties)
    else:
        people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}, {n}" for n, _, _ in parties]
        signatures = "Signed by:\n" + "\n".join(people)
    return f"{title}\n{date}\n\n{body}\n\n{slogan}\n\n{signatures}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    orgs = organisations(max(300, args.docs // 2), rng)
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(args.docs):
        (args.out / f"doc{i:06d}.txt").write_text(document(i, rng, orgs), encoding="utf-8")
    print(f"wrote {args.docs} documents to {args.out}")


if __name__ == "__main__":
    main()
