"""Stage 3: mentions -> entities.

Links are tried from the strongest to the weakest: a human ``same`` judgement; mentions in
one document that share a name, or where one is the other's acronym or its shorter form;
the same name in two documents; spelling variants and acronyms within blocks (never all
pairs). A link is refused when it would put two names a person judged ``distinct`` into one
entity, join different countries, or (for fuzzy links) join names whose qualifiers or
telling words differ. Every merge keeps its reasons.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..extract.names import initials, is_acronym
from ..model import Extraction, Identifier, Span
from . import compare
from .judgements import Judgement
from .keys import blocking_keys, clean, distinctive, key, mixed_script

__all__ = ["Entity", "Mention", "Merge", "Resolution", "entity_id", "resolve"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One appearance of a name in one document (never edited by resolution)."""

    id: int
    source: str
    name: str
    aliases: tuple[str, ...]
    kind: str  #: organisation | person
    origin: str  #: signatory | author | mention | affiliation
    country: str | None = None
    role: str | None = None
    span: Span | None = None
    rule: str = ""
    position: int | None = None
    identifiers: tuple[Identifier, ...] = ()
    affiliation: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    documents: tuple[str, ...]
    mentions: tuple[int, ...]
    identifiers: tuple[Identifier, ...] = ()
    flags: tuple[str, ...] = ()  #: e.g. "mixed-script" (a look-alike spelling)


@dataclass(frozen=True, slots=True)
class Merge:
    left: str
    right: str
    reason: str


@dataclass
class Resolution:
    mentions: list[Mention]
    entities: list[Entity]
    entity_of: dict[int, str]
    merges: list[Merge] = field(default_factory=list)
    kept_apart: list[tuple[str, str, str, float]] = field(default_factory=list)  #: (a, b, reason, similarity)

    def entity(self, entity_id: str) -> Entity:
        return self._by_id[entity_id]

    @property
    def _by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}


def entity_id(kind: str, name: str) -> str:
    """Stable ID from the normalised key: "org-" + 12 hex digits of its SHA-1."""
    prefix = {"organisation": "org", "person": "person"}.get(kind, kind)
    return f"{prefix}-{hashlib.sha1(key(name).encode('utf-8')).hexdigest()[:12]}"


def mentions_of(extractions: Sequence[Extraction]) -> list[Mention]:
    """Every organisation and person each extraction names, in document order."""
    out: list[Mention] = []

    def add(**kwargs: object) -> None:
        out.append(Mention(id=len(out), **kwargs))  # type: ignore[arg-type]

    for x in extractions:
        for s in x.signatories:
            add(source=x.source, name=clean(s.name), aliases=tuple(clean(a) for a in s.aliases), kind=s.kind,
                origin="signatory", country=s.country, role=s.role, span=s.span, rule=s.rule, position=s.position,
                identifiers=s.identifiers, affiliation=s.affiliation)
            if s.kind == "person" and s.affiliation:
                add(source=x.source, name=clean(s.affiliation), aliases=(), kind="organisation", origin="affiliation",
                    span=s.entry or s.span, rule="affiliation")
        for a in x.authors:
            add(source=x.source, name=clean(a.name), aliases=(), kind=a.kind, origin="author", span=a.span, rule=a.rule)
        for m in x.mentions:
            add(source=x.source, name=clean(m.name), aliases=tuple(clean(a) for a in m.aliases), kind="organisation",
                origin="mention", country=m.country, span=m.span, rule=m.rule)
    return [m for m in out if key(m.name)]


