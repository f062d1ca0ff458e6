"""Which search backend the CMS uses, chosen from the environment.

Imported by the settings, so it must not import Django models.
"""

DEFAULT_INDEX_PREFIX = "cop_cms_"


def search_backends_from_env(environ):
    """The WAGTAILSEARCH_BACKENDS setting for this environment.

    Without ``ELASTICSEARCH_URL`` the embedded default is Wagtail's database backend. With it,
    Wagtail's ``elasticsearch9`` backend talks to that URL (several, comma-separated, for a
    cluster; credentials may be given in the URL as ``https://user:password@host:9200``).
    """
    urls = [url.strip() for url in environ.get("ELASTICSEARCH_URL", "").split(",") if url.strip()]
    if not urls:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": urls,
            "INDEX_PREFIX": environ.get("ELASTICSEARCH_INDEX_PREFIX", DEFAULT_INDEX_PREFIX),
            "TIMEOUT": 10,
            "OPTIONS": {"retry_on_timeout": True, "max_retries": 2},
        }
    }
