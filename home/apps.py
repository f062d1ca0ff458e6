from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from cms.plugins import ContentPlugin


class HomeConfig(AppConfig):
    """Page types: the home page and standard pages, served by Wagtail's pages endpoint."""

    name = "home"
    verbose_name = _("Pages")
    # Pages use the core's /api/v2/pages/ endpoint, so this plugin contributes no endpoint of
    # its own: only its models and the site's home and about pages as demo content.
    cms_plugin = ContentPlugin(
        name="home",
        models=("home.HomePage", "home.StandardPage"),
        demo_content="home.demo.demo_steps",
    )
