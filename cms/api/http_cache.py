"""HTTP caching for the content API: validators, Cache-Control, a response cache, invalidation.

Two middleware classes, because GZipMiddleware has to sit between them (see MIDDLEWARE):

- :class:`APIValidatorsMiddleware`, below GZipMiddleware, gives every successful API response an
  ``ETag`` computed from its uncompressed body (gzip output carries random padding against
  BREACH, so a hash of it would change on every request; GZipMiddleware then weakens the tag, and
  weak comparison still matches ``If-None-Match``) and a ``Last-Modified``: the time published
  content last changed.
- :class:`APIResponseCacheMiddleware`, above GZipMiddleware and below CorsMiddleware, keeps
  anonymous 200 responses in Django's cache, already compressed, so a hit costs no database query
  and no compression; CORS headers are added per request, after it. It also sets Cache-Control
  (public with ``s-maxage`` and ``stale-while-revalidate`` for anonymous readers,
  ``private, no-store`` for anyone identified by a session or an ``Authorization`` header) and
  answers conditional requests with 304.

Time: a view whose response changes with the clock alone (which events are upcoming) sets
``response.api_valid_until`` (a Unix time). Such a response is cached, and declared fresh to
other caches, only until then, without stale-while-revalidate.

Invalidation: a content "generation" in the cache, the time in nanoseconds of the last change,
is replaced whenever a page, snippet, image, document, media item, embed, locale, site,
collection or view restriction is published, unpublished, saved, moved or deleted. A cached
response records the generation it was built under and is used only while that generation is
current, so one write to the cache makes every cached response (listings included) stale at
once.
"""

import hashlib
import logging
import math
import threading
import time

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import (
    get_conditional_response,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import get_language_from_request

logger = logging.getLogger(__name__)

API_PATH_PREFIX = "/api/v2/"
GENERATION_KEY = "cms:api:content-generation"
RESPONSE_KEY_PREFIX = "cms:api:response:"

# Request headers the cache key accounts for. A response that varies on any other header is
# not cached, since the key could not tell its variants apart.
KEYED_VARY_HEADERS = frozenset(
    {"accept", "accept-encoding", "accept-language", "authorization", "cookie", "origin"}
)
# Saves that touch only these fields record drafts, locks or lazily computed file facts: what
# the API shows does not change, so they leave cached responses alone.
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_at",
        "locked_by",
        "file_hash",
        "file_size",
    }
)
CACHE_STATUS_HEADER = "X-Cache"
PRIVATE_CACHE_CONTROL = "private, no-store"


def api_setting(name, default):
    """A setting of this module, read per request so that tests and operators can change it."""
    return getattr(settings, name, default)


def response_cache():
    """The Django cache holding the generation and the cached responses."""
    return caches[api_setting("API_RESPONSE_CACHE_ALIAS", "default")]


def public_cache_control(fresh_for=None):
    """Cache-Control for anonymous successful responses, from the settings; for a response
    that stays true only ``fresh_for`` more seconds, no longer than that."""
    max_age = api_setting("API_CACHE_CONTROL_MAX_AGE", 60)
    s_maxage = api_setting("API_CACHE_CONTROL_S_MAXAGE", 300)
    if fresh_for is not None:
        return f"public, max-age={min(max_age, fresh_for)}, s-maxage={min(s_maxage, fresh_for)}"
    return (
        f"public, max-age={max_age}, s-maxage={s_maxage}, "
        f"stale-while-revalidate={api_setting('API_CACHE_CONTROL_STALE_WHILE_REVALIDATE', 600)}"
    )


def seconds_until(valid_until):
    """Whole seconds left before ``valid_until`` (a Unix time, or None for no limit)."""
    return None if valid_until is None else max(0, math.floor(valid_until - time.time()))


def is_api_request(request):
    return request.path_info.startswith(API_PATH_PREFIX)


def is_private_request(request):
    """Whether the request may carry a reader's identity: an API token or a session cookie.

    Decided from the headers alone, so a cache hit never loads a session from the database.
    """
    return "HTTP_AUTHORIZATION" in request.META or settings.SESSION_COOKIE_NAME in request.COOKIES


