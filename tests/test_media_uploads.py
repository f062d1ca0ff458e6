"""Uploads through the admin are checked from their bytes, refused with clear errors, and never
half-saved; Arabic and Sorani file names stay readable and become safe storage keys."""

import os
from urllib.parse import quote

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtailmedia.models import Media

from cms.storage import safe_filename
from tests import media_samples as samples
from tests.media_samples import add_document, add_image, add_media, form_errors


def stored_files(media_root):
    """Every file under MEDIA_ROOT and the private folder next to it."""
    found = []
    for root in (media_root, f"{media_root}-private"):
        for folder, _dirs, names in os.walk(root):
            found += [os.path.relpath(os.path.join(folder, name), root) for name in names]
    return sorted(found)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("report.pdf", samples.pdf(2000)),
        ("notes.docx", samples.docx()),
        ("members.xlsx", samples.xlsx()),
        ("minutes.odt", samples.odt()),
        ("members-windows-1256.csv", samples.ARABIC_CSV_WINDOWS_1256),
        ("sorani.txt", samples.SORANI_TEXT_UTF8),
        ("bundle.zip", samples.docx()),
    ],
)
def test_real_documents_of_every_allowed_type_are_accepted(admin_client, name, data):
    response = add_document(admin_client, name, data)
    assert response.status_code == 302, form_errors(response)
    assert get_document_model().objects.get().file.read() == data


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("budget.pdf", samples.WINDOWS_PROGRAM, "it ends in “.pdf” but the file is a Windows"),
        ("notes.docx", samples.pdf(), "it ends in “.docx” but the file is a PDF document"),
        ("members.xlsx", samples.docx(), "it ends in “.xlsx” but the file is a Word document"),
        ("notes.txt", samples.png(), "it ends in “.txt” but the file is a PNG image"),
        ("setup.exe", samples.WINDOWS_PROGRAM, "Files ending in “.exe” cannot be uploaded"),
        ("README", samples.SORANI_TEXT_UTF8, "The file name has no extension"),
        ("empty.pdf", b"", "The submitted file is empty"),
        ("broken.docx", b"PK\x03\x04" + b"\x00" * 100, "The file is damaged"),
    ],
)
def test_a_document_whose_content_does_not_match_its_name_is_refused_clearly(
    admin_client, media_root, name, data, message
):
    response = add_document(admin_client, name, data)
    errors = form_errors(response)
    assert len(errors) == 1 and message in errors[0], errors
    assert not get_document_model().objects.exists()
    assert stored_files(media_root) == []


@pytest.mark.parametrize("name", ["drawing.svg", "drawing.txt", "page.csv"])
def test_svg_and_web_pages_are_refused_as_documents_whatever_their_name(admin_client, name):
    data = samples.SVG if "drawing" in name else samples.HTML
    errors = form_errors(add_document(admin_client, name, data))
    assert len(errors) == 1
    assert "cannot be uploaded" in errors[0]
    assert not get_document_model().objects.exists()


def test_svg_is_refused_as_an_image_even_when_named_png(admin_client, media_root):
    for name in ("logo.svg", "logo.png"):
        errors = form_errors(add_image(admin_client, name, samples.SVG))
        assert errors, name
    assert not get_image_model().objects.exists()
    assert stored_files(media_root) == []


def test_svg_is_refused_as_a_recording_thumbnail(admin_client):
    response = add_media(
        admin_client, "audio", "talk.mp3", samples.mp3(), thumbnail=("cover.png", samples.SVG)
    )
    assert "SVG images and web pages cannot be uploaded" in form_errors(response, "thumbnail")[0]
    assert not Media.objects.exists()


def test_documents_over_the_size_limit_are_refused_with_the_limit_named(admin_client, settings):
    settings.MEDIA_UPLOAD_MAX_SIZES = {**settings.MEDIA_UPLOAD_MAX_SIZES, "document": 10_000}
    errors = form_errors(add_document(admin_client, "annual-report.pdf", samples.pdf(20_000)))
    assert errors == ["This file is too big (19.5\xa0KB). The limit is 9.8\xa0KB."]
    assert add_document(admin_client, "summary.pdf", samples.pdf(9_000)).status_code == 302


