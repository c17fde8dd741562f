from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RelationsPluginConfig(AppConfig):
    """Bilateral visit story packages for django CMS."""

    name = "relations_plugin"
    verbose_name = _("Bilateral relations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import cache, versioning_admin

        cache.connect_signals()
        # Compiled story pages are made at publish and remade when what they show changes (documents.py).
        from . import documents

        documents.connect_signals()
        from . import checks  # noqa: F401  (registers the app's system checks)

        # django CMS (listed before this app) has registered versioning's admins by now.
        versioning_admin.guard_version_admins()
        from .admin import guard_media_library

        guard_media_library()
        # Publishing and unpublishing a package emit partner webhooks (relations_plugin/webhooks.py decides which).
        from djangocms_versioning.signals import post_version_operation

        from . import webhooks

        post_version_operation.connect(webhooks.on_version_operation, dispatch_uid="relations_plugin_webhooks")
        # A page published under an apphook reaches the URLs of every process (relations_plugin/apphook_reload.py).
        from . import apphook_reload

        post_version_operation.connect(apphook_reload.on_version_operation, dispatch_uid="relations_plugin_apphooks")
        # Renditions are made by the task runner: at upload, at publish, and when a reader found them missing.
        from django.conf import settings
        from django.db.models.signals import post_save

        from . import renditions

        post_save.connect(
            renditions.on_image_saved, sender=settings.FILER_IMAGE_MODEL, dispatch_uid="relations_plugin_renditions"
        )
        post_version_operation.connect(renditions.on_version_operation, dispatch_uid="relations_plugin_renditions")
        made = renditions.renditions_made
        made.connect(cache.bump_generation, dispatch_uid="relations_plugin_renditions_pages")
        made.connect(documents.on_reference_saved, dispatch_uid="relations_plugin_renditions_documents")
