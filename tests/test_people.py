"""People: the names several articles give one person are one person."""

from __future__ import annotations

from provenance.people import cluster_people, same_person


def test_short_first_names_and_a_lone_surname_join_the_fullest_name() -> None:
    names = ["Jon Ashworth", "Ashworth", "Jonathan Ashworth", "Jeremy Corbyn"]
    assert cluster_people(names) == {
        "Jon Ashworth": "Jonathan Ashworth",
        "Jonathan Ashworth": "Jonathan Ashworth",
        "Ashworth": "Jonathan Ashworth",
        "Jeremy Corbyn": "Jeremy Corbyn",
    }


def test_the_result_does_not_depend_on_the_order_of_the_names() -> None:
    names = ["Bill Hale", "William Hale", "Hale", "Tom Roe"]
    assert cluster_people(names) == cluster_people(list(reversed(names)))


def test_a_surname_shared_by_two_people_stays_apart() -> None:
    clustered = cluster_people(["Ann Hale", "Tom Hale", "Hale"])
    assert clustered["Hale"] == "Hale"
    assert clustered["Ann Hale"] != clustered["Tom Hale"]


def test_different_first_names_are_different_people() -> None:
    assert same_person("Jon Ashworth", "Jonathan Ashworth")
    assert not same_person("Jane Ashworth", "Jonathan Ashworth")
    assert not same_person("Ashworth", "Jonathan Ashworth")
