"""The content API router: Wagtail's endpoints plus one endpoint per installed content plugin."""

import functools

from django.http import JsonResponse
from django.urls import get_script_prefix
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.api.locales import LocalesAPIViewSet
from cms.api.pages import CmsPagesAPIViewSet
from cms.api.renderers import API_RENDERERS
from cms.api.search import SearchAPIViewSet
from cms.plugins import get_plugins

# No listing comes near this; past 2**63 - 1 the database refuses the OFFSET (a 500 in stock
# Wagtail).
MAX_OFFSET = 2**31 - 1
DETAIL_URL_SAMPLE_PK = 987654321


def check_common_parameters(request):
    """What every endpoint, a plugin's stock Wagtail one included, must refuse or tidy before
    its query reaches the database; returns the 400 message, or None."""
    for name, values in request.GET.lists():
        if any("\x00" in value for value in values):
            return f"{name}: null characters are not allowed"
    try:
        offset = int(request.GET.get("offset", 0))
    except ValueError:
        offset = 0  # the endpoint says what is wrong with it
    if offset > MAX_OFFSET:
        return f"offset: at most {MAX_OFFSET}"
    if request.GET.get("search_operator", "and") not in ("and", "or"):
        return "search_operator: give and or or"
    search = request.GET.get("search")
    if search is not None and search != search.replace('"', " ").strip():
        # The SQLite search backend puts each word between double quotes without escaping
        # them (every backend drops the character anyway), and fails on a query of blanks.
        params = request.GET.copy()
        params["search"] = search.replace('"', " ").strip()
        request.GET = params
    return None


class CmsImagesAPIViewSet(ImagesAPIViewSet):
    """Wagtail's images endpoint, rendered like every other endpoint."""

    renderer_classes = API_RENDERERS


class CmsDocumentsAPIViewSet(DocumentsAPIViewSet):
    """Wagtail's documents endpoint, rendered like every other endpoint."""

    renderer_classes = API_RENDERERS


class CmsAPIRouter(WagtailAPIRouter):
    """Wagtail's router, with the parameters every endpoint shares checked first and detail
    URLs built from a template per model (a listing asks for dozens of them per response;
    resolving each through ``reverse()`` cost more than its SQL)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._detail_templates = {}

    def get_object_detail_urlpath(self, model, pk):
        key = (model, get_script_prefix())
        if key not in self._detail_templates:
            # Every endpoint's detail URL is "<int:pk>/" under its listing URL.
            sample = super().get_object_detail_urlpath(model, DETAIL_URL_SAMPLE_PK)
            self._detail_templates[key] = (
                sample.rpartition(f"/{DETAIL_URL_SAMPLE_PK}/") if sample else None
            )
        template = self._detail_templates[key]
        if template is None:
            return None
        prefix, _slash, suffix = template
        return f"{prefix}/{int(pk)}/{suffix}"

    def wrap_view(self, func):
        view = super().wrap_view(func)

        @functools.wraps(func)
        def checked(request, *args, **kwargs):
            message = check_common_parameters(request)
            if message:
                return JsonResponse({"message": message}, status=400)
            return view(request, *args, **kwargs)

        return checked


def build_api_router():
    """A router with the core endpoints and every plugin's, each at ``/api/v2/<name>/``."""
    router = CmsAPIRouter("wagtailapi")
    router.register_endpoint("pages", CmsPagesAPIViewSet)
    router.register_endpoint("images", CmsImagesAPIViewSet)
    router.register_endpoint("documents", CmsDocumentsAPIViewSet)
    router.register_endpoint("locales", LocalesAPIViewSet)
    for plugin in get_plugins():
        viewset = plugin.get_api_viewset()
        if viewset is not None:
            router.register_endpoint(plugin.name, viewset)
    # Last, so that every model's detail URLs resolve to its own endpoint.
    router.register_endpoint("search", SearchAPIViewSet)
    return router


api_router = build_api_router()
