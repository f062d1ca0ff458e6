"""manage.py copy_media_to_s3 moves an existing installation's media into the bucket (safe to
re-run, saying what it skipped); configure_media_bucket makes public media, and only them,
readable by anyone."""

import io
import json
import os
from urllib.parse import quote

import pytest
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.storage_settings import media_storage_from_env
from tests import media_samples as samples
from tests.conftest import free_port, s3_environment
from tests.test_storage_s3 import fetch, keys

LOCAL_FILES = {
    "original_images/banner.png": samples.png(),
    "images/banner.width-20.png": samples.png(20, 15),
    "documents/تقرير_سنوي.pdf": samples.pdf(5000),
    "media/what-works.mp3": samples.mp3(),
    "private/documents/board-minutes.pdf": samples.pdf(700),
}


def run(command, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def local_media(db, media_root):
    """An installation that kept its media on local disk until now."""
    for name, data in LOCAL_FILES.items():
        if name.startswith("private/"):
            path = os.path.join(f"{media_root}-private", name.removeprefix("private/"))
        else:
            path = os.path.join(media_root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as file:
            file.write(data)
    get_image_model().objects.create(
        title="Banner", file="original_images/banner.png", width=64, height=48
    )
    get_document_model().objects.create(title="تقرير سنوي", file="documents/تقرير_سنوي.pdf")
    get_document_model().objects.create(title="Lost", file="documents/lost-long-ago.pdf")
    return media_root


def test_copy_media_to_s3_copies_every_local_file_under_the_same_key(local_media, s3_media):
    out, err = run("copy_media_to_s3")
    assert keys(s3_media) == sorted(LOCAL_FILES)
    assert "Copied 5 files" in out
    assert "Copying media" in err  # the progress bar
    bucket = f"{s3_media.endpoint}/{s3_media.bucket}"
    assert fetch(f"{bucket}/documents/{quote('تقرير_سنوي.pdf')}") == (200, samples.pdf(5000))
    assert fetch(get_image_model().objects.get().file.url) == (200, samples.png())
    assert fetch(f"{bucket}/private/documents/board-minutes.pdf")[0] == 403
    head = s3_media.client.head_object(Bucket=s3_media.bucket, Key="media/what-works.mp3")
    assert head["ContentType"] == "audio/mpeg"


def test_running_it_again_copies_nothing_and_reports_what_it_skipped(local_media, s3_media):
    run("copy_media_to_s3")
    out, _err = run("copy_media_to_s3")
    assert "Copied 0 files" in out
    assert "Skipped 5 already in the bucket (same size)." in out
    assert keys(s3_media) == sorted(LOCAL_FILES)


def test_it_reports_files_the_database_names_but_the_disk_lacks(local_media, s3_media):
    out, _err = run("copy_media_to_s3")
    assert "Skipped 1 named in the database but not on local disk:" in out
    assert "  documents/lost-long-ago.pdf" in out


def test_it_leaves_a_different_object_alone_unless_told_to_overwrite(local_media, s3_media):
    s3_media.client.put_object(
        Bucket=s3_media.bucket, Key="original_images/banner.png", Body=b"edited in the bucket"
    )
    out, _err = run("copy_media_to_s3")
    assert "Skipped 1 that differ from what is in the bucket (--overwrite replaces them):" in out
    assert "  original_images/banner.png" in out
    assert fetch(get_image_model().objects.get().file.url)[1] == b"edited in the bucket"

    out, _err = run("copy_media_to_s3", "--overwrite")
    assert "Copied 1 files" in out
    assert fetch(get_image_model().objects.get().file.url)[1] == samples.png()


def test_a_dry_run_copies_nothing(local_media, s3_media):
    out, _err = run("copy_media_to_s3", "--dry-run")
    assert "Would copy 5 files" in out
    assert keys(s3_media) == []


def test_it_refuses_to_run_without_a_bucket(local_media):
    with pytest.raises(CommandError, match="set AWS_STORAGE_BUCKET_NAME"):
        run("copy_media_to_s3")


def test_an_unreachable_bucket_is_a_clear_error(local_media, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage_from_env(
            s3_environment(f"http://127.0.0.1:{free_port()}", "cop-media")
        ),
    }
    with pytest.raises(CommandError, match="Cannot list bucket 'cop-media'"):
        run("copy_media_to_s3")


def test_configure_media_bucket_lets_anyone_read_public_media_and_nothing_else(s3_media):
    s3_media.client.delete_bucket_policy(Bucket=s3_media.bucket)
    for key in ("original_images/a.png", "media/a.mp3", "private/documents/a.pdf"):
        s3_media.client.put_object(Bucket=s3_media.bucket, Key=key, Body=b"x")
    bucket = f"{s3_media.endpoint}/{s3_media.bucket}"
    assert fetch(f"{bucket}/original_images/a.png")[0] == 403

    out, _err = run("configure_media_bucket")
    assert "public media readable by anyone" in out
    assert fetch(f"{bucket}/original_images/a.png") == (200, b"x")
    assert fetch(f"{bucket}/media/a.mp3") == (200, b"x")
    assert fetch(f"{bucket}/private/documents/a.pdf")[0] == 403
    policy = json.loads(s3_media.client.get_bucket_policy(Bucket=s3_media.bucket)["Policy"])
    assert not any("private" in str(statement) for statement in policy["Statement"])


def test_configure_media_bucket_does_nothing_for_local_disk(db):
    out, _err = run("configure_media_bucket")
    assert out.startswith("Media are on local disk")
