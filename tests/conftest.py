"""Shared fixtures: pages, API client, and a runner for manage.py in a fresh process."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from wagtail.models import Locale, Site

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
def media_root(settings, tmp_path):
    """Uploaded and generated files go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
