"""Page types: the site's home page and standard content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock


class BasePage(Page):
    """What every content page has: an introduction and a StreamField body.

    Translation: every text in ``intro`` and ``body`` (including image alt text) is offered to
    translators by wagtail-localize; images and page links are synchronised from the source.
    """

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences shown in listings.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The site root for one language: the community's front page."""

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    template = "home/page.html"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(BasePage):
    """A page of text and media: about pages, programme descriptions, policies."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    template = "home/page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
