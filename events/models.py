"""Events: coordination meetings, workshops and trainings, in person or online."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.content import EditorialContent, LiveQuerySet
from cms.geography import GOVERNORATES


class EventKind(models.TextChoices):
    COORDINATION_MEETING = "coordination-meeting", _("Coordination meeting")
    WORKSHOP = "workshop", _("Workshop")
    ANNUAL_STAKEHOLDERS_WORKSHOP = "annual-stakeholders-workshop", _("Annual stakeholders workshop")
    TRAINING = "training", _("Training")
    OTHER = "other", _("Other")


class EventMode(models.TextChoices):
    IN_PERSON = "in-person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class EventQuerySet(LiveQuerySet):
    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now())


class Event(EditorialContent):
    """A meeting, workshop or training, with where, when and who organises it."""

    title = models.CharField(_("title"), max_length=255)
    kind = models.CharField(_("kind"), max_length=40, choices=EventKind.choices)
    mode = models.CharField(_("mode"), max_length=20, choices=EventMode.choices)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    city = models.CharField(_("city"), max_length=100, blank=True)
    governorate = models.CharField(
        _("governorate"), max_length=30, choices=GOVERNORATES, blank=True
    )
    online_url = models.URLField(_("online link"), blank=True)
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )
    agenda = RichTextField(_("agenda"), blank=True, features=["h3", "bold", "italic", "ol", "ul"])
    organizers = ParentalManyToManyField(
        "organizations.Organization", verbose_name=_("organisers"), blank=True, related_name="+"
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    related_resources = ParentalManyToManyField(
        "resources.Resource", verbose_name=_("related resources"), blank=True, related_name="+"
    )

    objects = EventQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("mode")]),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("governorate")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("description"),
        FieldPanel("agenda"),
        FieldPanel("organizers", widget=forms.SelectMultiple),
        FieldPanel("registration_url"),
        FieldPanel("related_resources", widget=forms.SelectMultiple),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.SearchField("agenda"),
        index.SearchField("city"),
        index.RelatedFields("organizers", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("mode"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
    ]

    # Texts are translated (the city too: Erbil is أربيل and هەولێر); when, how and who
    # organises are facts about the one event, synchronised from the source.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("agenda"),
        TranslatableField("city"),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("mode", overridable=False),
        SynchronizedField("starts_at", overridable=False),
        SynchronizedField("ends_at", overridable=False),
        SynchronizedField("governorate", overridable=False),
        SynchronizedField("online_url", overridable=False),
        SynchronizedField("organizers", overridable=False),
        SynchronizedField("registration_url", overridable=True),
        SynchronizedField("related_resources", overridable=False),
    ]

    class Meta(EditorialContent.Meta):
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-starts_at"]

    def __str__(self):
        return self.title

    @property
    def is_upcoming(self):
        return self.ends_at >= timezone.now()

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The event cannot end before it starts.")
        if self.mode in (EventMode.IN_PERSON, EventMode.HYBRID) and not self.city:
            errors["city"] = _("Give the city of an in-person or hybrid event.")
        if self.mode in (EventMode.ONLINE, EventMode.HYBRID) and not self.online_url:
            errors["online_url"] = _("Give the link of an online or hybrid event.")
        if errors:
            raise ValidationError(errors)
