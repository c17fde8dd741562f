"""Partner managers look after partners' webhook endpoints and read (and redeliver from) the delivery log."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = [("webhookendpoint", ["add", "change", "delete", "view"]), ("webhookdelivery", ["view"])]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("relations_plugin")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Partner manager")
    for model, actions in GRANTS:
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="relations_plugin", codename__in=[f"{action}_{model}" for action in actions]
            )
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{action}_{model}" for model, actions in GRANTS for action in actions]
    for group in Group.objects.filter(name="Partner manager"):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="relations_plugin", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("relations_plugin", "0012_latest_visits_limit_from_settings"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
