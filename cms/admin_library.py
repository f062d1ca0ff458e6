"""The admin's "Library" menu: every content plugin's snippet viewsets, in one group."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cms.plugins import get_plugins


class LibraryViewSetGroup(SnippetViewSetGroup):
    """One menu for the content that is not pages: resources, webinars, events, members."""

    menu_label = _("Library")
    menu_icon = "folder-open-inverse"
    menu_order = 150
    add_to_admin_menu = True


def register_library_menu():
    """Register the group with the viewsets that the installed plugins declare."""
    items = tuple(viewset for plugin in get_plugins() for viewset in plugin.get_admin_viewsets())
    if items:
        register_snippet(type("LibraryViewSetGroup", (LibraryViewSetGroup,), {"items": items}))
