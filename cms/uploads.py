"""Upload checks and the admin forms that store uploads safely.

Every file uploaded through the admin (documents, images, media recordings and their thumbnails)
is checked before anything is stored:

- its extension is one allowed for its kind (``WAGTAILDOCS_EXTENSIONS``,
  ``WAGTAILIMAGES_EXTENSIONS``, wagtailmedia's ``AUDIO_EXTENSIONS``/``VIDEO_EXTENSIONS``),
- its *content*, read from its bytes, is of a type that extension stands for (a ``.pdf`` must be
  a PDF, a ``.docx`` a Word package, a ``.txt`` text), so a renamed program is refused,
- SVG images and web pages are refused whatever they are called (they can carry scripts),
- it is no larger than its kind's limit (``MEDIA_UPLOAD_MAX_SIZES``), and an image has no more
  pixels than ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``.

Then the form stores the file itself, as the last step of validation, so that a storage that is
unreachable or refuses access becomes a clear error on the form (nothing saved, no row pointing at
a missing file) instead of a server error. A file that a save replaces is deleted only once the
new row is committed.
"""

import logging
import mimetypes
import os
import zipfile
from dataclasses import dataclass
from functools import partial

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm
from wagtail.images.utils import get_allowed_image_extensions
from wagtailmedia.forms import BaseMediaForm
from wagtailmedia.settings import wagtailmedia_settings

from cms.document_privacy import document_wants_private, store_new_file
from cms.storage import (
    PRIVATE_PREFIX,
    STORAGE_ERRORS,
    copy_stored_file,
    relocated_name,
    storage_failure_message,
)

logger = logging.getLogger(__name__)

HEAD_BYTES = 8192

PDF = "application/pdf"
ZIP = "application/zip"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
TEXT = "text/plain"
MARKUP = "text/html"
SVG = "image/svg+xml"
DAMAGED_ZIP = "application/x-damaged-zip"
ZIP_FAMILY = {ZIP, DOCX, XLSX, PPTX, ODT, ODS, ODP, "application/epub+zip"}

# What each extension's content may be, as read from the bytes.
CONTENT_TYPES = {
    # documents
    "pdf": {PDF},
    "docx": {DOCX},
    "xlsx": {XLSX},
    "pptx": {PPTX},
    "odt": {ODT},
    "ods": {ODS},
    "odp": {ODP},
    "rtf": {"application/rtf"},
    "txt": {TEXT},
    "csv": {TEXT},
    "zip": ZIP_FAMILY,
    "key": ZIP_FAMILY,  # a Keynote presentation is a ZIP package
    # images
    "jpg": {"image/jpeg"},
    "jpeg": {"image/jpeg"},
    "png": {"image/png"},
    "gif": {"image/gif"},
    "webp": {"image/webp"},
    "avif": {"image/avif"},
    "heic": {"image/heic"},
    # audio
    "mp3": {"audio/mpeg"},
    "m4a": {"audio/mp4", "video/mp4"},
    "aac": {"audio/aac"},
    "flac": {"audio/x-flac"},
    "ogg": {"audio/ogg"},
    "oga": {"audio/ogg"},
    "wav": {"audio/x-wav"},
    "aiff": {"audio/x-aiff"},
    # video
    "mp4": {"video/mp4", "video/x-m4v"},
    "m4v": {"video/x-m4v", "video/mp4"},
    "mov": {"video/quicktime", "video/mp4"},
    "webm": {"video/webm"},
    "mkv": {"video/x-matroska", "video/webm"},
    "ogv": {"audio/ogg"},
    "mpg": {"video/mpeg"},
    "mpeg": {"video/mpeg"},
    "avi": {"video/x-msvideo"},
}

DESCRIPTIONS = {
    PDF: _("a PDF document"),
    ZIP: _("a ZIP archive"),
    DOCX: _("a Word document"),
    XLSX: _("an Excel workbook"),
    PPTX: _("a PowerPoint presentation"),
    ODT: _("an OpenDocument text"),
    TEXT: _("plain text"),
    MARKUP: _("a web page"),
    SVG: _("an SVG image"),
    "image/jpeg": _("a JPEG image"),
    "image/png": _("a PNG image"),
    "image/gif": _("a GIF image"),
    "image/webp": _("a WebP image"),
    "audio/mpeg": _("an MP3 recording"),
    "video/mp4": _("an MP4 video"),
    "application/x-msdownload": _("a Windows program"),
    "application/x-executable": _("a program"),
}


@dataclass(frozen=True)
class UploadKind:
    """A kind of upload: where its allowed extensions and size limit come from."""

    name: str  # the key in MEDIA_UPLOAD_MAX_SIZES

    def extensions(self):
        if self.name == "document":
            return [ext.lower() for ext in getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or []]
        if self.name == "image":
            return [ext.lower() for ext in get_allowed_image_extensions()]
        if self.name == "audio":
            return [ext.lower() for ext in wagtailmedia_settings.AUDIO_EXTENSIONS]
        if self.name == "video":
            return [ext.lower() for ext in wagtailmedia_settings.VIDEO_EXTENSIONS]
        raise ValueError(self.name)

    def max_size(self):
        sizes = getattr(settings, "MEDIA_UPLOAD_MAX_SIZES", {})
        if self.name == "image":
            return getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", sizes.get("image"))
        return sizes.get(self.name)


