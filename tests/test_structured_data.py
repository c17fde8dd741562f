"""JSON-LD, Open Graph, canonical and hreflang of the story page."""

import json
import re

from .factories import VisitContentFactory, build_story_package
from .utils import ApphookTestCase

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


class StoryMetadataTests(ApphookTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.package = build_story_package(author=cls.editor, slug="metadata-story")
        VisitContentFactory(
            author=cls.editor, visit=cls.package.visit, language="ru", slug="vizit-v-belgrad", published=True
        )

    def setUp(self):
        super().setUp()
        self.response = self.client.get("/en/relations/visits/metadata-story/")
        self.html = self.response.content.decode()

    def json_ld(self):
        return json.loads(JSON_LD.search(self.html).group(1))

    def test_news_article_about_an_event_with_attendees_quotes_and_image(self):
        data = self.json_ld()

        self.assertEqual(data["@context"], "https://schema.org")
        self.assertEqual(data["@type"], "NewsArticle")
        self.assertEqual(data["headline"], "Tokayev and Vučić hold talks in Belgrade")
        self.assertEqual(data["url"], "http://testserver/en/relations/visits/metadata-story/")
        event = data["about"]
        self.assertEqual(event["@type"], "Event")
        self.assertEqual((event["startDate"], event["endDate"]), ("2024-11-18", "2024-11-19"))
        self.assertEqual(event["location"]["address"]["addressLocality"], "Belgrade")
        tokayev = event["attendee"][0]
        self.assertEqual(tokayev["@type"], "Person")
        self.assertEqual(tokayev["name"], "Kassym-Jomart Tokayev")
        self.assertEqual(tokayev["nationality"], {"@type": "Country", "name": "Kazakhstan"})
        quote = data["hasPart"][0]
        self.assertEqual(quote["@type"], "Quotation")
        self.assertEqual(quote["text"], "Both countries have similar positions")
        self.assertEqual(quote["creator"]["name"], "Kassym-Jomart Tokayev")
        image = data["image"]
        self.assertEqual(image["@type"], "ImageObject")
        self.assertEqual(image["creditText"], "Akorda press service")
        self.assertEqual((image["width"], image["height"]), (1200, 630))

    def test_open_graph_uses_a_social_rendition_not_the_original(self):
        og_image = re.search(r'<meta property="og:image" content="([^"]+)">', self.html).group(1)

        self.assertIn("1200x630", og_image)
        self.assertNotEqual(og_image, self.package.lead_photo.url)
        self.assertIn('<meta property="og:image:width" content="1200">', self.html)
        self.assertIn('<meta name="twitter:card" content="summary_large_image">', self.html)
        self.assertIn('<meta property="og:title" content="Tokayev and Vučić hold talks in Belgrade">', self.html)

    def test_canonical_and_hreflang_alternates(self):
        self.assertIn('<link rel="canonical" href="http://testserver/en/relations/visits/metadata-story/">', self.html)
        self.assertIn(
            '<link rel="alternate" hreflang="ru" href="http://testserver/ru/relations/visits/vizit-v-belgrad/">',
            self.html,
        )
        self.assertIn(
            '<link rel="alternate" hreflang="en" href="http://testserver/en/relations/visits/metadata-story/">',
            self.html,
        )
        self.assertIn(
            '<link rel="alternate" hreflang="x-default" href="http://testserver/en/relations/visits/metadata-story/">',
            self.html,
        )
        self.assertNotIn('<link rel="alternate" hreflang="kk"', self.html)  # no published Kazakh version

    def test_json_ld_cannot_close_its_script_element(self):
        self.package.headline = "Talks </script><script>alert(1)</script>"
        self.package.save()

        html = self.client.get("/en/relations/visits/metadata-story/").content.decode()
        payload = JSON_LD.search(html).group(1)
        self.assertNotIn("</script", payload)
        self.assertEqual(json.loads(payload)["headline"], "Talks </script><script>alert(1)</script>")
