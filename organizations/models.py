"""The member directory: organisations of the Community of Practice."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.content import EditorialContent
from cms.geography import GOVERNORATES


class OrganizationKind(models.TextChoices):
    INTERNATIONAL_NGO = "international-ngo", _("International NGO")
    LOCAL_NGO = "local-ngo", _("Local NGO")
    IMPLEMENTING_PARTNER = "implementing-partner", _("Implementing partner")
    DONOR = "donor", _("Donor")


class Organization(EditorialContent):
    """A member of the community: an NGO, an implementing partner or a donor."""

    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=30, choices=OrganizationKind.choices)
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )
    focus_areas = ParentalManyToManyField(
        "resources.Topic", verbose_name=_("focus areas"), blank=True, related_name="organizations"
    )
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Staff only: never serialised by any API endpoint (see the plugin's api.py and its test).
    contact_email = models.EmailField(
        _("contact email"), blank=True, help_text=_("Visible to staff only, never published.")
    )
    member_since = models.PositiveSmallIntegerField(_("member since (year)"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("focus_areas", widget=forms.CheckboxSelectMultiple),
                InlinePanel("governorates", label=_("Governorates of work")),
            ],
            heading=_("Work"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("logo"),
                FieldPanel("contact_email"),
                FieldPanel("member_since"),
            ],
            heading=_("Contact"),
        ),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.RelatedFields("focus_areas", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
    ]

    # The name and description are translated (organisations often have an Arabic and a
    # Kurdish name); everything else describes the same organisation in every language.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("focus_areas", overridable=False),
        SynchronizedField("governorates", overridable=False),
        SynchronizedField("website", overridable=True),
        SynchronizedField("logo", overridable=True),
        SynchronizedField("contact_email", overridable=False),
        SynchronizedField("member_since", overridable=False),
    ]

    class Meta(EditorialContent.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def governorate_codes(self):
        """The codes of the governorates it works in (API field)."""
        return [row.governorate for row in self.governorates.all()]


class OrganizationGovernorate(Orderable):
    """One governorate an organisation works in."""

    organization = ParentalKey(Organization, on_delete=models.CASCADE, related_name="governorates")
    governorate = models.CharField(_("governorate"), max_length=30, choices=GOVERNORATES)

    panels = [FieldPanel("governorate")]

    class Meta(Orderable.Meta):
        verbose_name = _("governorate")
        verbose_name_plural = _("governorates")
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "governorate"], name="unique_organization_governorate"
            )
        ]

    def __str__(self):
        return self.get_governorate_display()
