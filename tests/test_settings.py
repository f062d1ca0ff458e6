"""Settings come from the environment, with embedded defaults; production refuses to start
without its secrets and passes Django's deployment checklist."""

import json
import secrets

import pytest

PRINT_SETTINGS = (
    "from django.conf import settings as s; import json; print(json.dumps({"
    "'engine': s.DATABASES['default']['ENGINE'], 'db_name': str(s.DATABASES['default']['NAME']),"
    "'search': s.WAGTAILSEARCH_BACKENDS['default'],"
    "'storage': s.STORAGES['default']['BACKEND'],"
    "'bucket': s.STORAGES['default'].get('OPTIONS', {}).get('bucket_name'),"
    "'endpoint': s.STORAGES['default'].get('OPTIONS', {}).get('endpoint_url'),"
    "'cache': s.CACHES['default']['BACKEND'],"
    "'cache_location': s.CACHES['default'].get('LOCATION'),"
    "'cors': s.CORS_ALLOWED_ORIGINS, 'hosts': s.ALLOWED_HOSTS,"
    "'tasks': s.TASKS['default']['BACKEND']}, default=str))"
)


def settings_for(run_manage, **env):
    result = run_manage("shell", "--no-imports", "-c", PRINT_SETTINGS, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_embedded_defaults_need_no_configuration(run_manage):
    found = settings_for(run_manage, DATABASE_URL="")
    assert found["engine"] == "django.db.backends.sqlite3"
    assert found["db_name"].endswith("db.sqlite3")
    assert found["search"]["BACKEND"] == "wagtail.search.backends.database"
    assert found["storage"] == "cms.storage.LocalMediaStorage"
    assert found["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert found["cors"] == []
    assert found["tasks"] == "django_tasks_db.DatabaseBackend"


def test_environment_switches_every_backend(run_manage):
    found = settings_for(
        run_manage,
        DATABASE_URL="postgres://cop:secret@db.internal:5432/cop_cms",
        ELASTICSEARCH_URL="http://search.internal:9200",
        AWS_STORAGE_BUCKET_NAME="cop-media",
        AWS_S3_ENDPOINT_URL="http://objects.internal:9000",
        REDIS_URL="redis://cache.internal:6379/0",
        CORS_ALLOWED_ORIGINS="https://cop.example.org, https://partners.example.org",
        TASKS_BACKEND="immediate",
    )
    assert found["engine"] == "django.db.backends.postgresql"
    assert found["db_name"] == "cop_cms"
    assert found["search"]["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert found["search"]["URLS"] == ["http://search.internal:9200"]
    assert found["storage"] == "cms.storage.MediaS3Storage"
    assert found["bucket"] == "cop-media"
    assert found["endpoint"] == "http://objects.internal:9000"
    assert found["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert found["cache_location"] == "redis://cache.internal:6379/0"
    assert found["cors"] == ["https://cop.example.org", "https://partners.example.org"]
    assert found["tasks"] == "django_tasks.backends.immediate.ImmediateBackend"


def test_an_unknown_task_backend_is_refused_at_start(run_manage):
    result = run_manage("check", env={"TASKS_BACKEND": "celery"})
    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of database, immediate" in result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_its_secrets(run_manage, missing):
    env = {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "cop.example.org",
    }
    del env[missing]
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert f"{missing} must be set in the environment in production" in result.stderr


def test_production_passes_the_deployment_checklist(run_manage):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "cop.example.org",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
