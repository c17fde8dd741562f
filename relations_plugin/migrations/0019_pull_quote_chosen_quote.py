"""Pull quotes point at a chosen quote instead of a speaker.

A pull quote placed with a speaker showed that speaker's first quote in the visit's package: it now points at that
quote, taken from the version readers see in the plugin's language if there is one, else from the newest version
(any language last), so the page keeps showing the same words. Pull quotes without a speaker keep showing the
package's first quote (no quote chosen).
"""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import Case, IntegerField, Value, When


def speaker_to_quote(apps, schema_editor):
    PullQuotePluginModel = apps.get_model("relations_plugin", "PullQuotePluginModel")
    Quote = apps.get_model("relations_plugin", "Quote")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Version = apps.get_model("djangocms_versioning", "Version")

    content_type = ContentType.objects.filter(app_label="relations_plugin", model="visitcontent").first()
    published = set(
        Version.objects.filter(content_type=content_type, state="published").values_list("object_id", flat=True)
    )
    for plugin in PullQuotePluginModel.objects.exclude(speaker=None).iterator():
        quote = (
            Quote.objects.filter(visit_content__visit_id=plugin.visit_id, speaker_id=plugin.speaker_id)
            .annotate(
                same_language=Case(
                    When(visit_content__language=plugin.language, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                ),
                shown=Case(
                    When(visit_content_id__in=published, then=Value(0)), default=Value(1), output_field=IntegerField()
                ),
            )
            .order_by("same_language", "shown", "-visit_content_id", "sort_order", "pk")
            .first()
        )
        if quote is not None:
            plugin.quote = quote
            plugin.save(update_fields=["quote"])


def quote_to_speaker(apps, schema_editor):
    PullQuotePluginModel = apps.get_model("relations_plugin", "PullQuotePluginModel")
    for plugin in PullQuotePluginModel.objects.exclude(quote=None).select_related("quote").iterator():
        plugin.speaker_id = plugin.quote.speaker_id
        plugin.save(update_fields=["speaker"])


class Migration(migrations.Migration):

    dependencies = [
        ("relations_plugin", "0018_editor_profile"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("djangocms_versioning", "0018_fix_typo"),
    ]

    operations = [
        migrations.AddField(
            model_name="pullquotepluginmodel",
            name="quote",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.RESTRICT,
                related_name="+",
                to="relations_plugin.quote",
                verbose_name="quote",
            ),
        ),
        migrations.RunPython(speaker_to_quote, quote_to_speaker),
        migrations.RemoveField(
            model_name="pullquotepluginmodel",
            name="speaker",
        ),
    ]
