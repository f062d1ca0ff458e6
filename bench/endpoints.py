"""The endpoints `make bench` measures. Add a line to measure another one.

``path`` is our endpoint without ``limit`` (the benchmark adds ``limit=20`` for load and
``limit=1``/``limit=20`` for query counts); ``{topic}`` is replaced by a topic slug of the
dataset, ``{resource_page_fields}`` by the fields of our resources listing that the
equivalent pages have (``bench.stock.resource_page_fields``). ``stocks`` are the same listing
on stock Wagtail API v2 (``bench.stock``), each a ``Stock``: the first is the endpoint's
comparator (its "off vs stock" ratio, and the goal's for resources), any others are reported
with ratios of their own. A stock listing with ``load`` is put under load too (otherwise only
its queries are counted). An endpoint that answers other than 200 (a filter that does not
exist yet) is reported with its status and message and not loaded.
"""

from dataclasses import dataclass

LIMIT = 20
STOCK = "/bench-stock/api/v2"


@dataclass(frozen=True)
class Stock:
    name: str  # short, for the report's rows
    what: str  # what the comparator is, written with its ratio
    path: str
    load: bool = False


@dataclass(frozen=True)
class Endpoint:
    key: str  # also the file name of its ceiling copy
    path: str
    stocks: tuple[Stock, ...] = ()


def snippet_viewset(name, load=False):
    """Stock Wagtail's BaseAPIViewSet over the same model as our ``name`` endpoint."""
    return Stock(
        "snippet viewset",
        f"a plain stock BaseAPIViewSet over our {name} model",
        f"{STOCK}/{name}/",
        load,
    )


# The comparator for resources: stock Wagtail's pages listing of pages that hold what a
# resource holds (bench.stockpages.ResourcePage), with the fields our listing shows by default.
EQUIVALENT_PAGES = Stock(
    "pages",
    "stock Wagtail's pages listing of equivalent pages (type=benchpages.ResourcePage)",
    f"{STOCK}/pages/?type=benchpages.ResourcePage&fields={{resource_page_fields}}",
    load=True,
)

ENDPOINTS = [
    Endpoint(
        "resources",
        "/api/v2/resources/",
        (EQUIVALENT_PAGES, snippet_viewset("resources", load=True)),
    ),
    Endpoint("resources ar+topic", "/api/v2/resources/?locale=ar&topic={topic}"),
    Endpoint("webinars", "/api/v2/webinars/", (snippet_viewset("webinars"),)),
    Endpoint("events", "/api/v2/events/", (snippet_viewset("events"),)),
    Endpoint("organizations", "/api/v2/organizations/", (snippet_viewset("organizations"),)),
    Endpoint(
        "pages",
        "/api/v2/pages/",
        (Stock("pages", "stock Wagtail's PagesAPIViewSet", f"{STOCK}/pages/", load=True),),
    ),
]


def with_limit(path, limit=LIMIT):
    return f"{path}{'&' if '?' in path else '?'}limit={limit}"


def resolve(path, facts):
    return path.format(**facts) if path else path
