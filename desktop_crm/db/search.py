"""The FTS5 search index: safe MATCH expressions from what a user types, and the bounded quick search.

The index tables (``company_fts``, ``person_fts``) are external-content FTS5 tables kept in step by
triggers (migrations 0001, 0003 and 0006: a person's own city and postal code are in ``place``),
tokenised with ``unicode61 remove_diacritics 2`` and prefix indexes of 2 and 3 characters. Deleted
records are not in them.

User text never reaches FTS5 syntax: it is split into words on everything that is not a letter or
a digit (as the tokenizer does), and every word becomes a quoted string with a prefix star, joined
by AND (FTS5's implicit operator): ``van "den" (berg`` becomes ``"van"* "den"* "berg"*``. Quotes,
stars, parentheses, ``-``, ``:``, ``^`` and the keywords AND/OR/NOT/NEAR are therefore just text.
Case and diacritics are folded by the tokenizer on both sides, so "Müller" and "muller" match.

Phone numbers are indexed as national digits ("+31 20 123 4567" as "0201234567"), so the query
does the same: "+31", "0031" and "+31 (0)" become "0", and digit groups written apart ("020 123 45")
are joined into one prefix ("020123"*). Postal codes are indexed both as "1234 AB" and "1234AB", so
"1234ab" and "1234 ab" both match.

Words of one character are not served by the 2/3-character prefix index and make FTS5 merge the
doclists of every term with that first letter (conventions.md: 'j.jansen' 93 ms vs 26 ms). The
quick search therefore leaves them out of the MATCH and checks them in Python on the bounded hits;
the list filter (which runs on the worker thread and must be exact) keeps them in the MATCH.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from desktop_crm.db.addresses import person_address
from desktop_crm.db.connection import database

MAX_WORDS = 8  # more words than this add nothing but cost
_WORD = re.compile(r"[^\W_]+")
# "+31 20", "0031 20", "+31 (0)20" -> "0 20"; the lookahead keeps "+310" style typos harmless.
_INTERNATIONAL = re.compile(r"(?:\+|\b00)\s*31\s*(?:\(\s*0\s*\))?\s*(?=\d)")
# Digit groups separated only by spaces and phone punctuation belong together.
_DIGIT_RUN = re.compile(r"\d+(?:[\s\-./()]+\d+)*")


@dataclass(frozen=True)
class Match:
    """A safe FTS5 MATCH expression and the one-character words checked outside of it."""

    expression: str
    short_words: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.expression)


def words(text: str) -> list[str]:
    """The words of a query as the index sees them, with phone numbers in national digits."""
    text = unicodedata.normalize("NFC", text or "")
    text = _INTERNATIONAL.sub("0", text)
    text = _DIGIT_RUN.sub(lambda m: re.sub(r"\D", "", m.group()), text)
    return _WORD.findall(text)[:MAX_WORDS]


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def match_expression(text: str, *, keep_short: bool = False) -> Match:
    """The MATCH expression for ``text`` (empty when there is nothing to search for).

    With ``keep_short`` False, words of one character are left out of the expression and returned
    in ``short_words`` for ``matches_short_words``; a query of only such words gives no expression.
    """
    found = words(text)
    if keep_short:
        return Match(" ".join(_quote(w) for w in found))
    long_words = [w for w in found if len(w) > 1]
    short = tuple(_fold(w) for w in found if len(w) == 1)
    if not long_words:
        return Match("")
    return Match(" ".join(_quote(w) for w in long_words), short)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def matches_short_words(short_words: Iterable[str], texts: Iterable[str | None]) -> bool:
    """True when every one-character word starts some word of ``texts`` (case and diacritics folded)."""
    needed = tuple(short_words)
    if not needed:
        return True
    joined = " ".join(t for t in texts if t)
    folded: str | None = None
    for word in needed:
        pattern = _word_start(word)
        if pattern.search(joined):
            continue
        if folded is None:
            folded = joined if joined.isascii() else _fold(joined)
        if folded is joined or not pattern.search(folded):
            return False
    return True


@lru_cache(maxsize=64)
def _word_start(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_]){re.escape(word)}", re.IGNORECASE)


# --- The quick search: the first hits unranked, bounded by LIMIT --------------------------------

PERSON_HITS_SQL = """
    SELECT p.id, p.first_name, p.middle_name, p.last_name, p.sort_key, p.email, p.phone, p.mobile,
           c.name, """ + person_address("city", empty_as_null=True) + """
    FROM (SELECT rowid AS id FROM person_fts WHERE person_fts MATCH ? LIMIT ?) AS f
    JOIN person AS p ON p.id = f.id
    LEFT JOIN company AS c ON c.id = p.company_id
    WHERE p.deleted_at IS NULL"""

COMPANY_HITS_SQL = """
    SELECT c.id, c.name, c.name_sort, c.city, c.postal_code, c.email, c.phone, c.kvk
    FROM (SELECT rowid AS id FROM company_fts WHERE company_fts MATCH ? LIMIT ?) AS f
    JOIN company AS c ON c.id = f.id
    WHERE c.deleted_at IS NULL"""


def _rows(sql: str, expression: str, limit: int) -> Iterator[tuple]:
    cursor = database.execute_sql(sql, (expression, limit))
    try:
        yield from cursor
    finally:
        cursor.close()


def person_hits(expression: str, limit: int) -> Iterator[tuple]:
    """(id, first, middle, last, sort_key, email, phone, mobile, company name, city) rows (the company's
    city, or for a person without a company their own), read lazily: stop early and the rest is never read."""
    return _rows(PERSON_HITS_SQL, expression, limit)


def company_hits(expression: str, limit: int) -> Iterator[tuple]:
    """(id, name, name_sort, city, postal_code, email, phone, kvk) rows, read lazily."""
    return _rows(COMPANY_HITS_SQL, expression, limit)