class _Clusters:
    """Union-find over mentions, with each cluster's countries, forms and kind."""

    def __init__(self, mentions: Sequence[Mention], distinct: set[frozenset[str]]) -> None:
        self.parent = list(range(len(mentions)))
        self.mentions = mentions
        # a country read off a passing mention ("Ukrainian ...") is too weak to keep bodies apart
        self.countries: dict[int, set[str]] = {
            m.id: {m.country} if m.country and m.origin == "signatory" else set() for m in mentions
        }
        self.keys: dict[int, set[str]] = {m.id: {key(f) for f in m.forms if key(f)} for m in mentions}
        #: the keys of every form printed as an acronym: a cluster's other keys are its full names
        self.acronym_keys = {key(f) for m in mentions for f in m.forms if is_acronym(f)}
        self.distinct = distinct
        self.merges: list[Merge] = []
        self.refused: list[tuple[str, str, str, float]] = []

    def full_names(self, root: int) -> set[str]:
        """The cluster's names that are no acronym: what an acronym of it may stand for."""
        return self.keys[root] - self.acronym_keys

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def blocked(self, a: int, b: int, strict: bool) -> str | None:
        ra, rb = self.find(a), self.find(b)
        if self.mentions[ra].kind != self.mentions[rb].kind:
            return "different kinds"
        if any(frozenset((x, y)) in self.distinct for x in self.keys[ra] for y in self.keys[rb]):
            return "judged distinct"
        ca, cb = self.countries[ra], self.countries[rb]
        if ca and cb and not (ca & cb):
            return f"countries differ ({'/'.join(sorted(ca))} vs {'/'.join(sorted(cb))})"
        if strict:
            na, nb = self.mentions[a].name, self.mentions[b].name
            for feature in (compare.qualifier_conflict(na, nb), compare.distinct_words(na, nb)):
                if feature.score < 0 and not compare.acronym_matches(na, nb).score:
                    return feature.reason
        return None

    def union(self, a: int, b: int, reason: str, strict: bool = False, forced: bool = False, by_acronym: bool = False) -> bool:
        """Join the clusters of mentions a and b, unless something keeps them apart. ``by_acronym``:
        the reason is an acronym, which never joins two clusters that each have a full name of
        their own unless the names agree ("TUC" is "Trade Union Congress" or "Teachers Union of
        Chile", not both)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        why_not = None if forced else self.blocked(a, b, strict)
        if why_not is None and by_acronym and not forced and not _names_agree(self.full_names(ra), self.full_names(rb)):
            why_not = "an acronym would join two different full names"
        if why_not:
            self.refused.append((self.mentions[a].name, self.mentions[b].name, why_not, compare.fuzzy_similarity(self.mentions[a].name, self.mentions[b].name)))
            return False
        keep, gone = (ra, rb) if ra < rb else (rb, ra)
        self.parent[gone] = keep
        self.countries[keep] |= self.countries.pop(gone)
        self.keys[keep] |= self.keys.pop(gone)
        self.merges.append(Merge(self.mentions[a].name, self.mentions[b].name, reason))
        return True


def _names_agree(a: set[str], b: set[str]) -> bool:
    """Whether two clusters' full names can be one body's: either has none, or a name of one is a
    name of the other, starts it ("New Communist Party" / "… of Britain"), or is a spelling variant."""
    if not a or not b or a & b:
        return True
    return any(x.startswith(y + " ") or y.startswith(x + " ") or compare.small_variant(x, y).score
               or compare.fuzzy_similarity(x, y) >= _SAME_FULL_NAME for x in a for y in b)


_SAME_FULL_NAME = 85  #: rapidfuzz token-sort ratio of two full names an acronym may join


def resolve(extractions: Sequence[Extraction], judgements: Iterable[Judgement] = ()) -> Resolution:
    """Group the mentions of all documents into entities."""
    judgements = list(judgements)
    rejected = {key(j.left) for j in judgements if j.judgement == "reject"}
    mentions = [m for m in mentions_of(extractions) if key(m.name) not in rejected]
    mentions = [dataclasses.replace(m, id=i) for i, m in enumerate(mentions)]
    distinct = {frozenset((key(j.left), key(j.right or ""))) for j in judgements if j.judgement == "distinct"}
    clusters = _Clusters(mentions, distinct)
    by_key: dict[str, list[int]] = defaultdict(list)
    for m in mentions:
        for form in m.forms:
            if key(form):
                by_key[key(form)].append(m.id)
    _link_judged_same(clusters, judgements, by_key)
    _link_within_documents(clusters, mentions)
    _link_same_names(clusters, by_key, clusters.acronym_keys)
    _link_variants(clusters, mentions)
    renames = {key(j.left): j.right for j in judgements if j.judgement == "rename" and j.right}
    entities, entity_of = _entities(clusters, mentions, renames)
    name_entities: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        name_entities[m.name].add(entity_of[m.id])
    near = sorted(
        {r for r in clusters.refused if not (name_entities[r[0]] & name_entities[r[1]])}, key=lambda r: (-r[3], r[0], r[1], r[2])
    )  # (the reason too: one pair may be kept apart for two reasons, and a set has no order)
    return Resolution(mentions, entities, entity_of, clusters.merges, near)


def _link_judged_same(clusters: _Clusters, judgements: list[Judgement], by_key: dict[str, list[int]]) -> None:
    for j in judgements:
        if j.judgement == "same" and j.right:
            left, right = by_key.get(key(j.left), []), by_key.get(key(j.right), [])
            for a in left[:1]:
                for b in right:
                    clusters.union(a, b, f"judged the same: {j.left!r} = {j.right!r}", forced=True)
                for b in left[1:]:
                    clusters.union(a, b, f"judged the same: {j.left!r}", forced=True)


def _link_within_documents(clusters: _Clusters, mentions: Sequence[Mention]) -> None:
    """In one document: shared forms; an acronym and its expansion; a name and its longer form."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.source].append(m)
    for doc_mentions in by_doc.values():
        seen: dict[tuple[str, str], int] = {}
        for m in doc_mentions:
            for form in m.forms:
                slot = (m.kind, key(form))
                if slot in seen:
                    clusters.union(seen[slot], m.id, f"same name {form!r} in one document")
                else:
                    seen[slot] = m.id
        organisations = [m for m in doc_mentions if m.kind == "organisation"]
        for m in organisations:
            if is_acronym(m.name):
                expansions = {clusters.find(o.id) for o in organisations if not is_acronym(o.name) and compare.acronym_matches(m.name, o.name).score}
                if len(expansions) == 1:
                    clusters.union(m.id, expansions.pop(), f"acronym {m.name} expands to a name in the same document")
        for short in organisations:
            short_key = key(short.name)
            if len(short_key.split()) < 3 or is_acronym(short.name):
                continue
            for long_ in organisations:
                long_key = key(long_.name)
                if long_key.startswith(short_key + " ") and _LONGER_FORM.match(long_key[len(short_key) + 1 :]):
                    clusters.union(short.id, long_.id, f"{short.name!r} is the short form of {long_.name!r} in one document", strict=False)


