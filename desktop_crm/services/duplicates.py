"""Finding likely duplicate companies and persons: for the whole database, and for one card being typed.

``find_duplicates(kind)`` blocks the records (same e-mail, same phone, same KvK number, same postal
code, same e-mail domain) and compares names only inside a block, so it never compares all pairs:
1,000,000 persons take well under a minute. Small blocks are compared pair by pair (rapidfuzz);
large ones with a sorted neighbourhood (each name against the next few in name order).

``likely_duplicates(kind, values)`` is the card's hint: a few indexed look-ups for the fields being
typed (e-mail, phone, KvK number, name at the same postal code or company).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby

from rapidfuzz import fuzz, process

from desktop_crm.db import dedupe as sql
from desktop_crm.domain import dedupe
from desktop_crm.domain.dedupe import Candidate
from desktop_crm.domain.import_rows import normalise_phone_fast
from desktop_crm.domain.names import full_name, person_sort_key
from desktop_crm.domain.validation import normalise_kvk, normalise_postal_code
from desktop_crm.services.bulk import Cancelled

ProgressFn = Callable[[int, int], bool]

SMALL_BLOCK = 120  # compare every pair up to this size; above it, a sorted neighbourhood
WINDOW = 12
EXACT_GROUP = 6  # records sharing an e-mail or phone: every pair up to this many
PREFILTER = 75  # plain ratio a pair of names needs before the full comparison


def reason_text(reason: str) -> str:
    """The English label of a reason (translate it in the "Duplicates" context for the interface)."""
    return dedupe.REASON_LABELS.get(reason, reason)


def _name_key(kind: str, stored: str) -> str:
    return dedupe.company_key(stored) if kind == "company" else dedupe.key_from_sort_key(stored)


def _similarity(kind: str) -> Callable[[str, str], float]:
    return dedupe.company_similarity if kind == "company" else dedupe.person_similarity


class _Pairs:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.similar = _similarity(kind)
        self.found: dict[tuple[int, int], tuple[set[str], float]] = {}

    def add(self, a: int, b: int, reason: str, name_score: float) -> None:
        key = (a, b) if a < b else (b, a)
        reasons, best = self.found.get(key, (set(), 0.0))
        reasons.add(reason)
        self.found[key] = (reasons, max(best, name_score))

    def exact_group(self, members: list[tuple[int, str]], reason: str) -> None:
        """Records that share an e-mail / phone / KvK. A few: every pair. Many (a shared info@ address,
        a switchboard number): records with the same name are linked to the first of them (a star,
        not every pair: merging is transitive), and different names only when they are similar."""
        if len(members) <= EXACT_GROUP:
            for i, (a, key) in enumerate(members):
                for b, other in members[i + 1:]:
                    self.add(a, b, reason, self.similar(key, other))
            return
        clusters: dict[str, list[int]] = {}
        for record_id, key in sorted(members):
            clusters.setdefault(key, []).append(record_id)
        firsts = [(ids[0], key) for key, ids in clusters.items()]
        for ids in clusters.values():
            for other in ids[1:]:
                self.add(ids[0], other, reason, 100.0)
        keys = [k for _, k in firsts]
        for i, (a, key) in enumerate(firsts):
            for other, _, j in process.extract(key, keys[i + 1:], scorer=fuzz.ratio, score_cutoff=70, limit=None):
                name = self.similar(key, other)
                if name >= 60:
                    self.add(a, firsts[i + 1 + j][0], reason, name)

    def name_block(self, members: list[tuple[int, str]], reason: str) -> None:
        """Records in one block (postal code, company, domain) with similar names. rapidfuzz's C++
        ratio picks the pairs worth the full (Dutch-aware) comparison."""
        if len(members) < 2:
            return
        big = len(members) > SMALL_BLOCK
        if big:
            members = sorted(members, key=lambda m: m[1])
        keys = [k for _, k in members]
        similar, add, threshold = self.similar, self.add, dedupe.NAME_THRESHOLD
        for i in range(len(members) - 1):
            a, key = members[i]
            others = keys[i + 1:i + 1 + WINDOW] if big else keys[i + 1:]
            for other, _, j in process.extract(key, others, scorer=fuzz.ratio, score_cutoff=PREFILTER, limit=None):
                score = similar(key, other)
                if score >= threshold:
                    add(a, members[i + 1 + j][0], reason, score)


def _blocks(rows: Iterator[tuple], kind: str) -> Iterator[list[tuple[int, str]]]:
    for _, group in groupby(rows, key=lambda r: r[0]):
        members = [(r[1], _name_key(kind, r[2] or "")) for r in group]
        if len(members) > 1:
            yield members


def _email_and_domain(pairs: _Pairs) -> None:
    """Persons: one pass by e-mail domain gives the same-address groups and the same-domain blocks."""
    for domain, rows in groupby(sql.email_domain_blocks(), key=lambda r: r[0]):
        members = []
        for _, group in groupby(rows, key=lambda r: r[1]):
            same = [(r[2], dedupe.key_from_sort_key(r[3] or "")) for r in group]
            if len(same) > 1:
                pairs.exact_group(same, dedupe.REASON_EMAIL)
            members.extend(same)
        if domain not in dedupe.FREE_MAIL and len(members) > 1:
            pairs.name_block(members, dedupe.REASON_NAME_DOMAIN)


def find_duplicates(kind: str, *, min_score: int = 70, limit: int | None = None,
                    progress: ProgressFn | None = None) -> list[Candidate]:
    """Likely duplicate pairs of ``kind`` ("company" or "person"), best first."""
    kind = {"companies": "company", "persons": "person"}.get(kind, kind)
    pairs = _Pairs(kind)

    def exact(rows: Callable[[], Iterator[tuple]], reason: str) -> Callable[[], None]:
        def step() -> None:
            for members in _blocks(rows(), kind):
                pairs.exact_group(members, reason)
        return step

    def names(rows: Callable[[], Iterator[tuple]], reason: str) -> Callable[[], None]:
        def step() -> None:
            for members in _blocks(rows(), kind):
                pairs.name_block(members, reason)
        return step

    steps: list[Callable[[], None]] = [exact(lambda: sql.phone_groups(kind), dedupe.REASON_PHONE),
                                       names(lambda: sql.postal_blocks(kind), dedupe.REASON_NAME_POSTAL)]
    if kind == "company":
        # A company's e-mail domain is shared by its branches: no evidence of a duplicate on its own.
        steps += [exact(sql.kvk_groups, dedupe.REASON_KVK), exact(lambda: sql.email_groups(kind), dedupe.REASON_EMAIL)]
    else:
        steps += [lambda: _email_and_domain(pairs),
                  names(sql.private_postal_blocks, dedupe.REASON_NAME_POSTAL)]  # their own postal code
    for number, step in enumerate(steps, start=1):
        step()
        if progress is not None and not progress(number, len(steps)):
            raise Cancelled()
    out = []
    for (a, b), (reasons, name_score) in pairs.found.items():
        score = dedupe.pair_score(reasons, name_score)
        if score >= min_score:
            out.append(Candidate(kind, a, b, score, reasons))
    out.sort(key=lambda c: (-c.score, c.a, c.b))
    return out[:limit] if limit else out


def labels(kind: str, ids: Iterable[int]) -> dict[int, str]:
    """A short description of each record for lists: "Jan van der Berg (Bakkerij X, Utrecht)"."""
    kind = {"companies": "company", "persons": "person"}.get(kind, kind)
    out = {}
    for record_id, row in sql.labels(kind, sorted(set(ids))).items():
        if kind == "company":
            name, city, postal = row
            where = ", ".join(p for p in (postal, city) if p)
            out[record_id] = f"{name} ({where})" if where else name
        else:
            first, middle, last, company, city = row
            where = ", ".join(p for p in (company, city) if p)
            name = full_name(first, middle, last)
            out[record_id] = f"{name} ({where})" if where else name
    return out


# --- the card's hint ---------------------------------------------------------------------------------

@dataclass
class Hint:
    record_id: int
    label: str
    score: int
    reasons: set[str]


def likely_duplicates(kind: str, values: dict[str, object], *, exclude: int | None = None,
                      limit: int = 3) -> list[Hint]:
    """Existing records that the one being typed probably is. ``values`` holds the card's fields
    (name / first_name, middle_name, last_name, email, phone, mobile, kvk, postal_code, company_id)."""
    text = {k: str(v or "").strip() for k, v in values.items() if not isinstance(v, int | type(None))}
    email = text.get("email", "")
    found: dict[int, tuple[set[str], float]] = {}

    def add(record_id: int, reason: str, score: float) -> None:
        reasons, best = found.get(record_id, (set(), 0.0))
        reasons.add(reason)
        found[record_id] = (reasons, max(best, score))

    if kind == "company":
        key = dedupe.company_key(text.get("name", ""))
        postal = normalise_postal_code(text.get("postal_code", ""), text.get("country", "")) or ""
        kvk = normalise_kvk(text.get("kvk", "")) or ""
        phone = normalise_phone_fast(text.get("phone", "")) or ""
        for rid, name_sort, their_email, their_phone, their_kvk, their_postal in sql.companies_matching(
                email, phone, kvk, postal, exclude):
            score = dedupe.company_similarity(key, dedupe.company_key(name_sort))
            if kvk and their_kvk == kvk:
                add(rid, dedupe.REASON_KVK, score)
            if email and dedupe.email_key(their_email) == dedupe.email_key(email):
                add(rid, dedupe.REASON_EMAIL, score)
            if phone and their_phone == phone:
                add(rid, dedupe.REASON_PHONE, score)
            if postal and their_postal == postal and score >= dedupe.HINT_THRESHOLD:
                add(rid, dedupe.REASON_NAME_POSTAL, score)
    else:
        key = dedupe.person_key(text.get("first_name"), text.get("middle_name"), text.get("last_name"))
        company_id = values.get("company_id")
        exact = person_sort_key(text.get("last_name"), text.get("middle_name"), text.get("first_name"))
        postal = str(values.get("postal_code") or "")
        rows = sql.persons_matching(email, company_id if isinstance(company_id, int) else None, postal,
                                    [exact] if key else [], exclude)
        phones = [p for p in (normalise_phone_fast(text.get("phone", "")), normalise_phone_fast(text.get("mobile", "")))
                  if p]
        for rid, sort_key in sql.persons_with_phone(phones, exclude):
            add(rid, dedupe.REASON_PHONE, dedupe.person_similarity(key, dedupe.key_from_sort_key(sort_key)))
        for rid, sort_key, their_email, _phone, _mobile in rows:
            score = dedupe.person_similarity(key, dedupe.key_from_sort_key(sort_key)) if key else 0.0
            if email and dedupe.email_key(their_email) == dedupe.email_key(email):
                add(rid, dedupe.REASON_EMAIL, score)
            elif score >= dedupe.HINT_THRESHOLD:
                add(rid, dedupe.REASON_NAME_COMPANY if company_id else dedupe.REASON_NAME_POSTAL, score)
    scored = sorted(((dedupe.pair_score(reasons, name), rid, reasons) for rid, (reasons, name) in found.items()),
                    key=lambda t: (-t[0], t[1]))
    scored = [s for s in scored if s[0] >= dedupe.HINT_THRESHOLD - 10][:limit]
    names = labels(kind, [rid for _, rid, _ in scored])
    return [Hint(rid, names.get(rid, ""), score, reasons) for score, rid, reasons in scored]
