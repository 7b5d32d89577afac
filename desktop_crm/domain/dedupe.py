"""Duplicate detection rules: comparison keys, blocking keys and pair scores (plain Python + rapidfuzz).

Two records are candidate duplicates when they share an e-mail address, a phone number once
normalised, a KvK number (companies), or have similar names (rapidfuzz) at the same postal code or
e-mail domain. Names are compared after Dutch normalisation: case and accents folded, "v.d." and
"van der" the same, the prefix not deciding the match ("Berg, J. van den" ~ "Jan van der Berg"),
legal forms ("B.V.", "BV", "N.V.", "V.O.F.", "GmbH"...) and punctuation ignored for companies.
Blocking keeps the comparisons small: only records in the same block are ever compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from desktop_crm.domain.messages import QT_TRANSLATE_NOOP
from desktop_crm.domain.names import fold, split_prefix

REASON_EMAIL = "email"
REASON_PHONE = "phone"
REASON_KVK = "kvk"
REASON_NAME_POSTAL = "name_postal"
REASON_NAME_DOMAIN = "name_domain"
REASON_NAME_COMPANY = "name_company"
REASON_LABELS = {
    REASON_EMAIL: QT_TRANSLATE_NOOP("Duplicates", "same e-mail address"),
    REASON_PHONE: QT_TRANSLATE_NOOP("Duplicates", "same phone number"),
    REASON_KVK: QT_TRANSLATE_NOOP("Duplicates", "same KvK number"),
    REASON_NAME_POSTAL: QT_TRANSLATE_NOOP("Duplicates", "similar name at the same postal code"),
    REASON_NAME_DOMAIN: QT_TRANSLATE_NOOP("Duplicates", "similar name, same e-mail domain"),
    REASON_NAME_COMPANY: QT_TRANSLATE_NOOP("Duplicates", "similar name at the same company"),
}

# Free-mail domains: a shared domain there says nothing about two persons.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.nl", "outlook.com", "outlook.nl", "live.nl", "live.com",
    "msn.com", "yahoo.com", "yahoo.nl", "ziggo.nl", "kpnmail.nl", "kpnplanet.nl", "planet.nl", "home.nl",
    "hetnet.nl", "xs4all.nl", "casema.nl", "chello.nl", "upcmail.nl", "tele2.nl", "online.nl", "quicknet.nl",
    "zeelandnet.nl", "icloud.com", "me.com", "mac.com", "gmx.net", "gmx.de", "web.de", "telenet.be", "skynet.be",
    "proton.me", "protonmail.com", "aol.com", "freeler.nl", "solcon.nl", "caiway.nl", "example.com", "example.nl",
})

_LEGAL = re.compile(
    r"\b(?:b\s?v|n\s?v|v\s?o\s?f|c\s?v|gmbh|ltd|limited|inc|llc|ag|sa|sarl|bvba|cvba|nv|vof|holding|groep|group|"
    r"en zn|& zn|zn|co|corp|corporation|company|stichting|vereniging)\b")
_PUNCT = re.compile(r"[^\w\s]")

NAME_THRESHOLD = 85  # similarity (0-100) of names in the same postal code / company / domain
HINT_THRESHOLD = 80  # the card's duplicate hint is a little more eager


def company_key(name: str | None) -> str:
    """"Bakkerij De Vries B.V." and "bakkerij de vries bv" give the same key."""
    text = fold(name).replace("&", " en ")
    text = " ".join(_PUNCT.sub("", text.replace(".", "").replace(",", " ")).split())
    text = _LEGAL.sub(" ", text)
    return " ".join(text.split())


def person_key(first_name: str | None, middle_name: str | None, last_name: str | None) -> str:
    """Surname core, then first name: "Berg jan"; the prefix is left out ("v.d." or "van den" alike)."""
    _, core = split_prefix(last_name or "")
    return " ".join(f"{fold(core)} {fold(first_name).replace('.', ' ')}".split())


def key_from_sort_key(sort_key: str) -> str:
    """``person_key`` from the stored ``person.sort_key`` (core \x1f first \x1f prefix), no re-folding."""
    core, _, rest = sort_key.partition("\x1f")
    first = rest.partition("\x1f")[0]
    if "." in first:
        first = " ".join(first.replace(".", " ").split())
    return f"{core} {first}" if first else core


def email_key(email: str | None) -> str:
    return (email or "").strip().lower()


def email_domain(email: str | None) -> str:
    key = email_key(email)
    return key.rpartition("@")[2] if "@" in key else ""


def phone_key(phone: str | None) -> str:
    """Digits of a stored (international) phone number: "+31 20 123 4567" -> "31201234567"."""
    digits = "".join(c for c in phone or "" if c.isdigit())
    return digits if len(digits) >= 8 else ""


def person_similarity(a: str, b: str) -> float:
    """0-100 similarity of two ``person_key``s; an initial matches a first name ("berg j" ~ "berg jan")."""
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    a_last, _, a_first = a.partition(" ")
    b_last, _, b_first = b.partition(" ")
    last = fuzz.ratio(a_last, b_last)
    if last < 70:
        return last * 0.8
    if not a_first or not b_first:
        first = 80.0
    elif a_first[0] != b_first[0]:
        first = fuzz.ratio(a_first, b_first) * 0.6
    elif len(a_first) == 1 or len(b_first) == 1 or a_first.startswith(b_first) or b_first.startswith(a_first):
        first = 92.0
    else:
        first = fuzz.ratio(a_first, b_first)
    return round(last * 0.6 + first * 0.4, 1)


def company_similarity(a: str, b: str) -> float:
    """0-100 similarity of two ``company_key``s (word order and extra words count less)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    return round(max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b) * 0.98, fuzz.token_set_ratio(a, b) * 0.9), 1)


def pair_score(reasons: set[str], name_score: float) -> int:
    """One 0-100 score for a pair from its evidence and how alike the names are."""
    score = 0.0
    if REASON_KVK in reasons:
        score = max(score, 80 + name_score * 0.2)
    if REASON_EMAIL in reasons:
        score = max(score, 70 + name_score * 0.3 if name_score < 60 else 90 + name_score * 0.1)
    if REASON_PHONE in reasons:
        score = max(score, 55 + name_score * 0.45)
    for reason in (REASON_NAME_POSTAL, REASON_NAME_COMPANY):
        if reason in reasons:
            score = max(score, name_score)
    if REASON_NAME_DOMAIN in reasons:
        score = max(score, name_score * 0.8)  # colleagues elsewhere in the organisation may share a name
    bonus = 3 * (len(reasons) - 1)
    return int(min(100, round(score + bonus)))


@dataclass
class Candidate:
    """A pair of records (``a`` < ``b``) that may be the same, with why and how sure (0-100)."""

    kind: str
    a: int
    b: int
    score: int
    reasons: set[str] = field(default_factory=set)
