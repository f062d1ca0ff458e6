"""The benchmark dataset: BENCH_N resources per locale and the other content in proportion.

Run by `make bench` as ``python -m bench.dataset N INFO.json`` with ``DATABASE_URL`` pointing at
an empty SQLite file and ``DJANGO_SETTINGS_MODULE=bench.settings``. It migrates the file, then
fills it with bulk inserts (no per-object ``save()``, no revisions, no search indexing), so
10,000 resources x 3 locales build in well under a minute.

What it makes, for N resources per locale (see ``proportions``):

- a pool of 40 small distinct PNG images (Wagtail images, shared by every locale), with the
  renditions the API lists for every image made in advance (``IMAGE_RENDITIONS``); their files
  go to ``MEDIA_ROOT``, which ``bench.settings`` points at ``bench/results/media/``;
- topics, organisations (with focus areas, governorates and a logo from the pool), webinar
  series, webinars (with two speakers each), events (with organisers and related resources),
  resources (with topics, document languages, an organisation, related resources and a
  thumbnail from the pool), a home page per locale and standard pages under it (3,000 per
  locale for N = 10,000, the issue's baseline);
- for the stock Wagtail comparison, N resource pages per locale under each home page
  (``bench.stockpages.ResourcePage``): pages equivalent to the resources, with the same titles,
  summaries, abstracts, types, years, organisation, thumbnail and topics;
- everything in the source locale first, then one translation per other locale that shares
  the source's ``translation_key`` and points at the same locale's translations of what it
  refers to (as wagtail-localize's synchronised fields would);
- everything live and public. Files and recordings are left empty.
"""

import datetime
import io
import json
import random
import sys
import time
import uuid
from pathlib import Path

DATASET_VERSION = 2
FILTER_TOPIC = "human-rights"  # the topic slug the filtered benchmark endpoint asks for
IMAGE_POOL = 40  # distinct images, shared by every locale (thumbnails and logos)
IMAGE_SIZE = (480, 270)


