"""Run inside the bare site (``python -m tests.site.smoke``): migrate, check, and serve a published package.

Prints one line per step and exits non-zero at the first failure, so the test that runs it can say which.
"""

import datetime
import os
import sys

os.environ["DJANGO_SETTINGS_MODULE"] = "tests.site.settings"

import django  # noqa: E402

django.setup()

from cms.api import create_page  # noqa: E402
from cms.utils.apphook_reload import reload_urlconf  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from djangocms_versioning.models import Version  # noqa: E402


def main() -> int:
    call_command("migrate", verbosity=0)
    print("migrate: ok")
    call_command("check", fail_level="WARNING")
    call_command("makemigrations", "relations_plugin", check=True, dry_run=True, verbosity=0)
    print("check: ok")

    from relations_plugin import services

    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    page = create_page(
        "Relations",
        "page.html",
        "en",
        created_by=user,
        slug="relations",
        apphook="RelationsApphook",
        apphook_namespace="relations_plugin",
    )
    Version.objects.get_for_content(page.get_admin_content("en")).publish(user)
    reload_urlconf()
    relation = services.relation_get_or_create(first="KZ", second="RS", established_on=datetime.date(1996, 2, 6))
    visit = services.visit_create(relation=relation, guest_country="KZ", host_country="RS")
    content = services.visit_content_create(
        visit=visit,
        by=user,
        language="en",
        headline="Official visit to Serbia",
        visit_type="official",
        starts_on=datetime.date(2024, 11, 18),
        ends_on=datetime.date(2024, 11, 19),
        city="Belgrade",
    )
    url = content.get_absolute_url()
    if Client().get(url).status_code != 404:
        print(f"draft visible at {url!r}")
        return 1
    services.content_publish(content=content, by=user)
    response = Client().get(url)
    if response.status_code != 200 or b"Official visit to Serbia" not in response.content:
        print(f"story page {url!r}: {response.status_code}")
        return 1
    print("story page: ok")
    response = Client().get("/api/v1/visits/", HTTP_ACCEPT_LANGUAGE="en")
    if response.status_code != 200 or b"Official visit to Serbia" not in response.content:
        print(f"API: {response.status_code} {response.content[:300]!r}")
        return 1
    print("API: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
