"""The admin works in English and in Arabic, right to left."""

import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "editor", "editor@example.org", "s3cret-pass", first_name="Layla", last_name="Hassan"
    )


def test_the_login_page_is_english_by_default(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="en"' in html and 'dir="ltr"' in html


def test_an_editor_who_prefers_arabic_gets_a_right_to_left_admin(client, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ar"
    profile.save()
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert 'lang="ar"' in html and 'dir="rtl"' in html
    assert "لوحة التحكم" in html or "الصفحات" in html


def test_arabic_and_english_are_the_admin_languages_offered(client, editor):
    client.force_login(editor)
    html = client.get("/admin/account/").content.decode()
    assert 'value="ar"' in html and 'value="en"' in html


@pytest.mark.browser
def test_an_editor_switches_the_admin_to_arabic_in_a_browser(live_server, editor, tmp_path):
    screenshot_dir = Path(os.environ.get("SCREENSHOT_DIR", tmp_path))
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("input[name=username]", "editor")
        page.fill("input[name=password]", "s3cret-pass")
        with page.expect_navigation():
            page.click("button[type=submit]")
        assert page.url == f"{live_server.url}/admin/"
        assert page.get_attribute("html", "dir") == "ltr"

        page.goto(f"{live_server.url}/admin/account/")
        page.select_option("select[name='locale-preferred_language']", "ar")
        with page.expect_navigation():
            page.click("#w-editor-form button[type=submit]")
        page.goto(f"{live_server.url}/admin/")
        page.screenshot(path=str(screenshot_dir / "admin-ar.png"), full_page=True)
        assert page.get_attribute("html", "dir") == "rtl"
        assert page.get_attribute("html", "lang") == "ar"
        # The menu is in Arabic, and sits on the right in a right-to-left layout.
        pages_menu_item = page.get_by_text("الصفحات", exact=True).first.bounding_box()
        assert pages_menu_item["x"] > page.viewport_size["width"] / 2
        browser.close()
