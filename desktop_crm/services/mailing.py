"""Mailing lists from a person selection for one subscription type (seed 000: "Type abonnement ...
veel gebruikt bij het maken van selecties en het verzenden van mailings").

Persons who are not subscribed to the type are left out, and so are addresses that occur twice
(seed 003: "minder verspilling bij mailings door dubbele adressering"): one message per e-mail
address, or one letter per person per postal address. The file is written by ``services.export``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_crm.db import selection_sql as store
from desktop_crm.domain.errors import FieldError, ValidationFailed
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.services import export, selections

CHANNELS = ("email", "post")
CHANNEL_LABELS = {"email": QT_TRANSLATE_NOOP("Criteria", "E-mail"), "post": QT_TRANSLATE_NOOP("Criteria", "Post")}
COLUMNS = {
    "email": ("salutation", "first_name", "middle_name", "last_name", "email", "company_id"),
    "post": ("salutation", "first_name", "middle_name", "last_name", "company_id", "department", "street",
             "postal_code", "city", "country"),
}
FORMATS = ("csv", "xlsx")
PERSONS_ONLY = QT_TRANSLATE_NOOP("Messages", "A mailing goes to persons: choose a selection of persons.")
SUMMARY = QT_TRANSLATE_NOOP(
    "Messages", "{sent} of {members} members: {not_subscribed} not subscribed, {no_address} without an address, "
                "{duplicates} double addresses left out.")


@dataclass
class MailingPlan:
    members: int
    not_subscribed: int
    no_address: int
    duplicates: int
    ids: list[int] = field(default_factory=list)

    @property
    def sent(self) -> int:
        return len(self.ids)

    def summary(self) -> Message:
        return Message(SUMMARY, {"sent": self.sent, "members": self.members, "not_subscribed": self.not_subscribed,
                                 "no_address": self.no_address, "duplicates": self.duplicates})


def plan(source: selections.Source, type_id: int, channel: str = "email") -> MailingPlan:
    """Who gets the mailing: subscribed members with an address, each address once."""
    query = selections.query(source)
    if query.target != "person":
        raise ValidationFailed([FieldError("target", Message(PERSONS_ONLY))])
    if channel not in CHANNELS:
        raise ValueError(channel)
    members, subscribed, with_address, ids = store.mailing_counts_and_ids(query, type_id, channel)
    return MailingPlan(members, members - subscribed, subscribed - with_address, with_address - len(ids), ids)


def export_mailing(source: selections.Source, type_id: int, path: Path | str, *, channel: str = "email",
                   fmt: str = "csv", delimiter: str = ";", headers: list[str] | None = None,
                   progress: Callable[[int, int], bool] | None = None) -> MailingPlan:
    """Write the mailing list (CSV for Dutch Excel, or XLSX); returns who was left out and why."""
    result = plan(source, type_id, channel)
    columns = list(COLUMNS[channel])
    if fmt == "xlsx":
        export.export_xlsx("person", result.ids, path, columns, headers=headers, progress=progress)
    else:
        export.export_csv("person", result.ids, path, columns, delimiter, headers=headers, progress=progress)
    return result
