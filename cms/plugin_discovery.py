"""Finding content plugins that were installed as packages.

This module is imported by the settings, before Django is set up, so it uses nothing but the
standard library.
"""

from importlib.metadata import entry_points

ENTRY_POINT_GROUP = "cms.plugins"


def entry_point_apps():
    """Import paths of the Django apps that installed packages declare as content plugins.

    A package declares itself in its pyproject.toml::

        [project.entry-points."cms.plugins"]
        my_plugin = "my_plugin"

    where the value is the import path of the app (what would go in INSTALLED_APPS).
    """
    return sorted({ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)})
