"""URLs for `make bench` only: the project's, plus stock Wagtail API v2 endpoints."""

from django.urls import path

from bench.stock import stock_router
from cms.urls import urlpatterns as project_urlpatterns

# Before the project's patterns: those end with Wagtail's catch-all page serving.
urlpatterns = [path("bench-stock/api/v2/", stock_router.urls), *project_urlpatterns]
