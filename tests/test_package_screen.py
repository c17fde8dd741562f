"""The package screen's rules on the server: a quote's words are its article's, a photo's event is a programme row
of the same screen, the relation of a new visit comes from its two countries, an event's title from its kind."""

from django.contrib.auth.models import Permission
from django.test import TestCase
from django.urls import reverse

from relations_plugin.models import CeremonyPhoto, Relation, VisitContent

from .factories import (
    ArticleContentFactory,
    FilerImageFactory,
    PersonFactory,
    ProgrammeEventFactory,
    RelationFactory,
    UserFactory,
    VisitContentFactory,
)
from .utils import package_post_data

# ArticleContentFactory's body, as quote offsets count in it.
ARTICLE_TEXT = "Both countries have similar positions, said the President."


def add_url():
    return reverse("admin:relations_plugin_visitcontent_add")


class PackageScreenTestBase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="editor")
        cls.relation = RelationFactory(country_a="KZ", country_b="RS")
        cls.tokayev = PersonFactory(name="Kassym-Jomart Tokayev", country="KZ", slug="tokayev")
        cls.article = ArticleContentFactory(author=cls.editor, published=True).article
        cls.image = FilerImageFactory()

    def setUp(self):
        self.client.force_login(self.editor)

    def fields(self, **overrides):
        return {
            "relation": self.relation.pk,
            "guest_country": "KZ",
            "host_country": "RS",
            "language": "en",
            "headline": "Tokayev pays official visit to Serbia",
            "slug": "",
            "visit_type": "official",
            "starts_on": "2024-11-18",
            "ends_on": "2024-11-19",
            "city": "Belgrade",
            "lead_photo_alt": "",
            **overrides,
        }

    def post(self, fields=None, **inlines):
        participations = [{"person": self.tokayev.pk, "role": "head_of_state", "sort_order": "0"}]
        data = package_post_data(fields or self.fields(), participations=participations, **inlines)
        return self.client.post(add_url(), data)


class QuoteOffsetTests(PackageScreenTestBase):
    def quote(self, text, start="", end=""):
        row = {"speaker": self.tokayev.pk, "text": text, "kind": "direct", "source_article": self.article.pk}
        return [{**row, "start_offset": start, "end_offset": end, "sort_order": "0"}]

    def test_offsets_that_cover_the_words_are_saved(self):
        response = self.post(quotes=self.quote("similar positions", "20", "37"))
        self.assertEqual(response.status_code, 302)
        quote = VisitContent.admin_manager.get().quotes.get()
        self.assertEqual(ARTICLE_TEXT[quote.start_offset : quote.end_offset], "similar positions")

    def test_offsets_that_cover_other_words_are_an_error(self):
        response = self.post(quotes=self.quote("similar positions", "0", "17"))
        self.assertContains(response, "Characters 0 to 17 of the article are “Both countries ha”")
        self.assertFalse(VisitContent.admin_manager.exists())

    def test_offsets_past_the_end_of_a_short_article_are_an_error(self):
        response = self.post(quotes=self.quote("similar positions", "5000", "5100"))
        self.assertContains(
            response, f"The article&#x27;s text has {len(ARTICLE_TEXT)} characters: 5000 to 5100 is outside it."
        )
        self.assertFalse(VisitContent.admin_manager.exists())

    def test_words_without_offsets_must_occur_in_the_article(self):
        response = self.post(quotes=self.quote("Relations have never been better."))
        self.assertContains(response, "These words are not in the article")
        self.assertFalse(VisitContent.admin_manager.exists())

    def test_words_without_offsets_found_in_the_article_are_saved(self):
        response = self.post(quotes=self.quote("“Both countries have similar positions.”"))
        self.assertEqual(response.status_code, 302)


