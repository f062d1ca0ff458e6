"""The plugin registry: installed apps and installed packages become content plugins that the
core wires into the API and the demo loader without naming them."""

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from cms import plugins
from cms.plugin_discovery import entry_point_apps
from cms.plugins import ContentPlugin, get_plugins, plugins_in_demo_order
from tests.factories import FieldNoteFactory

CMS_DIR = Path(__file__).resolve().parent.parent / "cms"


def test_plugins_are_found_in_installed_apps_and_entry_points():
    names = {plugin.name: plugin.app_label for plugin in get_plugins()}
    assert names["field-notes"] == "sample_plugin"  # listed in INSTALLED_APPS by the settings
    assert names["glossary"] == "cop_glossary"  # declared by an installed package's entry point
    assert names["home"] == "home"


def test_an_installed_package_declares_its_app_through_the_entry_point_group():
    assert "cop_glossary" in entry_point_apps()


def test_the_core_names_no_plugin():
    for path in CMS_DIR.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in ("sample_plugin", "field-notes", "cop_glossary", "glossary"):
            assert name not in text, f"{path} names the plugin {name!r}"


def test_a_plugin_in_installed_apps_is_served_by_the_api(client, db):
    note = FieldNoteFactory(title="Lessons from Basra")
    response = client.get("/api/v2/field-notes/")
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == 1
    item = data["items"][0]
    assert item["id"] == note.pk
    assert item["title"] == "Lessons from Basra"
    assert item["meta"]["type"] == "sample_plugin.FieldNote"
    assert item["meta"]["detail_url"].endswith(f"/api/v2/field-notes/{note.pk}/")


def test_a_plugin_from_an_installed_package_is_served_by_the_api(client, db):
    from cop_glossary.models import Term

    Term.objects.create(term="Advocacy", definition="Speaking up for a cause.")
    response = client.get("/api/v2/glossary/")
    assert response.status_code == 200
    assert [item["term"] for item in response.json()["items"]] == ["Advocacy"]


def test_without_the_package_its_plugin_is_not_there(run_manage):
    # The development settings do not add the test site folder, so the package is not installed.
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from cms.plugins import get_plugins; print(sorted(p.name for p in get_plugins()))",
    )
    assert result.returncode == 0, result.stderr
    assert "glossary" not in result.stdout
    assert "home" in result.stdout


def test_demo_content_follows_declared_dependencies():
    order = [plugin.name for plugin in plugins_in_demo_order()]
    assert order.index("home") < order.index("field-notes")


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        ([ContentPlugin(name="pages", app_label="a")], "the core serves that endpoint"),
        ([ContentPlugin(name="Bad Name", app_label="a")], "must be lowercase"),
        (
            [
                ContentPlugin(name="notes", app_label="a"),
                ContentPlugin(name="notes", app_label="b"),
            ],
            "both declare a content plugin named 'notes'",
        ),
        ([ContentPlugin(name="notes", app_label="a", demo_after=("nowhere",))], "not installed"),
    ],
)
def test_a_bad_declaration_is_refused_with_a_clear_message(declared, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        plugins._validate(declared)
