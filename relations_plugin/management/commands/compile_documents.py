from django.core.management.base import BaseCommand

from relations_plugin import documents, selectors


class Command(BaseCommand):
    help = (
        "Compile the story page of every published package version (documents.py). The task runner does this at "
        "publish; run it after loading content without a worker, or after an upgrade that changed the story layout."
    )

    def handle(self, *args, **options):
        ids = list(selectors.visit_content_queryset(include_embargoed=True).values_list("pk", flat=True))
        made = documents.compile_many(ids)
        self.stdout.write(f"Compiled {made} of {len(ids)} published package versions.")