class PhotoEventRowTests(PackageScreenTestBase):
    def photo(self, event_row):
        row = {"image": self.image.pk, "alt_text": "The two presidents", "event_row": event_row, "sort_order": "0"}
        return [row]

    def event(self, title="Talks in narrow format"):
        return {
            "kind": "talks_narrow",
            "title": title,
            "starts_at_0": "2024-11-19",
            "starts_at_1": "10:00",
            "sort_order": "0",
        }

    def test_a_photo_chooses_an_event_added_in_the_same_save(self):
        response = self.post(programme_events=[self.event("Arrival"), self.event()], photos=self.photo("1"))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(CeremonyPhoto.objects.get().event.title, "Talks in narrow format")

    def test_a_photo_cannot_point_past_the_programme_rows(self):
        elsewhere = ProgrammeEventFactory(visit_content=VisitContentFactory(author=self.editor))
        response = self.post(programme_events=[self.event()], photos=self.photo(str(elsewhere.pk)))
        self.assertContains(response, "Select a valid choice.")
        self.assertFalse(CeremonyPhoto.objects.exists())

    def test_a_photo_cannot_choose_an_empty_programme_row(self):
        empty = {"kind": "", "title": "", "starts_at_0": "", "starts_at_1": "", "sort_order": "0"}
        response = self.post(programme_events=[self.event(), empty], photos=self.photo("1"))
        self.assertContains(response, "This event is not in the programme any more")


class RelationInPlaceTests(PackageScreenTestBase):
    def test_the_relation_of_a_new_pair_of_countries_is_created_with_the_visit(self):
        response = self.post(self.fields(relation="", guest_country="UZ", host_country="RS"))
        self.assertEqual(response.status_code, 302)
        relation = VisitContent.admin_manager.get().visit.relation
        self.assertEqual(relation.countries, ("RS", "UZ"))

    def test_an_existing_relation_of_the_pair_is_used(self):
        response = self.post(self.fields(relation=""))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(VisitContent.admin_manager.get().visit.relation, self.relation)
        self.assertEqual(Relation.objects.count(), 1)

    def test_without_permission_to_add_relations_a_new_pair_is_refused(self):
        reporter = UserFactory(username="reporter", is_superuser=False)
        reporter.user_permissions.set(
            Permission.objects.filter(
                content_type__app_label="relations_plugin",
                codename__in=["add_visitcontent", "change_visitcontent", "view_visitcontent", "add_participation"],
            )
        )
        self.client.force_login(reporter)
        response = self.post(self.fields(relation="", guest_country="UZ", host_country="RS"))
        self.assertContains(response, "Choose an existing visit, or give the relation")
        self.assertFalse(Relation.objects.filter(country_b="UZ").exists())


class InPlaceLinksTests(PackageScreenTestBase):
    def test_the_add_form_offers_a_new_relation_and_new_people_in_a_popup(self):
        self.client.get(add_url())
        response = self.client.get(add_url())
        self.assertContains(response, 'id="add_id_relation"', count=1)
        self.assertContains(response, 'id="add_id_participations-0-person"')
        self.assertContains(response, 'id="add_id_participations-1-person"')


class ProgrammeTitleTests(PackageScreenTestBase):
    def test_an_event_without_a_title_is_named_after_its_kind(self):
        event = {
            "kind": "welcome_ceremony",
            "title": "",
            "starts_at_0": "2024-11-18",
            "starts_at_1": "09:00",
            "sort_order": "0",
        }
        response = self.post(programme_events=[event])
        self.assertEqual(response.status_code, 302)
        self.assertEqual(VisitContent.admin_manager.get().programme_events.get().title, "Welcome ceremony")


class SourceTextTests(PackageScreenTestBase):
    def test_the_article_text_quote_offsets_count_in(self):
        url = reverse("admin:relations_plugin_visitcontent_source_text", args=[self.article.pk])
        response = self.client.get(url, {"language": "en"})
        self.assertEqual(
            response.json(),
            {"article_id": self.article.pk, "language": "en", "headline": str(self.article), "text": ARTICLE_TEXT},
        )

    def test_an_unknown_article_is_not_found(self):
        url = reverse("admin:relations_plugin_visitcontent_source_text", args=[self.article.pk + 100])
        self.assertEqual(self.client.get(url, follow=True).status_code, 404)
