"""Admin views for the member directory (shown in the Library menu)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import UpdatedAtColumn

from cms.translation_listing import LibrarySnippetViewSet
from organizations.models import Organization


class OrganizationViewSet(LibrarySnippetViewSet):
    """Member organisations: list, filter by kind and focus area, search, edit."""

    model = Organization
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "member_since", UpdatedAtColumn()]
    list_filter = ["kind", "focus_areas", "live"]
    list_export = ["name", "kind", "website", "contact_email", "member_since"]
    search_fields = ["name", "description"]
    ordering = ["name"]
    list_per_page = 50
    list_select_related = ("latest_revision",)
