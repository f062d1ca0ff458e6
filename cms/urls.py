"""URLs: the admin, the content API, health checks, and Wagtail's page serving."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.docs import api_docs
from cms.api.openapi import openapi_json
from cms.api.router import api_router
from cms.health import healthz, readyz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/openapi.json", openapi_json, name="openapi"),
    path("api/v2/docs/", api_docs, name="api_docs"),
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages are served for previews and "view live"; each language under its own prefix (/ar/, /ckb/),
# the default language without one.
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)
