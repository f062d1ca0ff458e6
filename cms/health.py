"""Health checks for load balancers and orchestrators.

``/healthz`` says the process is alive and touches nothing else. ``/readyz`` checks each part
the CMS needs to serve (database, search backend, media storage) and answers 503 with a JSON
body naming the failing part when one is down, so the instance can be taken out of rotation.
"""

import logging
import os

from botocore.exceptions import ClientError
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)
PROBE_KEY = "readyz-probe"
WRITE_PROBE_CONFLICTS = {"PreconditionFailed", "ConditionalRequestConflict"}


def check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_search():
    backend = get_search_backend()
    client = getattr(backend, "es", None)
    if client is not None:
        # Elasticsearch-family backends: the cluster must answer.
        client.info()
    else:
        # The database backend: a real query against its index tables.
        list(backend.search("readyz", Page)[:1])


def check_storage():
    storage = default_storage
    if isinstance(storage, FileSystemStorage):
        # MEDIA_ROOT, and the folder of restricted documents next to it.
        for location in (storage.location, getattr(storage, "private_location", None)):
            if location:
                os.makedirs(location, exist_ok=True)
                if not os.access(location, os.W_OK):
                    raise PermissionError("media folder is not writable")
    elif hasattr(storage, "bucket_name"):
        # S3: the bucket itself must exist and be reachable with our credentials...
        client = storage.connection.meta.client
        client.head_bucket(Bucket=storage.bucket_name)
        # ...and accept uploads. The write is conditional: once the probe object exists the
        # bucket answers 412 (after checking our permission), so probing stores nothing more.
        try:
            client.put_object(Bucket=storage.bucket_name, Key=PROBE_KEY, Body=b"", IfNoneMatch="*")
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") not in WRITE_PROBE_CONFLICTS:
                raise
    else:
        storage.exists(PROBE_KEY)


CHECKS = {"database": check_database, "search": check_search, "storage": check_storage}


@never_cache
@require_GET
def healthz(request):
    """The process is alive."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request):
    """Database, search backend and storage are all reachable; 503 naming the part that is not."""
    results, failures = {}, []
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # any failure of a dependency means "not ready", never a 500
            logger.warning("readyz: %s check failed: %r", name, error)
            results[name] = "down"
            failures.append(f"{name}: {type(error).__name__}")
        else:
            results[name] = "ok"
    if failures:
        return JsonResponse(
            {"status": "unavailable", "reason": "; ".join(failures), "checks": results}, status=503
        )
    return JsonResponse({"status": "ok", "checks": results})
