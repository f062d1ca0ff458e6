"""Shared machinery for demo content: texts in several languages, generated files, and
translations made through wagtail-localize exactly as a translator's work would be stored.

Plugins build their demo content from these pieces and declare it through the registry
(``ContentPlugin.demo_content``); ``manage.py load_demo_content`` runs it.
"""

import html
import io
import math
import struct
import wave
import zlib

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationSource,
)

DEMO_TOOL_NAME = "CoP CMS demo content"


class T(str):
    """A text in the source language that carries its translations: ``T("Hello", ar="مرحبا")``.

    It is a ``str`` (the source text), so it can be used wherever the source value is needed.
    """

    def __new__(cls, source, **translations):
        text = super().__new__(cls, source)
        text.translations = translations
        return text


def collect_catalogue(value, language):
    """Map each source text inside ``value`` (nested dicts, lists, tuples) to its translation."""
    catalogue = {}

    def walk(item):
        if isinstance(item, T):
            if language in item.translations:
                catalogue[str(item)] = item.translations[language]
                # Rich text reaches wagtail-localize HTML-escaped.
                catalogue[html.escape(str(item), quote=False)] = html.escape(
                    item.translations[language], quote=False
                )
        elif isinstance(item, dict):
            for child in item.values():
                walk(child)
        elif isinstance(item, list | tuple):
            for child in item:
                walk(child)

    walk(value)
    return catalogue


class MissingDemoTranslation(Exception):
    """The demo catalogue lacks a translation for a text that wagtail-localize extracted."""


def publish_translation(instance, locale, catalogue):
    """Translate ``instance`` into ``locale`` with ``catalogue`` and publish it.

    The translation is stored the way a translator's work is (a wagtail-localize Translation
    with its string translations), so it shows as complete in the translation editor and is
    kept in sync when the source changes. Every extracted text must be in the catalogue.
    Returns the translated instance.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = source.stringsegment_set.select_related("string", "context")
    missing = [s.string.data for s in segments if s.string.data not in catalogue]
    if missing:
        raise MissingDemoTranslation(
            f"No {locale.language_code} translation for {instance!r}: {missing}"
        )
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": catalogue[segment.string.data],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": DEMO_TOOL_NAME,
            },
        )
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(publish=True)
    return instance.get_translation(locale)


def make_png(width, height, seed, label=""):
    """A small PNG made here (nothing is downloaded): a colour field with a few shapes."""
    rng = zlib.crc32(seed.encode("utf-8"))
    colours = [((rng >> shift) & 0xFF) for shift in (0, 8, 16, 24, 4, 12)]
    image = PILImage.new("RGB", (width, height), tuple(colours[:3]))
    draw = ImageDraw.Draw(image)
    for i in range(4):
        x = (rng >> (i * 3)) % width
        y = (rng >> (i * 5)) % height
        radius = max(width, height) // (3 + i)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=tuple(colours[3:]))
    if label:
        draw.text((24, height - 40), label, fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def make_pdf(title, lines=()):
    """A small valid one-page PDF made here, with an ASCII title and lines of text.

    PDF's standard fonts carry no Arabic glyphs, so demo files say in English what they are;
    the records that describe them are translated.
    """

    def escape(text):
        text = text.encode("ascii", "replace").decode("ascii")
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content_lines = ["BT", "/F1 18 Tf", "72 760 Td", f"({escape(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        content_lines += ["0 -20 Td", f"({escape(line)}) Tj"]
    content_lines.append("ET")
    stream = "\n".join(content_lines).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def make_wav(seconds=2.0, frequency=440.0, rate=8000):
    """A short mono WAV tone made here: a stand-in for a webinar's audio recording."""
    frames = bytearray()
    for i in range(int(seconds * rate)):
        sample = int(12000 * math.sin(2 * math.pi * frequency * i / rate))
        frames += struct.pack("<h", sample)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(bytes(frames))
    return buffer.getvalue()


def get_or_create_demo_document(title, filename, lines=()):
    """A Wagtail document holding a generated PDF; the same title gives back the same one."""
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing:
        return existing
    document = document_model(title=title, file=ContentFile(make_pdf(title, lines), name=filename))
    document._set_document_file_metadata()
    document.save()
    return document


def get_or_create_demo_image(title, seed, width=1200, height=630):
    """A Wagtail image generated from ``seed``; the same title gives back the same image."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    data = make_png(width, height, seed)
    filename = f"{seed}.png"
    return image_model.objects.create(
        title=title, file=ImageFile(io.BytesIO(data), name=filename), width=width, height=height
    )


def find_by_words(model_label, words, fields=("title",), limit=2):
    """Up to ``limit`` live source-language items of ``model_label`` (another plugin's model,
    reached through the model layer) whose ``fields`` mention one of ``words``: the first field
    and the first words first. Empty when that plugin is not installed."""
    try:
        model = apps.get_model(model_label)
    except LookupError:
        return []
    items = model.objects.filter(locale=Locale.get_default(), live=True)
    found = []
    for field in fields:
        for word in words:
            for item in items.filter(**{f"{field}__icontains": word}).order_by("pk")[:limit]:
                if item not in found:
                    found.append(item)
    return found[:limit]
