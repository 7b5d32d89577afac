"""Import mapping: which column of a file goes to which field, guessed from the headers.

Plain Python (no I/O): header guessing for Outlook (English, German, Dutch), Google Contacts,
Windows Live Mail, Group-Office and Dutch spreadsheets (Bedrijfsnaam, Voornaam, Tussenvoegsel,
Achternaam, Postcode, Plaats, Telefoon, E-mailadres...), and the ``Mapping`` the user can change,
that is remembered per header signature and can be saved as JSON. Turning a row into records is
``domain.import_rows``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_crm.domain.messages import QT_TRANSLATE_NOOP
from desktop_crm.domain.names import fold

IGNORE = ""
KINDS = ("person", "company")

# Targets a column can be mapped to, with their labels (context "Import").
TARGET_LABELS: dict[str, str] = {
    IGNORE: QT_TRANSLATE_NOOP("Import", "(do not import)"),
    "salutation": QT_TRANSLATE_NOOP("Import", "Salutation"),
    "first_name": QT_TRANSLATE_NOOP("Import", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("Import", "Middle name (tussenvoegsel)"),
    "last_name": QT_TRANSLATE_NOOP("Import", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("Import", "Full name (split automatically)"),
    "position": QT_TRANSLATE_NOOP("Import", "Position"),
    "email": QT_TRANSLATE_NOOP("Import", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("Import", "Mobile"),
    "phone_any": QT_TRANSLATE_NOOP("Import", "Phone or mobile (by the type column)"),
    "lead_status": QT_TRANSLATE_NOOP("Import", "Lead status"),
    "person_interests": QT_TRANSLATE_NOOP("Import", "Person interests"),
    "company": QT_TRANSLATE_NOOP("Import", "Company name"),
    "department": QT_TRANSLATE_NOOP("Import", "Department"),
    "kvk": QT_TRANSLATE_NOOP("Import", "KvK number"),
    "vat": QT_TRANSLATE_NOOP("Import", "VAT number"),
    "street": QT_TRANSLATE_NOOP("Import", "Street (and house number)"),
    "house_number": QT_TRANSLATE_NOOP("Import", "House number"),
    "postal_code": QT_TRANSLATE_NOOP("Import", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Import", "City"),
    "country": QT_TRANSLATE_NOOP("Import", "Country"),
    "country_code": QT_TRANSLATE_NOOP("Import", "Country code"),
    "typed_street": QT_TRANSLATE_NOOP("Import", "Street (home or work, by the type column)"),
    "typed_postal_code": QT_TRANSLATE_NOOP("Import", "Postal code (home or work, by the type column)"),
    "typed_city": QT_TRANSLATE_NOOP("Import", "City (home or work, by the type column)"),
    "typed_country": QT_TRANSLATE_NOOP("Import", "Country (home or work, by the type column)"),
    "home_street": QT_TRANSLATE_NOOP("Import", "Person's own street (home address)"),
    "home_postal_code": QT_TRANSLATE_NOOP("Import", "Person's own postal code"),
    "home_city": QT_TRANSLATE_NOOP("Import", "Person's own city"),
    "home_country": QT_TRANSLATE_NOOP("Import", "Person's own country"),
    "company_phone": QT_TRANSLATE_NOOP("Import", "Company phone"),
    "company_email": QT_TRANSLATE_NOOP("Import", "Company e-mail"),
    "website": QT_TRANSLATE_NOOP("Import", "Website"),
    "employees": QT_TRANSLATE_NOOP("Import", "Number of employees"),
    "branches": QT_TRANSLATE_NOOP("Import", "Number of branches"),
    "category": QT_TRANSLATE_NOOP("Import", "Category"),
    "business": QT_TRANSLATE_NOOP("Import", "Business"),
    "company_interests": QT_TRANSLATE_NOOP("Import", "Company interests"),
    "company_notes": QT_TRANSLATE_NOOP("Import", "Company notes"),
    "is_company": QT_TRANSLATE_NOOP("Import", "Row is a company (yes/no)"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes (added with the column name)"),
}
# Targets whose columns are all used (joined); the others take the first non-empty column.
JOINED = frozenset({"street", "house_number", "notes", "company_notes", "person_interests", "company_interests",
                    "home_street"})
# Address columns whose target (the company's address, the person's own, or the notes) is read row by
# row from the address's type column: typed target -> (company target, home target).
TYPED_ADDRESS = {"typed_street": ("street", "home_street"), "typed_postal_code": ("postal_code", "home_postal_code"),
                 "typed_city": ("city", "home_city"), "typed_country": ("country", "home_country")}


# --- header guessing -------------------------------------------------------------------------------

_SYNONYMS: dict[str, tuple[str, int]] = {}


def _add(target: str, priority: int, *headers: str) -> None:
    for header in headers:
        _SYNONYMS.setdefault(normalise_header(header), (target, priority))


def normalise_header(header: str) -> str:
    text = fold(header).replace("-", " ")
    text = re.sub(r"[_.:/()\[\]#'’\"*?]", " ", text)
    return " ".join(text.split())


_add("company", 0, "company", "company name", "bedrijf", "bedrijfsnaam", "naam bedrijf", "organisatie",
     "organisatienaam", "organisation", "organization", "firma", "firmenname", "organization 1 name",
     "organizations", "organisations", "werkgever", "account name", "onderneming", "handelsnaam",
     "statutaire naam", "relatie", "klant", "klantnaam", "company yomi x")
_add("department", 0, "department", "afdeling", "abteilung", "organization 1 department", "dienst")
_add("position", 0, "job title", "functie", "functietitel", "position", "jobtitle", "organization 1 title",
     "position title", "funktion")
_add("position", 3, "role", "rol", "beruf", "profession", "beroep", "organization 1 job description")
_add("salutation", 0, "title", "aanhef", "anrede", "name prefix", "prefixes", "salutation", "aanspreektitel",
     "titel", "aanspreekvorm")
_add("first_name", 0, "first name", "given name", "voornaam", "vorname", "firstname", "roepnaam",
     "voornamen")
_add("first_name", 4, "voorletters", "initials", "initialen")
_add("middle_name", 0, "middle name", "additional name", "tussenvoegsel", "tussenvoegsels", "tussenv",
     "voorvoegsel", "middlename", "weitere vornamen", "2 vorname", "prefix achternaam")
_add("last_name", 0, "last name", "family name", "surname", "achternaam", "nachname", "lastname", "familienaam",
     "familiennaam", "geslachtsnaam")
_add("full_name", 0, "full name", "display name", "volledige naam", "contactpersoon", "contact", "contact name",
     "weergavenaam", "naam contactpersoon", "name", "naam", "fn")
_add("email", 0, "e mail address", "email address", "e mail", "email", "e mailadres", "emailadres", "mail",
     "e mail adresse", "e mail 1 value", "email 1", "e mail 1", "emailaddresses email", "primary email",
     "e mail 1 address", "email adres", "e mail adres", "mailadres")
_add("phone", 0, "business phone", "telefoon", "telefoonnummer", "telefon", "phone", "telephone", "tel",
     "work phone", "telefon geschaftlich", "telefoon werk", "telefoon zakelijk", "phonenumbers number",
     "telefoonnummer vast", "vast", "vaste telefoon", "tel nr", "telnr", "telefoon vast", "phone number")
_add("phone", 2, "primary phone", "haupttelefon", "business phone 2", "telefon geschaftlich 2")
_add("phone", 6, "home phone", "telefon privat", "telefoon prive", "telefon privat", "private phone")
_add("mobile", 0, "mobile phone", "mobile", "mobiel", "mobiele telefoon", "mobiel nummer", "mobielnummer", "gsm",
     "handy", "mobiltelefon", "cell", "cell phone", "telefoon mobiel", "mobile number", "mobiel telefoonnummer")
_add("company_phone", 0, "company main phone", "telefon firma", "telefoon bedrijf", "bedrijfstelefoon",
     "telefoonnummer bedrijf", "algemeen telefoonnummer")
_add("company_email", 0, "company email", "e mail bedrijf", "algemeen e mailadres", "emailadres bedrijf")
_add("street", 0, "business street", "straat", "adres", "address", "street", "strasse geschaftlich",
     "strasse geschaftlich 2", "strasse geschaftlich 3", "business street 2", "business street 3",
     "straat en huisnummer", "bezoekadres", "addresses street",
     "addresses street2", "vestigingsadres", "adresregel 1", "adresregel 2", "strasse", "straatnaam",
     "street address", "address line 1", "address line 2")
_add("street", 3, "postadres")
_add("house_number", 0, "huisnummer", "huisnr", "hausnummer", "house number", "toevoeging",
     "huisnummertoevoeging", "huisnummer toevoeging", "huisletter")
_add("postal_code", 0, "postcode", "postal code", "zip", "zip code", "zipcode", "plz", "postleitzahl",
     "postleitzahl geschaftlich", "business postal code", "addresses zipcode",
     "postcode bezoekadres")
_add("city", 0, "plaats", "city", "stad", "ort", "woonplaats", "vestigingsplaats", "business city",
     "ort geschaftlich", "addresses city", "plaatsnaam", "plaats bezoekadres")
_add("country", 0, "land", "country", "country region", "business country region", "land region geschaftlich",
     "addresses country", "business country")
_add("country_code", 0, "countrycode", "country code", "addresses countrycode", "landcode")
_add("website", 0, "website", "web page", "webpagina", "internet", "url", "homepage", "webseite",
     "webseite geschaftlich", "website 1 value", "urls url", "internetadres", "www", "web site")
_add("kvk", 0, "kvk", "kvk nummer", "kvknummer", "kamer van koophandel", "chamber of commerce", "coc",
     "registrationnumber", "handelsregister", "kvk nr", "coc number", "kvk nummer bedrijf")
_add("vat", 0, "btw", "btw nummer", "btw nr", "vat", "vat number", "vatno", "ust id", "umsatzsteuer id", "btw id",
     "omzetbelastingnummer", "btwnummer")
_add("notes", 0, "notes", "notities", "opmerkingen", "opmerking", "notizen", "memo", "toelichting", "comments",
     "bijzonderheden", "note", "notitie", "kommentar")
_add("category", 0, "categorie", "category", "relatietype", "soort relatie", "klantsoort", "klanttype")
_add("business", 0, "branche", "business", "industry", "sector", "bedrijfstak", "branch of industry")
_add("lead_status", 0, "lead status", "leadstatus")
_add("person_interests", 0, "interesses", "interests", "interesse", "interesses persoon", "person interests")
_add("company_interests", 0, "interesses bedrijf", "company interests")
_add("employees", 0, "aantal medewerkers", "medewerkers", "werknemers", "employees", "aantal werknemers",
     "number of employees", "fte")
_add("branches", 0, "vestigingen", "aantal vestigingen", "number of branches")
_add("is_company", 0, "isorganization", "card kind", "is company", "is organisation", "is organization")
# A person's own (home) address: Outlook in English, German and Dutch, and Dutch spreadsheets.
_add("home_street", 0, "home street", "home street 2", "home street 3", "strasse privat", "strasse privat 2",
     "strasse privat 3", "straat prive", "straat thuis", "woonadres", "huisadres", "prive adres", "adres prive",
     "home address")
_add("home_postal_code", 0, "home postal code", "postleitzahl privat", "postcode prive", "postcode thuis",
     "postcode woonadres", "home zip", "home zip code")
_add("home_city", 0, "home city", "ort privat", "plaats prive", "woonplaats prive", "plaats thuis",
     "plaats woonadres")
_add("home_country", 0, "home country region", "home country", "land region privat", "land prive")
# Extra values a person has: kept in the notes under the column's name.
_add("notes", 5, "other e mail addresses", "e mail 2 address", "e mail 3 address", "e mail 2 adresse",
     "e mail 3 adresse", "other phones", "fax", "business fax", "car phone", "other phone", "home phone 2",
     "other addresses", "mobiltelefon 2", "weiteres telefon",
     "autotelefon", "telefon privat 2", "fax geschaftlich", "nickname", "spitzname", "bijnaam",
     "telefon assistent", "assistant s phone", "telefon firma 2")

_NUMBERED = [
    (re.compile(r"^e ?mail (\d+)(?: (?:value|address|adresse|adres))?$"), ("email", "notes")),
    (re.compile(r"^(?:phone|telefoon|telefon) (\d+) value$"), ("phone_any", "phone_any")),
    # Google Contacts: each address has its "Address N - Type" (Home, Work, Other...), read row by row.
    (re.compile(r"^address (\d+) (?:street|extended address)$"), ("typed_street", "typed_street")),
    (re.compile(r"^address (\d+) city$"), ("typed_city", "typed_city")),
    (re.compile(r"^address (\d+) postal code$"), ("typed_postal_code", "typed_postal_code")),
    (re.compile(r"^address (\d+) country$"), ("typed_country", "typed_country")),
    (re.compile(r"^organi[sz]ation (\d+) name$"), ("company", IGNORE)),
    (re.compile(r"^organi[sz]ation (\d+) title$"), ("position", IGNORE)),
    (re.compile(r"^organi[sz]ation (\d+) department$"), ("department", IGNORE)),
    (re.compile(r"^website (\d+) value$"), ("website", IGNORE)),
]
_GERMAN = {"vorname", "nachname", "firma", "strasse", "ort", "plz", "postleitzahl", "telefon", "notizen",
           "abteilung", "anrede", "mobiltelefon", "e mail adresse", "land region geschaftlich", "strasse geschaftlich",
           "ort geschaftlich", "telefon geschaftlich", "postleitzahl geschaftlich"}


def guess_target(header: str, kind: str = "person") -> tuple[str, int]:
    """(target, priority) for a column header; IGNORE when unknown. Lower priority wins."""
    key = normalise_header(header)
    found = _SYNONYMS.get(key)
    if found is None:
        for pattern, (first, rest) in _NUMBERED:
            match = pattern.match(key)
            if match:
                n = int(match.group(1))
                found = (first if n == 1 else rest, n)
                break
    if found is None:
        return IGNORE, 99
    target, priority = found
    if kind == "company":
        if target == "full_name" and key in ("name", "naam"):
            target = "company"
        elif target in ("email", "phone"):
            target = f"company_{target}"
        elif target == "notes" and priority == 0:
            target = "company_notes"
    return target, priority


def guess_region(headers: Sequence[str]) -> str:
    """The phone region a file's language suggests: German headers -> DE, otherwise NL."""
    keys = {normalise_header(h) for h in headers}
    return "DE" if len(keys & _GERMAN) >= 2 else "NL"


