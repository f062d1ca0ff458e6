"""Admin views for events (shown in the Library menu)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import UpdatedAtColumn

from cms.translation_listing import LibrarySnippetViewSet
from events.models import Event


class EventViewSet(LibrarySnippetViewSet):
    """Events: list, filter by kind, mode and governorate, search, edit."""

    model = Event
    icon = "date"
    menu_label = _("Events")
    list_display = ["title", "kind", "mode", "starts_at", "city", UpdatedAtColumn()]
    list_filter = ["kind", "mode", "governorate", "live"]
    search_fields = ["title", "description", "city"]
    ordering = ["-starts_at"]
    list_per_page = 50
    list_select_related = ("latest_revision",)
