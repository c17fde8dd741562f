"""The package screen, fast: an editor builds a whole visit package in a real browser in at most 30 form actions.

Debian's headless Chromium driven by Playwright, as in ``test_workflow_browser.py``: a missing browser fails these
tests. Every fill, click, selection and file choice goes through ``Actions``, which counts them.
"""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path

from cms.utils.apphook_reload import reload_urlconf
from django.urls import reverse
from djangocms_versioning import constants as vc
from djangocms_versioning.models import Version

from relations_plugin.models import ArticleContent, Person, Relation, VisitContent

from .browser import ARTIFACTS, AXE, ChromiumTestCase
from .factories import UserFactory, build_story_package, create_apphook_page, image_bytes
from .test_browser import WCAG_TAGS

MAX_ACTIONS = 30
HEADLINE = "Tokayev and Vučić hold talks in Belgrade"
QUOTED = "Serbia is a reliable partner of Kazakhstan in Europe"
BODY = (
    "President Kassym-Jomart Tokayev arrived in Belgrade on Monday for talks with Aleksandar Vučić. "
    f"“{QUOTED},” Tokayev said after the talks in narrow format."
)


class Actions:
    """The editor's form actions on a page (or its popups), counted: fills, clicks, selections, file choices."""

    def __init__(self) -> None:
        self.count = 0

    def fill(self, page, selector: str, value: str) -> None:
        self.count += 1
        page.fill(selector, value)

    def click(self, page, selector: str) -> None:
        self.count += 1
        page.click(selector)

    def select(self, page, selector: str, value: str) -> None:
        self.count += 1
        page.select_option(selector, value)

    def drop_file(self, page, selector: str, path: str) -> None:
        """Drag a file from the desktop onto a drop zone: one action (Playwright cannot drag from outside the page,
        so the drop carries the file in a DataTransfer made in the page)."""
        data = base64.b64encode(Path(path).read_bytes()).decode()
        transfer = page.evaluate_handle(
            """([data, name]) => {
                const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
                const transfer = new DataTransfer();
                transfer.items.add(new File([bytes], name, {type: "image/jpeg"}));
                return transfer;
            }""",
            [data, Path(path).name],
        )
        self.count += 1
        for event in ["dragenter", "dragover", "drop"]:
            page.dispatch_event(selector, event, {"dataTransfer": transfer})

    def select_words(self, page, container: str, words: str) -> None:
        """Drag the mouse over ``words`` in the text shown in ``container``: one selection."""
        box = page.evaluate(
            """([container, words]) => {
                const element = document.querySelector(container);
                const node = element.firstChild;
                const start = node.textContent.indexOf(words);
                const range = document.createRange();
                element.scrollIntoView({block: "center"});
                range.setStart(node, start);
                range.setEnd(node, start + 1);
                const first = range.getBoundingClientRect();
                range.setStart(node, start + words.length - 1);
                range.setEnd(node, start + words.length);
                const last = range.getBoundingClientRect();
                return {x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1,
                        y2: last.top + last.height / 2};
            }""",
            [container, words],
        )
        self.count += 1
        page.mouse.move(box["x1"], box["y1"])
        page.mouse.down()
        page.mouse.move(box["x2"], box["y2"], steps=5)
        page.mouse.up()

    def pick(self, page, widget: str, option: str) -> None:
        """An autocomplete field: open it, click the option (two actions)."""
        self.click(page, f"{widget} + .select2 .select2-selection")
        self.count += 1
        page.locator(".select2-results__option", has_text=option).first.click()

    def add_in_popup(self, page, link: str, fields: dict[str, str]) -> None:
        """The admin's "+" beside a field: the new object's form in a popup, saved and chosen on the form."""
        with page.expect_popup() as popup_info:
            self.click(page, link)
        popup = popup_info.value
        popup.wait_for_load_state("load")
        for selector, value in fields.items():
            self.fill(popup, selector, value)
        with popup.expect_event("close"):
            self.click(popup, "input[name=_save]")


