"""The speed comparison's story, loaded through the project's services: the same parts as the peers' story."""

import io

from django.core.management import call_command
from django.test import TestCase

from newsroom.bench_story import PHOTO_SIZE, SLUG
from relations_plugin.models import VisitContent


class BenchStoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_bench_story", stdout=io.StringIO())

    def test_the_story_has_the_peers_parts_is_published_and_loads_once(self):
        content = VisitContent.objects.get(slug=SLUG, language="en")
        self.assertEqual(content.quotes.count(), 4)
        self.assertEqual(content.agreements.count(), 3)
        self.assertEqual(content.photos.count(), 8)
        self.assertEqual(
            {(photo.image.width, photo.image.height) for photo in content.photos.select_related("image")}, {PHOTO_SIZE}
        )
        self.assertEqual(content.linked_articles.filter(role="related").count(), 3)

        call_command("load_bench_story", stdout=io.StringIO())
        self.assertEqual(VisitContent.admin_manager.filter(slug=SLUG).count(), 1)
