"""The lead-status rules of seeds 001 and 002 ("Leadbeheer instellen", "Werken met leads").

The expectations are written from the seeds, not from the code: an independent ``_shows`` oracle says
when the Leadstatus field is shown (company's category is in a group with the role *Potentiële
klant* AND lead status is enabled for it), and every transition is checked against it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from desktop_crm.domain import defaults as d
from desktop_crm.domain import messages as m
from desktop_crm.domain.entities import GroupRole
from desktop_crm.domain.errors import CrmError, RuleViolation
from desktop_crm.domain.lead_rules import (
    NO_CATEGORY,
    CategoryRule,
    can_enable_lead_status,
    check_enable_lead_status,
    check_lead_status_edit,
    entering_leads,
    lead_enabled_after_group_change,
    lead_status_after_company_move,
    lead_status_editable,
    lead_status_for_new_person,
    lead_status_visible,
)

# Lead status list items, as ids. OPEN is the default (seed 002: "nieuwe leads starten altijd met Open").
OPEN, CONTACTING, QUALIFIED, DISQUALIFIED, RENURTURE = 11, 12, 13, 14, 15
STATUSES = (OPEN, CONTACTING, QUALIFIED, DISQUALIFIED, RENURTURE)
DEFAULT = OPEN

LEAD = CategoryRule(GroupRole.PROSPECT, lead_enabled=True)
OPPORTUNITY = CategoryRule(GroupRole.PROSPECT, lead_enabled=True)  # a second lead-enabled category
PROSPECT_NO_LEADS = CategoryRule(GroupRole.PROSPECT, lead_enabled=False)
CUSTOMER = CategoryRule(GroupRole.CUSTOMER, lead_enabled=False)
SUPPLIER = CategoryRule(GroupRole.OTHER, lead_enabled=False)
# Inconsistent data (e.g. imported): the flag is set but the group is not a prospect group.
CUSTOMER_FLAGGED = CategoryRule(GroupRole.CUSTOMER, lead_enabled=True)
UNGROUPED_FLAGGED = CategoryRule(None, lead_enabled=True)

ALL_ROLES: tuple[GroupRole | None, ...] = (None, *GroupRole)
NON_PROSPECT_ROLES = tuple(r for r in ALL_ROLES if r is not GroupRole.PROSPECT)


def _shows(category: CategoryRule | None) -> bool:
    """Seed 002: the field appears only when the company is in a category of the group Potentiële
    klant *and* 'Leadstatus inschakelen' is selected for that category."""
    if category is None:
        return False
    return category.group_role is GroupRole.PROSPECT and category.lead_enabled is True


categories = st.one_of(
    st.none(),
    st.builds(CategoryRule, group_role=st.sampled_from(ALL_ROLES), lead_enabled=st.booleans()),
)
statuses = st.one_of(st.none(), st.sampled_from(STATUSES))


def _move_all(old: CategoryRule | None, new: CategoryRule | None, persons: list[int | None]) -> list[int | None]:
    return [lead_status_after_company_move(old, new, s, DEFAULT) for s in persons]


# --- Rule 1: only categories in a prospect group may have lead status -----------------------------


def test_rule1_lead_status_can_be_enabled_only_in_a_prospect_group() -> None:
    assert can_enable_lead_status(GroupRole.PROSPECT)
    for role in NON_PROSPECT_ROLES:
        assert not can_enable_lead_status(role), role


def test_rule1_enabling_outside_a_prospect_group_is_refused_with_a_clear_message() -> None:
    check_enable_lead_status(GroupRole.PROSPECT, True)  # allowed: no exception
    for role in NON_PROSPECT_ROLES:
        with pytest.raises(RuleViolation) as caught:
            check_enable_lead_status(role, True)
        text = caught.value.message.english()
        assert "Potential customer" in text
        assert str(caught.value) == text
        assert caught.value.message.text == m.LEAD_ENABLE_NOT_PROSPECT
        assert isinstance(caught.value, CrmError)  # the UI shows it as a user-facing error


@pytest.mark.parametrize("role", ALL_ROLES)
def test_rule1_switching_lead_status_off_is_always_allowed(role: GroupRole | None) -> None:
    check_enable_lead_status(role, False)


@pytest.mark.parametrize("role", NON_PROSPECT_ROLES)
def test_rule1_moving_a_category_out_of_the_prospect_group_switches_lead_status_off(role: GroupRole | None) -> None:
    assert lead_enabled_after_group_change(True, role) is False


def test_rule1_moving_between_prospect_groups_keeps_the_setting() -> None:
    assert lead_enabled_after_group_change(True, GroupRole.PROSPECT) is True
    assert lead_enabled_after_group_change(False, GroupRole.PROSPECT) is False


@pytest.mark.parametrize("role", ALL_ROLES)
def test_rule1_a_group_change_never_switches_lead_status_on(role: GroupRole | None) -> None:
    assert lead_enabled_after_group_change(False, role) is False


@given(enabled=st.booleans(), role=st.sampled_from(ALL_ROLES))
def test_rule1_after_any_group_change_the_category_is_consistent(enabled: bool, role: GroupRole | None) -> None:
    after = lead_enabled_after_group_change(enabled, role)
    assert after == (enabled and role is GroupRole.PROSPECT)
    # Whatever the result, it is a state the enable check itself would accept.
    check_enable_lead_status(role, after)


def test_rule1_holds_for_the_default_categories_of_a_new_database() -> None:
    """Seed 001: Lead, MQL, Kans and Verloren kans are the lead categories, all in Potentiële klant."""
    roles = {g.key: g.role for g in d.CATEGORY_GROUPS}
    enabled = {c.key for c in d.CATEGORIES if c.lead_enabled}
    assert enabled == {"lead", "mql", "opportunity", "lost"}
    for cat in d.CATEGORIES:
        check_enable_lead_status(roles[cat.group], cat.lead_enabled)
        assert lead_status_visible(CategoryRule(roles[cat.group], cat.lead_enabled)) == cat.lead_enabled
    names = {c.key: c.name.nl for c in d.CATEGORIES}
    assert names["mql"] == "Marketinggekwalificeerde lead"
    assert names["lost"] == "Verloren kans"
    assert [g.name.nl for g in d.CATEGORY_GROUPS if g.role is GroupRole.PROSPECT] == ["Potentiële klant"]


def test_default_lead_status_list_matches_seed_001_with_open_as_the_only_default() -> None:
    assert [s.name.nl for s in d.LEAD_STATUSES] == [
        "Open", "Contact opnemen", "Gekwalificeerd", "Gediskwalificeerd", "Opnieuw benaderen"]
    assert [s.name.nl for s in d.LEAD_STATUSES if s.is_default] == ["Open"]


# --- Rule 3: visible and editable only while the category is lead-enabled -----------------------


def test_rule3_visibility_of_the_typical_categories() -> None:
    assert lead_status_visible(LEAD)
    assert not lead_status_visible(PROSPECT_NO_LEADS)  # prospect group, but not switched on
    assert not lead_status_visible(CUSTOMER)
    assert not lead_status_visible(SUPPLIER)
    assert not lead_status_visible(None)  # company without a category
    assert not lead_status_visible(NO_CATEGORY)
    # A stale flag on a category outside the prospect group does not show the field.
    assert not lead_status_visible(CUSTOMER_FLAGGED)
    assert not lead_status_visible(UNGROUPED_FLAGGED)


@given(category=categories)
def test_rule3_visible_iff_lead_enabled_and_group_role_is_prospect(category: CategoryRule | None) -> None:
    assert lead_status_visible(category) == _shows(category)


@given(category=categories, read_only=st.booleans())
def test_rule3_editable_only_when_visible_and_the_user_may_edit(category: CategoryRule | None,
                                                                read_only: bool) -> None:
    assert lead_status_editable(category, read_only) == (_shows(category) and not read_only)


def test_rule3_a_read_only_associate_sees_but_cannot_edit() -> None:
    assert lead_status_editable(LEAD)
    assert not lead_status_editable(LEAD, read_only_user=True)
    assert not lead_status_editable(CUSTOMER)


def test_rule3_a_hidden_value_cannot_be_changed_but_can_be_kept() -> None:
    for category in (CUSTOMER, SUPPLIER, PROSPECT_NO_LEADS, None, CUSTOMER_FLAGGED):
        check_lead_status_edit(category, QUALIFIED, QUALIFIED)  # saving the person unchanged is fine
        check_lead_status_edit(category, None, None)
        for old, new in ((QUALIFIED, CONTACTING), (QUALIFIED, None), (None, OPEN)):
            with pytest.raises(RuleViolation) as caught:
                check_lead_status_edit(category, old, new)
            assert caught.value.message.text == m.LEAD_STATUS_NOT_ALLOWED
            assert "lead-enabled" in str(caught.value)


def test_rule3_a_visible_value_can_be_changed_freely() -> None:
    for old in (None, *STATUSES):
        for new in (None, *STATUSES):
            check_lead_status_edit(LEAD, old, new)


@given(category=categories, old=statuses, new=statuses)
def test_rule3_edit_check_property(category: CategoryRule | None, old: int | None, new: int | None) -> None:
    if _shows(category) or old == new:
        check_lead_status_edit(category, old, new)
    else:
        with pytest.raises(RuleViolation):
            check_lead_status_edit(category, old, new)


# --- New persons --------------------------------------------------------------------------------


def test_new_person_of_a_lead_company_starts_open() -> None:
    assert lead_status_for_new_person(LEAD, None, DEFAULT) == OPEN


def test_new_person_of_a_lead_company_may_be_given_another_status() -> None:
    assert lead_status_for_new_person(LEAD, QUALIFIED, DEFAULT) == QUALIFIED


@pytest.mark.parametrize("category", [CUSTOMER, SUPPLIER, PROSPECT_NO_LEADS, None, CUSTOMER_FLAGGED])
def test_new_person_of_another_company_has_no_lead_status(category: CategoryRule | None) -> None:
    assert lead_status_for_new_person(category, None, DEFAULT) is None


@pytest.mark.parametrize("category", [CUSTOMER, SUPPLIER, PROSPECT_NO_LEADS, None])
def test_new_person_of_another_company_refuses_a_requested_status(category: CategoryRule | None) -> None:
    with pytest.raises(RuleViolation) as caught:
        lead_status_for_new_person(category, OPEN, DEFAULT)
    assert caught.value.message.text == m.LEAD_STATUS_NOT_ALLOWED


@given(category=categories, requested=statuses)
def test_new_person_property(category: CategoryRule | None, requested: int | None) -> None:
    if _shows(category):
        assert lead_status_for_new_person(category, requested, DEFAULT) == (requested or DEFAULT)
    elif requested is None:
        assert lead_status_for_new_person(category, requested, DEFAULT) is None
    else:
        with pytest.raises(RuleViolation):
            lead_status_for_new_person(category, requested, DEFAULT)


# --- Rules 4, 5, 6: company moves ---------------------------------------------------------------


@pytest.mark.parametrize("old", [None, CUSTOMER, SUPPLIER, PROSPECT_NO_LEADS, CUSTOMER_FLAGGED])
def test_rule4_entering_a_lead_category_gives_everyone_open(old: CategoryRule | None) -> None:
    before = [None, QUALIFIED, DISQUALIFIED, OPEN, RENURTURE]
    assert entering_leads(old, LEAD)
    assert _move_all(old, LEAD, before) == [OPEN] * len(before)


def test_rule4_uses_the_configured_default_not_a_fixed_one() -> None:
    assert lead_status_after_company_move(CUSTOMER, LEAD, QUALIFIED, CONTACTING) == CONTACTING


@pytest.mark.parametrize("new", [None, CUSTOMER, SUPPLIER, PROSPECT_NO_LEADS, CUSTOMER_FLAGGED])
def test_rule5_leaving_a_lead_category_keeps_every_value(new: CategoryRule | None) -> None:
    before = [QUALIFIED, DISQUALIFIED, None, OPEN]
    assert not entering_leads(LEAD, new)
    assert _move_all(LEAD, new, before) == before
    # ...and they are now hidden and read-only.
    assert not lead_status_visible(new)
    with pytest.raises(RuleViolation):
        check_lead_status_edit(new, QUALIFIED, CONTACTING)


def test_rule6_moving_between_two_lead_categories_keeps_differences() -> None:
    before = [QUALIFIED, CONTACTING, DISQUALIFIED]
    assert not entering_leads(LEAD, OPPORTUNITY)
    assert _move_all(LEAD, OPPORTUNITY, before) == before


def test_moving_between_two_categories_without_leads_changes_nothing() -> None:
    before = [QUALIFIED, None]
    assert _move_all(CUSTOMER, SUPPLIER, before) == before
    assert _move_all(None, CUSTOMER, before) == before
    assert _move_all(CUSTOMER, None, before) == before


def test_a_round_trip_out_and_back_in_resets_to_open() -> None:
    """Seed 002: a person always gets Open when moved (back) into a lead category; the hidden value
    kept while away is not restored."""
    persons = [QUALIFIED, DISQUALIFIED]
    persons = _move_all(LEAD, CUSTOMER, persons)
    assert persons == [QUALIFIED, DISQUALIFIED]  # kept while hidden
    persons = _move_all(CUSTOMER, LEAD, persons)
    assert persons == [OPEN, OPEN]


def test_switching_the_group_off_then_moving_in_counts_as_entering() -> None:
    # An admin moves the "Lead" category into the customer group: lead status is switched off.
    demoted = CategoryRule(GroupRole.CUSTOMER, lead_enabled_after_group_change(True, GroupRole.CUSTOMER))
    assert not lead_status_visible(demoted)
    assert lead_status_after_company_move(demoted, LEAD, QUALIFIED, DEFAULT) == OPEN


@given(old=categories, new=categories, status=statuses)
def test_one_move_property(old: CategoryRule | None, new: CategoryRule | None, status: int | None) -> None:
    after = lead_status_after_company_move(old, new, status, DEFAULT)
    assert entering_leads(old, new) == (not _shows(old) and _shows(new))
    if not _shows(old) and _shows(new):
        assert after == DEFAULT
    else:
        assert after == status


@given(start=categories, moves=st.lists(categories, max_size=12),
       persons=st.lists(statuses, min_size=1, max_size=6))
def test_random_move_sequences_against_a_simple_oracle(start: CategoryRule | None,
                                                       moves: list[CategoryRule | None],
                                                       persons: list[int | None]) -> None:
    """Moves alone only ever write the default, so after any sequence of moves every person holds
    their original value, or the default once the company has entered leads at least once."""
    current, values = start, list(persons)
    entered = False
    for new in moves:
        entered = entered or (not _shows(current) and _shows(new))
        values = _move_all(current, new, values)
        current = new
    assert values == ([DEFAULT] * len(persons) if entered else persons)


class CompanyWithPersons(RuleBasedStateMachine):
    """One company, its category and persons; moves, edits, new persons and admin changes to the
    category, in any order. Each step is checked against the seeds' rules."""

    @initialize(category=categories, persons=st.lists(statuses, max_size=5))
    def start(self, category: CategoryRule | None, persons: list[int | None]) -> None:
        self.category = category
        self.persons = list(persons)

    @rule(new=categories)
    def move_company(self, new: CategoryRule | None) -> None:
        before = list(self.persons)
        after = _move_all(self.category, new, before)
        if not _shows(self.category) and _shows(new):
            assert after == [DEFAULT] * len(before)  # rule 4
        else:
            assert after == before  # rule 5 and 6, and moves between lead-less categories
        self.category, self.persons = new, after

    @precondition(lambda self: bool(self.persons))
    @rule(data=st.data(), new=statuses)
    def edit_person(self, data: st.DataObject, new: int | None) -> None:
        i = data.draw(st.integers(0, len(self.persons) - 1))
        old = self.persons[i]
        if _shows(self.category) or old == new:
            check_lead_status_edit(self.category, old, new)
            self.persons[i] = new
        else:
            with pytest.raises(RuleViolation):
                check_lead_status_edit(self.category, old, new)

    @rule(requested=statuses)
    def add_person(self, requested: int | None) -> None:
        if _shows(self.category):
            self.persons.append(lead_status_for_new_person(self.category, requested, DEFAULT))
            assert self.persons[-1] == (DEFAULT if requested is None else requested)
        elif requested is None:
            self.persons.append(lead_status_for_new_person(self.category, requested, DEFAULT))
            assert self.persons[-1] is None
        else:
            with pytest.raises(RuleViolation):
                lead_status_for_new_person(self.category, requested, DEFAULT)

    @precondition(lambda self: self.category is not None)
    @rule(role=st.sampled_from(ALL_ROLES))
    def admin_moves_category_to_group(self, role: GroupRole | None) -> None:
        assert self.category is not None
        was_shown = _shows(self.category)
        was_consistent = not self.category.lead_enabled or self.category.group_role is GroupRole.PROSPECT
        enabled = lead_enabled_after_group_change(self.category.lead_enabled, role)
        self.category = CategoryRule(role, enabled)
        if role is not GroupRole.PROSPECT:
            assert not enabled and not _shows(self.category)
        else:
            assert enabled == self.category.lead_enabled
        # On a category that obeyed rule 1, a group change never makes lead status appear.
        if was_consistent:
            assert not (_shows(self.category) and not was_shown)

    @precondition(lambda self: self.category is not None)
    @rule(enable=st.booleans())
    def admin_toggles_lead_status(self, enable: bool) -> None:
        assert self.category is not None
        role = self.category.group_role
        if enable and role is not GroupRole.PROSPECT:
            with pytest.raises(RuleViolation):
                check_enable_lead_status(role, enable)
        else:
            check_enable_lead_status(role, enable)
            self.category = CategoryRule(role, enable)

    @invariant()
    def visibility_follows_the_seed(self) -> None:
        if hasattr(self, "category"):
            assert lead_status_visible(self.category) == _shows(self.category)
            assert lead_status_editable(self.category, True) is False


CompanyWithPersons.TestCase.settings = settings(max_examples=60, stateful_step_count=25, deadline=None)
TestCompanyWithPersons = CompanyWithPersons.TestCase


def test_rule6_persons_of_one_lead_company_keep_different_statuses_through_moves() -> None:
    persons = [lead_status_for_new_person(LEAD, None, DEFAULT) for _ in range(3)]
    assert persons == [OPEN, OPEN, OPEN]
    for i, new in enumerate((CONTACTING, QUALIFIED)):
        check_lead_status_edit(LEAD, persons[i], new)
        persons[i] = new
    persons = _move_all(LEAD, OPPORTUNITY, persons)
    assert persons == [CONTACTING, QUALIFIED, OPEN]
    persons = _move_all(OPPORTUNITY, CUSTOMER, persons)
    assert persons == [CONTACTING, QUALIFIED, OPEN]