class PackageScreenBrowserTests(ChromiumTestCase):
    def setUp(self):
        super().setUp()
        self.editor = UserFactory(username="editor")
        create_apphook_page(user=UserFactory(username="site-admin"))
        reload_urlconf()
        self.photo = tempfile.NamedTemporaryFile(suffix=".jpg")
        self.photo.write(image_bytes())
        self.photo.flush()
        self.addCleanup(self.photo.close)

    def logged_in_page(self):
        self.client.force_login(self.editor)
        page = self.new_page()
        session = self.client.cookies["sessionid"].value
        page.context.add_cookies([{"name": "sessionid", "value": session, "url": self.live_server_url}])
        self.console_errors = []
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        return page

    def open(self, page, url_name: str, *args) -> None:
        page.goto(f"{self.live_server_url}{reverse(url_name, args=args)}", wait_until="load")

    def test_a_whole_package_from_an_empty_database_in_at_most_30_actions(self):
        self.assertFalse(Relation.objects.exists() or Person.objects.exists() or ArticleContent.objects.exists())
        page, act = self.logged_in_page(), Actions()

        # The source article, written first.
        self.open(page, "admin:relations_plugin_articlecontent_add")
        act.fill(page, "#id_headline", "Kazakhstan and Serbia deepen ties")
        act.fill(page, "#id_body_editor .ProseMirror", BODY)
        act.click(page, "input[name=_save]")
        page.wait_for_load_state("load")
        article = ArticleContent.admin_manager.get().article

        # Facts; the relation of the two countries is created with the visit.
        self.open(page, "admin:relations_plugin_visitcontent_add")
        act.select(page, "#id_guest_country", "KZ")
        act.select(page, "#id_host_country", "RS")
        act.fill(page, "#id_headline", HEADLINE)
        act.select(page, "#id_visit_type", "official")
        act.fill(page, "#id_starts_on", "2024-11-18")
        act.fill(page, "#id_ends_on", "2024-11-19")
        act.fill(page, "#id_city", "Belgrade")

        # People, created in place: the popup offers the guest's country, then the host's.
        act.add_in_popup(page, "#add_id_participations-0-person", {"#id_name_en": "Kassym-Jomart Tokayev"})
        act.add_in_popup(page, "#add_id_participations-1-person", {"#id_name_en": "Aleksandar Vučić"})
        page.wait_for_function("document.querySelector('#id_participations-1-person').value !== ''", timeout=10000)

        # Programme: the event's day is the visit's first, its title its kind's name.
        act.select(page, "#id_programme_events-0-kind", "talks_narrow")
        act.fill(page, "#id_programme_events-0-starts_at_1", "10:00")

        # The article, then the quote: its words selected in the article's text beside the quote.
        act.pick(page, "#id_linked_articles-0-article", "Kazakhstan and Serbia deepen ties")
        page.wait_for_selector("#quotes-0 .quote-source__text:has-text('reliable partner')")
        act.select_words(page, "#quotes-0 .quote-source__text", QUOTED)
        self.assertEqual(page.input_value("#id_quotes-0-text"), QUOTED)
        self.assertEqual(page.inner_text("#quotes-0 .quote-source__text mark"), QUOTED)
        act.pick(page, "#id_quotes-0-speaker", "Kassym-Jomart Tokayev")

        # A photo of the event that is on the form, not saved yet.
        act.drop_file(page, "#photos-0 .js-filer-dropzone", self.photo.name)
        page.wait_for_function("document.querySelector('#id_photos-0-image').value !== ''", timeout=15000)
        act.fill(page, "#id_photos-0-alt_text", "The two presidents at the talks in narrow format")
        act.select(page, "#id_photos-0-event_row", "0")

        self.assertIn("Nothing is missing", page.inner_text("[data-package-summary]"))
        act.click(page, "input[name=_continue]")
        page.wait_for_load_state("load")

        content = VisitContent.admin_manager.get(headline=HEADLINE)
        self.assertEqual(str(content.visit.relation), "Kazakhstan – Serbia")
        self.assertEqual(
            [(p.person.name, str(p.person.country)) for p in content.participations.select_related("person")],
            [("Kassym-Jomart Tokayev", "KZ"), ("Aleksandar Vučić", "RS")],
        )
        event = content.programme_events.get()
        self.assertEqual(event.title, "Talks in narrow format")
        quote = content.quotes.get()
        self.assertEqual((quote.source_article, quote.speaker.name), (article, "Kassym-Jomart Tokayev"))
        self.assertEqual(ArticleContent.admin_manager.get().body_text[quote.start_offset : quote.end_offset], QUOTED)
        self.assertEqual(content.photos.get().event, event)
        self.assertEqual(content.linked_articles.get().article, article)

        # Publish from the form's header; the checks' warnings are confirmed in one click.
        act.click(page, ".object-tools a:text-is('Publish')")
        page.wait_for_load_state("load")
        if Version.objects.get_for_content(content).state != vc.PUBLISHED:
            act.click(page, "#content-main form input[type=submit]")
            page.wait_for_load_state("load")
        self.assertEqual(Version.objects.get(pk=Version.objects.get_for_content(content).pk).state, vc.PUBLISHED)

        self.assertLessEqual(act.count, MAX_ACTIONS, f"{act.count} form actions")
        self.assertEqual(self.console_errors, [])

        reader = self.new_page()
        response = reader.goto(f"{self.live_server_url}/en/relations/visits/{content.slug}/")
        self.assertEqual(response.status, 200)
        self.assertEqual(reader.locator("h1").inner_text(), HEADLINE)
        story = reader.inner_text("main")
        for shown in [QUOTED, "Aleksandar Vučić", "Talks in narrow format"]:
            self.assertIn(shown, story)


