"""Admin views for webinars and series (shown in the Library menu)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import UpdatedAtColumn

from cms.translation_listing import LibrarySnippetViewSet
from webinars.models import Webinar, WebinarSeries


class WebinarViewSet(LibrarySnippetViewSet):
    """Webinars: list, filter by series, search, edit."""

    model = Webinar
    icon = "media"
    menu_label = _("Webinars")
    list_display = ["title", "series", "starts_at", UpdatedAtColumn()]
    list_filter = ["series", "live"]
    search_fields = ["title", "summary"]
    ordering = ["-starts_at"]
    list_per_page = 50
    list_select_related = ("series", "latest_revision")


class WebinarSeriesViewSet(LibrarySnippetViewSet):
    """Webinar series such as "What Works"."""

    model = WebinarSeries
    icon = "list-ul"
    menu_label = _("Webinar series")
    list_display = ["title", "slug"]
    search_fields = ["title"]
