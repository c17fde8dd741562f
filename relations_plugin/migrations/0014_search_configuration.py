"""Reader search on PostgreSQL: the unaccent and pg_trgm extensions and a Kazakh text search configuration.

PostgreSQL has no Kazakh stemmer, so Kazakh is searched word by word (``simple``) with accents folded
(``unaccent``), plus trigram similarity for near spellings. Other databases search without any of this.
"""

from django.db import migrations

KAZAKH_CONFIGURATION = "relations_kk"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {KAZAKH_CONFIGURATION}")
    schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {KAZAKH_CONFIGURATION} (COPY = simple)")
    schema_editor.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {KAZAKH_CONFIGURATION} "
        "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"
    )


def drop(apps, schema_editor):
    # The extensions stay: other apps of the site may use them.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {KAZAKH_CONFIGURATION}")


class Migration(migrations.Migration):
    dependencies = [("relations_plugin", "0013_partner_manager_webhooks")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
