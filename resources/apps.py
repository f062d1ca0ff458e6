from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from cms.plugins import ContentPlugin


class ResourcesConfig(AppConfig):
    """Content plugin: the resource library and the topics taxonomy."""

    name = "resources"
    verbose_name = _("Resource library")
    cms_plugin = ContentPlugin(
        name="resources",
        api_viewset="resources.api.ResourceAPIViewSet",
        models=("resources.Resource", "resources.Topic"),
        admin_viewsets=("resources.viewsets.ResourceViewSet", "resources.viewsets.TopicViewSet"),
        demo_content="resources.demo.demo_steps",
        demo_after=("home", "organizations"),
    )
