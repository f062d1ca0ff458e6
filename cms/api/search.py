"""/api/v2/search/: one search across pages and every content plugin's models."""

from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from cms.api.content import MAX_SEARCH_LENGTH
from cms.api.renderers import API_RENDERERS
from cms.api.representations import get_full_url, type_name
from cms.plugins import get_plugins

PER_TYPE_LIMIT = 200


class SearchResult:
    """Stands for "any content" in the router's model lookup (the search has no model)."""


class SearchAPIViewSet(BaseAPIViewSet):
    """Search live content of every kind: ``?search=…&locale=ar&type=resources.Resource``.

    Results are grouped by type in the order the types are installed (pages first), each
    group ranked by the search backend; ``meta.facets.type`` counts matches per type.
    """

    renderer_classes = API_RENDERERS

    model = SearchResult
    known_query_parameters = frozenset({"search", "locale", "type", "limit", "offset", "format"})

    @staticmethod
    def searchable_models():
        models = [Page]
        for plugin in get_plugins():
            models += [
                m
                for m in plugin.get_models()
                if hasattr(m, "search_fields") and not issubclass(m, Page)
            ]
        return models

    def listing_view(self, request):
        unknown = set(request.GET) - self.known_query_parameters
        if unknown:
            raise BadRequestError(
                "query parameter is not an operation or a recognised field: "
                + ", ".join(sorted(unknown))
            )
        query = request.GET.get("search", "")
        if not query.strip():
            raise BadRequestError("search: give a text to search for")
        if len(query) > MAX_SEARCH_LENGTH:
            raise BadRequestError(f"search: at most {MAX_SEARCH_LENGTH} characters")
        models = {type_name(m): m for m in self.searchable_models()}
        wanted = request.GET.get("type")
        if wanted is not None:
            names = [name.strip() for name in wanted.split(",")]
            unknown_types = [name for name in names if name not in models]
            if unknown_types:
                raise BadRequestError(
                    f"type: unknown type '{', '.join(unknown_types)}' (one of: "
                    + ", ".join(models)
                    + ")"
                )
            models = {name: models[name] for name in names}
        locale = None
        if "locale" in request.GET:
            locale = Locale.objects.filter(language_code=request.GET["locale"]).first()
            if locale is None:
                raise BadRequestError(f"locale: unknown locale '{request.GET['locale'][:20]}'")

        backend = get_search_backend()
        results, counts = [], {}
        for name, model in models.items():
            queryset = (
                model.objects.live().public().specific() if model is Page else model.objects.all()
            )
            if hasattr(model, "live") and model is not Page:
                queryset = queryset.filter(live=True)
            if locale is not None:
                queryset = queryset.filter(locale=locale)
            hits = list(backend.search(query, queryset)[:PER_TYPE_LIMIT])
            counts[name] = len(hits)
            results += [(name, hit) for hit in hits]

        offset, limit = self.page_bounds(request)
        router = request.wagtailapi_router
        items = []
        for _name, hit in results[offset : offset + limit]:
            path = router.get_object_detail_urlpath(type(hit), hit.pk)
            items.append(
                {
                    "id": hit.pk,
                    "meta": {
                        "type": type_name(type(hit)),
                        "locale": hit.locale.language_code,
                        "detail_url": get_full_url(request, path) if path else None,
                    },
                    "title": str(hit.title if isinstance(hit, Page) else hit),
                }
            )
        return Response(
            {"meta": {"total_count": len(results), "facets": {"type": counts}}, "items": items}
        )

    @staticmethod
    def page_bounds(request):
        try:
            offset = int(request.GET.get("offset", 0))
            limit = int(request.GET.get("limit", 20))
            if offset < 0 or not 0 <= limit <= 100:
                raise ValueError
        except ValueError:
            raise BadRequestError("limit must be 0–100 and offset a positive integer") from None
        return offset, limit

    def detail_view(self, request, pk):
        raise BadRequestError("search has no detail view")
