"""Where a person is written to and shown: at their company's address when they work at one, else at
their own (migration 0004). One rule for the export, the post mailing, the lists, the quick search and
the duplicate labels, over the aliases ``p`` (person) and ``c`` (their company, LEFT JOINed)."""

ADDRESS_FIELDS = ("street", "postal_code", "city", "country")


def person_address(field: str, *, empty_as_null: bool = False) -> str:
    """SQL for a person's ``field`` of the address they are reached at; ``empty_as_null``: an empty own
    value is NULL, as a missing company's is (for lists that show and group "no value" as one)."""
    own = f"nullif(p.{field}, '')" if empty_as_null else f"p.{field}"
    return f"(CASE WHEN p.company_id IS NULL THEN {own} ELSE c.{field} END)"


def home_address(field: str) -> str:
    """SQL for a person's own ``field`` when ``person_address`` does not already give it (they work at a
    company): the export's Home columns, empty for a person without a company."""
    return f"(CASE WHEN p.company_id IS NULL THEN '' ELSE p.{field} END)"