DOCUMENT = UploadKind("document")
IMAGE = UploadKind("image")
AUDIO = UploadKind("audio")
VIDEO = UploadKind("video")


def _read_head(file):
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(position)
    return bytes(head)


def _zip_package_type(file):
    """The type of a ZIP-based file from its table of contents (never extracting it)."""
    position = file.tell()
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            names = archive.namelist()
            if "mimetype" in names and archive.getinfo("mimetype").file_size <= 200:
                declared = archive.read("mimetype").decode("ascii", "replace").strip()
                if declared.startswith("application/vnd.oasis.opendocument."):
                    return declared
            if "[Content_Types].xml" in names:
                for folder, content_type in (("word/", DOCX), ("xl/", XLSX), ("ppt/", PPTX)):
                    if any(name.startswith(folder) for name in names):
                        return content_type
            return ZIP
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        return DAMAGED_ZIP
    finally:
        file.seek(position)


def _decode_start(head):
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le")):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, "ignore")
    if head.startswith(b"\xfe\xff"):
        return head[2:].decode("utf-16-be", "ignore")
    return head.decode("utf-8", "ignore")


CONTROL_BYTES = set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x1B)) | set(range(0x1C, 0x20))


def _is_text(head):
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return not CONTROL_BYTES.intersection(head)


def sniff_content_type(file):
    """The type of ``file`` as its bytes say (its name plays no part), or ``None``."""
    head = _read_head(file)
    if not head:
        return None
    guessed = filetype.guess(head)
    if guessed is not None:
        return _zip_package_type(file) if guessed.mime in ZIP_FAMILY else guessed.mime
    start = _decode_start(head).lstrip().lower()
    if start.startswith("<"):
        return SVG if "<svg" in start else MARKUP
    if _is_text(head):
        return TEXT
    return None


def describe(content_type):
    if content_type is None:
        return _("of a type that cannot be recognised")
    return DESCRIPTIONS.get(content_type, content_type)


def _allowed_list(extensions):
    return ", ".join(f".{ext}" for ext in extensions)


