from django.core.management import call_command
from django.core.management.base import BaseCommand

from newsroom.bench_story import SLUG, load_bench_story
from newsroom.demo import load_demo


class Command(BaseCommand):
    help = (
        "Load the demo site and the benchmark story: the package the speed comparison's Wagtail and "
        "djangocms-stories sites serve (idempotent)."
    )

    def handle(self, *args, **options):
        load_demo()
        from django.contrib.auth import get_user_model

        from newsroom.demo import ADMIN_USERNAME

        content = load_bench_story(user=get_user_model().objects.get(username=ADMIN_USERNAME))
        call_command("compile_documents", stdout=self.stdout)  # what the worker does after a publish
        self.stdout.write(f"Benchmark story: {content.get_absolute_url() or SLUG}")
        self.stdout.write(f"API detail: /api/v1/visits/{SLUG}/?language=en")
