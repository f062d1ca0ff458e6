"""Settings for `make bench` only: production settings with the benchmark's URLs.

``bench.urls`` adds, under ``/bench-stock/api/v2/``, stock Wagtail API v2 endpoints over the
same data (see ``bench.stock``); WhiteNoise also serves ``bench/results/ceiling/`` at the site
root, so the ceiling (the same response bytes as a static file) is served by the same server.
``bench.stockpages`` adds a page type equivalent to a resource, for the stock comparison.
Uploads (the dataset's images and their renditions) go to ``bench/results/media/`` on local
disk, whatever the environment says about object storage. Nothing here is used outside the
benchmark.
"""

import os

from cms.settings import base as _base
from cms.settings.production import *  # noqa: F403
from cms.settings.production import BASE_DIR, INSTALLED_APPS, STORAGES

INSTALLED_APPS = [*INSTALLED_APPS, "bench.stockpages"]
ROOT_URLCONF = "bench.urls"
WHITENOISE_ROOT = BASE_DIR / "bench" / "results" / "ceiling"

# The dataset's files stay with the dataset, on local disk (never a configured bucket).
MEDIA_ROOT = BASE_DIR / "bench" / "results" / "media"
MEDIA_PRIVATE_ROOT = None
STORAGES = {**STORAGES, "default": {"BACKEND": "cms.storage.LocalMediaStorage"}}
AWS_STORAGE_BUCKET_NAME = ""
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# The response cache switch (cms/settings/base.py), forced on or off for a benchmark run.
# Where the project has no such setting yet, the switch changes nothing and the report says so.
API_RESPONSE_CACHE_AVAILABLE = hasattr(_base, "API_RESPONSE_CACHE")
if os.environ.get("BENCH_API_RESPONSE_CACHE") in ("on", "off"):
    API_RESPONSE_CACHE = os.environ["BENCH_API_RESPONSE_CACHE"] == "on"
