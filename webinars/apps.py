from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from cms.plugins import ContentPlugin


class WebinarsConfig(AppConfig):
    """Content plugin: webinar recordings and their series."""

    name = "webinars"
    verbose_name = _("Webinars")
    cms_plugin = ContentPlugin(
        name="webinars",
        api_viewset="webinars.api.WebinarAPIViewSet",
        models=("webinars.Webinar", "webinars.WebinarSeries"),
        admin_viewsets=(
            "webinars.viewsets.WebinarViewSet",
            "webinars.viewsets.WebinarSeriesViewSet",
        ),
        demo_content="webinars.demo.demo_steps",
        demo_after=("resources",),
    )
