from django.apps import AppConfig

from cms.plugins import ContentPlugin


class SamplePluginConfig(AppConfig):
    """A content plugin installed through INSTALLED_APPS (by the test settings only)."""

    name = "tests.sample_plugin"
    label = "sample_plugin"
    cms_plugin = ContentPlugin(
        name="field-notes",
        api_viewset="tests.sample_plugin.api.FieldNoteAPIViewSet",
        models=("sample_plugin.FieldNote",),
        demo_content="tests.sample_plugin.demo.demo_steps",
        demo_after=("home",),
    )
