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
