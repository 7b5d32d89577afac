"""Dutch name conventions: folding for search, tussenvoegsels, sorting and display."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain.names import (
    PREFIXES,
    company_sort_key,
    fold,
    full_name,
    listed_name,
    normalise_prefix,
    person_sort_key,
    split_prefix,
)

# --- fold ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "folded"), [
    ("Müller", "muller"),
    ("MÜLLER", "muller"),
    ("ÇELIK", "celik"),
    ("Çelik", "celik"),
    ("Ĳsselmeer", "ijsselmeer"),
    ("Straße", "strasse"),
    ("Éénhoorn", "eenhoorn"),
    ("Curaçao", "curacao"),
    ("Daniëlle", "danielle"),
    ("  Jan   de  Vries ", "jan de vries"),
    ("Ångström", "angstrom"),
    ("", ""),
    (None, ""),
])
def test_fold_ignores_case_accents_and_extra_spaces(text: str | None, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(("proper", "plain"), [
    ("Yılmaz", "YILMAZ"),  # Turkish dotless i: common in the Netherlands
    ("Łukasz Wałęsa", "Lukasz Walesa"),  # Polish
    ("Søren Østergaard", "Soren Ostergaard"),  # Danish / Norwegian
    ("Đorđević", "Dordevic"),  # Serbian / Croatian
])
def test_fold_treats_letters_with_strokes_like_accents(proper: str, plain: str) -> None:
    """Searching the name as typed on a keyboard without those letters finds the person, and the
    same name in capitals folds the same."""
    assert fold(proper) == fold(plain)
    assert fold(proper.upper()) == fold(plain)


@given(st.text(max_size=30))
def test_fold_is_idempotent_and_case_blind(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert fold(text.upper()) == fold(text.lower()) or not text.isascii()


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ", max_size=30))
def test_fold_of_plain_ascii_is_lower_case_with_single_spaces(text: str) -> None:
    assert fold(text) == " ".join(text.lower().split())


# --- prefixes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("last_name", "split"), [
    ("van den Berg", ("van den", "Berg")),
    ("van der Meer", ("van der", "Meer")),
    ("de Vries", ("de", "Vries")),
    ("De Vries", ("De", "Vries")),
    ("van 't Hek", ("van 't", "Hek")),
    ("in 't Veld", ("in 't", "Veld")),
    ("ter Horst", ("ter", "Horst")),
    ("van Gogh", ("van", "Gogh")),
    ("  van   den   Berg  ", ("van den", "Berg")),
    ("van den Berg-Smit", ("van den", "Berg-Smit")),
    ("van Beek van Leeuwen", ("van", "Beek van Leeuwen")),
])
def test_split_prefix(last_name: str, split: tuple[str, str]) -> None:
    assert split_prefix(last_name) == split


@pytest.mark.parametrize("last_name", ["Van", "de", "Berg", "Vandenberg", "Devries", "Jansen", ""])
def test_split_prefix_leaves_a_name_that_is_only_a_prefix_or_has_none(last_name: str) -> None:
    assert split_prefix(last_name) == ("", last_name.strip())


def test_longest_prefix_wins() -> None:
    assert split_prefix("van der Berg")[0] == "van der"
    assert split_prefix("op de Weegh")[0] == "op de"
    assert "van der" in PREFIXES and "van" in PREFIXES


@pytest.mark.parametrize(("typed", "written"), [
    ("V.D.", "van der"), ("v/d", "van der"), ("Vd", "van der"), ("v.", "van"), ("Van  Den", "van den"),
    ("DE", "de"), ("", ""), (None, ""),
])
def test_normalise_prefix(typed: str | None, written: str) -> None:
    assert normalise_prefix(typed) == written


# --- sorting ------------------------------------------------------------------------------------

# (first, middle, last) as users type them: sometimes the prefix in its own field, sometimes in the
# last name.
PEOPLE = [
    ("Piet", "", "Bos"),
    ("Jan", "", "van den Berg"),
    ("Anna", "", "Berg"),
    ("Karel", "de", "Vries"),
    ("Els", "", "Aalders"),
    ("Sanne", "", "de Vries"),
    ("Henk", "", "Vries"),
    ("Mo", "", "Bergman"),
    ("Ton", "van der", "Berg"),
    ("Özlem", "", "Çelik"),
    ("Bram", "", "Cats"),
    ("Zoë", "", "van 't Hek"),
    ("Wim", "", "Vries"),
    ("Aart", "", "Berg Smit"),  # double surname written with a space
]


def _sorted(people: list[tuple[str, str, str]]) -> list[str]:
    ordered = sorted(people, key=lambda p: person_sort_key(p[2], p[1], p[0]))
    return [full_name(*p) for p in ordered]


def test_dutch_names_sort_by_surname_without_prefix() -> None:
    assert _sorted(PEOPLE) == [
        "Els Aalders",
        "Anna Berg",
        "Jan van den Berg",
        "Ton van der Berg",
        "Aart Berg Smit",
        "Mo Bergman",
        "Piet Bos",
        "Bram Cats",
        "Özlem Çelik",
        "Zoë van 't Hek",
        "Henk Vries",
        "Karel de Vries",
        "Sanne de Vries",
        "Wim Vries",
    ]


@given(st.permutations(PEOPLE))
def test_sorting_does_not_depend_on_input_order(people: list[tuple[str, str, str]]) -> None:
    assert _sorted(list(people)) == _sorted(PEOPLE)


def test_jan_van_den_berg_sorts_under_b() -> None:
    key = person_sort_key("van den Berg", "", "Jan")
    assert person_sort_key("Berg", "", "Anna") < key < person_sort_key("Bos", "", "Anna")
    assert person_sort_key("Aa", "", "Zeno") < key
    assert key > person_sort_key("Bakker", "", "Jan")


def test_prefix_in_its_own_field_or_in_the_last_name_sorts_the_same() -> None:
    assert person_sort_key("van den Berg", None, "Jan") == person_sort_key("Berg", "van den", "Jan")
    assert person_sort_key("de Vries", "", "Sanne") == person_sort_key("Vries", "de", "Sanne")


def test_same_surname_sorts_by_first_name_before_prefix() -> None:
    assert person_sort_key("Vries", "de", "Anna") < person_sort_key("Vries", "", "Bert")
    assert person_sort_key("Vries", "", "Anna") < person_sort_key("Vries", "de", "Anna")


def test_sorting_ignores_case_and_accents() -> None:
    assert person_sort_key("MÜLLER", "", "JAN") == person_sort_key("Muller", "", "jan")


def test_a_surname_that_is_only_a_prefix_sorts_under_its_own_letters() -> None:
    # "Van" alone is a surname; it sorts under V, not at the top of the list.
    assert person_sort_key("Bos", "", "Piet") < person_sort_key("Van", "", "Piet") < person_sort_key("Wit", "", "A")


def test_company_sort_key_ignores_case_and_accents() -> None:
    names = ["bakkerij Zon", "Åkerlund AB", "Bakkerij Jansen", "Café 't Hoekje"]
    assert sorted(names, key=company_sort_key) == ["Åkerlund AB", "Bakkerij Jansen", "bakkerij Zon",
                                                   "Café 't Hoekje"]


# --- display ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("parts", "full", "listed"), [
    (("Jan", "van den", "Berg"), "Jan van den Berg", "Berg, Jan van den"),
    (("Jan", "", "Berg"), "Jan Berg", "Berg, Jan"),
    (("Jan", None, None), "Jan", "Jan"),
    (("", "", "Berg"), "Berg", "Berg"),
    ((" Jan ", " de ", " Vries "), "Jan de Vries", "Vries, Jan de"),
    (("", "", ""), "", ""),
    ((None, None, None), "", ""),
])
def test_full_and_listed_names(parts: tuple[str | None, str | None, str | None], full: str, listed: str) -> None:
    assert full_name(*parts) == full
    assert listed_name(*parts) == listed
