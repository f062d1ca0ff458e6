"""/healthz and /readyz: alive, and ready only when database, search and storage answer."""

import pytest

from tests.conftest import free_port

READYZ = (
    "from django.test import Client; "
    "r = Client(HTTP_HOST='localhost').get('/readyz'); "
    "print(r.status_code, r.content.decode())"
)


def readyz_in_new_process(run_manage, **env):
    result = run_manage("shell", "--no-imports", "-c", READYZ, env=env)
    assert result.returncode == 0, result.stderr
    status, _space, body = result.stdout.strip().splitlines()[-1].partition(" ")
    return int(status), body


def test_healthz_answers_without_touching_anything(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_is_200_when_everything_answers(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "search": "ok", "storage": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize(
    "database_url",
    [
        "postgres://cop:cop@127.0.0.1:{port}/cop_cms",  # nothing listens there: server stopped
        "sqlite:////nonexistent-folder/cop.sqlite3",  # the file cannot be opened
    ],
)
def test_readyz_is_503_naming_the_database_when_it_is_down(run_manage, database_url):
    status, body = readyz_in_new_process(
        run_manage, DATABASE_URL=database_url.format(port=free_port())
    )
    assert status == 503
    assert '"status": "unavailable"' in body
    assert '"database": "down"' in body
    assert "database: OperationalError" in body


def test_readyz_is_503_naming_search_when_elasticsearch_is_down(run_manage):
    status, body = readyz_in_new_process(
        run_manage, ELASTICSEARCH_URL=f"http://127.0.0.1:{free_port()}"
    )
    assert status == 503
    assert '"search": "down"' in body
    assert '"database": "ok"' in body


def s3_storages(endpoint, bucket):
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": endpoint,
                "access_key": "testing",
                "secret_key": "testing",
                "region_name": "us-east-1",
            },
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def test_readyz_checks_the_s3_bucket(client, db, settings, s3_server, s3_bucket):
    settings.STORAGES = s3_storages(s3_server, s3_bucket)
    assert client.get("/readyz").status_code == 200

    settings.STORAGES = s3_storages(s3_server, "no-such-bucket")
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "down"
    assert response.json()["reason"].startswith("storage:")


def test_readyz_is_503_when_the_storage_server_is_unreachable(client, db, settings):
    settings.STORAGES = s3_storages(f"http://127.0.0.1:{free_port()}", "cop-media")
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "search": "ok", "storage": "down"}
