from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from cms.plugins import ContentPlugin


class EventsConfig(AppConfig):
    """Content plugin: coordination meetings, workshops and trainings."""

    name = "events"
    verbose_name = _("Events")
    cms_plugin = ContentPlugin(
        name="events",
        api_viewset="events.api.EventAPIViewSet",
        models=("events.Event",),
        admin_viewsets=("events.viewsets.EventViewSet",),
        demo_content="events.demo.demo_steps",
        demo_after=("organizations", "resources"),
    )
