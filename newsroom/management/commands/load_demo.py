from django.core.management.base import BaseCommand

from newsroom.demo import ADMIN_PASSWORD, ADMIN_USERNAME, VISIT_SLUG, load_demo
from relations_plugin.models import VisitContent


class Command(BaseCommand):
    help = "Load the Kazakhstan–Serbia demo package (idempotent) and an admin user."

    def handle(self, *args, **options):
        report = load_demo()
        if report.created:
            self.stdout.write(self.style.SUCCESS("Created: " + ", ".join(report.created)))
        else:
            self.stdout.write("Demo content already loaded; nothing changed.")
        story = VisitContent.objects.filter(slug=VISIT_SLUG, language="en").first()
        self.stdout.write("Home:  http://127.0.0.1:8000/en/")
        if story and story.get_absolute_url():
            self.stdout.write(f"Story: http://127.0.0.1:8000{story.get_absolute_url()}")
        self.stdout.write(f"Admin: http://127.0.0.1:8000/admin/  (login {ADMIN_USERNAME} / {ADMIN_PASSWORD})")
