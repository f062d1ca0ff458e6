"""The endpoints `make bench` measures. Add a line to measure another one.

``path`` is our endpoint without ``limit`` (the benchmark adds ``limit=20`` for load and
``limit=1``/``limit=20`` for query counts); ``{topic}`` is replaced by a topic slug of the
dataset. ``stock`` is the same listing on stock Wagtail API v2 (``bench.stock``), or None;
``stock_load`` says whether the stock endpoint is put under load too (otherwise only its
queries are counted). An endpoint that answers other than 200 (a filter that does not exist
yet) is reported with its status and message and not loaded.
"""

from dataclasses import dataclass

LIMIT = 20
STOCK = "/bench-stock/api/v2"


@dataclass(frozen=True)
class Endpoint:
    key: str  # also the file name of its ceiling copy
    path: str
    stock: str | None = None
    stock_load: bool = False


ENDPOINTS = [
    Endpoint("resources", "/api/v2/resources/", f"{STOCK}/resources/", stock_load=True),
    Endpoint("resources ar+topic", "/api/v2/resources/?locale=ar&topic={topic}"),
    Endpoint("webinars", "/api/v2/webinars/", f"{STOCK}/webinars/"),
    Endpoint("events", "/api/v2/events/", f"{STOCK}/events/"),
    Endpoint("organizations", "/api/v2/organizations/", f"{STOCK}/organizations/"),
    Endpoint("pages", "/api/v2/pages/", f"{STOCK}/pages/", stock_load=True),
]


def with_limit(path, limit=LIMIT):
    return f"{path}{'&' if '?' in path else '?'}limit={limit}"


def resolve(path, facts):
    return path.format(**facts) if path else path
