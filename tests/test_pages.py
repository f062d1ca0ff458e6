"""Home and standard pages: translatable StreamField pages in the pages API."""

import pytest
from django.core.exceptions import ValidationError

from home.blocks import CallToActionBlock
from tests.factories import StandardPageFactory


def test_a_standard_page_is_in_the_api_with_its_body(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="Digital security",
        body=[
            ("heading", {"text": "Safe communication", "level": "h2"}),
            ("paragraph", "<p>Protect accounts.</p>"),
            (
                "key_achievements",
                {"heading": "Results", "items": [{"figure": "85", "label": "resources"}]},
            ),
        ],
    )
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == "Digital security"
    assert data["meta"]["locale"] == "en"
    assert [block["type"] for block in data["body"]] == ["heading", "paragraph", "key_achievements"]
    assert data["body"][2]["value"]["items"] == [{"figure": "85", "label": "resources"}]


def test_listing_filters_by_type_and_shows_api_fields(client, home_page):
    StandardPageFactory(parent=home_page, intro="Pairs of organisations.")
    response = client.get("/api/v2/pages/?type=home.StandardPage&fields=intro")
    assert response.status_code == 200
    assert [item["intro"] for item in response.json()["items"]] == ["Pairs of organisations."]


def test_a_draft_page_is_not_in_the_api(client, home_page):
    draft = StandardPageFactory(parent=home_page, live=False)
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    ids = [item["id"] for item in client.get("/api/v2/pages/").json()["items"]]
    assert draft.pk not in ids


def test_an_unpublished_translation_is_not_in_the_api(client, home_page, locales):
    page = StandardPageFactory(parent=home_page)
    home_page.copy_for_translation(locales["ar"]).save_revision().publish()
    translation = page.copy_for_translation(locales["ar"])
    translation.unpublish()
    response = client.get("/api/v2/pages/?locale=ar")
    assert translation.pk not in [item["id"] for item in response.json()["items"]]


@pytest.mark.parametrize(
    ("page", "url", "message"),
    [
        (None, "", "Choose a page or enter an external URL"),
        ("home", "https://example.org/", "not both"),
    ],
)
def test_a_call_to_action_needs_exactly_one_destination(home_page, page, url, message):
    block = CallToActionBlock()
    value = block.to_python(
        {
            "title": "Join",
            "text": "",
            "button_label": "Sign up",
            "page": home_page.pk if page else None,
            "url": url,
        }
    )
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert message in str(error.value.block_errors["page"])
