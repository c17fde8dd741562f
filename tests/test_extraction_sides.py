"""Tests of which side of a visit a participant is on, where the wording names the other side near them."""

from __future__ import annotations

from django.test import SimpleTestCase

from relations_plugin.extraction import suggest_package


def sides(text: str) -> dict[str, str]:
    """Participant surname -> country."""
    return {p.name.split()[-1]: p.country for p in suggest_package(text).participants}


class DelegationOfLeaderTests(SimpleTestCase):
    def test_the_delegation_of_a_leader_described_by_country_is_that_country(self):
        text = (
            "HANOI - Estonian Prime Minister Kaarel Tammsaare held talks with Prime Minister Vo Thanh Lam in Hanoi "
            "on Tuesday.\n\nThe delegation of the Estonian Prime Minister includes Economy Minister Liisa Ojaveer "
            "and Defence Minister Rein Kuusk.\n\nEstonia and Vietnam agreed to expand trade."
        )
        found = sides(text)
        self.assertEqual(found["Ojaveer"], "EE")
        self.assertEqual(found["Kuusk"], "EE")

    def test_a_delegation_only_welcomed_by_an_official_gives_no_country(self):
        text = (
            "HANOI - Estonian Prime Minister Kaarel Tammsaare held talks with Prime Minister Vo Thanh Lam in Hanoi "
            "on Tuesday.\n\nEconomy Minister Dinh Van Son greeted the delegation of the Estonian Prime Minister at "
            "the airport.\n\nEstonia and Vietnam agreed to expand trade."
        )
        self.assertEqual(sides(text)["Son"], "VN")


class DelegationMeetsWithTests(SimpleTestCase):
    TEXT = (
        "The Speaker of the Parliament of Latvia, Ilze Kalnina, arrived in Yerevan on Monday.\n\n"
        "On Tuesday she will hold talks with Prime Minister of Armenia Aram Sahakyan. The Latvian delegation will "
        "{} Deputy Foreign Minister Ani Grigoryan.\n\nLatvia and Armenia will discuss trade."
    )

    def test_the_one_a_delegation_meets_with_is_not_of_the_delegation(self):
        self.assertEqual(sides(self.TEXT.format("also meet with"))["Grigoryan"], "AM")

    def test_a_delegation_with_a_minister_in_it_is_still_the_ministers(self):
        self.assertEqual(sides(self.TEXT.format("travel with"))["Grigoryan"], "LV")
