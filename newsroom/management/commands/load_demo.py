from django.conf import settings
from django.contrib.sites.models import Site
from django.core.management import call_command
from django.core.management.base import BaseCommand

from newsroom.demo import ADMIN_PASSWORD, ADMIN_USERNAME, load_demo, story_urls

DEMO_DOMAIN = "127.0.0.1:8000"


class Command(BaseCommand):
    help = "Load the Kazakhstan–Serbia demo package in English, Russian and Kazakh (idempotent) and an admin user."

    def handle(self, *args, **options):
        report = load_demo()
        # Links that leave a request (feeds, sitemap, ninjs, webhooks) use the site's domain: the dev server's.
        Site.objects.update_or_create(pk=settings.SITE_ID, defaults={"domain": DEMO_DOMAIN, "name": "Newsroom"})
        # The story pages readers get, compiled now rather than by the worker after the server starts.
        call_command("compile_documents", stdout=self.stdout)
        if report.created:
            self.stdout.write(self.style.SUCCESS("Created: " + ", ".join(report.created)))
        else:
            self.stdout.write("Demo content already loaded; nothing changed.")
        self.stdout.write("Home:  http://127.0.0.1:8000/en/")
        for language, url in story_urls().items():
            self.stdout.write(f"Story ({language}): http://127.0.0.1:8000{url}")
        self.stdout.write(f"Admin: http://127.0.0.1:8000/admin/  (login {ADMIN_USERNAME} / {ADMIN_PASSWORD})")