# "New Communist Party" / "... of Britain", "Movement for Justice" / "... By Any Means Necessary"
_LONGER_FORM = re.compile(r"(?:of|for|by|de|du|des|für|von|del|da|do) \w")


_SHORT_ACRONYM = 4  #: letters of an acronym that many bodies in many countries share


def _link_same_names(clusters: _Clusters, by_key: dict[str, list[int]], acronyms: set[str]) -> None:
    """The same name in several documents; a short shared acronym ("CGT") joins only bodies whose
    full names agree (the Spanish and the French CGT stay two); a long one ("IMT-UNTREF") is
    telling enough to join "World of Work Institute" and "World Labor Institute"."""
    for form_key, ids in by_key.items():
        short = form_key in acronyms and len(form_key.replace(" ", "")) <= _SHORT_ACRONYM
        reason = f"same name {form_key!r} in several documents"
        # a name may stand for bodies in two countries: each mention joins the first mention of the
        # name and, when that is refused, the first mention of its own country (tried against the
        # first mention alone, the Spanish mentions of a name first printed for a Ghanaian body
        # stayed one entity per document); at most two tries each, whatever the number of countries
        heads: dict[str, int] = {}
        for other in ids[1:]:
            if clusters.union(ids[0], other, reason, by_acronym=short) or clusters.find(ids[0]) == clusters.find(other):
                continue
            countries = clusters.countries[clusters.find(other)]
            if len(countries) != 1:
                continue
            country = next(iter(countries))
            head = heads.setdefault(country, other)
            if head != other:
                clusters.union(head, other, reason, by_acronym=short)
    by_compact: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for form_key, ids in by_key.items():
        by_compact[form_key.replace(" ", "")].append((form_key, ids[0]))
    for variants in by_compact.values():
        for (first_key, first), (other_key, other) in itertools.pairwise(variants):
            clusters.union(first, other, f"same name but for spacing ({first_key!r} / {other_key!r})")


