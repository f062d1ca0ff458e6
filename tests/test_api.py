"""The content API for external sites: languages, filters, facets, representations, privacy,
bad input and cost."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import APIToken, Locale

from cms.demo import get_or_create_demo_image
from tests.factories import (
    EventFactory,
    OrganizationFactory,
    ResourceFactory,
    StandardPageFactory,
    TopicFactory,
    WebinarFactory,
)


def translate(item, locale, live=True, **fields):
    """A translation of a snippet into ``locale`` with the given texts."""
    copy = item.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.live = live
    copy.save()
    return copy


@pytest.fixture
def library(db, locales):
    """Topics, an organisation and resources in English, some translated."""
    democracy = TopicFactory(name="Democracy", slug="democracy")
    elections = TopicFactory(name="Elections", slug="elections")
    democracy_ar = translate(democracy, locales["ar"], name="الديمقراطية")
    organization = OrganizationFactory(name="Al-Amal Association")
    guide = ResourceFactory(
        title="Observer guide", resource_type="guide", organization=organization
    )
    guide.topics.set([democracy, elections])
    guide.save()
    report = ResourceFactory(title="Annual report", resource_type="report", publication_year=2020)
    report.topics.set([democracy])
    report.save()
    toolkit = ResourceFactory(title="Advocacy toolkit", resource_type="toolkit")
    guide_ckb = translate(guide, locales["ckb"], title="ڕێبەری چاودێر")
    guide_ckb.topics.set([democracy, elections])
    guide_ckb.save()
    report_ar = translate(report, locales["ar"], title="التقرير السنوي")
    report_ar.topics.set([democracy])
    report_ar.save()
    return {
        "guide": guide,
        "report": report,
        "toolkit": toolkit,
        "guide_ckb": guide_ckb,
        "report_ar": report_ar,
        "democracy_ar": democracy_ar,
        "organization": organization,
    }


def items(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


def test_locales_endpoint_names_each_language_and_direction(client, db):
    data = items(client, "/api/v2/locales/")
    by_code = {item["code"]: item for item in data["items"]}
    assert by_code["ar"]["direction"] == "rtl" and by_code["ar"]["name_local"] == "العربيّة"
    assert by_code["ckb"]["direction"] == "rtl" and by_code["ckb"]["name_local"] == "کوردی"
    assert by_code["en"]["direction"] == "ltr" and by_code["en"]["is_default"] is True


def test_each_item_says_its_locale_and_its_translations(client, library):
    data = items(client, "/api/v2/resources/?locale=en&order=title")
    guide = next(item for item in data["items"] if item["title"] == "Observer guide")
    assert guide["meta"]["locale"] == "en"
    assert guide["meta"]["translations"] == [{"locale": "ckb", "id": library["guide_ckb"].pk}]


def test_locale_filter_returns_only_that_language(client, library):
    data = items(client, "/api/v2/resources/?locale=ar")
    assert [item["title"] for item in data["items"]] == ["التقرير السنوي"]


def test_fallback_merges_translations_with_the_source_language(client, library):
    data = items(client, "/api/v2/resources/?locale=ckb&fallback=en&order=title")
    titles = {item["title"]: item["meta"]["fallback"] for item in data["items"]}
    assert titles == {"ڕێبەری چاودێر": False, "Annual report": True, "Advocacy toolkit": True}
    assert data["meta"]["total_count"] == 3
    filtered = items(client, "/api/v2/resources/?locale=ckb&fallback=en&type=guide,report")
    assert {item["title"] for item in filtered["items"]} == {"ڕێبەری چاودێر", "Annual report"}


def test_an_unpublished_translation_falls_back_to_the_source(client, library, locales):
    library["guide_ckb"].live = False
    library["guide_ckb"].save()
    data = items(client, "/api/v2/resources/?locale=ckb&fallback=en")
    assert "Observer guide" in {item["title"] for item in data["items"]}
    assert all(item["meta"]["fallback"] for item in data["items"])


def test_translation_of_lists_the_other_versions(client, library):
    data = items(client, f"/api/v2/resources/?translation_of={library['guide'].pk}")
    assert [item["id"] for item in data["items"]] == [library["guide_ckb"].pk]


def test_plugin_filters_and_facets_count_the_filtered_set(client, library):
    data = items(client, "/api/v2/resources/?locale=en&topic=democracy&facets=type,topic,year")
    assert data["meta"]["total_count"] == 2
    facets = data["meta"]["facets"]
    assert facets["type"] == {"guide": 1, "report": 1}
    assert facets["topic"] == {"democracy": 2, "elections": 1}
    assert facets["year"] == {"2020": 1, "2021": 1}
    by_org = items(
        client, f"/api/v2/resources/?locale=en&organization={library['organization'].pk}"
    )
    assert [item["title"] for item in by_org["items"]] == ["Observer guide"]


def test_an_item_matching_several_filter_values_is_listed_once(client, library):
    # The guide has both topics: it is one item, in the count and in the page.
    data = items(client, "/api/v2/resources/?locale=en&topic=democracy,elections&order=title")
    assert [item["title"] for item in data["items"]] == ["Annual report", "Observer guide"]
    assert data["meta"]["total_count"] == 2


def test_filters_across_relations_find_the_items_they_name(client, db, locales):
    in_arabic = ResourceFactory(title="Arabic toolkit")
    in_arabic.document_languages.set([locales["ar"], locales["en"]])
    in_arabic.save()
    ResourceFactory(title="English only").document_languages.set([locales["en"]])
    youth = TopicFactory(name="Youth", slug="youth")
    forum = OrganizationFactory(name="Basra Youth Forum")
    forum.focus_areas.set([youth])
    forum.governorates.create(governorate="basra")
    forum.save()
    network = OrganizationFactory(name="Erbil Network")
    network.governorates.create(governorate="erbil")
    network.save()  # modelcluster keeps child rows in memory until the parent is saved
    webinar = WebinarFactory(title="Coalitions that last")
    webinar.speakers.create(name="Layla Hassan", role="Trainer", locale=webinar.locale)
    webinar.save()
    WebinarFactory(title="Another session")

    def titles(url, key="title"):
        return [item[key] for item in items(client, url)["items"]]

    assert titles("/api/v2/resources/?language=ar") == ["Arabic toolkit"]
    assert titles("/api/v2/organizations/?focus_area=youth", "name") == ["Basra Youth Forum"]
    assert titles("/api/v2/organizations/?governorate=basra", "name") == ["Basra Youth Forum"]
    assert titles("/api/v2/webinars/?speaker=layla") == ["Coalitions that last"]


def test_related_items_are_compact_and_in_the_items_language(client, library):
    data = items(client, f"/api/v2/resources/{library['report_ar'].pk}/")
    topic = data["topics"][0]
    assert topic["title"] == "الديمقراطية" and topic["slug"] == "democracy"
    assert topic["type"] == "resources.Topic" and topic["locale"] == "ar"
    english = items(client, f"/api/v2/resources/{library['guide'].pk}/")
    assert english["organization"]["title"] == "Al-Amal Association"
    assert english["organization"]["detail_url"].endswith(
        f"/api/v2/organizations/{library['organization'].pk}/"
    )


def test_images_come_with_alt_text_and_renditions(client, db, media_root):
    image = get_or_create_demo_image(
        "Observers at a polling station", seed="polling", width=800, height=400
    )
    resource = ResourceFactory(thumbnail=image)
    thumbnail = items(client, f"/api/v2/resources/{resource.pk}/")["thumbnail"]
    assert thumbnail["alt"] == "Observers at a polling station"
    assert set(thumbnail["renditions"]) == {
        "small",
        "medium",
        "large",
        "small_webp",
        "medium_webp",
        "large_webp",
    }
    assert thumbnail["renditions"]["small"]["width"] == 400
    assert thumbnail["renditions"]["small_webp"]["url"].endswith(".webp")


def test_documents_come_with_download_url_size_and_type(client, db, media_root):
    from cms.demo import get_or_create_demo_document

    document = get_or_create_demo_document("Observer guide", "observer-guide.pdf")
    resource = ResourceFactory(document=document, external_url="")
    data = items(client, f"/api/v2/resources/{resource.pk}/")["document"]
    assert data["content_type"] == "application/pdf"
    assert data["size"] == document.file.size
    assert data["download_url"].startswith("http") and "observer-guide" in data["download_url"]


def test_drafts_are_nowhere_for_anonymous_readers(client, library):
    ResourceFactory(title="Secret draft", resource_type="dataset", live=False)
    listing = items(client, "/api/v2/resources/?facets=type")
    assert "Secret draft" not in str(listing)
    assert "dataset" not in listing["meta"]["facets"]["type"]
    assert items(client, "/api/v2/resources/?type=dataset")["meta"]["total_count"] == 0
    assert "Secret draft" not in str(items(client, "/api/v2/resources/?search=Secret"))
    assert "Secret draft" not in str(items(client, "/api/v2/search/?search=Secret"))


def test_a_preview_token_reads_drafts(client, db):
    editor = get_user_model().objects.create_superuser("preview", "p@example.org", "pw-12345678")
    _token_object, token = APIToken.create_token(user=editor, name="Preview site")
    draft = ResourceFactory(title="Draft for preview", live=False)
    assert client.get(f"/api/v2/resources/{draft.pk}/").status_code == 404
    response = client.get(
        f"/api/v2/resources/{draft.pk}/", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200
    assert response.json()["title"] == "Draft for preview"
    wrong = client.get(
        f"/api/v2/resources/{draft.pk}/", headers={"Authorization": "Bearer not-a-token"}
    )
    assert wrong.status_code == 404


def test_pages_have_translations_fallback_and_a_400_for_an_unknown_locale(
    client, home_page, locales
):
    page = StandardPageFactory(parent=home_page, title="Mentorship")
    home_ar = home_page.copy_for_translation(locales["ar"])
    home_ar.save_revision().publish()
    page_ar = page.copy_for_translation(locales["ar"])
    page_ar.title = "الإرشاد"
    page_ar.save_revision().publish()
    data = items(client, f"/api/v2/pages/{page.pk}/")
    assert {"locale": "ar", "id": page_ar.pk} in data["meta"]["translations"]
    merged = items(client, "/api/v2/pages/?locale=ckb&fallback=en&type=home.StandardPage")
    assert [item["meta"]["fallback"] for item in merged["items"]] == [True]
    response = client.get("/api/v2/pages/?locale=fr")
    assert response.status_code == 400
    assert "locale" in response.json()["message"]


def test_search_endpoint_finds_content_of_every_kind(client, library, home_page):
    StandardPageFactory(parent=home_page, title="Observer training")
    EventFactory(title="Observer workshop")
    data = items(client, "/api/v2/search/?search=observer")
    types = {item["meta"]["type"] for item in data["items"]}
    assert {"resources.Resource", "home.StandardPage", "events.Event"} <= types
    # Backends differ in stemming ("observers" in every summary matches on PostgreSQL), so
    # check the guide is found and that the facet counts what the items list shows.
    resource_ids = [i["id"] for i in data["items"] if i["meta"]["type"] == "resources.Resource"]
    assert library["guide"].pk in resource_ids
    assert data["meta"]["facets"]["type"]["resources.Resource"] == len(resource_ids)


def test_webinar_and_event_filters(client, db):
    now = timezone.now()
    WebinarFactory(title="Coalitions that last", starts_at=now.replace(year=2021))
    EventFactory(
        title="Past meeting",
        starts_at=now - datetime.timedelta(days=60),
        ends_at=now - datetime.timedelta(days=59),
    )
    EventFactory(
        title="Coming meeting", mode="online", city="", online_url="https://meet.example.org/x"
    )
    assert [
        i["title"] for i in items(client, "/api/v2/webinars/?series=what-works&year=2021")["items"]
    ] == ["Coalitions that last"]
    assert [i["title"] for i in items(client, "/api/v2/events/?upcoming=true")["items"]] == [
        "Coming meeting"
    ]
    assert [i["title"] for i in items(client, "/api/v2/events/?upcoming=false")["items"]] == [
        "Past meeting"
    ]
    assert [i["title"] for i in items(client, "/api/v2/events/?mode=online")["items"]] == [
        "Coming meeting"
    ]


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/v2/resources/?colour=red", "colour"),
        ("/api/v2/resources/?locale=xx", "locale"),
        ("/api/v2/resources/?locale=ar&fallback=xx", "fallback"),
        ("/api/v2/resources/?fallback=en", "fallback"),
        ("/api/v2/resources/?limit=abc", "limit"),
        ("/api/v2/resources/?limit=-1", "limit"),
        ("/api/v2/resources/?offset=-5", "offset"),
        ("/api/v2/resources/?limit=1000", "limit"),
        ("/api/v2/resources/?fields=nope", "nope"),
        ("/api/v2/resources/?fields=title,(", "fields"),
        ("/api/v2/resources/?order=nope", "order"),
        ("/api/v2/resources/?search=" + "a" * 201, "search"),
        ("/api/v2/resources/?year=20x1", "year"),
        ("/api/v2/resources/?year=1200", "year"),
        ("/api/v2/resources/?type=poem", "type"),
        ("/api/v2/resources/?topic=bad%20slug", "topic"),
        ("/api/v2/resources/?facets=colour", "facets"),
        ("/api/v2/resources/?translation_of=abc", "translation_of"),
        ("/api/v2/events/?upcoming=maybe", "upcoming"),
        ("/api/v2/organizations/?governorate=atlantis", "governorate"),
        ("/api/v2/organizations/?fields=contact_email", "contact_email"),
        ("/api/v2/search/?search=", "search"),
        ("/api/v2/search/?search=x&type=nope.Nope", "type"),
        ("/api/v2/locales/?colour=red", "colour"),
    ],
)
def test_bad_input_is_a_400_naming_the_parameter(client, db, url, parameter):
    response = client.get(url)
    assert response.status_code == 400
    assert parameter in response.json()["message"]


ENDPOINTS = [
    ("/api/v2/resources/", "?fields=*"),
    ("/api/v2/webinars/", "?fields=*"),
    ("/api/v2/events/", "?fields=*"),
    ("/api/v2/organizations/", "?fields=*"),
    ("/api/v2/pages/", "?fields=*"),
    ("/api/v2/field-notes/", ""),
]


@pytest.fixture
def many_items(db, home_page, locales, media_root):
    image = get_or_create_demo_image("Logo", seed="logo", width=64, height=64)
    topic = TopicFactory()
    organization = OrganizationFactory(logo=image)
    organization.focus_areas.set([topic])
    organization.save()
    for n in range(25):
        resource = ResourceFactory(organization=organization, thumbnail=image)
        resource.topics.set([topic])
        resource.save()
        resource.related_resources.set([resource])
        resource.save()
        translate(resource, locales["ar"], title=f"مورد {n}")
        webinar = WebinarFactory()
        webinar.speakers.create(name=f"Speaker {n}", role="Trainer", locale=webinar.locale)
        event = EventFactory()
        event.organizers.set([organization])
        event.save()
        member = OrganizationFactory(logo=image)
        member.focus_areas.set([topic])
        member.save()
        StandardPageFactory(parent=home_page)
        from tests.factories import FieldNoteFactory

        FieldNoteFactory()


@pytest.mark.parametrize(("endpoint", "fields"), ENDPOINTS)
def test_a_listing_costs_the_same_queries_for_1_or_20_items(
    client, settings, many_items, endpoint, fields
):
    settings.API_RESPONSE_CACHE = False  # measure the view, not a cache hit
    separator = "&" if fields else "?"
    counts = []
    for limit in (1, 20):
        url = f"{endpoint}{fields}{separator}limit={limit}"
        client.get(url)  # renditions and caches are made on first use
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        assert len(response.json()["items"]) == limit
        counts.append(len(queries))
    assert 0 < counts[0] == counts[1], counts


def test_every_language_uses_the_same_endpoints(client, library):
    codes = set(Locale.objects.values_list("language_code", flat=True))
    for code in codes:
        assert client.get(f"/api/v2/resources/?locale={code}").status_code == 200


def test_a_document_in_a_restricted_collection_is_not_shown_to_anonymous_readers(client, db):
    from wagtail.models import Collection, CollectionViewRestriction

    from cms.demo import get_or_create_demo_document

    private = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_or_create_demo_document("Board minutes", "board-minutes.pdf")
    document.collection = private
    document.save()
    resource = ResourceFactory(document=document)
    data = items(client, f"/api/v2/resources/{resource.pk}/")
    assert data["document"] is None
    assert "board-minutes" not in str(items(client, "/api/v2/resources/?fields=document"))
