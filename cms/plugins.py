"""The content plugin contract and the registry that reads it.

A content plugin is an ordinary Django app whose AppConfig carries a ``cms_plugin`` attribute,
a :class:`ContentPlugin` describing what the app contributes. The core never imports a plugin
by name: it asks this registry, which reads the declarations of every installed app, and wires
each plugin into the API router, the demo-content loader and the other shared machinery.

Everything is given as import paths (strings), because an AppConfig is created before models
can be imported.
"""

import re
from dataclasses import dataclass, field
from functools import cache

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

# Endpoints the core registers itself; a plugin cannot take these names.
CORE_ENDPOINTS = frozenset({"pages", "images", "documents", "locales", "search"})
PLUGIN_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,49}$")


@dataclass(frozen=True)
class ContentPlugin:
    """What one content app contributes to the CMS.

    name: the plugin's public name; its API endpoint is ``/api/v2/<name>/``.
    api_viewset: import path of a Wagtail ``BaseAPIViewSet`` subclass, or None for no endpoint.
    models: ``"app_label.ModelName"`` of the content models the plugin owns (search, the
        localization queue, webhooks and cache invalidation read this list).
    demo_content: import path of a callable returning a list of :class:`DemoStep`, or None.
    demo_after: names of plugins whose demo content must exist before this plugin's.
    admin_viewsets: import paths of SnippetViewSet subclasses, shown in the admin's "Library"
        menu next to every other plugin's.
    """

    name: str
    api_viewset: str | None = None
    models: tuple[str, ...] = ()
    demo_content: str | None = None
    demo_after: tuple[str, ...] = field(default_factory=tuple)
    admin_viewsets: tuple[str, ...] = field(default_factory=tuple)
    app_label: str = ""

    def get_api_viewset(self):
        """The API viewset class, imported on first use."""
        return import_string(self.api_viewset) if self.api_viewset else None

    def get_models(self):
        """The model classes this plugin owns."""
        return [apps.get_model(label) for label in self.models]

    def get_admin_viewsets(self):
        """The snippet viewset classes this plugin puts in the Library menu."""
        return [import_string(path) for path in self.admin_viewsets]

    def get_demo_steps(self):
        """The steps that load this plugin's demo content (empty when it has none)."""
        return list(import_string(self.demo_content)()) if self.demo_content else []


@dataclass(frozen=True)
class DemoStep:
    """One idempotent unit of demo content: running it twice leaves one copy."""

    label: str
    run: object  # a callable taking no arguments


def _validate(plugins):
    seen = {}
    for plugin in plugins:
        if not PLUGIN_NAME.match(plugin.name):
            raise ImproperlyConfigured(
                f"Content plugin name {plugin.name!r} (app {plugin.app_label!r}) must be lowercase "
                "letters, digits, '-' or '_', starting with a letter."
            )
        if plugin.name in CORE_ENDPOINTS:
            raise ImproperlyConfigured(
                f"Content plugin {plugin.app_label!r} cannot be named {plugin.name!r}: "
                "the core serves that endpoint."
            )
        if plugin.name in seen:
            raise ImproperlyConfigured(
                f"Apps {seen[plugin.name]!r} and {plugin.app_label!r} both declare a content "
                f"plugin named {plugin.name!r}."
            )
        seen[plugin.name] = plugin.app_label
    for plugin in plugins:
        for name in plugin.demo_after:
            if name not in seen:
                raise ImproperlyConfigured(
                    f"Content plugin {plugin.name!r} loads its demo content after {name!r}, "
                    "which is not installed."
                )


@cache
def get_plugins():
    """Every installed content plugin, in INSTALLED_APPS order."""
    plugins = []
    for app_config in apps.get_app_configs():
        declared = getattr(app_config, "cms_plugin", None)
        if declared is None:
            continue
        if not isinstance(declared, ContentPlugin):
            raise ImproperlyConfigured(
                f"{type(app_config).__name__}.cms_plugin must be a cms.plugins.ContentPlugin."
            )
        plugins.append(ContentPlugin(**{**declared.__dict__, "app_label": app_config.label}))
    _validate(plugins)
    return tuple(plugins)


def get_plugin(name):
    """The installed plugin called ``name``; LookupError when there is none."""
    for plugin in get_plugins():
        if plugin.name == name:
            return plugin
    raise LookupError(f"No content plugin named {name!r} is installed.")


def plugins_in_demo_order():
    """Plugins ordered so that each comes after the plugins named in its ``demo_after``."""
    ordered, placed = [], set()
    pending = list(get_plugins())
    while pending:
        ready = [p for p in pending if set(p.demo_after) <= placed]
        if not ready:
            names = ", ".join(p.name for p in pending)
            raise ImproperlyConfigured(f"Content plugins depend on each other in a cycle: {names}.")
        for plugin in ready:
            ordered.append(plugin)
            placed.add(plugin.name)
            pending.remove(plugin)
    return ordered