def check_upload(file, kind):
    """Refuse ``file`` with a clear ValidationError unless it is a sound upload of ``kind``.

    Returns the content type to store it with (from its verified extension).
    """
    size = file.size
    if not size:
        raise ValidationError(_("The file is empty."), code="empty")
    limit = kind.max_size()
    if limit is not None and size > limit:
        raise ValidationError(
            _("This file is too big (%(size)s). The limit is %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(limit)},
        )
    allowed = kind.extensions()
    extension = os.path.splitext(file.name)[1][1:].lower()
    if extension not in allowed:
        raise ValidationError(
            _("Files ending in “.%(extension)s” cannot be uploaded here. Allowed: %(allowed)s.")
            if extension
            else _("The file name has no extension. Allowed: %(allowed)s."),
            code="invalid_extension",
            params={"extension": extension, "allowed": _allowed_list(allowed)},
        )
    found = sniff_content_type(file)
    if found in (SVG, MARKUP):
        raise ValidationError(
            _(
                "SVG images and web pages cannot be uploaded: they can carry scripts. Save the "
                "picture as PNG or WebP, or the text as PDF."
            ),
            code="markup",
        )
    if found == DAMAGED_ZIP:
        raise ValidationError(
            _("The file is damaged: it is not a readable .%(extension)s file."),
            code="damaged",
            params={"extension": extension},
        )
    expected = CONTENT_TYPES.get(extension)
    if expected is None:
        raise ValidationError(
            _(".%(extension)s files cannot be checked, so they cannot be uploaded."),
            code="unchecked_extension",
            params={"extension": extension},
        )
    if found not in expected:
        raise ValidationError(
            _(
                "The file’s content does not match its name: it ends in “.%(extension)s” but "
                "the file is %(found)s."
            ),
            code="content_mismatch",
            params={"extension": extension, "found": describe(found)},
        )
    if kind is IMAGE:
        check_image_pixels(file)
    return mimetypes.guess_type(f"x.{extension}")[0] or found


def check_image_pixels(file):
    limit = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
    position = file.tell()
    file.seek(0)
    try:
        with PILImage.open(file) as image:
            width, height = image.size
            frames = getattr(image, "n_frames", 1)
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        width = height = frames = None
    except (OSError, ValueError, SyntaxError) as error:
        raise ValidationError(
            _("The image is damaged and cannot be read."), code="invalid_image"
        ) from error
    finally:
        file.seek(position)
    if width is None or (limit and width * height * frames > limit):
        raise ValidationError(
            _("This image has too many pixels (%(pixels)s). The limit is %(limit)s."),
            code="file_too_many_pixels",
            params={
                "pixels": width * height * frames if width else _("too many to count"),
                "limit": limit,
            },
        )


class StoredUploadsFormMixin:
    """Check uploads from their bytes, store them while validating, replace files safely.

    ``upload_kinds`` maps each file field to its :class:`UploadKind` (or a method name that
    returns one). Subclasses may override :meth:`storage_prefix`.
    """

    upload_kinds = {}

    def upload_kind(self, field_name):
        kind = self.upload_kinds[field_name]
        return getattr(self, kind)() if isinstance(kind, str) else kind

    def storage_prefix(self, field_name):
        return ""

    def _check_upload_field(self, field_name):
        value = self.cleaned_data.get(field_name)
        if isinstance(value, UploadedFile):
            self._content_types[field_name] = check_upload(value, self.upload_kind(field_name))
        return value

    def full_clean(self):
        self._content_types = {}
        self._stored = []
        self._replaced = []
        self._original_names = {
            name: getattr(getattr(self.instance, name, None), "name", "") or ""
            for name in self.upload_kinds
        }
        super().full_clean()

    def clean(self):
        cleaned_data = super().clean()
        for field_name in self.upload_kinds:
            if field_name in self.fields and field_name not in self._errors:
                try:
                    self._check_upload_field(field_name)
                except ValidationError as error:
                    self.add_error(field_name, error)
        return cleaned_data

    def _post_clean(self):
        refused = {
            name: len(self._errors[name]) for name in self.upload_kinds if name in self._errors
        }
        super()._post_clean()
        # The model's own clean() then checks the file the refused upload left out, and would
        # add a confusing second error ('File extension "" is not allowed'): keep the first.
        for name, count in refused.items():
            del self._errors[name][count:]
        if self._errors:
            return
        for field_name in self.upload_kinds:
            if field_name not in self.fields:
                continue
            try:
                self._store(field_name)
            except STORAGE_ERRORS as error:
                logger.warning("Upload of %s failed: %r", field_name, error)
                self.discard_stored_files()
                self.add_error(field_name, storage_failure_message(error))
                return

    def _store(self, field_name):
        field_file = getattr(self.instance, field_name)
        if not field_file or field_file._committed:
            return
        stored = store_new_file(
            self.instance,
            field_name,
            self.storage_prefix(field_name),
            content_type=self._content_types.get(field_name),
        )
        self._stored.append((field_file.storage, stored))
        original = self._original_names.get(field_name)
        if original and original != stored:
            self._replaced.append((field_file.storage, original))

    def discard_stored_files(self):
        """Delete what this form stored (the save did not happen)."""
        for storage, name in self._stored:
            try:
                storage.delete(name)
            except STORAGE_ERRORS:
                logger.warning("Could not delete %s after a failed save", name, exc_info=True)
        self._stored = []

    def save(self, commit=True):
        # Wagtail's forms delete a replaced file themselves, before saving the row (documents)
        # or right after (images); here it is deleted once the new row is committed instead.
        self.original_file = None
        try:
            instance = super().save(commit=commit)
        except Exception:
            self.discard_stored_files()
            raise
        if commit:
            self.after_replacing_files()
            for storage, name in self._replaced:
                transaction.on_commit(partial(_delete_replaced, storage, name))
        return instance

    def after_replacing_files(self):
        """Called after a committed save; the replaced files are deleted once it commits."""


def _delete_replaced(storage, name):
    try:
        storage.delete(name)
    except STORAGE_ERRORS:
        logger.warning("Could not delete the replaced file %s", name, exc_info=True)


class DocumentForm(StoredUploadsFormMixin, BaseDocumentForm):
    """WAGTAILDOCS_DOCUMENT_FORM_BASE: checked uploads, stored where the collection's privacy
    says (``private/`` in a restricted collection)."""

    upload_kinds = {"file": DOCUMENT}

    def storage_prefix(self, field_name):
        return PRIVATE_PREFIX if document_wants_private(self.instance) else ""

    def _store(self, field_name):
        super()._store(field_name)
        field_file = self.instance.file
        if field_file and field_file._committed and "collection" in self.changed_data:
            # Moved to a collection with other privacy: copy the file to its new key now, so a
            # storage failure is an error on the form; the old key goes once the row is saved.
            old = field_file.name
            new = relocated_name(
                field_file.storage,
                old,
                private=document_wants_private(self.instance),
                max_length=field_file.field.max_length,
            )
            if new is not None:
                copy_stored_file(field_file.storage, old, new)
                field_file.name = new
                self._stored.append((field_file.storage, new))
                if (field_file.storage, old) not in self._stored:
                    self._replaced.append((field_file.storage, old))


class ImageForm(StoredUploadsFormMixin, BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: checked uploads (never SVG), stored while validating."""

    upload_kinds = {"file": IMAGE}

    def after_replacing_files(self):
        if self._replaced:
            # Renditions of the replaced picture; Wagtail deletes their files on commit.
            self.instance.renditions.all().delete()


class MediaForm(StoredUploadsFormMixin, BaseMediaForm):
    """wagtailmedia's MEDIA_FORM_BASE: checked recordings and thumbnails."""

    upload_kinds = {"file": "recording_kind", "thumbnail": IMAGE}

    def recording_kind(self):
        return AUDIO if self.instance.type == "audio" else VIDEO