def test_images_over_the_size_limit_are_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    assert "This file is too big" in form_errors(add_image(admin_client, "a.png", samples.png()))[0]
    assert not get_image_model().objects.exists()


def test_recordings_over_their_kind_limit_are_refused(admin_client, settings):
    settings.MEDIA_UPLOAD_MAX_SIZES = {**settings.MEDIA_UPLOAD_MAX_SIZES, "audio": 100}
    errors = form_errors(add_media(admin_client, "audio", "talk.mp3", samples.mp3()))
    assert "This file is too big" in errors[0]
    assert add_media(admin_client, "video", "talk.mp4", samples.mp4()).status_code == 302


def test_images_over_the_pixel_limit_are_refused(admin_client, settings, media_root):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50 * 50
    errors = form_errors(add_image(admin_client, "banner.png", samples.png(60, 60)))
    assert errors == ["This file has too many pixels (3600). Maximum pixels 2500."]
    thumbnail = ("cover.png", samples.png(60, 60))
    response = add_media(admin_client, "audio", "talk.mp3", samples.mp3(), thumbnail=thumbnail)
    assert form_errors(response, "thumbnail") == [
        "This image has too many pixels (3600). The limit is 2500."
    ]
    assert stored_files(media_root) == []


def test_a_recording_must_be_audio_or_video_as_its_bytes_say(admin_client):
    errors = form_errors(add_media(admin_client, "audio", "talk.mp3", samples.pdf()))
    assert errors == [
        "The file’s content does not match its name: it ends in “.mp3” but the file is a PDF "
        "document."
    ]
    errors = form_errors(add_media(admin_client, "video", "talk.mp4", samples.mp3()))
    assert "but the file is an MP3 recording" in errors[0]
    response = add_media(
        admin_client, "audio", "talk.mp3", samples.mp3(), thumbnail=("c.jpg", samples.jpeg())
    )
    assert response.status_code == 302
    media = Media.objects.get()
    assert (media.file.name, media.thumbnail.name) == ("media/talk.mp3", "media_thumbnails/c.jpg")


def test_the_bulk_uploader_shows_the_same_clear_error(admin_client):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": samples.upload("budget.pdf", samples.WINDOWS_PROGRAM)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json() == {
        "success": False,
        "error_message": "The file’s content does not match its name: it ends in “.pdf” but the "
        "file is a Windows program.",
    }
    assert not get_document_model().objects.exists()


def test_arabic_and_kurdish_names_are_kept_for_display_and_made_safe_for_storage(admin_client):
    arabic = "تقرير الربع الأول ٢٠٢٤.pdf"
    sorani = "ڕاپۆرتی\u200cساڵانە\u200f (کۆتایی).PDF"  # with a ZWNJ and a right-to-left mark
    for name in (arabic, sorani):
        response = add_document(admin_client, name, samples.pdf(), title=name.rsplit(".", 1)[0])
        assert response.status_code == 302, form_errors(response)

    documents = get_document_model().objects.order_by("pk")
    assert [d.title for d in documents] == ["تقرير الربع الأول ٢٠٢٤", sorani.rsplit(".", 1)[0]]
    assert [d.file.name for d in documents] == [
        "documents/تقرير_الربع_الأول_٢٠٢٤.pdf",
        "documents/ڕاپۆرتیساڵانە_کۆتایی.pdf",
    ]
    # Readers download them under the readable name.
    assert documents[1].url.endswith(f"/{quote('ڕاپۆرتیساڵانە_کۆتایی.pdf')}")
    response = admin_client.get(documents[1].url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == samples.pdf()


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("تقرير الربع الأول.PDF", "تقرير_الربع_الأول.pdf"),
        ("Re\u0301sume\u0301 final.docx", "Résumé_final.docx"),  # decomposed accents, NFC'd
        ("invoice\u202efdp.exe", "invoicefdp.exe"),  # a right-to-left override, dropped
        ("../../etc/passwd", "passwd"),
        ("؟؟.pdf", "file.pdf"),
        ("ڕاپۆرت" * 20 + ".pdf", "ڕاپۆرت" * 10 + ".pdf"),
    ],
)
def test_file_names_become_safe_storage_keys(name, safe):
    assert safe_filename(name) == safe
