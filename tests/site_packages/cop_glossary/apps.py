from django.apps import AppConfig

from cms.plugins import ContentPlugin


class GlossaryConfig(AppConfig):
    """A content plugin found through its package's `cms.plugins` entry point."""

    name = "cop_glossary"
    default = True
    cms_plugin = ContentPlugin(
        name="glossary",
        api_viewset="cop_glossary.api.TermAPIViewSet",
        models=("cop_glossary.Term",),
    )