# The content generation ----------------------------------------------------------------------

_generation_lock = threading.Lock()
_last_generation = 0


def _next_generation():
    """Now in nanoseconds, strictly above any generation this process made before."""
    global _last_generation
    with _generation_lock:
        _last_generation = max(time.time_ns(), _last_generation + 1)
        return _last_generation


def content_generation(cache=None):
    """The current content generation; when the cache has none (first use, eviction), now."""
    cache = cache or response_cache()
    generation = cache.get(GENERATION_KEY)
    return generation if generation is not None else _start_generation(cache)


def _start_generation(cache):
    generation = _next_generation()
    if cache.add(GENERATION_KEY, generation, timeout=None):
        return generation
    # Another process started it first: use theirs, so every process agrees.
    return cache.get(GENERATION_KEY) or generation


def _store_new_generation():
    try:
        response_cache().set(GENERATION_KEY, _next_generation(), timeout=None)
    except Exception:
        logger.exception("Could not invalidate the API response cache.")


def bump_content_generation():
    """Make every cached API response stale.

    Done at once, so the rest of this request sees fresh responses, and again when the
    transaction commits: a concurrent request may have read the new generation before the
    change was committed and cached what it saw then under it.
    """
    _store_new_generation()
    transaction.on_commit(_store_new_generation, robust=True)


# Signal receivers ----------------------------------------------------------------------------


def _content_saved(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    bump_content_generation()


def _content_changed(sender, **kwargs):
    bump_content_generation()


def api_content_bases():
    """Base classes of every model whose rows the API can show or that decides what it shows."""
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import (
        BaseViewRestriction,
        Collection,
        Locale,
        Page,
        Site,
        TranslatableMixin,
    )

    bases = [
        Page,
        TranslatableMixin,
        AbstractImage,
        AbstractDocument,
        Locale,
        Site,
        Collection,
        BaseViewRestriction,
    ]
    if apps.is_installed("wagtailmedia"):
        from wagtailmedia.models import AbstractMedia

        bases.append(AbstractMedia)
    if apps.is_installed("wagtail.embeds"):
        # Fetched after publishing (cms.embeds): the responses showing it without HTML go.
        from wagtail.embeds.models import Embed

        bases.append(Embed)
    return tuple(bases)


def api_content_models():
    """Installed models whose changes invalidate cached API responses.

    Every subclass of :func:`api_content_bases` and every model a content plugin declares.
    Renditions, revisions, logs and users are left out: they change while content is read or
    drafted, not when it is published.
    """
    from cms.plugins import get_plugins

    bases = api_content_bases()
    declared = {model for plugin in get_plugins() for model in plugin.get_models()}
    return [model for model in apps.get_models() if issubclass(model, bases) or model in declared]


def connect_invalidation_signals():
    """Connect the receivers that bump the generation; called from CmsConfig.ready()."""
    from wagtail.signals import (
        page_published,
        page_unpublished,
        post_page_move,
        published,
        unpublished,
    )

    # Per model, not for every sender: a post_delete receiver for all models would stop Django
    # from deleting sessions, renditions and the like in bulk.
    for model in api_content_models():
        label = model._meta.label
        post_save.connect(_content_saved, sender=model, dispatch_uid=f"api-cache-save-{label}")
        post_delete.connect(
            _content_changed, sender=model, dispatch_uid=f"api-cache-delete-{label}"
        )
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(_content_changed, dispatch_uid="api-cache-publication")


# Middleware ----------------------------------------------------------------------------------


def response_cache_key(request):
    """The key of a request's cached response: the full path and everything a response varies on.

    Only anonymous requests are cached, so Authorization and Cookie play no part; Origin does
    not change the body (CORS headers are added after the cache).
    """
    accepts_gzip = bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))
    variant = "\n".join(
        (
            request.get_host(),
            get_language_from_request(request),
            "gzip" if accepts_gzip else "identity",
            request.META.get("HTTP_ACCEPT", ""),
            request.get_full_path(),
        )
    )
    return RESPONSE_KEY_PREFIX + hashlib.sha256(variant.encode()).hexdigest()


