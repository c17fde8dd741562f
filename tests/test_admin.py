"""Editors fill a whole visit package on one admin screen, and get clear errors for bad input."""

import datetime

from django.test import TestCase
from django.urls import reverse
from djangocms_versioning import constants as vc
from djangocms_versioning.models import Version

from relations_plugin import services
from relations_plugin.models import Agreement, ArticleContent, CeremonyPhoto, Person, Quote, Visit, VisitContent

from .factories import (
    ArticleContentFactory,
    FilerImageFactory,
    ParticipationFactory,
    PersonFactory,
    RelationFactory,
    UserFactory,
    VisitContentFactory,
)
from .utils import package_post_data


def add_url():
    return reverse("admin:relations_plugin_visitcontent_add")


def change_url(content):
    return reverse("admin:relations_plugin_visitcontent_change", args=[content.pk])


class VisitPackageAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="editor")
        cls.relation = RelationFactory(country_a="KZ", country_b="RS")
        cls.tokayev = PersonFactory(name="Kassym-Jomart Tokayev", country="KZ", slug="tokayev")
        cls.vucic = PersonFactory(name="Aleksandar Vučić", country="RS", slug="vucic")
        cls.article = ArticleContentFactory(author=cls.editor, published=True).article
        cls.image = FilerImageFactory()

    def setUp(self):
        self.client.force_login(self.editor)

    def package_fields(self, **overrides):
        fields = {
            "relation": self.relation.pk,
            "guest_country": "KZ",
            "host_country": "RS",
            "language": "en",
            "headline": "Tokayev pays official visit to Serbia",
            "slug": "",
            "summary": "Talks in narrow and expanded format.",
            "visit_type": "official",
            "starts_on": "2024-11-18",
            "ends_on": "2024-11-19",
            "city": "Belgrade",
            "venue": "Palace of Serbia",
            "lead_photo_alt": "",
        }
        fields.update(overrides)
        return fields

    def full_package(self, **overrides):
        return package_post_data(
            self.package_fields(**overrides),
            participations=[
                {"person": self.tokayev.pk, "role": "head_of_state", "role_title": "", "sort_order": "0"},
                {"person": self.vucic.pk, "role": "head_of_state", "role_title": "", "sort_order": "1"},
            ],
            programme_events=[
                {
                    "kind": "talks_narrow",
                    "title": "Talks in narrow format",
                    "starts_at_0": "2024-11-19",
                    "starts_at_1": "10:00",
                    "place": "Palace of Serbia",
                    "sort_order": "0",
                }
            ],
            quotes=[
                {
                    "speaker": self.tokayev.pk,
                    "text": "Both countries have similar positions.",
                    "kind": "direct",
                    "context": "at the joint press briefing",
                    "said_on": "2024-11-19",
                    "source_article": self.article.pk,
                    "sort_order": "0",
                }
            ],
            agreements=[
                {
                    "title": "Agreement on air services",
                    "kind": "agreement",
                    "sphere": "transport",
                    "status": "signed",
                    "signatories": [self.tokayev.pk, self.vucic.pk],
                    "signed_on": "2024-11-19",
                    "sort_order": "0",
                }
            ],
            photos=[
                {
                    "image": self.image.pk,
                    "alt_text": "The two presidents at the welcome ceremony",
                    "caption": "Welcome ceremony",
                    "credit": "Sample",
                    "sort_order": "0",
                }
            ],
            linked_articles=[{"article": self.article.pk, "role": "main", "sort_order": "0"}],
        )

    def test_add_form_shows_every_part_of_the_package(self):
        response = self.client.get(add_url())
        self.assertEqual(response.status_code, 200)
        for prefix in ["participations", "programme_events", "quotes", "agreements", "photos", "linked_articles"]:
            self.assertContains(response, f'name="{prefix}-TOTAL_FORMS"')
        self.assertContains(response, 'name="guest_country"')

    def test_whole_package_saved_from_one_screen_as_a_draft(self):
        response = self.client.post(add_url(), self.full_package())

        self.assertEqual(response.status_code, 302, response.context and response.context.get("errors"))
        content = VisitContent.admin_manager.get(slug="tokayev-pays-official-visit-to-serbia")
        self.assertEqual((str(content.visit.guest_country), str(content.visit.host_country)), ("KZ", "RS"))
        self.assertEqual(content.participations.count(), 2)
        self.assertEqual(content.programme_events.count(), 1)
        self.assertEqual(content.quotes.get().speaker, self.tokayev)
        self.assertEqual(set(content.agreements.get().signatories.all()), {self.tokayev, self.vucic})
        self.assertEqual(content.photos.get().alt_text, "The two presidents at the welcome ceremony")
        self.assertEqual(content.linked_articles.get().article, self.article)
        version = Version.objects.get_for_content(content)
        self.assertEqual((version.state, version.created_by), (vc.DRAFT, self.editor))

    def test_quote_by_someone_who_is_not_a_participant_is_refused(self):
        outsider = PersonFactory(name="Unnamed Official", slug="unnamed")
        data = self.full_package()
        data["quotes-0-speaker"] = outsider.pk

        response = self.client.post(add_url(), data)

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Unnamed Official is not a participant of this visit")
        self.assertFalse(VisitContent.admin_manager.exists())
        self.assertFalse(Visit.objects.exists(), "no orphan visit is left behind")
        self.assertContains(response, "Both countries have similar positions.", msg_prefix="the editor's text is kept")

    def test_signatory_must_be_a_participant(self):
        outsider = PersonFactory(name="Visiting Minister", slug="minister")
        data = self.full_package()
        data["agreements-0-signatories"] = [self.tokayev.pk, outsider.pk]
        response = self.client.post(add_url(), data)
        self.assertContains(response, "Signatories must be participants of this visit: Visiting Minister")
        self.assertFalse(Agreement.objects.exists())

    def test_programme_event_outside_the_visit_dates_is_refused(self):
        data = self.full_package()
        data["programme_events-0-starts_at_0"] = "2024-11-25"
        response = self.client.post(add_url(), data)
        self.assertContains(response, "This event is outside the visit (2024-11-18 to 2024-11-19).")

    def test_photo_without_alt_text_is_refused(self):
        data = self.full_package()
        data["photos-0-alt_text"] = "   "
        response = self.client.post(add_url(), data)
        self.assertContains(response, "Alt text is required")
        self.assertFalse(CeremonyPhoto.objects.exists())

    def test_end_before_start_is_refused(self):
        response = self.client.post(add_url(), self.full_package(ends_on="2024-11-17"))
        self.assertContains(response, "The visit cannot end before it starts.")

    def test_guest_and_host_must_be_the_relations_countries(self):
        response = self.client.post(add_url(), self.full_package(host_country="UZ"))
        self.assertContains(response, "Guest and host must be the two countries of the relation")

    def test_new_package_needs_a_visit_or_its_countries(self):
        response = self.client.post(add_url(), self.full_package(relation="", guest_country=""))
        self.assertContains(response, "Choose an existing visit, or give the relation")

    def test_slug_taken_by_another_visit_is_refused(self):
        VisitContentFactory(author=self.editor, slug="taken-slug")
        response = self.client.post(add_url(), self.full_package(slug="taken-slug"))
        self.assertContains(response, "Another visit already uses this slug in this language.")

    def test_lead_photo_needs_alt_text(self):
        response = self.client.post(add_url(), self.full_package(lead_photo=self.image.pk))
        self.assertContains(response, "Describe the lead photo")

    def test_translation_joins_an_existing_visit(self):
        english = VisitContentFactory(author=self.editor)
        fields = self.package_fields(visit=english.visit.pk, relation="", language="ru", headline="Визит")
        response = self.client.post(add_url(), package_post_data({**fields, "slug": "vizit"}))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(VisitContent.admin_manager.get(language="ru").visit, english.visit)
        self.assertEqual(Visit.objects.count(), 1)


