"""With AWS_STORAGE_BUCKET_NAME, every upload goes to S3-compatible storage (moto's server on a
local port here); public files get stable URLs; a storage that is down or refuses access fails
uploads with a clear message, saves nothing, and takes /readyz down."""

import json
import urllib.error
import urllib.request

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtailmedia.models import Media

from cms.storage import public_read_policy
from cms.storage_settings import media_storage_from_env
from tests import media_samples as samples
from tests.conftest import free_port, s3_environment
from tests.media_samples import add_document, add_image, add_media, form_errors
from tests.test_media_uploads import stored_files


def keys(s3_media):
    listing = s3_media.client.list_objects_v2(Bucket=s3_media.bucket)
    return sorted(entry["Key"] for entry in listing.get("Contents", ()))


def fetch(url):
    """GET ``url`` as an anonymous browser would: (status, body)."""
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def deny_uploads(s3_media):
    """The bucket refuses every upload, as when the app's key lost its write permission."""
    policy = public_read_policy(s3_media.bucket)
    policy["Statement"].append(
        {
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:PutObject",
            "Resource": f"arn:aws:s3:::{s3_media.bucket}/*",
        }
    )
    s3_media.client.put_bucket_policy(Bucket=s3_media.bucket, Policy=json.dumps(policy))


@pytest.fixture
def unreachable_storage(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage_from_env(
            s3_environment(f"http://127.0.0.1:{free_port()}", "cop-media")
        ),
    }


def test_every_kind_of_upload_goes_to_the_bucket_and_none_to_local_disk(
    admin_client, s3_media, media_root
):
    assert add_document(admin_client, "annual-report.pdf", samples.pdf()).status_code == 302
    assert add_image(admin_client, "erbil-workshop.png", samples.png()).status_code == 302
    response = add_media(
        admin_client, "video", "what-works.mp4", samples.mp4(), thumbnail=("c.jpg", samples.jpeg())
    )
    assert response.status_code == 302
    rendition = get_image_model().objects.get().get_rendition("fill-32x32")

    assert keys(s3_media) == sorted(
        [
            "documents/annual-report.pdf",
            "original_images/erbil-workshop.png",
            rendition.file.name,
            "media/what-works.mp4",
            "media_thumbnails/c.jpg",
        ]
    )
    assert rendition.file.name.startswith("images/erbil-workshop.")
    assert stored_files(media_root) == []


def test_public_files_have_stable_urls_that_anyone_can_read(admin_client, client, s3_media):
    add_image(admin_client, "erbil-workshop.png", samples.png())
    add_document(admin_client, "annual-report.pdf", samples.pdf(3000))
    image = get_image_model().objects.get()
    rendition = image.get_rendition("fill-32x32")

    for stored in (image.file, rendition.file):
        url = stored.url
        assert url == stored.url == stored.storage.url(stored.name)
        assert url.startswith(f"{s3_media.endpoint}/{s3_media.bucket}/")
        assert "?" not in url  # nothing signed, nothing that expires
        status, body = fetch(url)
        assert status == 200 and body == stored.storage.open(stored.name).read()

    document = get_document_model().objects.get()
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"] == document.file.url
    assert "Signature" not in response["Location"]
    assert fetch(response["Location"]) == (200, samples.pdf(3000))


def test_a_cdn_domain_is_used_for_public_urls(admin_client, s3_media, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage_from_env(
            s3_environment(
                s3_media.endpoint, s3_media.bucket, AWS_S3_CUSTOM_DOMAIN="media.cop.example.org"
            )
        ),
    }
    add_image(admin_client, "erbil-workshop.png", samples.png())
    image = get_image_model().objects.get()
    assert image.file.url.endswith("//media.cop.example.org/original_images/erbil-workshop.png")
    assert "//media.cop.example.org/images/erbil-workshop." in image.get_rendition("width-20").url


UPLOADS = {
    "document": (lambda client: add_document(client, "r.pdf", samples.pdf()), get_document_model),
    "image": (lambda client: add_image(client, "p.png", samples.png()), get_image_model),
    "recording": (
        lambda client: add_media(
            client, "audio", "t.mp3", samples.mp3(), thumbnail=("c.png", samples.png())
        ),
        lambda: Media,
    ),
}


@pytest.mark.parametrize("kind", UPLOADS)
def test_an_unreachable_storage_fails_the_upload_clearly_and_saves_nothing(
    admin_client, db, unreachable_storage, kind
):
    upload, model = UPLOADS[kind]
    assert form_errors(upload(admin_client)) == [
        "The file was not saved: the media storage cannot be reached right now. Nothing was "
        "changed; please try again in a few minutes."
    ]
    assert not model().objects.exists()