def _link_variants(clusters: _Clusters, mentions: Sequence[Mention]) -> None:
    """Spelling variants and acronyms across documents, compared only within blocks."""
    frequency: Counter[str] = Counter()
    for m in mentions:
        if m.kind == "organisation":
            frequency.update({word for form in m.forms for word in distinctive(form)})
    # one mention per entity-so-far and set of forms: the 500th "Communist Party of X" adds
    # nothing to compare, and copies would crowd the neighbourhood windows of large blocks
    distinct: dict[tuple[int, tuple[str, ...]], Mention] = {}
    for m in mentions:
        if m.kind == "organisation":
            distinct.setdefault((clusters.find(m.id), m.forms), m)
    blocks: dict[str, list[Mention]] = defaultdict(list)
    for m in distinct.values():
        for form in m.forms:
            for block in blocking_keys(form, frequency):
                blocks[block].append(m)
            blocks[f"acr:{form.replace('.', '').upper()}" if is_acronym(form) else f"acr:{initials(form)}"].append(m)
    ambiguous = _ambiguous_acronyms(clusters, mentions)
    seen: set[tuple[int, int]] = set()
    for _, members in sorted(blocks.items()):
        for a, b in _candidate_pairs(members):
            pair = (min(a.id, b.id), max(a.id, b.id))
            if pair in seen or clusters.find(a.id) == clusters.find(b.id):
                continue
            seen.add(pair)
            _compare_pair(clusters, a, b, ambiguous)


def _ambiguous_acronyms(clusters: _Clusters, mentions: Sequence[Mention]) -> set[str]:
    """Acronyms printed alone that abbreviate the full names of two or more bodies that disagree
    ("TUC": "Trade Union Congress" in one document, "Teachers Union of Chile" in another): an
    acronym alone then joins neither."""
    bare = {m.name for m in mentions if m.kind == "organisation" and is_acronym(m.name)}
    if not bare:
        return set()
    by_letters: dict[str, set[str]] = defaultdict(set)
    for acronym in bare:
        by_letters["".join(c for c in acronym.upper() if c.isalnum())].add(acronym)
    names: dict[str, list[int]] = defaultdict(list)  #: each full name once, with its mentions
    for m in mentions:
        if m.kind == "organisation":
            names[m.name].append(m.id)
    meanings: dict[str, dict[int, set[str]]] = defaultdict(dict)
    for name, ids in names.items():
        if is_acronym(name):
            continue
        for candidate in {initials(name), "".join(w[0] for w in name.split() if w[:1].isalnum()).upper()}:
            for acronym in by_letters.get(candidate, ()):
                if compare.acronym_matches(acronym, name).score:
                    for root in {clusters.find(i) for i in ids}:
                        meanings[acronym][root] = clusters.full_names(root)
    return {acronym for acronym, roots in meanings.items()
            if any(not _names_agree(a, b) for a, b in itertools.combinations(roots.values(), 2))}


_SMALL_BLOCK, _WINDOW = 30, 8


def _candidate_pairs(members: list[Mention]) -> Iterable[tuple[Mention, Mention]]:
    """All pairs of a small block; in a large one (a common pair of words), each name with its
    nearest neighbours in key order (sorted-neighbourhood blocking), so the work stays linear."""
    if len(members) <= _SMALL_BLOCK:
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                yield a, b
        return
    ordered = sorted({m.id: m for m in members}.values(), key=lambda m: key(m.name))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 : i + 1 + _WINDOW]:
            yield a, b


