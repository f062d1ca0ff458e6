"""Settings shared by every environment.

Everything that differs between machines comes from environment variables (12-factor); each
variable has an embedded default so that a fresh clone runs with no configuration at all.
"""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

from cms.plugin_discovery import entry_point_apps
from cms.storage_settings import MB, media_storage_from_env
from search.backends import search_backends_from_env

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

# Languages: this list is the only place the content languages are named. The first is the
# default (source) language; names and text direction come from Django's own table.
CONTENT_LANGUAGE_CODES = ["en", "ar", "ckb"]
# The admin is offered in the languages that Wagtail itself ships a full catalogue for.
ADMIN_LANGUAGE_CODES = ["en", "ar"]

for _code in CONTENT_LANGUAGE_CODES + ADMIN_LANGUAGE_CODES:
    if _code not in LANG_INFO:
        raise ImproperlyConfigured(f"Unknown language code {_code!r} in CONTENT_LANGUAGE_CODES.")

LANGUAGE_CODE = CONTENT_LANGUAGE_CODES[0]
LANGUAGES = [(code, LANG_INFO[code]["name"]) for code in CONTENT_LANGUAGE_CODES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (code, LANG_INFO[code]["name"]) for code in ADMIN_LANGUAGE_CODES
]
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Baghdad"
LOCALE_PATHS = [BASE_DIR / "locale"]

INSTALLED_APPS = [
    # The core and the page types.
    "cms",
    "home",
    "search",
    # Content plugins. Packages that declare a `cms.plugins` entry point are added below.
    "organizations",
    "resources",
    "webinars",
    "events",
    # Wagtail and wagtail-localize.
    "wagtailmedia",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "corsheaders",
    "storages",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
INSTALLED_APPS += [app for app in entry_point_apps() if app not in INSTALLED_APPS]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # The API response cache stores responses already compressed, and without CORS headers;
    # ETags are computed below gzip, from the uncompressed body (see cms/api/http_cache.py).
    "cms.api.http_cache.APIResponseCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "cms.api.http_cache.APIValidatorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: a SQLite file in the project folder unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast when the server is down, so /readyz answers instead of hanging.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Cache: local memory unless REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Search: Wagtail's database backend unless ELASTICSEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = search_backends_from_env(os.environ)

# Static files are served by whitenoise. Uploads (documents, images and their renditions, media
# recordings) go to local disk, or to S3-compatible storage through django-storages and boto3
# when AWS_STORAGE_BUCKET_NAME is set: see cms/storage_settings.py and cms/storage.py.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Local disk only: files of documents in restricted collections, kept outside MEDIA_ROOT so that
# nothing serving MEDIA_ROOT can hand them out. Unset: MEDIA_ROOT with "-private" appended.
MEDIA_PRIVATE_ROOT = os.environ.get("MEDIA_PRIVATE_ROOT") or None

STORAGES = {
    "default": media_storage_from_env(os.environ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
# Documents are served by Wagtail's serve view, which checks collection view restrictions first,
# then streams the file from disk or redirects to the bucket (cms/media_serving.py: a presigned
# link for restricted documents, the stable public URL otherwise).
WAGTAILDOCS_SERVE_METHOD = "redirect" if AWS_STORAGE_BUCKET_NAME else "serve_view"

# Uploads are checked from their bytes before anything is stored (cms/uploads.py), and stored by
# the admin's forms so that a storage failure is an error on the form.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.uploads.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.uploads.ImageForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]  # never SVG
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * MB
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # 8000 × 5000
# Size limits per kind of upload, in bytes ("image" also covers media thumbnails).
MEDIA_UPLOAD_MAX_SIZES = {
    "document": 50 * MB,
    "image": WAGTAILIMAGES_MAX_UPLOAD_SIZE,
    "audio": 200 * MB,
    "video": 2048 * MB,
}
MEDIA_AUDIO_EXTENSIONS = ["aac", "flac", "m4a", "mp3", "ogg", "wav"]
MEDIA_VIDEO_EXTENSIONS = ["m4v", "mkv", "mov", "mp4", "webm"]

# CORS: only the origins listed in CORS_ALLOWED_ORIGINS may read the API from a browser.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"

# Wagtail
WAGTAIL_SITE_NAME = "CoP CMS"
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
)
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_SEARCH_ENABLED = True
# HTTP caching of the API (cms/api/http_cache.py). Anonymous responses carry Cache-Control with
# these lifetimes (seconds) for browsers (max-age) and shared caches (s-maxage), and are kept in
# the CACHES entry named below until published content changes or API_RESPONSE_CACHE_TTL passes.
API_RESPONSE_CACHE = True
API_RESPONSE_CACHE_ALIAS = "default"
API_RESPONSE_CACHE_TTL = 300
API_CACHE_CONTROL_MAX_AGE = 60
API_CACHE_CONTROL_S_MAXAGE = 300
API_CACHE_CONTROL_STALE_WHILE_REVALIDATE = 600
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILMEDIA = {
    "MEDIA_MODEL": "wagtailmedia.Media",
    "MEDIA_FORM_BASE": "cms.uploads.MediaForm",
    "AUDIO_EXTENSIONS": MEDIA_AUDIO_EXTENSIONS,
    "VIDEO_EXTENSIONS": MEDIA_VIDEO_EXTENSIONS,
}
WAGTAILEMBEDS_RESPONSIVE_HTML = True

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# Background work (embeds fetched on publish, Wagtail's reference index and file deletions) is
# queued in the database and run by `manage.py db_worker`: `make run` starts one, the compose
# stack has a worker service. TASKS_BACKEND=immediate runs each task at once instead, in the
# process that queued it.
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
_tasks_backend = os.environ.get("TASKS_BACKEND", "database")
if _tasks_backend not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {_tasks_backend!r}"
    )
TASKS = {"default": {"BACKEND": TASK_BACKENDS[_tasks_backend]}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # One line per background task run is noise at INFO; failures still show.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
