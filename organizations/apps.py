from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from cms.plugins import ContentPlugin


class OrganizationsConfig(AppConfig):
    """Content plugin: the member directory."""

    name = "organizations"
    verbose_name = _("Member directory")
    cms_plugin = ContentPlugin(
        name="organizations",
        api_viewset="organizations.api.OrganizationAPIViewSet",
        models=("organizations.Organization",),
        admin_viewsets=("organizations.viewsets.OrganizationViewSet",),
        demo_content="organizations.demo.demo_steps",
        demo_after=("home",),
    )