class VisitLifecycleAdminTests(TestCase):
    """Draft, publish, new draft, publish again: the whole cycle through the admin and versioning."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="chief")
        cls.tokayev = PersonFactory(name="Kassym-Jomart Tokayev", slug="tokayev")

    def setUp(self):
        self.client.force_login(self.editor)

    def version_url(self, content, action):
        version = Version.objects.get_for_content(content)
        return reverse(f"admin:djangocms_versioning_visitcontentversion_{action}", args=[version.pk])

    def test_draft_publish_new_draft_publish_again(self):
        content = VisitContentFactory(author=self.editor, slug="cycle")
        ParticipationFactory(visit_content=content, person=self.tokayev)
        Quote.objects.create(visit_content=content, speaker=self.tokayev, text="First words.", context="in Belgrade")

        response = self.client.post(self.version_url(content, "publish"))
        self.assertIn(response.status_code, (200, 302))
        self.assertEqual(content.versions.get().state, vc.PUBLISHED)

        response = self.client.get(change_url(content))
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'name="_save"', msg_prefix="published content is read-only")

        response = self.client.post(self.version_url(content, "edit_redirect"))
        self.assertEqual(response.status_code, 302)
        draft = VisitContent.admin_manager.exclude(pk=content.pk).get()
        self.assertEqual(draft.quotes.get().text, "First words.")

        quote = draft.quotes.get()
        data = package_post_data(
            {
                "language": "en",
                "headline": draft.headline,
                "slug": draft.slug,
                "summary": draft.summary,
                "visit_type": draft.visit_type,
                "starts_on": "2024-11-18",
                "ends_on": "2024-11-19",
                "city": draft.city,
                "venue": draft.venue,
                "lead_photo_alt": "",
                "loaded_at": draft.updated_at.isoformat(),
            },
            participations=[
                {
                    "id": draft.participations.get().pk,
                    "visit_content": draft.pk,
                    "person": self.tokayev.pk,
                    "role": "head_of_state",
                    "sort_order": "0",
                }
            ],
            quotes=[
                {
                    "id": quote.pk,
                    "visit_content": draft.pk,
                    "speaker": self.tokayev.pk,
                    "text": "Second words.",
                    "kind": "direct",
                    "sort_order": "0",
                }
            ],
        )
        for prefix in ("participations", "quotes"):
            data[f"{prefix}-INITIAL_FORMS"] = "1"
        response = self.client.post(change_url(draft), data)
        self.assertEqual(response.status_code, 302, response.context and response.context.get("errors"))
        self.assertEqual(Quote.objects.get(visit_content=content).text, "First words.")

        services.content_publish(content=draft, by=self.editor)
        self.assertEqual(VisitContent.objects.get().quotes.get().text, "Second words.")


class ReferenceDataAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="desk")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_relation_is_stored_in_one_order_whatever_the_editor_enters(self):
        response = self.client.post(
            reverse("admin:relations_plugin_relation_add"),
            {"country_a": "RS", "country_b": "KZ", "slug": "", "established_on": "1996-02-06", "description_en": ""},
        )
        self.assertEqual(response.status_code, 302)
        relation = services.relation_get_or_create(first="KZ", second="RS")
        self.assertEqual(
            (str(relation.country_a), str(relation.country_b), relation.slug), ("KZ", "RS", "kazakhstan-serbia")
        )

    def test_relation_of_a_country_with_itself_is_refused(self):
        response = self.client.post(
            reverse("admin:relations_plugin_relation_add"),
            {"country_a": "KZ", "country_b": "KZ", "slug": "", "established_on": "", "description_en": ""},
        )
        self.assertContains(response, "A relation needs two different countries.")

    def test_the_same_pair_twice_is_refused(self):
        RelationFactory(country_a="KZ", country_b="RS")
        response = self.client.post(
            reverse("admin:relations_plugin_relation_add"),
            {"country_a": "RS", "country_b": "KZ", "slug": "other", "established_on": "", "description_en": ""},
        )
        self.assertContains(response, "already exists")

    def test_person_aliases_are_one_per_line(self):
        response = self.client.post(
            reverse("admin:relations_plugin_person_add"),
            {
                "name_en": "Aleksandar Vučić",
                "name_ru": "Александр Вучич",
                "name_kk": "Александар Вучич",
                "native_name": "Александар Вучић",
                "country": "RS",
                "title_en": "President of Serbia",
                "title_ru": "Президент Сербии",
                "title_kk": "Сербия Президенті",
                "slug": "aleksandar-vucic",
                "aliases": "Vučić\nVucic\n\nthe Serbian President\nVucic",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Person.objects.get().aliases, ["Vučić", "Vucic", "the Serbian President"])

    def test_person_autocomplete_finds_people_by_alias(self):
        PersonFactory(name="Kassym-Jomart Tokayev", aliases=["the Kazakh leader"], slug="tokayev")
        response = self.client.get(
            reverse("admin:autocomplete"),
            {
                "term": "Kazakh leader",
                "app_label": "relations_plugin",
                "model_name": "quote",
                "field_name": "speaker",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual([r["text"] for r in response.json()["results"]], ["Kassym-Jomart Tokayev"])

    def test_new_article_is_created_with_its_first_draft(self):
        response = self.client.post(
            reverse("admin:relations_plugin_articlecontent_add"),
            {
                "language": "en",
                "headline": "Presidents hold talks",
                "slug": "presidents-hold-talks",
                "standfirst": "",
                "body": "<p>Talks.</p><script>alert(1)</script>",
                "byline": "",
                "source": "Wire",
                "published_at_0": "",
                "published_at_1": "",
                "canonical_url": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        content = ArticleContent.admin_manager.get()
        self.assertNotIn("<script", content.body, "editor HTML is sanitised")
        self.assertEqual(Version.objects.get_for_content(content).state, vc.DRAFT)

    def test_changelists_open(self):
        VisitContentFactory(author=self.editor)
        for name in ["relation", "person", "visit", "visitcontent", "article", "articlecontent"]:
            with self.subTest(name=name):
                response = self.client.get(reverse(f"admin:relations_plugin_{name}_changelist"))
                self.assertEqual(response.status_code, 200)

    def test_visit_packages_filter_by_state(self):
        VisitContentFactory(author=self.editor, headline="Still a draft")
        VisitContentFactory(author=self.editor, headline="Already public", published=True)
        url = reverse("admin:relations_plugin_visitcontent_changelist")
        response = self.client.get(url, {"state": "published"})
        self.assertContains(response, "Already public")
        self.assertNotContains(response, "Still a draft")

    def test_visit_package_search_finds_a_participant(self):
        content = VisitContentFactory(author=self.editor, headline="Talks in Belgrade")
        ParticipationFactory(visit_content=content, person=PersonFactory(name="Aleksandar Vučić", slug="v"))
        response = self.client.get(reverse("admin:relations_plugin_visitcontent_changelist"), {"q": "Vučić"})
        self.assertContains(response, "Talks in Belgrade")
        self.assertEqual(datetime.date(2024, 11, 18), content.starts_on)


class ConcurrentEditingTests(TestCase):
    """Two editors open the same draft; the second save is refused, names the first, and loses nothing."""

    @classmethod
    def setUpTestData(cls):
        cls.anna = UserFactory(username="anna")
        cls.boris = UserFactory(username="boris")

    def form_data(self, response, **changes):
        form = response.context["adminform"].form
        data = {name: form[name].value() or "" for name in form.fields if name not in {"lead_photo", "visit"}}
        for name in ("starts_on", "ends_on"):
            data[name] = str(data[name])
        data.update(changes)
        return package_post_data(data)

    def test_second_save_is_refused_with_who_and_when_and_keeps_the_form(self):
        content = VisitContentFactory(author=self.anna, headline="Original headline")
        url = change_url(content)
        anna, boris = self.client_class(), self.client_class()
        anna.force_login(self.anna)
        boris.force_login(self.boris)
        anna_page, boris_page = anna.get(url), boris.get(url)

        first = anna.post(url, self.form_data(anna_page, headline="Anna's headline"))
        self.assertEqual(first.status_code, 302)
        second = boris.post(url, self.form_data(boris_page, headline="Boris's headline"))

        self.assertEqual(second.status_code, 200)
        self.assertContains(second, "anna saved this content at")
        self.assertContains(second, "Changed Headline")
        self.assertContains(second, 'value="Boris&#x27;s headline"', msg_prefix="Boris's text is kept in the form")
        self.assertEqual(VisitContent.admin_manager.get(pk=content.pk).headline, "Anna's headline")

    def test_saving_again_after_reloading_works(self):
        content = VisitContentFactory(author=self.anna)
        self.client.force_login(self.anna)
        url = change_url(content)
        for headline in ("First save", "Second save"):
            response = self.client.post(url, self.form_data(self.client.get(url), headline=headline))
            self.assertEqual(response.status_code, 302)
        self.assertEqual(VisitContent.admin_manager.get(pk=content.pk).headline, "Second save")
