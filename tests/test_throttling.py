"""Throttling by the real client: the socket address unless a trusted proxy vouches, bad tokens counted per address,
counters in the shared cache, and the ``RateLimit-*`` headers on every API answer."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.test import RequestFactory, SimpleTestCase, override_settings
from rest_framework.test import APITestCase

from relations_plugin.api.throttling import client_address

from .factories import PartnerFactory

RELATIONS = "/api/v1/relations/"


def rates(**rates: str):
    return override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates})


class ClientAddressTests(SimpleTestCase):
    def request(self, remote: str, forwarded: str = ""):
        extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
        return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)

    def test_the_socket_address_by_default_whatever_the_header_says(self):
        self.assertEqual(client_address(self.request("198.51.100.7", "203.0.113.1")), "198.51.100.7")

    @override_settings(RELATIONS_PLUGIN_TRUSTED_PROXIES=["10.0.0.0/8"])
    def test_behind_trusted_proxies_the_nearest_address_they_did_not_add(self):
        # The client wrote "1.2.3.4" itself; the edge proxy appended the real peer, the inner proxy its own.
        request = self.request("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.1")
        self.assertEqual(client_address(request), "203.0.113.9")

    @override_settings(RELATIONS_PLUGIN_TRUSTED_PROXIES=["10.0.0.0/8"])
    def test_an_untrusted_peer_is_the_client_even_with_a_header(self):
        self.assertEqual(client_address(self.request("198.51.100.7", "10.0.0.5")), "198.51.100.7")

    @override_settings(RELATIONS_PLUGIN_TRUSTED_PROXIES=["10.0.0.0/8"])
    def test_a_malformed_entry_stops_at_the_last_vouched_address(self):
        self.assertEqual(client_address(self.request("10.0.0.2", "203.0.113.9, not-an-ip")), "10.0.0.2")


class AnonymousThrottleTests(APITestCase):
    def setUp(self):
        cache.clear()

    @rates(anon="3/minute")
    def test_a_rotating_forwarded_for_does_not_buy_more_requests(self):
        statuses = [self.client.get(RELATIONS, HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code for n in range(1, 6)]
        self.assertEqual(statuses, [200, 200, 200, 429, 429])

    @rates(anon="2/minute")
    @override_settings(RELATIONS_PLUGIN_TRUSTED_PROXIES=["127.0.0.1"])
    def test_behind_a_trusted_proxy_each_client_has_its_own_budget(self):
        first = [self.client.get(RELATIONS, HTTP_X_FORWARDED_FOR="203.0.113.1").status_code for _ in range(3)]
        other = self.client.get(RELATIONS, HTTP_X_FORWARDED_FOR="203.0.113.2")
        spoofed = self.client.get(RELATIONS, HTTP_X_FORWARDED_FOR="203.0.113.3, 203.0.113.1")

        self.assertEqual(first, [200, 200, 429])
        self.assertEqual(other.status_code, 200)
        self.assertEqual(spoofed.status_code, 429)  # the proxy appended the real client, 203.0.113.1

    @rates(anon="3/minute")
    def test_counters_live_in_the_shared_cache(self):
        self.client.get(RELATIONS)
        self.assertEqual(len(cache.get("throttle_anon_127.0.0.1")), 1)
        cache.clear()  # another process's view of the same cache: a cleared counter starts again
        self.assertEqual(self.client.get(RELATIONS)["RateLimit-Remaining"], "2")

    @rates(anon="3/minute")
    def test_every_answer_carries_its_rate_limit(self):
        answers = [self.client.get(RELATIONS) for _ in range(4)] + [self.client.get(f"{RELATIONS}no-such-slug/")]

        self.assertEqual([a.status_code for a in answers], [200, 200, 200, 429, 429])
        self.assertEqual([a["RateLimit-Limit"] for a in answers], ["3"] * 5)
        self.assertEqual([a["RateLimit-Remaining"] for a in answers], ["2", "1", "0", "0", "0"])
        self.assertTrue(all(0 < int(a["RateLimit-Reset"]) <= 60 for a in answers))
        self.assertTrue(int(answers[3]["Retry-After"]) > 0)

    def test_a_partner_sees_its_own_rate(self):
        partner = PartnerFactory(rate="5/minute")
        response = self.client.get(RELATIONS, HTTP_AUTHORIZATION=f"Token {partner.token}")
        self.assertEqual((response["RateLimit-Limit"], response["RateLimit-Remaining"]), ("5", "4"))


@rates(anon="1000/minute", failed_token="3/minute")
class FailedTokenThrottleTests(APITestCase):
    def setUp(self):
        cache.clear()
        self.partner = PartnerFactory()

    def get(self, token: str, **extra):
        return self.client.get(RELATIONS, HTTP_AUTHORIZATION=f"Token {token}", **extra)

    def test_bad_tokens_get_401_until_the_limit_then_429_even_with_a_rotating_forwarded_for(self):
        statuses = [self.get(f"guess-{n}", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(5)]

        self.assertEqual(statuses, [401, 401, 401, 429, 429])
        refused = self.get("guess-again")
        self.assertTrue(int(refused["Retry-After"]) > 0)
        self.assertEqual(refused["RateLimit-Remaining"], "0")

    def test_past_the_limit_even_the_right_token_waits(self):
        for n in range(3):
            self.get(f"guess-{n}")
        self.assertEqual(self.get(self.partner.token).status_code, 429)

    def test_other_addresses_and_anonymous_reads_are_not_affected(self):
        for n in range(4):
            self.get(f"guess-{n}")
        self.assertEqual(self.get(self.partner.token, REMOTE_ADDR="198.51.100.20").status_code, 200)
        self.assertEqual(self.client.get(RELATIONS).status_code, 200)  # reading without a token is the anon rate

    def test_right_tokens_are_not_counted(self):
        statuses = [self.get(self.partner.token).status_code for _ in range(5)]
        self.assertEqual(statuses, [200] * 5)