def test_an_unreachable_storage_takes_readyz_down(client, db, unreachable_storage):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "down"


def test_a_storage_that_refuses_uploads_fails_them_clearly_and_takes_readyz_down(
    admin_client, client, s3_media
):
    assert client.get("/readyz").status_code == 200
    deny_uploads(s3_media)

    response = add_document(admin_client, "annual-report.pdf", samples.pdf())
    assert form_errors(response) == [
        "The file was not saved: the media storage refused it (access denied). Nothing was "
        "changed; please ask an administrator to check the storage settings."
    ]
    assert "refused it (access denied)" in response.content.decode()
    assert not get_document_model().objects.exists()
    assert keys(s3_media) == ["readyz-probe"]

    readyz = client.get("/readyz")
    assert readyz.status_code == 503
    assert readyz.json()["checks"] == {"database": "ok", "search": "ok", "storage": "down"}


def test_readyz_probing_the_bucket_stores_nothing_more_each_time(client, db, s3_media):
    for _attempt in range(3):
        assert client.get("/readyz").json()["checks"]["storage"] == "ok"
    assert keys(s3_media) == ["readyz-probe"]


def test_replacing_a_file_when_the_storage_refuses_keeps_the_old_file_and_row(
    admin_client, client, s3_media
):
    add_document(admin_client, "annual-report.pdf", samples.pdf(1000))
    document = get_document_model().objects.get()
    deny_uploads(s3_media)

    response = admin_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": "Annual report",
            "file": samples.upload("annual-report-v2.pdf", samples.pdf(2000)),
            "collection": document.collection_id,
        },
    )
    assert "refused it (access denied)" in form_errors(response)[0]
    document.refresh_from_db()
    assert document.title == "annual-report.pdf"
    assert document.file.name == "documents/annual-report.pdf"
    assert fetch(client.get(document.url)["Location"]) == (200, samples.pdf(1000))


def test_replacing_a_file_deletes_the_old_one_once_the_save_commits(
    admin_client, s3_media, django_capture_on_commit_callbacks
):
    add_image(admin_client, "banner.png", samples.png())
    image = get_image_model().objects.get()
    image.get_rendition("width-20")
    old_keys = keys(s3_media)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/images/{image.pk}/",
            {
                "title": "Banner",
                "file": samples.upload("banner-2025.png", samples.png(colour=(1, 2, 3))),
                "collection": image.collection_id,
            },
        )
    assert response.status_code == 302, form_errors(response)
    image.refresh_from_db()
    assert image.file.name == "original_images/banner-2025.png"
    assert keys(s3_media) == ["original_images/banner-2025.png"]
    assert len(old_keys) == 2 and not image.renditions.exists()


def test_a_large_pdf_streams_to_the_bucket_in_parts(admin_client, s3_media):
    data = samples.pdf(20 * 1024 * 1024)
    response = add_document(admin_client, "annual-report-with-annexes.pdf", data)
    assert response.status_code == 302, form_errors(response)
    head = s3_media.client.head_object(
        Bucket=s3_media.bucket, Key="documents/annual-report-with-annexes.pdf"
    )
    assert head["ContentLength"] == len(data)
    assert head["ETag"].strip('"').endswith("-3")  # three 8 MB parts, never the whole file
    document = get_document_model().objects.get()
    assert document.file_size == len(data)


def test_demo_content_loads_its_pictures_into_the_bucket(
    db, s3_media, media_root, django_capture_on_commit_callbacks
):
    # What `make run` does with the AWS_* variables set (the settings come from them).
    with django_capture_on_commit_callbacks(execute=True):
        call_command("configure_media_bucket", verbosity=0)
        call_command("load_demo_content", verbosity=0)
    pictures = [key for key in keys(s3_media) if key.startswith("original_images/")]
    assert len(pictures) >= 4
    assert fetch(f"{s3_media.endpoint}/{s3_media.bucket}/{pictures[0]}")[0] == 200
    assert stored_files(media_root) == []


def test_deleting_a_document_or_image_deletes_its_files_from_the_bucket(
    admin_client, s3_media, django_capture_on_commit_callbacks
):
    add_document(admin_client, "annual-report.pdf", samples.pdf())
    add_image(admin_client, "banner.png", samples.png())
    image = get_image_model().objects.get()
    image.get_rendition("width-20")
    document = get_document_model().objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(f"/admin/images/{image.pk}/delete/").status_code == 302
        assert admin_client.post(f"/admin/documents/delete/{document.pk}/").status_code == 302
    assert keys(s3_media) == []
