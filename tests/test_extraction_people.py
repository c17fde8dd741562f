"""Tests of who takes part in a visit, and for which country, as the import assistant reads English articles."""

from __future__ import annotations

from django.test import SimpleTestCase

from relations_plugin.extraction import suggest_package


def sides(text: str) -> dict[str, str]:
    """Participant name -> country."""
    return {p.name: p.country for p in suggest_package(text).participants}


class AnnouncedDelegationTests(SimpleTestCase):
    def test_officials_who_will_accompany_the_guest_are_of_the_guests_side(self):
        text = (
            "Prime Minister Tomas Verhoeven will pay an official visit to Chile from 3 to 5 May, at the invitation "
            "of the President of Chile, Mr Andres Molina. It is the first visit of a Dutch Prime Minister to "
            "Santiago.\n\nThe Prime Minister will be accompanied by the Minister of Economy, Saskia Brandsma, and "
            "the Minister of Infrastructure, Pieter Hoogland.\n\nThe Netherlands and Chile will sign an agreement "
            "on ports. Chile is a key partner of the Netherlands."
        )
        found = sides(text)
        self.assertEqual(found["Saskia Brandsma"], "NL")
        self.assertEqual(found["Pieter Hoogland"], "NL")

    def test_officials_who_will_welcome_the_guest_are_not_accompanying_him(self):
        text = (
            "Prime Minister Tomas Verhoeven will pay an official visit to Chile from 3 to 5 May. The President of "
            "Chile, Andres Molina, will be joined at the talks by the Minister of Mining, Rosa Fuentes.\n\n"
            "The Netherlands and Chile will sign an agreement on ports."
        )
        self.assertEqual(sides(text)["Rosa Fuentes"], "CL")

    def test_the_bare_title_is_the_leader_the_release_never_ties_to_a_country(self):
        text = (
            "Lisbon, 4 June 2025\n\nThe Prime Minister, Marcos Lemos Carvalho, concluded today an official visit "
            "to the Portuguese Republic, at the invitation of the Prime Minister of Portugal, Joana Pires Amaral.\n\n"
            "The Prime Minister was accompanied by the Minister of Finance, Sabino Guterres Mau, and the Minister "
            "of Agriculture, Rosalina Belo Soares.\n\nTimor-Leste and Portugal signed a protocol on health. "
            "Portugal is a main partner of Timor-Leste."
        )
        found = sides(text)
        self.assertEqual(found["Sabino Guterres Mau"], "TL")
        self.assertEqual(found["Rosalina Belo Soares"], "TL")

    def test_the_bare_title_is_not_a_leader_named_only_later(self):
        text = (
            "Portuguese Prime Minister Joana Amaral arrived in Dili on Monday for a three-day visit.\n\nThe Prime "
            "Minister was accompanied by the Minister of Finance, Rui Tavares.\n\nOn Tuesday she held talks with "
            "Prime Minister Marcos Carvalho. Timor-Leste and Portugal signed a protocol on health."
        )
        self.assertEqual(sides(text)["Rui Tavares"], "PT")
