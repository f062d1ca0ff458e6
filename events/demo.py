"""Demo content for the events plugin: the CoP's coordination meetings, annual stakeholders
workshops and trainings (past and upcoming), organised by members of the directory and linked
to the library, with Arabic and Sorani translations where the demo texts have them. Declared
through the plugin registry (see events/apps.py)."""

import datetime
import html
import zoneinfo

from django.apps import apps
from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from cms.demo import collect_catalogue, find_by_words, publish_translation
from cms.plugins import DemoStep
from events.demo_content import EVENTS
from events.models import Event

LOCAL_TIME_ZONE = zoneinfo.ZoneInfo("Asia/Baghdad")
WORKING_DAYS = (6, 0, 1, 2, 3)  # Sunday to Thursday (Monday is 0)


def _html(tag, texts):
    return "".join(f"<{tag}>{html.escape(text, quote=False)}</{tag}>" for text in texts)


def _local(day, time_of_day):
    hour, minute = (int(part) for part in time_of_day.split(":"))
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=LOCAL_TIME_ZONE)


def _when(spec, today):
    """Start and end as aware datetimes. Upcoming events fall on the first working day at
    least ``in_days`` after ``today`` (the day the demo is loaded)."""
    if "in_days" in spec:
        day = today + datetime.timedelta(days=spec["in_days"])
        while day.weekday() not in WORKING_DAYS:
            day += datetime.timedelta(days=1)
        return _local(day, spec["starts"]), _local(day, spec["ends"])
    starts, ends = (
        datetime.datetime.strptime(spec[key], "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL_TIME_ZONE)
        for key in ("starts_at", "ends_at")
    )
    return starts, ends


def _organizers(position, kinds):
    """One live member organisation of each kind (a different one for each event), from the
    member directory; empty when the directory has none (it is another plugin's content)."""
    try:
        organization_model = apps.get_model("organizations", "Organization")
    except LookupError:
        return []
    members = organization_model.objects.filter(locale=Locale.get_default(), live=True)
    chosen = []
    for kind in kinds:
        candidates = list(members.filter(kind=kind).order_by("pk").values_list("pk", flat=True))
        if candidates:
            chosen.append(candidates[position % len(candidates)])
    if not chosen:
        everyone = list(members.order_by("pk").values_list("pk", flat=True))
        chosen = [everyone[position % len(everyone)]] if everyone else []
    return list(members.filter(pk__in=chosen))


def _source_event(spec):
    return Event.objects.filter(locale=Locale.get_default(), title=spec["title"]).first()


def create_event(spec, today):
    """One published source-language event."""
    event = _source_event(spec)
    if event is not None:
        return event
    starts_at, ends_at = _when(spec, today)
    event = Event(
        locale=Locale.get_default(),
        title=spec["title"],
        kind=spec["kind"],
        mode=spec["mode"],
        starts_at=starts_at,
        ends_at=ends_at,
        city=spec.get("city", ""),
        governorate=spec.get("governorate", ""),
        online_url=spec.get("online_url", ""),
        description=_html("p", spec["description"]),
        agenda=f"<ul>{_html('li', spec['agenda'])}</ul>",
        registration_url=spec.get("registration_url", ""),
    )
    event.organizers = _organizers(EVENTS.index(spec), spec["organizer_kinds"])
    event.related_resources = find_by_words("resources.Resource", spec.get("resource_words", ()))
    event.full_clean()
    event.save()
    event.save_revision().publish()
    return event


def create_events(upcoming):
    today = timezone.localdate(timezone=LOCAL_TIME_ZONE)
    for spec in EVENTS:
        if ("in_days" in spec) == upcoming:
            create_event(spec, today)


def translate_events(code):
    """Publish the translation of each event whose demo texts are written in ``code``."""
    locale = Locale.objects.get(language_code=code)
    for spec in EVENTS:
        if code not in spec["title"].translations:
            continue
        event = _source_event(spec)
        if not event.has_translation(locale):
            publish_translation(event, locale, collect_catalogue(spec, code))


def demo_steps():
    """Past events, upcoming events, then each language's translations."""
    steps = [
        DemoStep("Past meetings, workshops and trainings", lambda: create_events(upcoming=False)),
        DemoStep("Upcoming workshops and trainings", lambda: create_events(upcoming=True)),
    ]
    steps += [
        DemoStep(f"Events ({code})", lambda c=code: translate_events(c))
        for code in settings.CONTENT_LANGUAGE_CODES
        if code != settings.LANGUAGE_CODE and collect_catalogue(EVENTS, code)
    ]
    return steps
