"""Errors the business rules raise; each carries a translatable message."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.domain.messages import Message


@dataclass(frozen=True)
class FieldError:
    """One problem with one field, shown next to that field."""

    field: str
    message: Message

    def english(self) -> str:
        return self.message.english()


class CrmError(Exception):
    """A user-facing failure: bad input or a rule that forbids the action. Nothing was changed."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


class ValidationFailed(CrmError):
    """One or more fields are invalid; ``errors`` lists them all, in field order."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(errors[0].message)
        self.errors = errors

    def __str__(self) -> str:
        return "; ".join(e.english() for e in self.errors)


class RuleViolation(CrmError):
    """An action the lead rules or the list rules do not allow."""


class StaleRecord(CrmError):
    """The record was saved by someone else since it was read (optimistic concurrency)."""


class NotFound(CrmError):
    """The record does not exist (or was deleted)."""


class PermissionDenied(CrmError):
    """The signed-in associate's role does not allow this action."""
