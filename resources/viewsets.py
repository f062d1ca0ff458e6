"""Admin views for the resource library (shown in the Library menu)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import UpdatedAtColumn

from cms.translation_listing import LibrarySnippetViewSet
from resources.models import Resource, Topic


class ResourceViewSet(LibrarySnippetViewSet):
    """Resources: list, filter by type, topic, year, language and status; search; edit."""

    model = Resource
    icon = "doc-full"
    menu_label = _("Resources")
    list_display = ["title", "resource_type", "organization", "publication_year", UpdatedAtColumn()]
    list_filter = ["resource_type", "topics", "publication_year", "live"]
    list_export = ["title", "resource_type", "organization", "publication_year", "external_url"]
    search_fields = ["title", "summary"]
    ordering = ["-publication_year", "title"]
    list_per_page = 50
    list_select_related = ("organization", "latest_revision")


class TopicViewSet(LibrarySnippetViewSet):
    """The topics taxonomy shared by resources and organisations."""

    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]