def proportions(n):
    """How many of each thing per locale, for ``n`` resources per locale."""
    return {
        "resources": n,
        "topics": max(12, n // 400),
        "organizations": max(10, n // 20),
        "webinar_series": 5,
        "webinars": max(10, n // 10),
        "events": max(10, n // 10),
        "pages": max(10, n * 3 // 10),
        "resource_pages": n,  # the stock comparison's equivalent of the resources
    }


# Texts in the three demo languages; any other configured language gets the English ones.
TOPICS = [
    ("democracy", "Democracy", "الديمقراطية", "دیموکراسی"),
    ("human-rights", "Human rights", "حقوق الإنسان", "مافەکانی مرۆڤ"),
    ("governance", "Governance", "الحوكمة", "حوکمڕانی"),
    ("elections", "Elections", "الانتخابات", "هەڵبژاردنەکان"),
    ("womens-participation", "Women's participation", "مشاركة المرأة", "بەشداریی ئافرەتان"),
    ("youth", "Youth", "الشباب", "گەنجان"),
    ("freedom-of-expression", "Freedom of expression", "حرية التعبير", "ئازادیی ڕادەربڕین"),
    ("access-to-justice", "Access to justice", "الوصول إلى العدالة", "گەیشتن بە دادپەروەری"),
    ("anti-corruption", "Anti-corruption", "مكافحة الفساد", "دژایەتیی گەندەڵی"),
    ("peacebuilding", "Peacebuilding", "بناء السلام", "بنیاتنانی ئاشتی"),
    ("digital-security", "Digital security", "الأمن الرقمي", "ئاسایشی دیجیتاڵی"),
    ("minority-rights", "Minority rights", "حقوق الأقليات", "مافەکانی کەمینەکان"),
]
TEXTS = {
    "en": {
        "resource": [
            "Election monitoring toolkit",
            "Report on women's political participation",
            "Guide to freedom of expression online",
            "Policy brief on local governance",
            "Case study: community dialogue in Nineveh",
            "Training material on documenting human rights violations",
            "Dataset of civil society organisations",
            "Handbook on access to justice",
        ],
        "summary": "How member organisations documented and shared their work, with lessons "
        "for partners across Iraq ({n}).",
        "organization": [
            "Al-Amal Association",
            "Iraqi Network for Civic Education",
            "Kurdistan Human Rights Watch",
            "Basra Women's Forum",
            "Youth for Peace",
            "Mosul Legal Aid Centre",
        ],
        "org_description": "A member of the community of practice since its first year.",
        "series": [
            "What Works",
            "Voices from the field",
            "Digital rights hour",
            "Local governance talks",
            "Justice in practice",
        ],
        "session": "{series}: session {n}",
        "webinar_summary": "Practitioners compare what worked in their programmes.",
        "speaker_role": "Programme manager",
        "event": {
            "coordination-meeting": "Coordination meeting",
            "workshop": "Workshop on civic participation",
            "training": "Training on digital security",
        },
        "event_description": "Members meet to plan joint work for the coming quarter.",
        "cities": ["Erbil", "Baghdad", "Basra", "Mosul", "Sulaymaniyah"],
        "page": "Programme page {n}",
        "page_intro": "A programme of the community of practice.",
        "page_body": "Members meet twice a year to review the programme and plan the next steps.",
        "home": "Community of Practice",
    },
    "ar": {
        "resource": [
            "دليل أدوات مراقبة الانتخابات",
            "تقرير عن المشاركة السياسية للمرأة",
            "دليل حرية التعبير على الإنترنت",
            "موجز سياسات حول الحكم المحلي",
            "دراسة حالة: الحوار المجتمعي في نينوى",
            "مواد تدريبية حول توثيق انتهاكات حقوق الإنسان",
            "مجموعة بيانات منظمات المجتمع المدني",
            "كتيب حول الوصول إلى العدالة",
        ],
        "summary": "كيف وثّقت المنظمات الأعضاء عملها وشاركته، مع دروس للشركاء في جميع أنحاء "
        "العراق ({n}).",
        "organization": [
            "جمعية الأمل",
            "الشبكة العراقية للتربية المدنية",
            "مرصد حقوق الإنسان في كردستان",
            "منتدى نساء البصرة",
            "شباب من أجل السلام",
            "مركز الموصل للمساعدة القانونية",
        ],
        "org_description": "عضو في مجتمع الممارسة منذ عامه الأول.",
        "series": [
            "ما الذي ينجح",
            "أصوات من الميدان",
            "ساعة الحقوق الرقمية",
            "حوارات الحكم المحلي",
            "العدالة في الممارسة",
        ],
        "session": "{series}: الجلسة {n}",
        "webinar_summary": "يقارن الممارسون ما نجح في برامجهم.",
        "speaker_role": "مدير برنامج",
        "event": {
            "coordination-meeting": "اجتماع تنسيقي",
            "workshop": "ورشة عمل حول المشاركة المدنية",
            "training": "تدريب على الأمن الرقمي",
        },
        "event_description": "يجتمع الأعضاء للتخطيط للعمل المشترك في الربع القادم.",
        "cities": ["أربيل", "بغداد", "البصرة", "الموصل", "السليمانية"],
        "page": "صفحة البرنامج {n}",
        "page_intro": "برنامج من برامج مجتمع الممارسة.",
        "page_body": "يجتمع الأعضاء مرتين في السنة لمراجعة البرنامج والتخطيط للخطوات التالية.",
        "home": "مجتمع الممارسة",
    },
    "ckb": {
        "resource": [
            "کۆمەڵە ئامرازی چاودێریکردنی هەڵبژاردن",
            "ڕاپۆرت دەربارەی بەشداریی سیاسیی ئافرەتان",
            "ڕێبەری ئازادیی ڕادەربڕین لە ئینتەرنێت",
            "کورتەی سیاسەت دەربارەی حوکمڕانیی ناوخۆیی",
            "لێکۆڵینەوەی حاڵەت: دیالۆگی کۆمەڵگا لە نەینەوا",
            "کەرەستەی ڕاهێنان بۆ بەڵگەنامەکردنی پێشێلکارییەکانی مافی مرۆڤ",
            "داتای ڕێکخراوەکانی کۆمەڵگەی مەدەنی",
            "ڕێبەری گەیشتن بە دادپەروەری",
        ],
        "summary": "چۆن ڕێکخراوە ئەندامەکان کارەکانیان بەڵگەنامە کرد و هاوبەشییان کرد، لەگەڵ "
        "وانە بۆ هاوبەشەکان لە سەرانسەری عێراق ({n}).",
        "organization": [
            "کۆمەڵەی ئەمەل",
            "تۆڕی عێراقی بۆ پەروەردەی مەدەنی",
            "چاودێریی مافەکانی مرۆڤ لە کوردستان",
            "مەکۆی ئافرەتانی بەسرە",
            "گەنجان بۆ ئاشتی",
            "سەنتەری یارمەتیی یاسایی لە موسڵ",
        ],
        "org_description": "ئەندامێکی کۆمەڵگەی پراکتیک لە ساڵی یەکەمییەوە.",
        "series": [
            "چی سەردەکەوێت",
            "دەنگەکان لە مەیدانەوە",
            "کاتژمێری مافە دیجیتاڵییەکان",
            "گفتوگۆکانی حوکمڕانیی ناوخۆیی",
            "دادپەروەری لە کرداردا",
        ],
        "session": "{series}: دانیشتنی {n}",
        "webinar_summary": "پراکتیزەکاران بەراوردی ئەوە دەکەن کە چی لە بەرنامەکانیاندا "
        "سەرکەوتوو بوو.",
        "speaker_role": "بەڕێوەبەری بەرنامە",
        "event": {
            "coordination-meeting": "کۆبوونەوەی هەماهەنگی",
            "workshop": "وۆرکشۆپ دەربارەی بەشداریی مەدەنی",
            "training": "ڕاهێنان لەسەر ئاسایشی دیجیتاڵی",
        },
        "event_description": "ئەندامان کۆدەبنەوە بۆ پلاندانانی کاری هاوبەش بۆ چارەکی داهاتوو.",
        "cities": ["هەولێر", "بەغدا", "بەسرە", "موسڵ", "سلێمانی"],
        "page": "پەڕەی بەرنامە {n}",
        "page_intro": "بەرنامەیەکی کۆمەڵگەی پراکتیک.",
        "page_body": "ئەندامان ساڵی دوو جار کۆدەبنەوە بۆ پێداچوونەوەی بەرنامەکە.",
        "home": "کۆمەڵگەی پراکتیک",
    },
}
SERIES_SLUGS = ["what-works", "voices", "digital-rights", "local-governance", "justice"]
GOVERNORATE_OF_CITY = ["erbil", "baghdad", "basra", "nineveh", "sulaymaniyah"]
RESOURCE_TYPES = ["report", "toolkit", "guide", "policy-brief", "training-material", "case-study"]
ORG_KINDS = ["international-ngo", "local-ngo", "implementing-partner", "donor"]
EVENT_KINDS = ["coordination-meeting", "workshop", "training"]
EVENT_MODES = ["in-person", "online", "hybrid"]


def texts(locale):
    return TEXTS.get(locale.language_code, TEXTS["en"])


def topic_name(index, locale):
    base = TOPICS[index % len(TOPICS)]
    column = {"en": 1, "ar": 2, "ckb": 3}.get(locale.language_code, 1)
    suffix = f" {index // len(TOPICS) + 1}" if index >= len(TOPICS) else ""
    return base[column] + suffix


def topic_slug(index):
    slug = TOPICS[index % len(TOPICS)][0]
    return slug if index < len(TOPICS) else f"{slug}-{index // len(TOPICS) + 1}"


class Builder:
    """Fills the database for ``n`` resources per locale; see the module docstring."""

    def __init__(self, n, out=sys.stdout):
        from wagtail.models import Locale

        self.n = n
        self.counts = proportions(n)
        self.out = out
        self.rng = random.Random(20240601)
        self.now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        source = Locale.get_default()
        self.locales = [source, *Locale.objects.exclude(pk=source.pk).order_by("pk")]
        self.made = {}  # model label -> {locale_id: [objects, index-aligned across locales]}
        self.images = []  # the image pool's primary keys
        self.homes = {}  # locale_id -> the locale's home page

    def log(self, message, started):
        print(f"  {message} ({time.monotonic() - started:.1f} s)", file=self.out, flush=True)

    def live_fields(self, index):
        published = self.now - datetime.timedelta(hours=index)
        return {"live": True, "first_published_at": published, "last_published_at": published}

    def translated(self, label, model, count, make):
        """``count`` objects per locale made by ``make(index, locale, key)``, translations of
        the source locale's (same ``translation_key``); bulk-inserted, pks filled in."""
        keys = [uuid.uuid4() for _ in range(count)]
        self.made[label] = {}
        for locale in self.locales:
            objects = [make(i, locale, keys[i]) for i in range(count)]
            self.made[label][locale.pk] = model.objects.bulk_create(objects, batch_size=500)
        return self.made[label]

    def through(self, field, rows):
        """Bulk-insert many-to-many rows ``(from_pk, to_pk)`` for ``field`` (a model field)."""
        through = field.remote_field.through
        from_name = field.m2m_field_name() + "_id"
        to_name = field.m2m_reverse_field_name() + "_id"
        through.objects.bulk_create(
            [through(**{from_name: a, to_name: b}) for a, b in rows], batch_size=2000
        )

    def pick(self, count, how_many, index):
        """``how_many`` distinct indexes below ``count``, the same for every locale."""
        rng = random.Random(index * 7919 + count)
        return rng.sample(range(count), min(how_many, count))

    def image_id(self, index):
        """The pool's image for the index-th item (the same for all its translations)."""
        return self.images[index % len(self.images)]

    def build(self):
        for step in (
            self.image_pool,
            self.topics,
            self.organizations,
            self.resources,
            self.webinars,
            self.events,
            self.pages,
            self.resource_pages,
        ):
            started = time.monotonic()
            message = step()
            self.log(message, started)

    def image_pool(self):
        """Distinct small PNGs as Wagtail images, each with the API's renditions made."""
        from django.core.files.images import ImageFile
        from wagtail.images import get_image_model

        from cms.api.representations import IMAGE_RENDITIONS
        from cms.demo import make_png

        image_model = get_image_model()
        width, height = IMAGE_SIZE
        for i in range(IMAGE_POOL):
            name = f"bench-image-{i + 1}"
            image = image_model(
                title=f"Benchmark image {i + 1}",
                file=ImageFile(io.BytesIO(make_png(width, height, name)), name=f"{name}.png"),
                width=width,
                height=height,
            )
            image._set_image_file_metadata()
            image.save()
            image.get_renditions(*IMAGE_RENDITIONS.values())
            self.images.append(image.pk)
        return f"{IMAGE_POOL} images with {len(IMAGE_RENDITIONS)} renditions each"

    def topics(self):
        from resources.models import Topic

        count = self.counts["topics"]
        self.translated(
            "topics",
            Topic,
            count,
            lambda i, locale, key: Topic(
                translation_key=key,
                locale=locale,
                name=topic_name(i, locale),
                slug=topic_slug(i),
                description="",
            ),
        )
        return f"{count} topics per locale"

    def organizations(self):
        from organizations.models import Organization, OrganizationGovernorate

        count = self.counts["organizations"]

        def make(i, locale, key):
            names = texts(locale)["organization"]
            return Organization(
                translation_key=key,
                locale=locale,
                name=f"{names[i % len(names)]} {i + 1}",
                kind=ORG_KINDS[i % len(ORG_KINDS)],
                description=f"<p>{texts(locale)['org_description']}</p>",
                website=f"https://ngo-{i + 1}.example.org",
                contact_email=f"contact@ngo-{i + 1}.example.org",
                member_since=2015 + i % 10,
                logo_id=self.image_id(i),
                **self.live_fields(i),
            )

        made = self.translated("organizations", Organization, count, make)
        topics = self.made["topics"]
        field = Organization._meta.get_field("focus_areas")
        governorates = []
        for locale in self.locales:
            rows = []
            for i, org in enumerate(made[locale.pk]):
                rows += [
                    (org.pk, topics[locale.pk][t].pk)
                    for t in self.pick(len(topics[locale.pk]), 2, i)
                ]
                governorates += [
                    OrganizationGovernorate(organization_id=org.pk, governorate=code, sort_order=n)
                    for n, code in enumerate({GOVERNORATE_OF_CITY[i % 5], "baghdad"})
                ]
            self.through(field, rows)
        OrganizationGovernorate.objects.bulk_create(governorates, batch_size=2000)
        return f"{count} organisations per locale"

    def resources(self):
        from resources.models import Resource

        count = self.counts["resources"]
        orgs = self.made["organizations"]

        def make(i, locale, key):
            t = texts(locale)
            title = f"{t['resource'][i % len(t['resource'])]} {i + 1}"
            summary = t["summary"].format(n=i + 1)
            return Resource(
                translation_key=key,
                locale=locale,
                title=title,
                summary=summary,
                abstract=f"<p>{summary}</p>",
                resource_type=RESOURCE_TYPES[i % len(RESOURCE_TYPES)],
                organization_id=orgs[locale.pk][i % len(orgs[locale.pk])].pk,
                publication_year=2005 + i % 21,
                external_url=f"https://library.example.org/resources/{i + 1}",
                external_id=f"bench-{i + 1}",
                thumbnail_id=self.image_id(i),
                **self.live_fields(i),
            )

        made = self.translated("resources", Resource, count, make)
        topics = self.made["topics"]
        topic_rows, language_rows, related_rows = [], [], []
        for locale in self.locales:
            items = made[locale.pk]
            for i, resource in enumerate(items):
                topic_rows += [
                    (resource.pk, topics[locale.pk][t].pk)
                    for t in self.pick(len(topics[locale.pk]), 2, i)
                ]
                languages = {self.locales[0].pk, self.locales[i % len(self.locales)].pk}
                language_rows += [(resource.pk, pk) for pk in languages]
                related_rows += [
                    (resource.pk, items[r].pk) for r in self.pick(count, 3, i) if r != i
                ][:2]
        self.through(Resource._meta.get_field("topics"), topic_rows)
        self.through(Resource._meta.get_field("document_languages"), language_rows)
        self.through(Resource._meta.get_field("related_resources"), related_rows)
        return f"{count} resources per locale"

    def webinars(self):
        from webinars.models import Webinar, WebinarSeries, WebinarSpeaker

        series = self.translated(
            "series",
            WebinarSeries,
            self.counts["webinar_series"],
            lambda i, locale, key: WebinarSeries(
                translation_key=key,
                locale=locale,
                title=texts(locale)["series"][i % 5],
                slug=SERIES_SLUGS[i % 5] + ("" if i < 5 else f"-{i}"),
                description="",
            ),
        )
        count = self.counts["webinars"]

        def make(i, locale, key):
            t = texts(locale)
            row = series[locale.pk][i % len(series[locale.pk])]
            return Webinar(
                translation_key=key,
                locale=locale,
                title=t["session"].format(series=row.title, n=i + 1),
                series_id=row.pk,
                starts_at=self.now - datetime.timedelta(days=7 * (i + 1)),
                duration_minutes=60 + 30 * (i % 2),
                summary=f"<p>{t['webinar_summary']}</p>",
                video_url=f"https://video.example.org/webinars/{i + 1}",
                transcript="",
                **self.live_fields(i),
            )

        made = self.translated("webinars", Webinar, count, make)
        speaker_keys = [(uuid.uuid4(), uuid.uuid4()) for _ in range(count)]
        speakers, related = [], []
        resources = self.made["resources"]
        for locale in self.locales:
            for i, webinar in enumerate(made[locale.pk]):
                speakers += [
                    WebinarSpeaker(
                        translation_key=speaker_keys[i][n],
                        locale=locale,
                        webinar_id=webinar.pk,
                        sort_order=n,
                        name=f"Speaker {2 * i + n + 1}",
                        role=texts(locale)["speaker_role"],
                        organization="",
                    )
                    for n in range(2)
                ]
                related += [
                    (webinar.pk, resources[locale.pk][r].pk)
                    for r in self.pick(len(resources[locale.pk]), 2, i)
                ]
        WebinarSpeaker.objects.bulk_create(speakers, batch_size=1000)
        self.through(Webinar._meta.get_field("related_resources"), related)
        return f"{count} webinars per locale"

    def events(self):
        from events.models import Event

        count = self.counts["events"]

        def make(i, locale, key):
            t = texts(locale)
            kind = EVENT_KINDS[i % len(EVENT_KINDS)]
            mode = EVENT_MODES[i % len(EVENT_MODES)]
            # Half of them past, half upcoming.
            starts = self.now + datetime.timedelta(days=3 * (i - count // 2))
            return Event(
                translation_key=key,
                locale=locale,
                title=f"{t['event'][kind]} {i + 1}",
                kind=kind,
                mode=mode,
                starts_at=starts,
                ends_at=starts + datetime.timedelta(hours=6),
                city="" if mode == "online" else t["cities"][i % 5],
                governorate="" if mode == "online" else GOVERNORATE_OF_CITY[i % 5],
                online_url="" if mode == "in-person" else f"https://meet.example.org/{i + 1}",
                description=f"<p>{t['event_description']}</p>",
                agenda="",
                registration_url="",
                **self.live_fields(i),
            )

        made = self.translated("events", Event, count, make)
        orgs, resources = self.made["organizations"], self.made["resources"]
        organizers, related = [], []
        for locale in self.locales:
            for i, event in enumerate(made[locale.pk]):
                organizers += [
                    (event.pk, orgs[locale.pk][o].pk)
                    for o in self.pick(len(orgs[locale.pk]), 1 + i % 2, i)
                ]
                related += [
                    (event.pk, resources[locale.pk][r].pk)
                    for r in self.pick(len(resources[locale.pk]), 1, i)
                ]
        self.through(Event._meta.get_field("organizers"), organizers)
        self.through(Event._meta.get_field("related_resources"), related)
        return f"{count} events per locale"

    def child_pages(self, home, model, rows):
        """Bulk-insert ``model`` pages as children of ``home`` after the ones it has: ``Page``
        rows with treebeard paths and the home's ``numchild`` kept right, then the rows of
        ``model``'s own table. ``rows`` holds, per page, the ``Page`` fields that vary (title,
        slug, translation_key, index for the publication dates) and ``extension``, a dict of
        ``model``'s own columns. Returns the ``Page`` rows with their pks."""
        from django.contrib.contenttypes.models import ContentType
        from django.db import connection
        from django.db.models import F
        from wagtail.models import Page

        content_type = ContentType.objects.get_for_model(model)
        first = Page.objects.values_list("numchild", flat=True).get(pk=home.pk) + 1
        pages = Page.objects.bulk_create(
            [
                Page(
                    path=Page._get_path(home.path, home.depth + 1, first + n),
                    depth=home.depth + 1,
                    numchild=0,
                    translation_key=row["translation_key"],
                    locale_id=home.locale_id,
                    title=row["title"],
                    draft_title=row["title"],
                    slug=row["slug"],
                    url_path=f"{home.url_path}{row['slug']}/",
                    content_type=content_type,
                    seo_title="",
                    search_description="",
                    **self.live_fields(row["index"]),
                )
                for n, row in enumerate(rows)
            ],
            batch_size=500,
        )
        Page.objects.filter(pk=home.pk).update(numchild=F("numchild") + len(pages))
        names = list(rows[0]["extension"]) if rows else []
        columns = ", ".join(
            connection.ops.quote_name(model._meta.get_field(name).column)
            for name in ["page_ptr", *names]
        )
        values = ", ".join(["%s"] * (len(names) + 1))
        table = connection.ops.quote_name(model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} ({columns}) VALUES ({values})",
                [
                    (page.pk, *(row["extension"][name] for name in names))
                    for page, row in zip(pages, rows, strict=True)
                ],
            )
        return pages

    def pages(self):
        """A home page per locale (the source one is the default site's root) and standard
        pages under each, as plain tree rows (``child_pages``)."""
        from wagtail.models import Page, Site

        from home.models import HomePage, StandardPage

        root = Page.get_first_root_node()
        site = Site.objects.filter(is_default_site=True).first()
        # Wagtail's placeholder "Welcome" page goes, as the demo content does it.
        Site.objects.filter(root_page__depth=2).update(root_page=root)
        for page in root.get_children():
            page.delete()
        root.refresh_from_db()

        key = uuid.uuid4()
        for n, locale in enumerate(self.locales):
            home = HomePage(
                title=texts(locale)["home"],
                slug="home" if n == 0 else f"home-{locale.language_code}",
                intro=texts(locale)["page_intro"],
                locale=locale,
                translation_key=key,
                **self.live_fields(0),
            )
            root.add_child(instance=home)
            root.refresh_from_db()
            self.homes[locale.pk] = home
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=self.homes[self.locales[0].pk]
            )
        else:
            Site.objects.filter(pk=site.pk).update(root_page=self.homes[self.locales[0].pk])

        count = self.counts["pages"]
        keys = [uuid.uuid4() for _ in range(count)]
        for locale in self.locales:
            t = texts(locale)
            rows = []
            for i in range(count):
                body = [
                    {"type": "heading", "value": {"text": t["home"], "level": "h2"}},
                    {"type": "paragraph", "value": f"<p>{t['page_body']}</p>"},
                ]
                for block in body:
                    block["id"] = str(uuid.uuid4())
                rows.append(
                    {
                        "index": i,
                        "translation_key": keys[i],
                        "title": t["page"].format(n=i + 1),
                        "slug": f"programme-{i + 1}",
                        "extension": {"intro": t["page_intro"], "body": json.dumps(body)},
                    }
                )
            self.child_pages(self.homes[locale.pk], StandardPage, rows)
        return f"{count} standard pages and a home page per locale"

    def resource_pages(self):
        """Pages equivalent to the resources, for the stock Wagtail comparison: one
        ``ResourcePage`` per resource under its locale's home page, with the resource's
        title, fields, thumbnail and topics (translations share a ``translation_key``)."""
        from bench.stockpages.models import ResourcePage

        count = self.counts["resource_pages"]
        resources, topics = self.made["resources"], self.made["topics"]
        keys = [uuid.uuid4() for _ in range(count)]
        topic_rows = []
        for locale in self.locales:
            rows = [
                {
                    "index": i,
                    "translation_key": keys[i],
                    "title": resource.title,
                    "slug": f"resource-{i + 1}",
                    "extension": {
                        "summary": resource.summary,
                        "abstract": resource.abstract,
                        "resource_type": resource.resource_type,
                        "publication_year": resource.publication_year,
                        "organization": resource.organization_id,
                        "thumbnail": resource.thumbnail_id,
                    },
                }
                for i, resource in enumerate(resources[locale.pk][:count])
            ]
            pages = self.child_pages(self.homes[locale.pk], ResourcePage, rows)
            for i, page in enumerate(pages):
                # The same topics as the resource (``resources`` picks them the same way).
                topic_rows += [
                    (page.pk, topics[locale.pk][t].pk)
                    for t in self.pick(len(topics[locale.pk]), 2, i)
                ]
        self.through(ResourcePage._meta.get_field("topics"), topic_rows)
        return f"{count} resource pages per locale (the stock comparison's)"


def main(argv):
    import django

    n, info_path = int(argv[1]), Path(argv[2])
    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    started = time.monotonic()
    print(f"Building the benchmark dataset: {n:,} resources per locale", flush=True)
    call_command("migrate", verbosity=0, interactive=False)
    print(f"  migrated ({time.monotonic() - started:.1f} s)", flush=True)
    with connection.cursor() as cursor:  # a throwaway file: no need to survive a crash
        cursor.execute("PRAGMA synchronous = OFF")
    with transaction.atomic():
        builder = Builder(n)
        builder.build()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"  built in {time.monotonic() - started:.1f} s", flush=True)
    info = {
        "version": DATASET_VERSION,
        "n": n,
        "locales": [locale.language_code for locale in builder.locales],
        "per_locale": builder.counts,
        "images": len(builder.images),
        "build_seconds": round(time.monotonic() - started, 1),
    }
    info_path.write_text(json.dumps(info, indent=2))


if __name__ == "__main__":
    main(sys.argv)
