"""The resource library: documents and links shared by member organisations."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.content import EditorialContent

FIRST_YEAR = 1990


def latest_year():
    return datetime.date.today().year + 1


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject in the shared taxonomy (democracy, human rights, ...): resources are filed
    under topics and organisations name them as focus areas."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("The same in every language; used in API filters.")
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    # Names and descriptions are translated; the slug is what API filters use in every
    # language, so translations keep the source's.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class ResourceType(models.TextChoices):
    REPORT = "report", _("Report")
    TOOLKIT = "toolkit", _("Toolkit")
    GUIDE = "guide", _("Guide")
    POLICY_BRIEF = "policy-brief", _("Policy brief")
    TRAINING_MATERIAL = "training-material", _("Training material")
    CASE_STUDY = "case-study", _("Case study")
    DATASET = "dataset", _("Dataset")
    OTHER = "other", _("Other")


class Resource(EditorialContent):
    """A report, toolkit, guide or other material in the library, as a file or a link."""

    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    abstract = RichTextField(
        _("abstract"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )
    resource_type = models.CharField(
        _("type"), max_length=30, choices=ResourceType.choices, default=ResourceType.REPORT
    )
    topics = ParentalManyToManyField(Topic, blank=True, related_name="resources")
    document_languages = ParentalManyToManyField(
        "wagtailcore.Locale",
        verbose_name=_("document languages"),
        related_name="+",
        help_text=_("The languages the document itself is written in."),
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resources",
    )
    publication_year = models.PositiveSmallIntegerField(
        _("publication year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(latest_year)],
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_url = models.URLField(_("external link"), blank=True, max_length=500)
    thumbnail = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("thumbnail"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    related_resources = ParentalManyToManyField(
        "self", blank=True, symmetrical=False, verbose_name=_("related resources")
    )
    external_id = models.CharField(
        _("external ID"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("A stable ID from another system; imports use it to update, not duplicate."),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("abstract"),
        MultiFieldPanel(
            [
                FieldPanel("resource_type"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("document_languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("organization"),
                FieldPanel("publication_year"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("external_url"), FieldPanel("thumbnail")],
            heading=_("File or link"),
        ),
        FieldPanel("related_resources"),
        FieldPanel("external_id"),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=2),
        index.SearchField("abstract"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("organization", [index.SearchField("name")]),
        index.FilterField("resource_type"),
        index.FilterField("publication_year"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
    ]

    # Texts are translated. Classification, files and links are the same document in every
    # language, so they are synchronised from the source; the file and thumbnail may be
    # overridden by translators (an Arabic edition of a report, a thumbnail with Arabic text).
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("summary"),
        TranslatableField("abstract"),
        SynchronizedField("resource_type", overridable=False),
        SynchronizedField("topics", overridable=False),
        SynchronizedField("document_languages", overridable=False),
        SynchronizedField("organization", overridable=False),
        SynchronizedField("publication_year", overridable=False),
        SynchronizedField("document", overridable=True),
        SynchronizedField("external_url", overridable=True),
        SynchronizedField("thumbnail", overridable=True),
        SynchronizedField("related_resources", overridable=False),
        SynchronizedField("external_id", overridable=False),
    ]

    class Meta(EditorialContent.Meta):
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["-publication_year", "title"]
        indexes = [
            # clean() and the importer look resources up by external ID within a language.
            models.Index(fields=["external_id", "locale"], name="resource_external_id_locale"),
            # Readers' listings count and page through live items of one language.
            models.Index(fields=["live", "locale"], name="resource_live_locale"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if not self.document_id and not self.external_url:
            message = _("Attach a file or enter an external link: a resource needs one of them.")
            raise ValidationError({"document": message, "external_url": message})
        if self.external_id:
            clash = Resource.objects.filter(external_id=self.external_id, locale_id=self.locale_id)
            if clash.exclude(pk=self.pk).exists():
                raise ValidationError(
                    {"external_id": _("Another resource in this language has this external ID.")}
                )
