from django.apps import AppConfig


class BenchPagesConfig(AppConfig):
    name = "bench.stockpages"
    label = "benchpages"
    verbose_name = "Benchmark pages"
