"""Newsroom roles as groups: Reporter drafts, Editor also publishes, Partner manager looks after API partners."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PACKAGE_MODELS = [
    "visit",
    "visitcontent",
    "participation",
    "programmeevent",
    "quote",
    "agreement",
    "ceremonyphoto",
    "linkedarticle",
    "article",
    "articlecontent",
    "person",
]
# djangocms-versioning's per-content proxies ("Manage versions"); they exist only at run time, so their
# permission rows are made here by name.
VERSION_PROXIES = ["visitcontentversion", "articlecontentversion"]


def _permissions(apps, app_label, models, actions):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    found = []
    for model in models:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            found.append(permission)
    return found


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    reporter = [
        *_permissions(apps, "relations_plugin", PACKAGE_MODELS, ["add", "change", "view"]),
        *_permissions(apps, "relations_plugin", ["relation"], ["view"]),
        *_permissions(apps, "filer", ["file", "image", "folder"], ["add", "change", "view"]),
        *_permissions(apps, "djangocms_versioning", VERSION_PROXIES, ["view", "change"]),
    ]
    editor = [
        *reporter,
        *_permissions(apps, "relations_plugin", PACKAGE_MODELS, ["delete"]),
        *_permissions(apps, "relations_plugin", ["relation"], ["add", "change"]),
        *_permissions(apps, "djangocms_versioning", VERSION_PROXIES, ["delete"]),
        *Permission.objects.filter(
            content_type__app_label="relations_plugin",
            codename__in=["publish_visitcontent", "publish_articlecontent"],
        ),
    ]
    partner_manager = _permissions(apps, "relations_plugin", ["partner"], ["add", "change", "delete", "view"])
    for name, permissions in [("Reporter", reporter), ("Editor", editor), ("Partner manager", partner_manager)]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Reporter", "Editor", "Partner manager"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("relations_plugin", "0003_content_publish_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("filer", "0018_alter_file_options"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
