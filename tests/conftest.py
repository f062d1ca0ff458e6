"""Shared fixtures: pages, API client, a runner for manage.py in a fresh process, and an
S3-compatible server (moto in server mode) on a free local port."""

import json
import os
import socket
import subprocess
import sys
import urllib.request
import uuid
from pathlib import Path
from types import SimpleNamespace

import boto3
import pytest
from django.core.cache import cache
from moto.server import ThreadedMotoServer
from wagtail.models import Locale, Site

from cms.storage import public_read_policy
from cms.storage_settings import media_storage_from_env
from tests.factories import HomePageFactory

PROJECT_DIR = Path(__file__).resolve().parent.parent

# Variables that switch backends; a child process starts from none of them unless a test sets them.
BACKEND_VARIABLES = (
    "DATABASE_URL",
    "ELASTICSEARCH_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "REDIS_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DJANGO_SETTINGS_MODULE",
    "TASKS_BACKEND",
)


@pytest.fixture
def run_manage(tmp_path):
    """Run ``manage.py`` in a new process with the given environment; returns the result.

    The child gets a SQLite file of its own and media in tmp_path unless ``env`` says otherwise.
    """

    def run(*args, env=None, timeout=120):
        child_env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARIABLES}
        child_env.setdefault("MEDIA_ROOT", str(tmp_path / "media"))
        child_env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'child.sqlite3'}"
        child_env.update(env or {})
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=PROJECT_DIR,
            env=child_env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    return run


@pytest.fixture
def locales(db):
    """The content locales by language code (created by the data migration)."""
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home_page(db):
    """A home page that is the default site's root, as on a real installation."""
    home = HomePageFactory()
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (the database is rolled back; the cache is not)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded and generated files go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def free_port():
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


S3_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
S3_REGION = "us-east-1"


@pytest.fixture(scope="session")
def s3_server():
    """An S3-compatible server (moto's server mode, a real HTTP server) on a free local port."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


def s3_client(endpoint):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=S3_CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=S3_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        region_name=S3_REGION,
    )


def s3_environment(endpoint, bucket, **extra):
    """The AWS_* variables that point the CMS at ``bucket`` on ``endpoint``."""
    return {
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": S3_REGION,
        **S3_CREDENTIALS,
        **extra,
    }


@pytest.fixture
def s3_bucket(s3_server):
    """A new, empty bucket whose policy lets anyone read public media (as configured by
    ``manage.py configure_media_bucket``). The server forgets everything afterwards."""
    name = f"cop-media-{uuid.uuid4().hex[:12]}"
    client = s3_client(s3_server)
    client.create_bucket(Bucket=name)
    client.put_bucket_policy(Bucket=name, Policy=json.dumps(public_read_policy(name)))
    yield name
    urllib.request.urlopen(urllib.request.Request(f"{s3_server}/moto-api/reset", method="POST"))


@pytest.fixture
def s3_media(settings, s3_server, s3_bucket):
    """Uploads go to the bucket, with the settings the AWS_* variables give."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage_from_env(s3_environment(s3_server, s3_bucket)),
    }
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"
    # Wagtail caches renditions by image id, which the next test's database reuses.
    cache.clear()
    yield SimpleNamespace(
        endpoint=s3_server, bucket=s3_bucket, client=s3_client(s3_server), settings=settings
    )
    cache.clear()
