from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Search configuration and, later, language analysis and the unified search endpoint."""

    name = "search"
    label = "cop_search"
    verbose_name = "Search"
