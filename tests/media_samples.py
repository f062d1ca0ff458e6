"""Small, real files of each kind the CMS accepts or refuses, made here (nothing downloaded),
and helpers that upload them through the admin as an editor would."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from PIL import Image
from wagtail.models import Collection


def pdf(size=0):
    """A PDF of about ``size`` bytes (a few dozen at least)."""
    head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    tail = b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    padding = max(0, size - len(head) - len(tail))
    return head + b"%" + b"0" * max(0, padding - 2) + b"\n" + tail


def docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        package.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        package.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return buffer.getvalue()


def xlsx():
    workbook = Workbook()
    workbook.active.append(["المنظمة", "المدينة"])
    workbook.active.append(["Mercy Hands", "بغداد"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def odt():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", '<?xml version="1.0"?><office:document-content/>')
    return buffer.getvalue()


def png(width=64, height=48, colour=(20, 120, 90)):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg(width=64, height=48):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 40)).save(buffer, format="JPEG")
    return buffer.getvalue()


SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>\n"
)
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
ARABIC_CSV_WINDOWS_1256 = "الاسم,المدينة\nعلي,بغداد\nشيلان,السليمانية\n".encode("cp1256")
SORANI_TEXT_UTF8 = "ڕێکخراوەکان لە هەولێر کۆبوونەوە.\n".encode()


def mp3():
    """An ID3 tag followed by a few MPEG audio frame headers."""
    return b"ID3\x03\x00\x00\x00\x00\x00\x0a" + b"\x00" * 10 + b"\xff\xfb\x90\x64" * 64


def mp4():
    """An ISO media file: an ``ftyp`` box and an empty ``mdat``."""
    ftyp = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    return ftyp + b"\x00\x00\x00\x08mdat" + b"\x00" * 64


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def root_collection():
    return Collection.get_first_root_node()


def add_document(client, name, data, title=None, collection=None, content_type=None):
    """POST the admin's "add a document" form; returns the response."""
    return client.post(
        "/admin/documents/add/",
        {
            "title": title or name,
            "file": upload(name, data, content_type or "application/octet-stream"),
            "collection": (collection or root_collection()).pk,
        },
    )


def add_image(client, name, data, title=None):
    return client.post(
        "/admin/images/add/",
        {"title": title or name, "file": upload(name, data), "collection": root_collection().pk},
    )


def add_media(client, media_type, name, data, thumbnail=None, title=None):
    fields = {
        "title": title or name,
        "file": upload(name, data),
        "collection": root_collection().pk,
        "duration": "60",
    }
    if thumbnail is not None:
        fields["thumbnail"] = upload(*thumbnail)
    return client.post(f"/admin/media/{media_type}/add/", fields)


def form_errors(response, field="file"):
    """The errors the admin shows on ``field`` (as text), from a re-rendered form."""
    assert response.status_code == 200, response
    return [str(error) for error in response.context["form"].errors.get(field, [])]
