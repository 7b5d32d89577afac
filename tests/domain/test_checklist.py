"""Seed 003's checklist as data, and its rule: quick wins are necessary with a low impact; later items are
desirable with a high impact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain import checklist as cl
from desktop_crm.domain import configuration as cfg
from desktop_crm.domain.entities import ListKind


def test_the_checklist_is_the_seeds() -> None:
    numbers = [item.number for item in cl.ITEMS]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    assert numbers == [n for n in range(1, 118) if n != 85]  # the seed has no number 85
    ranges = {"customer_data": (1, 25), "marketing": (26, 54), "sales": (55, 91), "service": (92, 117)}
    for item in cl.ITEMS:
        low, high = ranges[item.area]
        assert low <= item.number <= high, item
        assert item.text.nl.strip() and item.text.en.strip() and item.text.nl[0].isupper()
    assert cl.BY_NUMBER[1].text.nl == "NAWTE-gegevens" and cl.BY_NUMBER[1].group is not None
    assert cl.BY_NUMBER[4].text.nl == "Branche"
    assert cl.BY_NUMBER[42].text.nl == "Digitale mailings versturen"
    assert cl.BY_NUMBER[117].text.nl == "Inzicht in informatie over onze producten en diensten"
    assert "prospect" in cl.BY_NUMBER[81].text.nl  # "pospect" in the seed
    assert [a.key for a in cl.AREAS] == list(ranges)
    for area in cl.AREA_KEYS:
        assert cl.goals_of(area) and cl.PRECONDITIONS[area] and cl.items_of(area)
    assert any("verplicht" in p.nl for p in cl.PRECONDITIONS["customer_data"])


def answers(**marks: tuple[bool | None, int | None, int | None]) -> cl.Checklist:
    return cl.Checklist(answers={int(k[1:]): cl.Answer(*v) for k, v in marks.items()})


def test_quick_wins_and_later_items_follow_the_seeds_rule() -> None:
    checklist = answers(n1=(True, cl.NECESSARY, cl.LOW), n2=(False, cl.NECESSARY, cl.MEDIUM),
                        n3=(None, cl.NECESSARY, cl.HIGH), n4=(False, cl.DESIRABLE, cl.LOW),
                        n5=(None, cl.DESIRABLE, cl.HIGH), n42=(False, cl.NECESSARY, cl.LOW),
                        n117=(True, cl.DESIRABLE, cl.HIGH), n6=(None, None, cl.LOW), n7=(None, cl.NECESSARY, None))
    assert [i.number for i in cl.quick_wins(checklist)] == [1, 42]
    assert [i.number for i in cl.later_items(checklist)] == [5, 117]


@given(st.dictionaries(st.sampled_from([i.number for i in cl.ITEMS]),
                       st.tuples(st.one_of(st.none(), st.booleans()),
                                 st.one_of(st.none(), st.sampled_from([cl.NECESSARY, cl.DESIRABLE])),
                                 st.one_of(st.none(), st.sampled_from([cl.LOW, cl.MEDIUM, cl.HIGH]))),
                       max_size=30))
def test_the_rule_for_any_answers_and_a_round_trip(marks: dict) -> None:
    checklist = cl.Checklist(goals={"sales.1"}, answers={n: cl.Answer(*v) for n, v in marks.items()})
    wins = {i.number for i in cl.quick_wins(checklist)}
    later = {i.number for i in cl.later_items(checklist)}
    assert wins == {n for n, (_, need, impact) in marks.items() if need == cl.NECESSARY and impact == cl.LOW}
    assert later == {n for n, (_, need, impact) in marks.items() if need == cl.DESIRABLE and impact == cl.HIGH}
    assert not wins & later
    again = cl.Checklist.from_dict(checklist.to_dict())
    assert again.to_dict() == checklist.to_dict() and again.goals == {"sales.1"}


def test_stored_answers_that_make_no_sense_are_dropped() -> None:
    data = {"goals": ["sales.1", "nonsense"], "answers": {"1": {"in_use": "ja", "need": 7, "impact": 1},
                                                          "85": {"need": 1}, "x": {}, "2": "no"}}
    checklist = cl.Checklist.from_dict(data)
    assert checklist.goals == {"sales.1"}
    assert checklist.answers == {1: cl.Answer(None, None, cl.LOW)}


def test_draft_lists_add_remove_move_and_revive() -> None:
    draft = cfg.Draft()
    old = cfg.DraftItem("Horeca", id=4, key=cfg.item_key(4), usage=3)
    draft.items(ListKind.BUSINESS).append(old)
    ict = draft.add(ListKind.BUSINESS, "ICT")
    draft.remove(ListKind.BUSINESS, old.key, merge_into=ict.key)
    assert old.removed and old.merge_into == ict.key and draft.visible(ListKind.BUSINESS) == [ict]
    again = draft.add(ListKind.BUSINESS, "horeca")  # the removed one comes back, not a duplicate
    assert again is old and not old.removed and old.name == "horeca"
    assert draft.move(ListKind.BUSINESS, ict.key, -1) and [i.name for i in draft.visible(ListKind.BUSINESS)] == [
        "ICT", "horeca"]
    draft.remove(ListKind.BUSINESS, ict.key)
    assert ict not in draft.items(ListKind.BUSINESS)  # a new item simply goes
    draft.add(ListKind.BUSINESS, "")
    draft.add(ListKind.BUSINESS, "Horeca ")
    texts = [m.text for m in cfg.problems(draft, (ListKind.BUSINESS,))]
    assert texts == [cfg.EMPTY_NAME, cfg.DOUBLE_NAME]


def test_the_defaults_follow_the_language_chosen_on_the_first_page() -> None:
    draft = cfg.Draft()
    draft.items(ListKind.CATEGORY_GROUP).append(cfg.DraftItem("Potentiële klant"))
    draft.items(ListKind.LEAD_STATUS).append(cfg.DraftItem("Open", "Nieuwe lead: nog niet opgevolgd."))
    draft.items(ListKind.BUSINESS).append(cfg.DraftItem("Eigen branche"))
    assert cfg.relabel_defaults(draft, "en") == 2
    assert draft.items(ListKind.CATEGORY_GROUP)[0].name == "Potential customer"
    assert draft.items(ListKind.LEAD_STATUS)[0].description == "New lead: not followed up yet."
    assert draft.items(ListKind.BUSINESS)[0].name == "Eigen branche"
    assert cfg.relabel_defaults(draft, "nl") == 2 and draft.items(ListKind.CATEGORY_GROUP)[0].name == "Potentiële klant"
