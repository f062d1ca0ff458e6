"""Create a Wagtail Locale for each content language in settings.CONTENT_LANGUAGE_CODES."""

from django.db import migrations


def create_content_locales(apps, schema_editor):
    from cms.languages import sync_content_locales

    sync_content_locales(apps.get_model("wagtailcore", "Locale"))


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create_content_locales, migrations.RunPython.noop)]
