"""vCard 2.1, 3.0 and 4.0 as a table with fixed columns, streamed card by card.

Handled: folded lines (a leading space or tab), vCard 2.1 quoted-printable values with soft line
breaks and a CHARSET, 2.1 continuation lines without a leading space, CR / LF / CRLF / CRCRLF line
ends, grouped properties (``item1.EMAIL``) with Apple's ``X-ABLabel``, quoted and comma-separated
TYPE lists as well as 2.1's bare types (``TEL;WORK;VOICE``), escaped text (``\\n``, ``\\,``, ``\\;``,
``\\:``), nested cards (AGENT) skipped, photos and keys ignored, ORG with departments, several
EMAIL/TEL/ADR (work and preferred ones first, the rest kept in columns of their own; for a card
without ORG a home or untyped ADR, the person's own address), N versus FN, and company cards
(``X-ABShowAs:COMPANY``, ``KIND:org``).
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop_crm.domain.import_rows import join_street
from desktop_crm.services.readers import NO_CARDS, ReadError, SourceRow, Table

HEADERS: list[str] = [
    "Name prefix", "First name", "Middle name", "Last name", "Name suffix", "Full name", "Nickname",
    "Organisation", "Department", "Job title", "Role",
    "E-mail", "Other e-mail addresses",
    "Phone", "Mobile", "Other phones", "Fax",
    "Street", "Postal code", "City", "Region", "Country", "Other addresses",
    "Website", "Notes", "Categories", "Birthday", "Card kind", "UID",
]
_COL = {name: i for i, name in enumerate(HEADERS)}
CHUNK = 1 << 16

_LINE_END = re.compile(rb"\r*\n|\r")
_PROPERTY = re.compile(rb"^(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+(?:;[^:]*)?:")
_NAME = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$")


@dataclass
class Prop:
    name: str
    group: str
    params: dict[str, list[str]]
    types: set[str]
    value: str


@dataclass
class Card:
    props: list[Prop] = field(default_factory=list)
    first_line: int = 0


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Physical lines as bytes, any line end, streamed."""
    number = 0
    rest = b""
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            data = rest + chunk
            held = data[len(data.rstrip(b"\r")):]  # a CR that may be the first half of a CRLF
            parts = _LINE_END.split(data[:len(data) - len(held)])
            rest = parts.pop() + held
            for part in parts:
                number += 1
                yield number, part
        for part in _LINE_END.split(rest) if rest else ():
            number += 1
            yield number, part


