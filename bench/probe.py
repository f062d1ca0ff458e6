"""Facts about a benchmark database and the SQL queries each listing costs.

Run by `make bench` as ``python -m bench.probe OUT.json`` with ``DJANGO_SETTINGS_MODULE=
bench.settings`` and ``DATABASE_URL`` set: applies any new migrations to the (cached) dataset,
then requests every endpoint of ``bench.endpoints`` (ours and each stock comparator) through
Django's test client with ``limit=1`` and ``limit=20``, and counts the queries of the second
of two identical requests (so per-process warm-up such as the site and content-type caches is
not counted; with the response cache on, the second request is a cache hit).
"""

import json
import sys
from pathlib import Path


def count_queries(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    return {"status": response.status_code, "queries": len(context.captured_queries)}


def main(argv):
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    from bench.dataset import FILTER_TOPIC
    from bench.endpoints import ENDPOINTS, resolve, with_limit
    from bench.stock import resource_page_fields
    from resources.models import Topic

    call_command("migrate", verbosity=0, interactive=False)
    slugs = set(Topic.objects.values_list("slug", flat=True))
    facts = {
        "topic": FILTER_TOPIC if FILTER_TOPIC in slugs else min(slugs, default="none"),
        "resource_page_fields": resource_page_fields(),
    }
    client = Client(HTTP_HOST="127.0.0.1")

    def queries(path):
        return {f"limit_{n}": count_queries(client, with_limit(path, n)) for n in (1, 20)}

    endpoints = {}
    for endpoint in ENDPOINTS:
        path = resolve(endpoint.path, facts)
        stocks = []
        for stock in endpoint.stocks:
            stock_path = resolve(stock.path, facts)
            stocks.append({"name": stock.name, "path": stock_path, "queries": queries(stock_path)})
        endpoints[endpoint.key] = {"path": path, "path_queries": queries(path), "stocks": stocks}
    result = {
        "facts": facts,
        "cache_setting_available": settings.API_RESPONSE_CACHE_AVAILABLE,
        "api_response_cache": getattr(settings, "API_RESPONSE_CACHE", None),
        "endpoints": endpoints,
    }
    Path(argv[1]).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main(sys.argv)
