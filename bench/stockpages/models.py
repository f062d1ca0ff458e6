"""A page type equivalent to a resource, for the benchmark's stock Wagtail comparison."""

from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page


class ResourcePage(Page):
    """A resource as a stock Wagtail site would model it: a page with the resource's fields.

    It exists only so the benchmark can list pages equivalent to resources through stock
    Wagtail API v2 (the issue's comparator); the project itself has no such page type.
    """

    summary = models.TextField(blank=True)
    abstract = RichTextField(blank=True)
    resource_type = models.CharField(max_length=30, blank=True)
    publication_year = models.PositiveSmallIntegerField(null=True, blank=True)
    organization = models.ForeignKey(
        "organizations.Organization",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    thumbnail = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField("resources.Topic", blank=True, related_name="+")

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    api_fields = [
        APIField("summary"),
        APIField("abstract"),
        APIField("resource_type"),
        APIField("publication_year"),
        APIField("organization"),
        APIField("thumbnail"),
        APIField("topics"),
    ]
