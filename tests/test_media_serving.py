"""Documents in a restricted collection are served only by short-lived presigned links after
Wagtail's permission check, are never readable at a public URL, and are never listed to anonymous
API readers; their files follow their collection's privacy when it changes."""

import os
import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.storage_settings import media_storage_from_env
from tests import media_samples as samples
from tests.conftest import s3_environment
from tests.media_samples import add_document, form_errors
from tests.test_storage_s3 import fetch, keys

BOARD_MINUTES = "محضر اجتماع مجلس الإدارة.pdf"
SAFE_NAME = "محضر_اجتماع_مجلس_الإدارة.pdf"


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    """Run what the code defers to after the commit (moving files, deleting old ones)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def board_papers(db, capture):
    """A collection that only logged-in users may read."""
    with capture():
        collection = Collection.get_first_root_node().add_child(name="Board papers")
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection


@pytest.fixture
def minutes(admin_client, s3_media, board_papers, capture):
    with capture():
        response = add_document(
            admin_client, BOARD_MINUTES, samples.pdf(4000), collection=board_papers
        )
    assert response.status_code == 302, form_errors(response)
    return get_document_model().objects.get()


def test_a_restricted_document_is_stored_where_the_bucket_serves_nobody(minutes, s3_media):
    assert minutes.file.name == f"private/documents/{SAFE_NAME}"
    assert keys(s3_media) == [f"private/documents/{SAFE_NAME}"]
    # Its plain URL, and the public key it would have had, answer 403 / 404 to anyone.
    assert fetch(minutes.file.url)[0] == 403
    assert fetch(minutes.file.url.replace("/private/", "/"))[0] in (403, 404)


def test_anonymous_readers_get_the_login_page_and_no_link_to_the_file(client, minutes, s3_media):
    response = client.get(minutes.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/_util/login/?next=")
    assert s3_media.endpoint not in response["Location"]


def test_a_reader_who_passes_the_check_gets_a_short_lived_presigned_link(
    admin_client, minutes, s3_media
):
    response = admin_client.get(minutes.url)
    assert response.status_code == 302
    link = response["Location"]
    query = parse_qs(urlsplit(link).query)
    assert link.startswith(f"{s3_media.endpoint}/{s3_media.bucket}/private/documents/")
    assert query["X-Amz-Expires"] == ["120"]
    assert "X-Amz-Signature" in query
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert fetch(link) == (200, samples.pdf(4000))


def test_the_presigned_link_downloads_under_the_readable_arabic_name(admin_client, minutes):
    link = admin_client.get(minutes.url)["Location"]
    disposition = parse_qs(urlsplit(link).query)["response-content-disposition"][0]
    assert disposition.startswith("inline; filename*=utf-8''")
    assert unquote(disposition.partition("''")[2]) == SAFE_NAME


def test_a_group_restriction_refuses_logged_in_users_outside_the_group(
    client, django_user_model, s3_media, capture
):
    trustees = Group.objects.create(name="Trustees")
    with capture():
        collection = Collection.get_first_root_node().add_child(name="Trustees only")
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.add(trustees)
        document = get_document_model().objects.create(
            title="Budget", file=samples.upload("budget.pdf", samples.pdf()), collection=collection
        )
    assert document.file.name == "private/documents/budget.pdf"
    member = django_user_model.objects.create_user("member", password="x")
    client.force_login(member)
    response = client.get(document.url)
    assert s3_media.endpoint not in response.get("Location", "")
    member.groups.add(trustees)
    assert client.get(document.url)["Location"].startswith(s3_media.endpoint)


def test_anonymous_api_readers_never_see_restricted_documents(client, minutes, admin_client):
    add_document(admin_client, "annual-report.pdf", samples.pdf())
    listing = client.get("/api/v2/documents/").json()
    assert [item["title"] for item in listing["items"]] == ["annual-report.pdf"]
    assert client.get(f"/api/v2/documents/{minutes.pk}/").status_code == 404
    assert BOARD_MINUTES not in client.get("/api/v2/documents/?search=محضر").content.decode()


def test_restricting_a_collection_moves_its_files_out_of_public_reach(
    admin_client, s3_media, capture
):
    add_document(admin_client, "annual-report.pdf", samples.pdf(1000))
    document = get_document_model().objects.get()
    public_url = document.file.url
    assert fetch(public_url)[0] == 200

    with capture():
        CollectionViewRestriction.objects.create(
            collection=document.collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    document.refresh_from_db()
    assert document.file.name == "private/documents/annual-report.pdf"
    assert keys(s3_media) == ["private/documents/annual-report.pdf"]
    assert fetch(public_url)[0] in (403, 404)

    with capture():
        CollectionViewRestriction.objects.all().delete()
    document.refresh_from_db()
    assert document.file.name == "documents/annual-report.pdf"
    assert fetch(document.file.url) == (200, samples.pdf(1000))


def test_moving_a_document_into_a_restricted_collection_moves_its_file(
    admin_client, s3_media, board_papers, capture
):
    add_document(admin_client, "budget.pdf", samples.pdf())
    document = get_document_model().objects.get()
    with capture():
        response = admin_client.post(
            f"/admin/documents/edit/{document.pk}/",
            {"title": "Budget", "collection": board_papers.pk},
        )
    assert response.status_code == 302, form_errors(response)
    document.refresh_from_db()
    assert document.file.name == "private/documents/budget.pdf"
    assert keys(s3_media) == ["private/documents/budget.pdf"]


def test_the_bulk_add_to_collection_action_moves_files_too(
    admin_client, s3_media, board_papers, capture
):
    for name in ("a.pdf", "b.pdf"):
        add_document(admin_client, name, samples.pdf())
    ids = list(get_document_model().objects.values_list("pk", flat=True))
    url = "/admin/bulk/wagtaildocs/document/add_to_collection/?" + "&".join(f"id={i}" for i in ids)
    with capture():
        response = admin_client.post(url, {"collection": board_papers.pk})
    assert response.status_code == 302
    assert keys(s3_media) == ["private/documents/a.pdf", "private/documents/b.pdf"]


def test_sync_document_privacy_repairs_what_a_storage_failure_left_behind(
    s3_media, board_papers, capture
):
    # A document whose move did not happen (the storage was down when its collection was
    # restricted): it is still at its public key.
    document = get_document_model().objects.create(
        title="Budget", file=samples.upload("budget.pdf", samples.pdf()), collection=board_papers
    )
    get_document_model().objects.filter(pk=document.pk).update(file="documents/budget.pdf")
    storage = document.file.storage
    storage.copy(document.file.name, "documents/budget.pdf")
    storage.delete(document.file.name)

    with capture():
        call_command("sync_document_privacy", verbosity=0)
    document.refresh_from_db()
    assert document.file.name == "private/documents/budget.pdf"
    assert keys(s3_media) == ["private/documents/budget.pdf"]


def test_on_local_disk_restricted_files_live_outside_media_root_and_are_served_after_the_check(
    admin_client, client, board_papers, media_root, capture
):
    with capture():
        add_document(admin_client, "budget.pdf", samples.pdf(3000), collection=board_papers)
    document = get_document_model().objects.get()
    assert document.file.name == "private/documents/budget.pdf"
    assert os.path.isfile(f"{media_root}-private/documents/budget.pdf")
    assert not os.path.exists(os.path.join(media_root, "private"))

    assert client.get(document.url)["Location"].startswith("/_util/login/")
    response = admin_client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == samples.pdf(3000)


def test_the_restricted_link_is_signed_for_the_endpoint_browsers_reach(
    admin_client, minutes, s3_media, settings
):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage_from_env(
            s3_environment(
                s3_media.endpoint,
                s3_media.bucket,
                AWS_S3_PUBLIC_ENDPOINT_URL="https://objects.cop.example.org",
                AWS_S3_CUSTOM_DOMAIN="media.cop.example.org",
            )
        ),
    }
    link = admin_client.get(minutes.url)["Location"]
    assert re.match(rf"https://objects\.cop\.example\.org/{s3_media.bucket}/private/", link)