def guess_kind(headers: Sequence[str]) -> str:
    """"person" when the file has person name columns, else "company"."""
    targets = {guess_target(h)[0] for h in headers}
    if targets & {"first_name", "last_name", "middle_name", "salutation", "position", "mobile"}:
        return "person"
    if "full_name" in targets and "company" in targets:
        return "person"  # "Naam" beside "Bedrijf": the name is a person's
    if "company" in targets:
        return "company"
    return "person"


def header_signature(headers: Sequence[str]) -> str:
    """The same for the same columns in the same order, whatever their case or accents."""
    text = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


ON_MATCH = ("skip", "fill", "overwrite")


@dataclass
class Mapping:
    """What each column is, and the choices made for one import (all savable as JSON)."""

    kind: str
    headers: list[str]
    targets: list[str]
    priorities: list[int] = field(default_factory=list)
    region: str = "NL"
    on_match: str = "fill"  # skip / fill (only empty fields) / overwrite

    def __post_init__(self) -> None:
        if len(self.priorities) != len(self.targets):
            self.priorities = [guess_target(h, self.kind)[1] if t else 99
                               for h, t in zip(self.headers, self.targets, strict=True)]

    def set_target(self, column: int, target: str) -> None:
        if target not in TARGET_LABELS:
            raise ValueError(f"unknown target {target!r}")
        self.targets[column] = target
        guessed, priority = guess_target(self.headers[column], self.kind)
        self.priorities[column] = priority if guessed == target else 50 + column

    def used(self) -> list[tuple[int, str]]:
        """(column, target) of every mapped column, in the order values are taken."""
        return sorted(((i, t) for i, t in enumerate(self.targets) if t),
                      key=lambda it: (it[1], self.priorities[it[0]], it[0]))

    def signature(self) -> str:
        return header_signature(self.headers)

    def to_json(self) -> str:
        return json.dumps({"version": 1, "kind": self.kind, "region": self.region, "on_match": self.on_match,
                           "columns": [[h, t] for h, t in zip(self.headers, self.targets, strict=True)]},
                          ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str, headers: Sequence[str] | None = None) -> Mapping:
        """A saved mapping; applied to ``headers`` by column name when given (order may differ)."""
        data = json.loads(text)
        if not isinstance(data, dict) or "columns" not in data:
            raise ValueError("not a Desktop CRM import mapping")
        kind = data.get("kind", "person")
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        saved = [(str(h), str(t)) for h, t in data["columns"]]
        for _, target in saved:
            if target not in TARGET_LABELS:
                raise ValueError(f"unknown target {target!r}")
        if headers is None:
            headers = [h for h, _ in saved]
            targets = [t for _, t in saved]
        else:
            by_name: dict[str, list[str]] = {}
            for h, t in saved:
                by_name.setdefault(normalise_header(h), []).append(t)
            targets = []
            for h in headers:
                options = by_name.get(normalise_header(h))
                targets.append(options.pop(0) if options else guess_target(h, kind)[0])
        mapping = cls(kind=kind, headers=list(headers), targets=targets, region=data.get("region", "NL"),
                      on_match=data.get("on_match", "fill"))
        if mapping.on_match not in ON_MATCH:
            mapping.on_match = "fill"
        return mapping


def guess_mapping(headers: Sequence[str], kind: str | None = None) -> Mapping:
    kind = kind or guess_kind(headers)
    guessed = [guess_target(h, kind) for h in headers]
    return Mapping(kind=kind, headers=list(headers), targets=[t for t, _ in guessed],
                   priorities=[p for _, p in guessed], region=guess_region(headers))
