"""How well the list readers generalise: the organisations of each gold document, rewritten in
the other list formats the corpora use (an inline list after a cue, bullets, numbers with the
country after a comma, a Markdown table, semicolons, two columns, the country in brackets or
after a dash, cues in Spanish, German and French), and its persons with their affiliations
after a comma, in brackets or after a dash; extracted, and scored with the evaluation's scorer
(signatory F1 per format).

Run:  python benchmarks/list_formats.py ../shared/corpus/gold ../shared/gold/seeds --scorer ../shared/eval/score.py

Nothing here is a rule: the gold supplies the names, the formats are written the way the
documents write them, and the extractor sees only the rewritten text.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from graph.contract import to_json  # noqa: E402
from graph.documents import read_document  # noqa: E402
from graph.extract import extract  # noqa: E402

MOST = 25  #: organisations taken from each gold document
HEAD = ["Joint statement on the situation", "", "12 March 2024", "", "We are deeply concerned and call for action.", ""]


def country_name(code: str | None) -> str | None:
    country = pycountry.countries.get(alpha_2=code) if code else None
    name = (getattr(country, "common_name", None) or country.name) if country else None
    return name if name and "," not in name else None  # ("Congo, The Democratic Republic of the" reads as two parts)


def inline(names: list[str], orgs: list[dict]) -> list[str]:
    return ["This statement is endorsed by: " + ", ".join(names[:-1]) + " and " + names[-1] + "."]


def semicolons(names: list[str], orgs: list[dict]) -> list[str]:
    return ["Signed by: " + "; ".join(names) + "."]


def bullets(names: list[str], orgs: list[dict]) -> list[str]:
    return ["Signatories:", ""] + [f"- {name}" for name in names]


def numbered_country(names: list[str], orgs: list[dict]) -> list[str]:
    return ["List of signatories:", ""] + [
        f"{i}. {o['name']}" + (f", {country_name(o.get('country'))}" if country_name(o.get("country")) else "")
        for i, o in enumerate(orgs, 1)]


def markdown_table(names: list[str], orgs: list[dict]) -> list[str]:
    return ["Signatories", "", "| Organisation | Country |", "|---|---|"] + [
        f"| {o['name']} | {country_name(o.get('country')) or ''} |" for o in orgs]


def two_columns(names: list[str], orgs: list[dict]) -> list[str]:
    width = max(len(name) for name in names) + 4
    return ["Signatories:", ""] + [names[i].ljust(width) + (names[i + 1] if i + 1 < len(names) else "")
                                   for i in range(0, len(names), 2)]


def paren_country(names: list[str], orgs: list[dict]) -> list[str]:
    return ["Signed by:", ""] + [f"• {o['name']}" + (f" ({country_name(o.get('country'))})" if country_name(o.get("country")) else "")
                                 for o in orgs]


def dash_country(names: list[str], orgs: list[dict]) -> list[str]:
    return ["Signatories", ""] + [o["name"] + (f" – {country_name(o.get('country'))}" if country_name(o.get("country")) else "")
                                  for o in orgs]


def spanish(names: list[str], orgs: list[dict]) -> list[str]:
    return ["Firman:", ""] + names


def german(names: list[str], orgs: list[dict]) -> list[str]:
    return ["Unterzeichnende Organisationen:", ""] + [f"- {name}" for name in names]


def french_inline(names: list[str], orgs: list[dict]) -> list[str]:
    return ["Signataires : " + ", ".join(names[:-1]) + " et " + names[-1] + "."]


def persons_comma(names: list[str], people: list[dict]) -> list[str]:
    return ["Individual signatories:", ""] + [p["name"] + (f", {p['affiliation']}" if p.get("affiliation") else "") for p in people]


def persons_brackets(names: list[str], people: list[dict]) -> list[str]:
    return ["Signed by:", ""] + [f"- {p['name']}" + (f" ({p['affiliation']})" if p.get("affiliation") else "") for p in people]


def persons_dash(names: list[str], people: list[dict]) -> list[str]:
    return ["Signatories:", ""] + [p["name"] + (f" – {p['affiliation']}" if p.get("affiliation") else "") for p in people]


#: format -> (writer, role the cue gives, whether the format states countries)
FORMATS: dict[str, tuple[Callable[[list[str], list[dict]], list[str]], str, bool]] = {
    "inline": (inline, "endorser", False), "semicolons": (semicolons, "signatory", False),
    "bullets": (bullets, "signatory", False), "numbered_country": (numbered_country, "signatory", True),
    "markdown_table": (markdown_table, "signatory", True), "two_columns": (two_columns, "signatory", False),
    "paren_country": (paren_country, "signatory", True), "dash_country": (dash_country, "signatory", True),
    "spanish": (spanish, "signatory", False), "german": (german, "signatory", False),
    "french_inline": (french_inline, "signatory", False),
}
#: the same for the persons of the gold, with their affiliations
PERSON_FORMATS: dict[str, tuple[Callable[[list[str], list[dict]], list[str]], str, bool]] = {
    "persons_comma": (persons_comma, "signatory", False), "persons_brackets": (persons_brackets, "signatory", False),
    "persons_dash": (persons_dash, "signatory", False),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="+", type=Path, help="directories of gold annotations")
    parser.add_argument("--scorer", type=Path, required=True, help="the evaluation's score.py")
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location("score", args.scorer)
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    golds = [json.loads(p.read_text(encoding="utf-8")) for folder in args.gold for p in sorted(folder.glob("*.json"))]
    print(f"{'format':<18} {'documents':>9} {'P':>6} {'R':>6} {'F1':>6} {'country':>8}")
    for name, (write, role, countries) in {**FORMATS, **PERSON_FORMATS}.items():
        kind = "person" if name in PERSON_FORMATS else "organisation"
        with tempfile.TemporaryDirectory() as tmp:
            docs, gold_dir, out = Path(tmp) / "docs", Path(tmp) / "gold", Path(tmp) / "out.jsonl"
            docs.mkdir()
            gold_dir.mkdir()
            count = 0
            with out.open("w", encoding="utf-8") as handle:
                for gold in golds:
                    orgs = [s for s in gold.get("signatories", []) if s["kind"] == kind and s["role"] != "issuer"][:MOST]
                    if "doc" not in gold or len(orgs) < 4:
                        continue
                    doc = f"{Path(gold['doc']).stem}_{name}.txt"
                    (docs / doc).write_text("\n".join(HEAD + write([o["name"] for o in orgs], orgs)) + "\n", encoding="utf-8")
                    expected = [dict(o, role=role, country=o.get("country") if countries and country_name(o.get("country")) else None)
                                for o in orgs]
                    (gold_dir / f"{Path(doc).stem}.json").write_text(json.dumps(
                        {"doc": doc, "signatories": expected, "authors": [], "dates": ["2024-03-12"], "title": HEAD[0],
                         "stances": []}, ensure_ascii=False), encoding="utf-8")
                    extraction = extract(read_document(docs / doc))
                    handle.write(json.dumps(to_json(extraction), ensure_ascii=False) + "\n")
                    count += 1
            result = score.score_docs(gold_dir, out, docs)
            s = result["signatories"]
            country = result["country_accuracy"]
            print(f"{name:<18} {count:>9} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
                  f"{'-' if country is None else f'{country:.3f}':>8}")


if __name__ == "__main__":
    main()
