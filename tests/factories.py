"""Factories for the core page types and the test plugins' models."""

import factory
import wagtail_factories
from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage
from tests.sample_plugin.models import FieldNote


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Community home {n}")
    intro = "Where NGOs share what works."
    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Programme page {n}")
    intro = "A programme of the community."
    body = [("paragraph", "<p>Members meet twice a year.</p>")]

    class Meta:
        model = StandardPage


class FieldNoteFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Field note {n}")
    body = "Notes from a coordination meeting."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = FieldNote