def _logical_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Unfolded content lines: folds, quoted-printable soft breaks and 2.1 continuation lines joined."""
    current: bytes | None = None
    start = 0
    qp_soft = False
    for number, line in _lines(path):
        if current is not None and qp_soft:
            if line == b"":
                qp_soft = False
                continue
            current = current[:-1] + line
            qp_soft = current.endswith(b"=")
            continue
        if line[:1] in (b" ", b"\t") and current is not None:
            current += line[1:]
            qp_soft = _is_qp(current) and current.endswith(b"=")
            continue
        if line.strip() == b"":
            continue
        if current is not None and not _PROPERTY.match(line) and not line.upper().startswith(b"END:"):
            current += b"\n" + line  # a 2.1 value continued on a line of its own
            continue
        if current is not None:
            yield start, current
        current, start = line, number
        qp_soft = _is_qp(current) and current.endswith(b"=")
    if current is not None:
        yield start, current


def _is_qp(line: bytes) -> bool:
    head = line.split(b":", 1)[0].upper()
    return b"QUOTED-PRINTABLE" in head


def _split_unquoted(text: str, sep: str) -> list[str]:
    parts, buf, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


def _decode(raw: bytes, charset: str | None) -> str:
    charset = (charset or "utf-8").strip('"').lower()
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        if text.count("\ufffd") * 10 < len(text):
            return text.replace("\ufffd", "")  # a stray byte in UTF-8 text: drop it
        return raw.decode("cp1252", errors="replace")


def parse_line(line: bytes) -> Prop | None:
    colon = _value_start(line)
    if colon < 0:
        return None
    head = line[:colon].decode("ascii", errors="replace")
    value_bytes = line[colon + 1:]
    parts = _split_unquoted(head, ";")
    match = _NAME.match(parts[0].strip())
    if not match:
        return None
    group, name = (match.group(1) or "").lower(), match.group(2).upper()
    params: dict[str, list[str]] = {}
    types: set[str] = set()
    for part in parts[1:]:
        part = part.strip()
        if not part:
            continue
        if "=" in part:
            key, _, val = part.partition("=")
            values = [v.strip().strip('"') for v in _split_unquoted(val, ",")]
            params.setdefault(key.strip().upper(), []).extend(values)
            if key.strip().upper() == "TYPE":
                types.update(v.lower() for v in values if v)
        else:
            types.add(part.strip('"').lower())  # vCard 2.1: TEL;WORK;VOICE
    encoding = (params.get("ENCODING", [""])[0] or "").upper()
    if "QUOTED-PRINTABLE" in types or encoding == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(value_bytes)
        value = _decode(raw, params.get("CHARSET", [None])[0])
    elif encoding in ("B", "BASE64") or "base64" in types:
        value = ""  # photos, keys, sounds: not imported
    else:
        value = _decode(value_bytes, params.get("CHARSET", [None])[0])
    return Prop(name, group, params, types, value)


def _value_start(line: bytes) -> int:
    quoted = False
    for i, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return i
    return -1


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "N": "\n", "\n": "\n"}.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def split_structured(text: str) -> list[str]:
    """Components of N, ADR, ORG: split on ";" that is not escaped, each unescaped."""
    parts, buf, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            buf.append(text[i:i + 2])
            i += 2
            continue
        if ch == ";":
            parts.append(unescape("".join(buf)).strip())
            buf = []
        else:
            buf.append(ch)
        i += 1
    parts.append(unescape("".join(buf)).strip())
    return parts


def _cards(path: Path) -> Iterator[Card]:
    card: Card | None = None
    depth = 0
    for number, line in _logical_lines(path):
        upper = line.strip().upper()
        if upper.startswith(b"BEGIN:VCARD"):
            if card is None:
                card, depth = Card(first_line=number), 1
            else:
                depth += 1  # a nested card (AGENT in vCard 2.1): skipped
            continue
        if upper.startswith(b"END:VCARD"):
            depth -= 1
            if card is not None and depth == 0:
                yield card
                card = None
            continue
        if card is None or depth > 1:
            continue
        prop = parse_line(line)
        if prop is not None:
            card.props.append(prop)
    if card is not None and card.props:
        yield card  # a last card without END:VCARD


_ORDER_EMAIL = ("pref", "work", "internet")


def _rank(prop: Prop, preferred: tuple[str, ...]) -> tuple:
    pref = "pref" in prop.types or "PREF" in prop.params
    return (0 if pref else 1, *(0 if p in prop.types else 1 for p in preferred))


def _work_only(prop: Prop) -> bool:
    return "work" in prop.types and "home" not in prop.types


def _phone_value(prop: Prop) -> str:
    value = unescape(prop.value).strip()
    if value.lower().startswith("tel:"):
        value = value[4:]
        number, _, ext = value.partition(";ext=")
        value = f"{number} ext. {ext}" if ext else number
    return value


def _label(card: Card, group: str) -> str:
    if not group:
        return ""
    for prop in card.props:
        if prop.group == group and prop.name == "X-ABLABEL":
            label = unescape(prop.value)
            return label.removeprefix("_$!<").removesuffix(">!$_")
    return ""


def _format_adr(parts: list[str]) -> str:
    parts = (parts + [""] * 7)[:7]
    street = join_street((parts[2], parts[1], parts[0]))
    place = " ".join(p for p in (parts[5], parts[3]) if p)
    return ", ".join(p for p in (street, place, parts[4], parts[6]) if p)


def card_row(card: Card) -> list[str]:
    row = [""] * len(HEADERS)
    props = card.props

    def first(name: str) -> Prop | None:
        return next((p for p in props if p.name == name and p.value.strip()), None)

    n = first("N")
    if n:
        family, given, additional, prefix, suffix = (split_structured(n.value) + [""] * 5)[:5]
        row[_COL["Last name"]], row[_COL["First name"]] = family, given
        row[_COL["Middle name"]] = " ".join(additional.replace(",", " ").split())
        row[_COL["Name prefix"]], row[_COL["Name suffix"]] = prefix, suffix
    fn = first("FN")
    if fn:
        row[_COL["Full name"]] = unescape(fn.value).strip()
    nick = first("NICKNAME")
    if nick:
        row[_COL["Nickname"]] = unescape(nick.value).strip()
    org = first("ORG")
    if org:
        parts = [p for p in split_structured(org.value) if p]
        if parts:
            row[_COL["Organisation"]] = parts[0]
            row[_COL["Department"]] = " / ".join(parts[1:])
    for name, col in (("TITLE", "Job title"), ("ROLE", "Role"), ("NOTE", "Notes"), ("BDAY", "Birthday"),
                      ("UID", "UID"), ("CATEGORIES", "Categories")):
        prop = first(name)
        if prop:
            row[_COL[col]] = unescape(prop.value).strip()
    url = first("URL")
    if url:
        row[_COL["Website"]] = unescape(url.value).strip()

    emails = sorted((p for p in props if p.name == "EMAIL" and p.value.strip()),
                    key=lambda p: _rank(p, ("work",)))
    addresses = [unescape(p.value).strip().removeprefix("mailto:") for p in emails]
    addresses = list(dict.fromkeys(a for a in addresses if a))
    if addresses:
        row[_COL["E-mail"]] = addresses[0]
        row[_COL["Other e-mail addresses"]] = "; ".join(addresses[1:])

    phones, mobiles, faxes, others = [], [], [], []
    for prop in sorted((p for p in props if p.name == "TEL"), key=lambda p: _rank(p, ("work", "voice"))):
        value = _phone_value(prop)
        if not value:
            continue
        label = _label(card, prop.group).lower()
        types = prop.types
        if "fax" in types or "fax" in label:
            faxes.append(value)
        elif "cell" in types or "mobile" in label or "iphone" in label:
            mobiles.append(value)
        elif "pager" in types or "assistant" in label or "home" in types or label:
            others.append(f"{label or ', '.join(sorted(types - {'voice', 'pref'})) or 'phone'}: {value}")
        else:
            phones.append(value)
    if not phones:  # only a home phone: better than none
        home = [p for p in others if p.startswith("home")]
        if home:
            phones.append(home[0].split(": ", 1)[1])
            others.remove(home[0])
    if phones:
        row[_COL["Phone"]] = phones[0]
        others = [f"phone: {p}" for p in phones[1:]] + others
    if mobiles:
        row[_COL["Mobile"]] = mobiles[0]
        others += [f"mobile: {p}" for p in mobiles[1:]]
    row[_COL["Fax"]] = "; ".join(dict.fromkeys(faxes))
    row[_COL["Other phones"]] = "; ".join(dict.fromkeys(others))

    show_as = first("X-ABSHOWAS")
    kind = first("KIND")
    is_org = ((show_as is not None and show_as.value.strip().upper() == "COMPANY")
              or (kind is not None and kind.value.strip().lower() == "org"))
    if not is_org and not any(row[_COL[c]] for c in ("First name", "Last name", "Full name")) \
            and row[_COL["Organisation"]]:
        is_org = True
    if is_org and not row[_COL["Organisation"]]:
        row[_COL["Organisation"]] = row[_COL["Full name"]]
    row[_COL["Card kind"]] = "company" if is_org else ""

    adrs = [p for p in props if p.name == "ADR" and p.value.strip(" ;")]
    if row[_COL["Organisation"]]:  # the company's address: a work one first
        adrs.sort(key=lambda p: _rank(p, ("work",)))
        main, more = adrs[:1], adrs[1:]
    else:
        # A private person: the address columns become their own address, so a home or untyped one;
        # a work address without a company stays among the other addresses (the notes).
        own = sorted((p for p in adrs if not _work_only(p)), key=lambda p: _rank(p, ("home",)))
        main, more = own[:1], own[1:] + [p for p in adrs if _work_only(p)]
    if main:
        parts = (split_structured(main[0].value) + [""] * 7)[:7]
        row[_COL["Street"]] = join_street((parts[2], parts[1], parts[0]))
        row[_COL["City"]] = ", ".join(x.strip() for x in parts[3].splitlines() if x.strip())
        row[_COL["Region"]] = parts[4]
        row[_COL["Postal code"]] = parts[5]
        row[_COL["Country"]] = parts[6]
    row[_COL["Other addresses"]] = "; ".join(_format_adr(split_structured(p.value)) for p in more)
    return row


def open_vcard(path: Path) -> Table:
    if next(_cards(path), None) is None:
        raise ReadError(NO_CARDS, path)

    def data_rows() -> Iterator[SourceRow]:
        for number, card in enumerate(_cards(path), start=2):
            yield SourceRow(number, card_row(card))

    return Table(path=path, format="vcard", headers=list(HEADERS), open_rows=data_rows, encoding="utf-8")
