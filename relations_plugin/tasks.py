"""Background tasks (Django's tasks API, django-tasks backport): small and idempotent, each one a service call.

``make run`` starts a worker (``manage.py db_worker``) beside the server; the database backend needs no other
service. Any task may run twice or late: the services it calls skip what was already done.
"""

from __future__ import annotations

from django_tasks import task

from . import documents, renditions, webhooks


@task()
def deliver_webhooks(*, endpoint_id: int) -> int:
    """Send an endpoint's pending webhook deliveries in order; a failure reschedules this task with backoff."""
    return webhooks.deliver_pending(endpoint_id=endpoint_id)


@task()
def lift_embargo(*, version_id: int) -> bool:
    """Enqueued for a package's go-live time: tell partners it is out of embargo."""
    return webhooks.package_embargo_lifted(version_id=version_id)


@task()
def ping_hub(*, language: str) -> int | None:
    """Tell the WebSub hub (``RELATIONS_PLUGIN_WEBSUB_HUB``) that a language's feed changed."""
    return webhooks.hub_ping(language=language)


@task()
def compile_documents(*, content_ids: list[int]) -> int:
    """Render the story pages of these published package versions into their documents (``documents.py``)."""
    return documents.compile_many(content_ids)


@task()
def make_renditions(*, image_id: int) -> int:
    """Make an image's missing renditions (``renditions.required_specs``) from one decode; how many were made."""
    from django.apps import apps
    from django.conf import settings

    image = apps.get_model(settings.FILER_IMAGE_MODEL).objects.filter(pk=image_id).first()
    return renditions.ensure_made(image) if image is not None else 0
