"""Webinar recordings and the series they belong to."""

import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.content import EditorialContent

DEFAULT_TIME_ZONE = "Asia/Baghdad"
TIME_ZONES = [(name, name) for name in sorted(zoneinfo.available_timezones())]


class WebinarSeries(TranslatableMixin, index.Indexed, models.Model):
    """A named series of webinars, such as "What Works"."""

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("The same in every language; used in API filters.")
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("webinar series")
        verbose_name_plural = _("webinar series")
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_series_slug_per_locale")
        ]

    def __str__(self):
        return self.title


class Webinar(EditorialContent):
    """A recorded webinar: who spoke, when, the recording, slides and transcript."""

    title = models.CharField(_("title"), max_length=255)
    series = models.ForeignKey(
        WebinarSeries,
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="webinars",
    )
    starts_at = models.DateTimeField(_("date and time"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=TIME_ZONES,
        default=DEFAULT_TIME_ZONE,
        help_text=_("The time zone the webinar was announced in."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), null=True, blank=True
    )
    summary = RichTextField(
        _("summary"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )
    recording = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("recording"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An uploaded audio or video file."),
    )
    video_url = models.URLField(
        _("video link"), blank=True, help_text=_("Or a YouTube/Vimeo link to embed.")
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("slides"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    transcript = models.TextField(_("transcript"), blank=True)
    related_resources = ParentalManyToManyField(
        "resources.Resource", verbose_name=_("related resources"), blank=True, related_name="+"
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("series"),
        FieldRowPanel(
            [FieldPanel("starts_at"), FieldPanel("time_zone"), FieldPanel("duration_minutes")]
        ),
        FieldPanel("summary"),
        InlinePanel("speakers", label=_("Speakers")),
        MultiFieldPanel(
            [FieldPanel("recording"), FieldPanel("video_url"), FieldPanel("slides")],
            heading=_("Recording and slides"),
        ),
        FieldPanel("transcript"),
        FieldPanel("related_resources", widget=forms.SelectMultiple),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=2),
        index.SearchField("transcript"),
        index.RelatedFields("series", [index.SearchField("title")]),
        index.RelatedFields(
            "speakers", [index.SearchField("name"), index.SearchField("organization")]
        ),
        index.FilterField("starts_at"),
        index.FilterField("series_id"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
    ]

    # Texts a listener reads are translated, speakers' roles included; the recording and
    # slides may be overridden per language (a dubbed recording, translated slides).
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("summary"),
        TranslatableField("transcript"),
        TranslatableField("speakers"),
        SynchronizedField("series", overridable=False),
        SynchronizedField("starts_at", overridable=False),
        SynchronizedField("time_zone", overridable=False),
        SynchronizedField("duration_minutes", overridable=False),
        SynchronizedField("recording", overridable=True),
        SynchronizedField("video_url", overridable=True),
        SynchronizedField("slides", overridable=True),
        SynchronizedField("related_resources", overridable=False),
    ]

    class Meta(EditorialContent.Meta):
        verbose_name = _("webinar")
        verbose_name_plural = _("webinars")
        ordering = ["-starts_at"]

    def __str__(self):
        return self.title

    @property
    def speaker_list(self):
        """Speakers as plain objects (API field)."""
        return [
            {"name": s.name, "role": s.role, "organization": s.organization}
            for s in self.speakers.all()
        ]

    def clean(self):
        super().clean()
        if self.recording_id and self.video_url:
            message = _("Give either an uploaded recording or a video link, not both.")
            raise ValidationError({"recording": message, "video_url": message})


class WebinarSpeaker(TranslatableMixin, Orderable):
    """Someone who spoke at a webinar."""

    webinar = ParentalKey(Webinar, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=255)
    role = models.CharField(_("role"), max_length=255, blank=True)
    organization = models.CharField(_("organisation"), max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organization")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return self.name
