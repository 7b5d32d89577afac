"""The field-rules grid shared by Settings and the configuration wizard: rows, disabled boxes, ticks."""

from __future__ import annotations

from desktop_crm.domain.configuration import FieldChoice
from desktop_crm.ui.widgets.field_rules_grid import FieldRulesGrid


def test_shows_rules_and_reports_only_the_users_ticks(qtbot) -> None:
    grid = FieldRulesGrid()
    qtbot.addWidget(grid)
    ticks: list[tuple[str, str, str, bool]] = []
    grid.toggled.connect(lambda *args: ticks.append(args))
    grid.show_rules("company", [("name", FieldChoice(True, True, can_hide=False, can_require=False)),
                                ("kvk", FieldChoice(True, False))])
    assert not ticks  # showing rules is not a tick
    assert grid.rule_state("company", "name") == (True, True)
    name_shown = grid.models["company"].item(0, 1)
    assert not name_shown.isEnabled() and name_shown.toolTip() == "Always shown"
    grid.set_rule("company", "kvk", shown=False)
    grid.set_rule("company", "kvk", required=True)
    assert ticks == [("company", "kvk", "shown", False), ("company", "kvk", "required", True)]
