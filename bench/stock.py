"""Stock Wagtail API v2 over the same data, for comparison (benchmark only).

Wagtail's own ``PagesAPIViewSet``: besides the site's pages, it lists the dataset's pages
equivalent to the resources (``bench.stockpages.ResourcePage``), which is the issue's
comparator for our resources listing (``?type=benchpages.ResourcePage&fields=...`` with the
fields of ``resource_page_fields``). And for each content plugin a plain ``BaseAPIViewSet``
subclass on the plugin's model with the plugin endpoint's listing fields: Wagtail's default
queryset (``model.objects.all().order_by("id")``), no ``select_related``/``prefetch_related``,
no caching. Its serializer adds Wagtail's own ``PageLocaleField`` so items carry the same
``meta.locale`` as ours (one query per item for the locale, as stock page listings pay).
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import BaseSerializer, PageLocaleField
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from cms.plugins import get_plugins

STOCK_META_FIELDS = ("type", "detail_url", "locale")


class StockSerializer(BaseSerializer):
    locale = PageLocaleField(read_only=True)


def _names(fields):
    return [getattr(field, "name", field) for field in fields]


def stock_viewset(ours):
    """A stock viewset for ``ours``'s model, listing the fields ``ours`` lists by default
    (those a stock serializer can serialise: model fields and attributes)."""
    model = ours.model

    def usable(name):
        return name == "id" or name in STOCK_META_FIELDS or hasattr(model, name)

    meta = [name for name in STOCK_META_FIELDS if name != "locale" or name in ours.meta_fields]
    body = [name for name in _names(ours.body_fields) if usable(name) and name not in meta]
    listing = [name for name in _names(ours.listing_default_fields) if usable(name)]
    return type(
        f"Stock{model.__name__}APIViewSet",
        (BaseAPIViewSet,),
        {
            "__module__": __name__,
            "model": model,
            "base_serializer_class": StockSerializer,
            "body_fields": body,
            "meta_fields": meta,
            "listing_default_fields": listing,
            "detail_only_fields": [f for f in _names(ours.detail_only_fields) if usable(f)],
        },
    )


def build_stock_router():
    router = WagtailAPIRouter("benchstockapi")
    router.register_endpoint("pages", PagesAPIViewSet)
    for plugin in get_plugins():
        viewset = plugin.get_api_viewset()
        if viewset is not None and getattr(viewset, "model", None) is not None:
            router.register_endpoint(plugin.name, stock_viewset(viewset))
    return router


stock_router = build_stock_router()


def resource_page_fields():
    """The fields our resources listing shows by default that the equivalent page type has
    and stock Wagtail's pages listing does not show by default, comma-separated for
    ``fields=`` (Wagtail adds them to its defaults: id, type, detail_url, title, ...)."""
    from wagtail.api.v2.views import PagesAPIViewSet

    from bench.stockpages.models import ResourcePage
    from resources.api import ResourceAPIViewSet

    available = {field.name for field in ResourcePage.api_fields}
    shown = set(PagesAPIViewSet.get_listing_default_fields(ResourcePage))
    return ",".join(
        name
        for name in _names(ResourceAPIViewSet.listing_default_fields)
        if name in available and name not in shown
    )