class PackageFormLayoutBrowserTests(ChromiumTestCase):
    """The form of a package with every kind of item, at 1280 px."""

    maxDiff = None

    def setUp(self):
        super().setUp()
        self.editor = UserFactory(username="editor")
        self.content = build_story_package(author=self.editor, count=2, published=False, slug="layout-story")
        self.client.force_login(self.editor)
        self.page = self.new_page(width=1280)
        session = self.client.cookies["sessionid"].value
        self.page.context.add_cookies([{"name": "sessionid", "value": session, "url": self.live_server_url}])

    def open_form(self):
        url = reverse("admin:relations_plugin_visitcontent_change", args=[self.content.pk])
        self.page.goto(f"{self.live_server_url}{url}", wait_until="load")
        self.page.wait_for_selector("#quotes-0 .quote-source__text:has-text('similar positions')")

    def axe_violations(self):
        self.page.add_script_tag(path=str(AXE))
        result = self.page.evaluate(
            """async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations""",
            WCAG_TAGS,
        )
        return [
            f"{v['id']}: {v['help']} -> {[(n['target'], n['html'][:200], n['any'][:1]) for n in v['nodes']][:3]}"
            for v in result
        ]

    def test_the_package_form_has_no_axe_violations(self):
        self.open_form()
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / "package-form-1280.png"), full_page=True)
        self.assertEqual(self.axe_violations(), [])

    def test_the_add_form_has_no_axe_violations(self):
        self.page.goto(
            f"{self.live_server_url}{reverse('admin:relations_plugin_visitcontent_add')}", wait_until="load"
        )
        self.assertEqual(self.axe_violations(), [])

    def test_header_actions_are_labelled_once_and_clear_of_the_headline(self):
        self.open_form()
        headline = self.page.locator("#content h1").bounding_box()
        tools = self.page.locator(".package-tools .object-tools").bounding_box()
        self.assertGreaterEqual(tools["y"], headline["y"] + headline["height"], "the actions sit below the headline")
        labels = [label.strip() for label in self.page.locator(".object-tools a").all_inner_texts()]
        self.assertEqual(len(labels), len(set(labels)), labels)
        self.assertTrue(all(labels), labels)

    def test_rows_are_ordered_by_dragging(self):
        self.open_form()
        first, second = self.content.participations.order_by("sort_order")
        self.page.locator("#participations-1 .package-row-handle").drag_to(self.page.locator("#participations-0 h3"))
        order = self.page.evaluate(
            "Array.from(document.querySelectorAll('#participations-group .inline-related:not(.empty-form)'))"
            ".map(row => row.id)"
        )
        self.assertEqual(order, ["participations-1", "participations-0"])
        self.page.click("input[name=_continue]")
        self.page.wait_for_load_state("load")
        people = [p.person_id for p in self.content.participations.order_by("sort_order")]
        self.assertEqual(people, [second.person_id, first.person_id])

    def test_the_version_list_shows_every_action_with_its_name_at_1280(self):
        url = reverse("admin:djangocms_versioning_visitcontentversion_changelist")
        self.page.goto(f"{self.live_server_url}{url}?visit={self.content.visit_id}&language=en", wait_until="load")
        results = self.page.locator("#changelist .results").bounding_box()
        actions = self.page.locator("td.field-list_actions .cms-action-btn")
        self.assertGreater(actions.count(), 1)
        for index in range(actions.count()):
            action = actions.nth(index)
            box = action.bounding_box()
            with self.subTest(action=action.get_attribute("title")):
                self.assertLessEqual(box["x"] + box["width"], results["x"] + results["width"], "not cut off")
                label = action.evaluate("a => getComputedStyle(a, '::after').content")
                self.assertEqual(label, f'"{action.get_attribute("title")}"')

    def open_add_form(self):
        url = reverse("admin:relations_plugin_visitcontent_add")
        self.page.goto(f"{self.live_server_url}{url}", wait_until="load")

    def test_the_summary_names_what_a_new_package_still_misses(self):
        self.open_add_form()
        self.assertEqual(
            self.page.inner_text("[data-missing]"),
            "Still missing: Facts, People, Programme, Quotes, Photos, Articles.",
        )
        self.page.select_option("#id_programme_events-0-kind", "arrival")
        self.assertNotIn("Programme", self.page.inner_text("[data-missing]"))
        self.assertEqual(self.page.inner_text("[data-section=programme_events] [data-state]"), "(1)")

    def test_a_photo_keeps_its_event_when_an_earlier_new_row_is_removed(self):
        self.open_add_form()
        self.page.select_option("#id_programme_events-0-kind", "arrival")
        for number, kind in [(1, "talks_narrow"), (2, "signing")]:
            self.page.click("#programme_events-group .add-row a")
            self.page.select_option(f"#id_programme_events-{number}-kind", kind)
        self.page.select_option("#id_photos-0-event_row", "2")
        self.page.click("#programme_events-1 .inline-deletelink")
        self.page.wait_for_function("document.querySelectorAll('#id_photos-0-event_row option').length === 3")
        choice = self.page.locator("#id_photos-0-event_row")
        self.assertEqual(choice.input_value(), "1")
        self.assertEqual(choice.locator("option:checked").inner_text(), "Signing ceremony")
        options = choice.locator("option").all_inner_texts()
        self.assertEqual(options, ["---------", "Arrival", "Signing ceremony"])
