"""docker-compose.yml: Docker cannot run here, so the file is checked as data."""

import re
from pathlib import Path

import yaml

PROJECT_DIR = Path(__file__).resolve().parent.parent
ENV_READ = re.compile(r"""environ(?:\.get\(|\[)\s*["']([A-Z][A-Z0-9_]+)["']""")


def variables_the_app_reads():
    names = set()
    for folder in ("cms", "home", "search"):
        for path in (PROJECT_DIR / folder).rglob("*.py"):
            names |= set(ENV_READ.findall(path.read_text(encoding="utf-8")))
    return names


def compose():
    return yaml.safe_load((PROJECT_DIR / "docker-compose.yml").read_text(encoding="utf-8"))


def test_every_variable_the_app_reads_is_set_for_the_app():
    app_env = compose()["services"]["app"]["environment"]
    read = variables_the_app_reads()
    assert {"DATABASE_URL", "ELASTICSEARCH_URL", "AWS_STORAGE_BUCKET_NAME", "SECRET_KEY"} <= read
    missing = sorted(read - set(app_env))
    assert not missing, f"docker-compose.yml does not set {missing} for the app"


def test_the_stack_wires_the_app_to_its_services():
    services = compose()["services"]
    env = services["app"]["environment"]
    assert env["DJANGO_SETTINGS_MODULE"] == "cms.settings.production"
    assert env["DATABASE_URL"].startswith("postgres://") and "@postgres:" in env["DATABASE_URL"]
    assert env["ELASTICSEARCH_URL"] == "http://elasticsearch:9200"
    assert env["AWS_S3_ENDPOINT_URL"] == "http://minio:9000"
    assert env["REDIS_URL"].startswith("redis://redis:")
    assert "gunicorn cms.wsgi" in services["app"]["command"]
    assert services["elasticsearch"]["image"].split(":")[-1].startswith("9.")
    assert services["elasticsearch"]["environment"]["discovery.type"] == "single-node"


def test_the_media_bucket_is_created_when_the_stack_starts():
    services = compose()["services"]
    bucket = services["app"]["environment"]["AWS_STORAGE_BUCKET_NAME"]
    assert f"mc mb --ignore-existing local/{bucket}" in services["createbucket"]["entrypoint"]
    wait = services["app"]["depends_on"]["createbucket"]["condition"]
    assert wait == "service_completed_successfully"


def test_a_worker_runs_the_queued_tasks_with_the_apps_settings():
    services = compose()["services"]
    worker = services["worker"]
    assert worker["command"] == "python manage.py db_worker"
    assert worker["environment"] == services["app"]["environment"]
    assert worker["environment"]["TASKS_BACKEND"] == "database"
    # The app applies the migrations (the task table among them) before the worker starts.
    assert worker["depends_on"]["app"]["condition"] == "service_healthy"
