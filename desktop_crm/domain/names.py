"""Dutch name conventions: prefixes (tussenvoegsels), sort keys and search folding."""

from __future__ import annotations

import unicodedata

# Tussenvoegsels as they occur in Dutch and Flemish surnames, longest first so that "van der"
# wins over "van". Lower case; matching ignores case.
PREFIXES: tuple[str, ...] = tuple(sorted({
    "van", "van de", "van der", "van den", "van het", "van 't", "van ter", "van t",
    "de", "den", "der", "het", "'t", "te", "ter", "ten", "op", "op de", "op den", "op het", "op 't",
    "in", "in de", "in den", "in het", "in 't", "uit", "uit de", "uit den", "uit het", "uijt",
    "aan", "aan de", "aan den", "aan het", "bij", "bij de", "bij den", "onder", "onder de",
    "over", "over de", "voor", "voor de", "voor den", "la", "le", "du", "des", "d'", "da", "di",
    "dos", "del", "della", "von", "von der", "vom", "zu", "zum", "zur", "v.", "v.d.", "v/d", "vd",
    "v.d", "vander", "vanden", "vande", "ver", "'s", "s'",
}, key=lambda p: (-len(p), p)))

_ABBREVIATIONS = {"v.d.": "van der", "v.d": "van der", "v/d": "van der", "vd": "van der", "v.": "van"}


# Letters that Unicode does not decompose into a base letter and an accent, so that "Yılmaz" and
# "YILMAZ", or "Łukasz" and "Lukasz", still fold the same. Applied after casefold (lower case only).
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ð": "d",
                               "æ": "ae", "œ": "oe"})


def fold(text: str | None) -> str:
    """Case- and diacritic-insensitive form for comparing and searching: "Müller" -> "muller"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().translate(_UNDECOMPOSED).split())


def split_prefix(last_name: str) -> tuple[str, str]:
    """Split a surname written with its prefix: "van den Berg" -> ("van den", "Berg").

    Only splits when something remains after the prefix ("Van" alone is a surname).
    """
    words = last_name.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        candidate = " ".join(words[:n])
        if candidate.casefold() in PREFIXES:
            return candidate, " ".join(words[n:])
    return "", last_name.strip()


def normalise_prefix(prefix: str | None) -> str:
    """Write a tussenvoegsel consistently: "V.D." and "v/d" become "van der"; case is lowered."""
    if not prefix:
        return ""
    p = " ".join(prefix.split()).casefold()
    return _ABBREVIATIONS.get(p, p)


def person_sort_key(last_name: str | None, middle_name: str | None = None,
                    first_name: str | None = None) -> str:
    """Key that sorts persons the Dutch way: by surname without its prefix, then first name.

    "Jan van den Berg" sorts under B. A prefix still written inside the last name is ignored too.
    The prefix itself is the last tie-breaker so "de Vries" and "Vries" stay together.
    """
    prefix, core = split_prefix(last_name or "")
    prefix = (middle_name or prefix or "").strip()
    return "\x1f".join((fold(core), fold(first_name), fold(prefix)))


def company_sort_key(name: str | None) -> str:
    """Companies sort by their folded name; a leading article or legal form is kept."""
    return fold(name)


def full_name(first_name: str | None, middle_name: str | None, last_name: str | None) -> str:
    """Display name: "Jan van den Berg"."""
    return " ".join(p.strip() for p in (first_name, middle_name, last_name) if p and p.strip())


def listed_name(first_name: str | None, middle_name: str | None, last_name: str | None) -> str:
    """Name as a sorted list shows it: "Berg, Jan van den"."""
    last = (last_name or "").strip()
    rest = " ".join(p.strip() for p in (first_name, middle_name) if p and p.strip())
    if last and rest:
        return f"{last}, {rest}"
    return last or rest
