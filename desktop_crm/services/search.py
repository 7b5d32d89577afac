"""Quick search: companies and persons by name, city, postal code, e-mail and phone, as you type. No Qt.

Built for the bounded, unranked case (conventions.md): each kind asks the FTS5 index for its first
``limit + 1`` hits without ranking (p95 ~12 ms at a million persons, where ranking every hit of a
common prefix such as "amst" takes up to 370 ms), and the few hits are put in list order (the Dutch
sort key) here. The extra hit only tells the popup that there are more. Every word is a prefix;
case, diacritics and Dutch name prefixes do not matter ("berg" finds "Jan van den Berg", "muller"
finds "Müller"); "1234ab" and "1234 ab" find the postal code "1234 AB"; "0201234567" and "020 123"
find "+31 20 123 4567". How user text becomes a safe MATCH expression: ``db/search.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_crm.db import search as index
from desktop_crm.domain.names import full_name

# With one-letter words left out of the MATCH, this many more candidates are read to check them on.
_SHORT_WORD_FACTOR = 10


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "company" or "person"
    id: int
    title: str  # "Jan van den Berg" / "Bakkerij Müller"
    subtitle: str  # person: company · e-mail; company: postal code and city
    sort_key: str = ""


@dataclass
class SearchResults:
    text: str
    companies: list[SearchHit] = field(default_factory=list)
    persons: list[SearchHit] = field(default_factory=list)
    more_companies: bool = False  # there are more hits than shown
    more_persons: bool = False

    @property
    def hits(self) -> list[SearchHit]:
        """All hits in the order the popup shows them: companies, then persons."""
        return [*self.companies, *self.persons]

    @property
    def top(self) -> SearchHit | None:
        hits = self.hits
        return hits[0] if hits else None

    def __bool__(self) -> bool:
        return bool(self.companies or self.persons)


def _join(*parts: str | None, sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


def quick_search(text: str, limit: int = 20) -> SearchResults:
    """The first ``limit`` companies and ``limit`` persons matching every word of ``text``."""
    results = SearchResults(text)
    match = index.match_expression(text)
    if not match:
        return results
    wanted = limit + 1  # one more than shown tells the popup there are more
    fetch = wanted * (_SHORT_WORD_FACTOR if match.short_words else 1)

    companies: list[SearchHit] = []
    read = 0
    for cid, name, name_sort, city, postal, email, phone, kvk in index.company_hits(match.expression, fetch):
        read += 1
        if index.matches_short_words(match.short_words, (name, city, postal, email, _digits(phone), kvk)):
            companies.append(SearchHit("company", cid, name, _join(postal, city, sep=" "), name_sort))
            if len(companies) == wanted:
                break
    # Without enough hits among the candidates read, one-letter words may hide more beyond them.
    more_companies = len(companies) > limit or (bool(match.short_words) and read == fetch)

    persons: list[SearchHit] = []
    read = 0
    for row in index.person_hits(match.expression, fetch):
        read += 1
        pid, first, middle, last, sort_key, email, phone, mobile, company, city = row
        name = full_name(first, middle, last)
        if index.matches_short_words(match.short_words, (name, email, _digits(phone), _digits(mobile), city)):
            # A person without a company: their own city where the company would be.
            persons.append(SearchHit("person", pid, name or email, _join(company or city, email), sort_key))
            if len(persons) == wanted:
                break
    more_persons = len(persons) > limit or (bool(match.short_words) and read == fetch)

    companies.sort(key=lambda h: (h.sort_key, h.id))
    persons.sort(key=lambda h: (h.sort_key, h.id))
    results.companies, results.more_companies = companies[:limit], more_companies
    results.persons, results.more_persons = persons[:limit], more_persons
    return results


def _digits(phone: str | None) -> str:
    """A phone number as the index holds it: national digits ("+31 20 123 4567" -> "0201234567")."""
    if not phone:
        return ""
    digits = "".join(c for c in phone if c.isdigit() or c == "+")
    return ("0" + digits[3:]) if digits.startswith("+31") else digits.lstrip("+")
