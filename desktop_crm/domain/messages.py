"""User-facing messages of the business rules, in English, marked for Qt's translation tools.

The domain layer knows no Qt, so it only marks its texts (``QT_TRANSLATE_NOOP`` is recognised by
``pyside6-lupdate`` by name) and returns them with their parameters. The UI and the command line
translate them with ``desktop_crm.i18n.tr_message`` so both show the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass(frozen=True)
class Message:
    """A text with named ``{placeholders}`` and the values to put in them."""

    text: str
    params: dict[str, object] = field(default_factory=dict)

    def english(self) -> str:
        return self.text.format(**self.params)


REQUIRED = QT_TRANSLATE_NOOP("Messages", "{label} is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Messages", "{label} can be at most {max} characters.")
KVK_INVALID = QT_TRANSLATE_NOOP("Messages", "A KvK number has exactly 8 digits, for example 12345678.")
VAT_INVALID = QT_TRANSLATE_NOOP("Messages", "This is not a valid VAT number; a Dutch one looks like NL123456789B01.")
EMAIL_INVALID = QT_TRANSLATE_NOOP("Messages", "\"{value}\" is not a valid e-mail address.")
PHONE_INVALID = QT_TRANSLATE_NOOP("Messages", "\"{value}\" is not a valid phone number.")
POSTAL_CODE_INVALID = QT_TRANSLATE_NOOP(
    "Messages", "\"{value}\" is not a Dutch postal code; write it as 1234 AB.")
WEBSITE_INVALID = QT_TRANSLATE_NOOP("Messages", "\"{value}\" is not a valid web address.")
NUMBER_INVALID = QT_TRANSLATE_NOOP("Messages", "{label} must be a whole number of 0 or more.")
PERSON_NAME_REQUIRED = QT_TRANSLATE_NOOP("Messages", "A person needs a first name or a last name.")
LEAD_STATUS_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Messages", "Lead status can only be set for persons of a company in a lead-enabled category.")
LEAD_ENABLE_NOT_PROSPECT = QT_TRANSLATE_NOOP(
    "Messages", "Lead status can only be enabled for a category in a group with the role Potential customer.")
CATEGORY_ON_PERSON = QT_TRANSLATE_NOOP(
    "Messages", "A person's category is their company's category; change it on the company.")
HIDDEN_LIST_ITEM = QT_TRANSLATE_NOOP("Messages", "\"{value}\" is hidden in the list {list} and cannot be chosen.")
UNKNOWN_LIST_ITEM = QT_TRANSLATE_NOOP("Messages", "\"{value}\" is not in the list {list}.")
STALE_RECORD = QT_TRANSLATE_NOOP(
    "Messages", "Someone else saved this record after you opened it. Reload it, or overwrite their changes.")
RECORD_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "This record was not found; it may have been deleted.")
READ_ONLY_ASSOCIATE = QT_TRANSLATE_NOOP("Messages", "{name} may view the data but not change it.")
