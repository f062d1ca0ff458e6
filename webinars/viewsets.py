"""Admin views for webinars and series (shown in the Library menu)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from webinars.models import Webinar, WebinarSeries


class WebinarViewSet(SnippetViewSet):
    """Webinars: list, filter by series, search, edit."""

    model = Webinar
    icon = "media"
    menu_label = _("Webinars")
    list_display = ["title", "series", "starts_at", UpdatedAtColumn()]
    list_filter = ["series"]
    search_fields = ["title", "summary"]
    ordering = ["-starts_at"]
    list_per_page = 50

    def get_queryset(self, request):
        return Webinar.objects.select_related("series", "locale", "latest_revision")


class WebinarSeriesViewSet(SnippetViewSet):
    """Webinar series such as "What Works"."""

    model = WebinarSeries
    icon = "list-ul"
    menu_label = _("Webinar series")
    list_display = ["title", "slug"]
    search_fields = ["title"]

    def get_queryset(self, request):
        return WebinarSeries.objects.select_related("locale")
