"""An editor places a pull quote in a real browser: the CMS's add-plugin form, the admin's select2 autocomplete."""

from urllib.parse import urlencode

from cms.api import create_page
from cms.utils.urlutils import admin_reverse
from django.conf import settings

from relations_plugin.models import PullQuotePluginModel

from .browser import ChromiumTestCase
from .factories import PersonFactory, QuoteFactory, UserFactory, build_story_package


class PullQuotePickerBrowserTests(ChromiumTestCase):
    def test_an_editor_finds_a_quote_by_its_speaker_and_places_it(self):
        editor = UserFactory()
        package = build_story_package(author=editor, slug="picker-story")
        speaker = PersonFactory(name="Shavkat Mirziyoyev", country="UZ")
        quote = QuoteFactory(visit_content=package, speaker=speaker, text="We open a new page of our friendship.")
        page = create_page("Front", "page.html", "en", created_by=editor, slug="front")
        placeholder = page.get_admin_content("en").get_placeholders().get(slot="content")
        self.client.force_login(editor)
        browser = self.new_page()
        session = self.client.cookies[settings.SESSION_COOKIE_NAME].value
        browser.context.add_cookies([{"name": "sessionid", "value": session, "url": self.live_server_url}])
        query = {
            "placeholder_id": placeholder.pk,
            "plugin_type": "PullQuotePlugin",
            "plugin_language": "en",
            "plugin_position": 1,
            "cms_path": "/en/front/",
        }
        browser.goto(f"{self.live_server_url}{admin_reverse('cms_placeholder_add_plugin')}?{urlencode(query)}")

        browser.click(".select2-selection")
        browser.fill(".select2-search__field", "mirziyoyev")
        option = browser.locator(".select2-results__option", has_text="Shavkat Mirziyoyev")
        option.wait_for()
        self.assertEqual(
            option.inner_text(),
            "Shavkat Mirziyoyev: “We open a new page of our friendship.” — "
            "Tokayev and Vučić hold talks in Belgrade (English)",
        )
        option.click()
        with browser.expect_navigation():
            browser.click("input[type=submit]")

        plugin = PullQuotePluginModel.objects.get(placeholder=placeholder)
        self.assertEqual((plugin.quote, plugin.visit), (quote, package.visit))
