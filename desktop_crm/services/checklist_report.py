"""The checklist report (seed 003) as HTML: the quick wins, what to take up later, and per area the goals,
the marked package wishes and the preconditions. In Dutch or English (the texts are data, like the
checklist itself). The wizard shows it, saves the answers (``services.configuration``), and exports it
as an HTML file here or as a PDF in the UI (Qt prints the same HTML)."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from desktop_crm.domain import checklist as cl
from desktop_crm.domain.defaults import Text

TITLE = Text("Wat heeft uw organisatie nodig van een CRM?", "What does your organisation need from a CRM?")
RULE = Text(
    "Quick wins zijn de noodzakelijke functies met een lage impact: daar begint u mee. De wenselijke functies "
    "met een hoge impact pakt u later op. Let op: er kunnen goede redenen zijn om een noodzakelijke functie "
    "met een hogere impact toch meteen op te pakken, bijvoorbeeld om gebruikers erbij te betrekken.",
    "Quick wins are the necessary functions with a low impact: start with those. The desirable functions with a "
    "high impact are taken up later. Note: there can be good reasons to take up a necessary function with a "
    "higher impact straight away, for example to get users involved.")
QUICK_WINS = Text("Quick wins (noodzakelijk, lage impact)", "Quick wins (necessary, low impact)")
LATER = Text("Later oppakken (wenselijk, hoge impact)", "Take up later (desirable, high impact)")
NONE_YET = Text("Geen.", "None.")
GOALS = Text("Met CRM wil ik:", "With CRM I want to:")
NO_GOALS = Text("Geen doelstellingen aangekruist.", "No goals ticked.")
WISHES = Text("Pakketwensen", "Package wishes")
NO_WISHES = Text("Geen functies gemarkeerd.", "No functions marked.")
PRECONDITIONS = Text("Randvoorwaarden", "Preconditions")
COLUMNS = (Text("Nr.", "No."), Text("Functie", "Function"), Text("In gebruik", "In use"),
           Text("Noodzaak", "Need"), Text("Impact", "Impact"))
YES_NO = {True: Text("ja", "yes"), False: Text("nee", "no")}
NEED = {cl.NECESSARY: Text("noodzakelijk", "necessary"), cl.DESIRABLE: Text("wenselijk", "desirable")}
IMPACT = {cl.LOW: Text("laag", "low"), cl.MEDIUM: Text("midden", "medium"), cl.HIGH: Text("hoog", "high")}
IN_USE = Text("al in gebruik", "already in use")
FOR = Text("Voor {organisation}", "For {organisation}")
SAVED = Text("Opgeslagen op {date}", "Saved on {date}")
SOURCE = Text("Naar de checklist van TNO, Handleiding CRM-implementatie (2006).",
              "After the checklist of TNO, Handleiding CRM-implementatie (2006).")


def _date(saved_at: str, language: str) -> str:
    try:
        when = datetime.fromisoformat(saved_at.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return ""
    if language == "en":
        return f"{when.day} {when.strftime('%B')} {when.year}"
    return f"{when.day}-{when.month}-{when.year}"


def _item_line(item: cl.ChecklistItem, answer: cl.Answer, language: str) -> str:
    group = f"{escape(item.group.get(language))} " if item.group is not None else ""
    used = f" <i>({escape(IN_USE.get(language))})</i>" if answer.in_use else ""
    return f"<li><b>{item.number}.</b> {group}{escape(item.text.get(language))}{used}</li>"


def _list(items: list[cl.ChecklistItem], checklist: cl.Checklist, language: str) -> str:
    if not items:
        return f"<p>{escape(NONE_YET.get(language))}</p>"
    lines = "".join(_item_line(i, checklist.answers.get(i.number, cl.Answer()), language) for i in items)
    return f"<ul>{lines}</ul>"


def report_html(checklist: cl.Checklist, language: str = "nl", organisation: str = "", saved_at: str = "") -> str:
    """The whole report as one HTML document (Qt's rich text subset, so it prints the same as a PDF)."""
    t = lambda text: escape(text.get(language))  # noqa: E731 - a short local helper
    parts = [f"<html><head><meta charset=\"utf-8\"><title>{t(TITLE)}</title></head><body>",
             f"<h1>{t(TITLE)}</h1>"]
    sub = []
    if organisation.strip():
        sub.append(escape(FOR.get(language).format(organisation=organisation.strip())))
    date = _date(saved_at, language) if saved_at else ""
    if date:
        sub.append(escape(SAVED.get(language).format(date=date)))
    if sub:
        parts.append(f"<p>{' — '.join(sub)}</p>")
    parts.append(f"<p>{t(RULE)}</p>")
    parts.append(f"<h2>{t(QUICK_WINS)}</h2>{_list(cl.quick_wins(checklist), checklist, language)}")
    parts.append(f"<h2>{t(LATER)}</h2>{_list(cl.later_items(checklist), checklist, language)}")
    for area in cl.AREAS:
        parts.append(f"<h2>{t(area.title)}</h2>")
        goals = [g for g in cl.goals_of(area.key) if g.key in checklist.goals]
        parts.append(f"<h3>{t(GOALS)}</h3>")
        parts.append("<ul>" + "".join(f"<li>{t(g.text)}</li>" for g in goals) + "</ul>" if goals
                     else f"<p>{t(NO_GOALS)}</p>")
        parts.append(f"<h3>{t(WISHES)}</h3>")
        rows = []
        for item in cl.items_of(area.key):
            answer = checklist.answers.get(item.number)
            if answer is None or not answer.answered():
                continue
            cells = [str(item.number), t(item.text),
                     t(YES_NO[answer.in_use]) if answer.in_use is not None else "",
                     t(NEED[answer.need]) if answer.need is not None else "",
                     t(IMPACT[answer.impact]) if answer.impact is not None else ""]
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if rows:
            head = "".join(f"<th align=\"left\" width=\"{w}%\">{t(c)}</th>"
                           for c, w in zip(COLUMNS, (6, 58, 12, 12, 12), strict=True))
            parts.append(f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>{head}</tr>"
                         + "".join(rows) + "</table>")
        else:
            parts.append(f"<p>{t(NO_WISHES)}</p>")
        parts.append(f"<h3>{t(PRECONDITIONS)}</h3><ul>"
                     + "".join(f"<li>{t(p)}</li>" for p in cl.PRECONDITIONS[area.key]) + "</ul>")
    parts.append(f"<p><small>{t(SOURCE)}</small></p></body></html>")
    return "\n".join(parts)


def write_html(path: Path, checklist: cl.Checklist, language: str = "nl", organisation: str = "",
               saved_at: str = "") -> Path:
    """Export the report as an HTML file (UTF-8)."""
    path = Path(path)
    path.write_text(report_html(checklist, language, organisation, saved_at), encoding="utf-8")
    return path