def _compare_pair(clusters: _Clusters, a: Mention, b: Mention, ambiguous: set[str]) -> None:
    compared = False
    for fa in a.forms:
        for fb in b.forms:
            if not _worth_comparing(fa, fb) or fa in ambiguous or fb in ambiguous:
                continue
            compared = True
            for feature in (compare.small_variant(fa, fb), compare.acronym_matches(fa, fb)):
                if feature.score >= 0.85:
                    if feature is not None and "acronym" in feature.reason and not (is_acronym(a.name) or is_acronym(b.name)):
                        continue  # an acronym alias of one body is not a reason to join two full names
                    clusters.union(a.id, b.id, feature.reason, strict=True, by_acronym="acronym" in feature.reason)
                    return
    if not compared:
        return
    similarity = compare.fuzzy_similarity(a.name, b.name)
    if similarity >= 75:
        clusters.refused.append((a.name, b.name, "similar, not matched by any rule", similarity))


def _worth_comparing(a: str, b: str) -> bool:
    """A cheap test before the string features: an acronym, or word sets that differ by at
    most one word on each side."""
    if is_acronym(a) or is_acronym(b):
        return True
    da, db = distinctive(a), distinctive(b)
    return len(da - db) <= 1 and len(db - da) <= 1


def _entities(clusters: _Clusters, mentions: Sequence[Mention], renames: dict[str, str]) -> tuple[list[Entity], dict[int, str]]:
    members: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        members[clusters.find(m.id)].append(m)
    entities: list[Entity] = []
    entity_of: dict[int, str] = {}
    for group in members.values():
        name = _canonical_name(group)
        forms = {f for m in group for f in m.forms}  #: a popular body's thousands of mentions share a few forms
        for form in sorted(forms):  # (sorted: one answer when two forms were renamed)
            if key(form) in renames:
                name = renames[key(form)]
        kind = group[0].kind
        ident = entity_id(kind, name)
        surface = sorted(forms - {name})
        stated = [m.country for m in group if m.country and m.origin == "signatory"]
        countries = Counter(stated or [m.country for m in group if m.country])
        country = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if countries else None
        identifiers = tuple(sorted({i for m in group for i in m.identifiers}, key=lambda i: (i.scheme, i.value)))
        flags = ("mixed-script",) if any(mixed_script(f) for f in forms) else ()
        entities.append(Entity(ident, kind, name, tuple(surface), country if kind == "organisation" else None,
                               tuple(sorted({m.source for m in group})), tuple(m.id for m in group), identifiers, flags))
        for m in group:
            entity_of[m.id] = ident
    entities.sort(key=lambda e: e.id)
    return _unique_ids(entities, entity_of), entity_of


def _unique_ids(entities: list[Entity], entity_of: dict[int, str]) -> list[Entity]:
    """Two clusters with one canonical name keep apart: the second gets a suffix."""
    seen: Counter[str] = Counter()
    out = []
    for e in entities:
        seen[e.id] += 1
        if seen[e.id] > 1:
            new_id = f"{e.id}-{seen[e.id]}"
            for mention_id in e.mentions:
                entity_of[mention_id] = new_id
            e = Entity(new_id, e.kind, e.name, e.aliases, e.country, e.documents, e.mentions, e.identifiers, e.flags)
        out.append(e)
    return out


def _canonical_name(group: list[Mention]) -> str:
    """The name most often printed as the body's own (signatory entries first), preferring a
    full name in ordinary case; ties go to the longer, then the alphabetically first."""
    def score(m: Mention) -> tuple[int, int, int]:
        caps = m.name.isupper()
        return (m.origin == "signatory", not is_acronym(m.name) and not caps, 0)

    counts = Counter(m.name for m in group)
    best = max(group, key=lambda m: (*score(m)[:2], counts[m.name], len(m.name), [-ord(c) for c in m.name[:20]]))
    return best.name
