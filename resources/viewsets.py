"""Admin views for the resource library (shown in the Library menu)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from resources.models import Resource, Topic


class ResourceViewSet(SnippetViewSet):
    """Resources: list, filter by type, topic, year, language and status; search; edit."""

    model = Resource
    icon = "doc-full"
    menu_label = _("Resources")
    list_display = ["title", "resource_type", "organization", "publication_year", UpdatedAtColumn()]
    list_filter = ["resource_type", "topics", "publication_year"]
    list_export = ["title", "resource_type", "organization", "publication_year", "external_url"]
    search_fields = ["title", "summary"]
    ordering = ["-publication_year", "title"]
    list_per_page = 50

    def get_queryset(self, request):
        # The columns above read these relations: fetch them with the page of rows, so the
        # listing costs the same number of queries whatever the library's size.
        return Resource.objects.select_related("organization", "locale", "latest_revision")


class TopicViewSet(SnippetViewSet):
    """The topics taxonomy shared by resources and organisations."""

    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]

    def get_queryset(self, request):
        return Topic.objects.select_related("locale")
