"""The demo loader builds the Kazakhstan–Serbia package once, whatever number of times it runs."""

from io import StringIO

from cms.models import Page
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from filer.models import Image

from newsroom.demo import TOKAYEV_QUOTE, VISIT_SLUG, VUCIC_QUOTE
from relations_plugin import selectors
from relations_plugin.models import (
    Agreement,
    ArticleContent,
    CeremonyPhoto,
    Participation,
    Person,
    ProgrammeEvent,
    Quote,
    Relation,
    Visit,
    VisitContent,
)

COUNTED = [Relation, Person, Visit, VisitContent, Participation, ProgrammeEvent, Quote, Agreement, CeremonyPhoto]


def counts():
    return {model.__name__: model._base_manager.count() for model in [*COUNTED, ArticleContent, Image, Page]}


class LoadDemoTests(TestCase):
    def test_loading_twice_changes_nothing(self):
        first_output = StringIO()
        call_command("load_demo", stdout=first_output)
        after_first = counts()
        second_output = StringIO()
        call_command("load_demo", stdout=second_output)

        self.assertEqual(counts(), after_first)
        self.assertIn("nothing changed", second_output.getvalue())
        self.assertEqual(after_first["VisitContent"], 1)
        self.assertEqual(after_first["Quote"], 2)
        self.assertEqual(after_first["ProgrammeEvent"], 5)

    def test_demo_package_is_published_with_the_facts_of_the_visit(self):
        call_command("load_demo", stdout=StringIO())
        package = selectors.visit_get_published(slug=VISIT_SLUG, language="en")

        self.assertIsNotNone(package)
        self.assertEqual((str(package.visit.guest_country), str(package.visit.host_country)), ("KZ", "RS"))
        self.assertEqual(package.visit_type, "official")
        self.assertEqual((package.starts_on.isoformat(), package.ends_on.isoformat()), ("2024-11-18", "2024-11-19"))
        self.assertEqual(package.city, "Belgrade")
        self.assertEqual(package.visit.relation.years_of_relations(on=package.starts_on), 28)
        self.assertEqual(
            [event.kind for event in package.programme_events.all()],
            ["arrival", "welcome_ceremony", "talks_narrow", "talks_expanded", "press_briefing"],
        )
        statuses = {agreement.title: agreement.status for agreement in package.agreements.all()}
        self.assertEqual(statuses["Direct flights between Astana and Belgrade"], "announced")

    def test_quotes_are_word_for_word_and_point_into_the_article(self):
        call_command("load_demo", stdout=StringIO())
        article = ArticleContent.objects.get(language="en")
        by_speaker = {quote.speaker.name: quote for quote in Quote.objects.select_related("speaker")}

        self.assertEqual(by_speaker["Kassym-Jomart Tokayev"].text, TOKAYEV_QUOTE)
        self.assertEqual(by_speaker["Aleksandar Vučić"].text, VUCIC_QUOTE)
        for quote in by_speaker.values():
            self.assertEqual(article.body_text[quote.start_offset : quote.end_offset], quote.text)

    def test_photos_are_real_images_captioned_as_samples(self):
        call_command("load_demo", stdout=StringIO())
        for photo in CeremonyPhoto.objects.select_related("image"):
            self.assertGreater(photo.image.width, 0)
            self.assertIn("sample", photo.caption.lower())
            self.assertTrue(photo.alt_text)

    def test_admin_user_can_log_in(self):
        out = StringIO()
        call_command("load_demo", stdout=out)
        self.assertIn("admin", out.getvalue())
        self.assertTrue(get_user_model().objects.get(username="admin").is_superuser)
        self.assertTrue(self.client.login(username="admin", password="demo-admin-2024"))
