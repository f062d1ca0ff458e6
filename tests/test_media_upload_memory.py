"""A large upload streams: a gunicorn worker does not hold a 20 MB PDF in memory, on local disk or
on S3 (measured by bench.upload_memory, with real servers in their own processes)."""

from django.db import connection

from bench.upload_memory import LIMIT_MB, measure_upload_memory


def test_uploading_a_20_mb_pdf_in_the_admin_grows_the_worker_by_less_than_100_mb(db):
    # The worker's database: a copy of this (migrated) test database when it is SQLite.
    connection.ensure_connection()
    source = connection.connection if connection.vendor == "sqlite" else None
    results = measure_upload_memory(20, ("local", "s3"), database_from=source)
    assert {r["storage"] for r in results} == {"local", "s3"}
    for result in results:
        assert result["growth_mb"] < LIMIT_MB, result