def _is_cacheable(response):
    """A complete JSON 200 that sets no cookie, allows storing, and varies only on keyed headers."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("application/json"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",") if value}
    return vary <= KEYED_VARY_HEADERS


def _last_modified(request):
    """Anonymous readers see published content only, which changed last at the generation.

    Identified readers may see drafts, which do not move the generation: their responses are
    as new as the moment they were made.
    """
    generation = getattr(request, "api_content_generation", None)
    if generation is None and not is_private_request(request):
        try:
            generation = content_generation()
        except Exception:
            logger.exception("Could not read the API content generation.")
    return generation / 1e9 if generation is not None else time.time()


class APIValidatorsMiddleware:
    """Sets ``ETag`` (from the uncompressed body) and ``Last-Modified`` on API 200 responses.

    Goes below GZipMiddleware. A view that sets either header itself keeps its own.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            is_api_request(request)
            and request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.streaming
        ):
            if not response.has_header("ETag"):
                set_response_etag(response)
            if not response.has_header("Last-Modified"):
                response.headers["Last-Modified"] = http_date(_last_modified(request))
        return response


class APIResponseCacheMiddleware:
    """Serves anonymous API reads from a cache and sets Cache-Control and ``X-Cache``.

    Goes below CorsMiddleware and above GZipMiddleware and the session and authentication
    middleware, so a hit skips all of them. ``X-Cache`` says HIT (served from the cache), MISS
    (made now, and stored if it can be) or BYPASS (not eligible: an identified reader, or the
    response cache switched off with ``API_RESPONSE_CACHE = False``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_api_request(request) or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        if is_private_request(request):
            response = self.get_response(request)
            response.headers["Cache-Control"] = PRIVATE_CACHE_CONTROL
            return self._finish(request, response, "BYPASS")

        cache = response_cache()
        key = response_cache_key(request) if api_setting("API_RESPONSE_CACHE", True) else None
        try:
            found = cache.get_many([GENERATION_KEY, key] if key else [GENERATION_KEY])
            generation = found.get(GENERATION_KEY)
            if generation is None:
                generation = _start_generation(cache)
        except Exception:
            logger.exception("The API response cache is unavailable; serving without it.")
            key, found, generation = None, {}, None
        request.api_content_generation = generation

        entry = found.get(key) if key else None
        if entry is not None and entry[0] == generation:
            _, content, headers, valid_until = entry
            if seconds_until(valid_until) != 0:
                response = HttpResponse(content, headers=headers)
                return self._finish(request, response, "HIT", valid_until)

        response = self.get_response(request)
        valid_until = getattr(response, "api_valid_until", None)
        timeout = api_setting("API_RESPONSE_CACHE_TTL", 300)
        if valid_until is not None:
            timeout = min(timeout, seconds_until(valid_until))
        if (
            key
            and generation is not None
            and request.method == "GET"
            and timeout > 0
            and _is_cacheable(response)
        ):
            entry = (generation, response.content, tuple(response.items()), valid_until)
            try:
                cache.set(key, entry, timeout=timeout)
            except Exception:
                logger.exception("Could not store an API response in the cache.")
        return self._finish(request, response, "MISS" if key else "BYPASS", valid_until)

    def _finish(self, request, response, cache_status, valid_until=None):
        if not response.has_header("Cache-Control"):
            # Errors are not for shared caches to keep: a 404 may be published a minute later.
            ok = 200 <= response.status_code < 300
            response.headers["Cache-Control"] = (
                public_cache_control(seconds_until(valid_until)) if ok else "no-cache"
            )
        # A shared cache must not hand an anonymous response to a reader with a token.
        patch_vary_headers(response, ("Authorization",))
        response = get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )
        response.headers[CACHE_STATUS_HEADER] = cache_status
        return response
