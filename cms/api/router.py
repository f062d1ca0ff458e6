"""The content API router: Wagtail's endpoints plus one endpoint per installed content plugin."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.api.locales import LocalesAPIViewSet
from cms.api.pages import CmsPagesAPIViewSet
from cms.api.search import SearchAPIViewSet
from cms.plugins import get_plugins


def build_api_router():
    """A router with the core endpoints and every plugin's, each at ``/api/v2/<name>/``."""
    router = WagtailAPIRouter("wagtailapi")
    router.register_endpoint("pages", CmsPagesAPIViewSet)
    router.register_endpoint("images", ImagesAPIViewSet)
    router.register_endpoint("documents", DocumentsAPIViewSet)
    router.register_endpoint("locales", LocalesAPIViewSet)
    for plugin in get_plugins():
        viewset = plugin.get_api_viewset()
        if viewset is not None:
            router.register_endpoint(plugin.name, viewset)
    # Last, so that every model's detail URLs resolve to its own endpoint.
    router.register_endpoint("search", SearchAPIViewSet)
    return router


api_router = build_api_router()
