"""/api/v2/locales/: the content languages, their names and text direction."""

from django.http import Http404
from rest_framework.response import Response
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.models import Locale

from cms.api.renderers import API_RENDERERS
from cms.languages import content_languages


class LocalesAPIViewSet(BaseAPIViewSet):
    """Each content locale: code, English name, name in its own language, direction (ltr/rtl)
    and whether it is the default (source) language."""

    renderer_classes = API_RENDERERS

    model = Locale
    known_query_parameters = frozenset({"format", "_"})

    def entries(self):
        ids = dict(Locale.objects.values_list("language_code", "pk"))
        return [
            {"id": ids[lang["code"]], **lang} for lang in content_languages() if lang["code"] in ids
        ]

    def listing_view(self, request):
        self.check_query_parameters(Locale.objects.none())
        items = self.entries()
        return Response({"meta": {"total_count": len(items)}, "items": items})

    def detail_view(self, request, pk):
        for entry in self.entries():
            if str(entry["id"]) == str(pk):
                return Response(entry)
        raise Http404("not found")

    def check_query_parameters(self, queryset):
        unknown = set(self.request.GET) - self.known_query_parameters
        if unknown:
            from wagtail.api.v2.utils import BadRequestError

            raise BadRequestError(
                "query parameter is not an operation or a recognised field: "
                + ", ".join(sorted(unknown))
            )
