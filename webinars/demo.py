"""Demo content for the webinars plugin: the "What Works" series and its 24 webinars, with
generated recordings and slides, and Arabic and Sorani translations where the demo texts have
them. Declared through the plugin registry (see webinars/apps.py)."""

import datetime
import html
import textwrap
import zoneinfo

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.models import Locale
from wagtailmedia.models import get_media_model

from cms.demo import (
    collect_catalogue,
    find_by_words,
    get_or_create_demo_document,
    make_wav,
    publish_translation,
)
from cms.plugins import DemoStep
from webinars.demo_content import SERIES, SPEAKERS, WEBINARS
from webinars.models import DEFAULT_TIME_ZONE, Webinar, WebinarSeries, WebinarSpeaker

RECORDING_SECONDS = 2.0  # the generated tone stands in for the recording
MAX_RELATED_RESOURCES = 2


def _number(spec):
    """The webinar's place in the series (1 to 24), used in file names and links."""
    return WEBINARS.index(spec) + 1


def _texts(spec):
    """Everything wagtail-localize extracts from one webinar, speakers included."""
    return {
        "title": spec["title"],
        "summary": spec["summary"],
        "transcript": spec.get("transcript", ""),
        "speakers": [SPEAKERS[key] for key in spec["speakers"]],
    }


def _starts_at(spec):
    local = datetime.datetime.strptime(spec["starts_at"], "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE))


def _source_series():
    return WebinarSeries.objects.filter(locale=Locale.get_default(), slug=SERIES["slug"]).first()


def _source_webinar(spec):
    return Webinar.objects.filter(locale=Locale.get_default(), title=spec["title"]).first()


def _translation_languages(data):
    """The content languages other than the source that ``data`` has any texts for."""
    return [
        code
        for code in settings.CONTENT_LANGUAGE_CODES
        if code != settings.LANGUAGE_CODE and collect_catalogue(data, code)
    ]


def _recording(spec):
    """An uploaded audio recording: a short generated tone (nothing is downloaded)."""
    number = _number(spec)
    title = f"What Works {number:02d}: {spec['title']} (audio)"
    media_model = get_media_model()
    existing = media_model.objects.filter(title=title).first()
    if existing:
        return existing
    data = make_wav(seconds=RECORDING_SECONDS, frequency=330.0 + 10 * number)
    return media_model.objects.create(
        title=title,
        file=ContentFile(data, name=f"what-works-{number:02d}.wav"),
        type="audio",
        duration=RECORDING_SECONDS,
    )


def _slides(spec):
    number = _number(spec)
    speakers = ", ".join(str(SPEAKERS[key]["name"]) for key in spec["speakers"])
    lines = [
        f"What Works webinar {number} - {spec['starts_at']} (Baghdad)",
        f"Speakers: {speakers}",
        "",
        *textwrap.wrap(str(spec["summary"]), 80),
    ]
    return get_or_create_demo_document(
        f"What Works {number:02d}: {spec['title']} (slides)",
        f"what-works-{number:02d}-slides.pdf",
        lines,
    )


def create_series():
    series = _source_series()
    if series is None:
        series = WebinarSeries.objects.create(
            locale=Locale.get_default(),
            slug=SERIES["slug"],
            title=SERIES["title"],
            description=SERIES["description"],
        )
    return series


def create_webinar(spec):
    """One published source-language webinar, with its speakers, recording and slides."""
    webinar = _source_webinar(spec)
    if webinar is not None:
        return webinar
    locale = Locale.get_default()
    number = _number(spec)
    webinar = Webinar(
        locale=locale,
        title=spec["title"],
        series=_source_series(),
        starts_at=_starts_at(spec),
        time_zone=DEFAULT_TIME_ZONE,
        duration_minutes=spec["duration_minutes"],
        summary=f"<p>{html.escape(spec['summary'], quote=False)}</p>",
        transcript=spec.get("transcript", ""),
        slides=_slides(spec) if spec["slides"] else None,
    )
    # Either an uploaded recording or a video link, never both (Webinar.clean says so).
    if spec["recording"] == "audio":
        webinar.recording = _recording(spec)
    else:
        webinar.video_url = f"https://video.example.org/what-works-{number:02d}"
    webinar.speakers = [
        WebinarSpeaker(locale=locale, sort_order=order, **SPEAKERS[key])
        for order, key in enumerate(spec["speakers"])
    ]
    webinar.related_resources = find_by_words(
        "resources.Resource", spec["resource_words"], ("title", "summary"), MAX_RELATED_RESOURCES
    )
    webinar.full_clean()
    webinar.save()
    webinar.save_revision().publish()
    return webinar


def create_webinars(year):
    for spec in WEBINARS:
        if spec["starts_at"].startswith(str(year)):
            create_webinar(spec)


def translate_series(code):
    locale = Locale.objects.get(language_code=code)
    series = _source_series()
    if not series.has_translation(locale):
        publish_translation(series, locale, collect_catalogue(SERIES, code))


def translate_webinars(code):
    """Publish the translation of each webinar whose demo texts are written in ``code``."""
    locale = Locale.objects.get(language_code=code)
    for spec in WEBINARS:
        if code not in spec["title"].translations:
            continue
        webinar = _source_webinar(spec)
        if not webinar.has_translation(locale):
            publish_translation(webinar, locale, collect_catalogue(_texts(spec), code))


def demo_steps():
    """The series, the webinars year by year, then each language's translations."""
    steps = [DemoStep("What Works series", create_series)]
    years = sorted({spec["starts_at"][:4] for spec in WEBINARS})
    steps += [
        DemoStep(f"What Works webinars {year}", lambda year=year: create_webinars(year))
        for year in years
    ]
    for code in _translation_languages({"series": SERIES, "webinars": WEBINARS}):
        steps.append(DemoStep(f"What Works series ({code})", lambda c=code: translate_series(c)))
        steps.append(
            DemoStep(f"What Works webinars ({code})", lambda c=code: translate_webinars(c))
        )
    return steps
