"""Factories for the core page types and the test plugins' models."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
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


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = "resources.Topic"


class OrganizationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = "local-ngo"
    contact_email = factory.Sequence(lambda n: f"contact{n}@ngo.example.org")
    locale = factory.LazyFunction(Locale.get_default)
    live = True

    class Meta:
        model = "organizations.Organization"


class ResourceFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Election monitoring toolkit {n}")
    summary = "How observers documented the 2021 elections."
    resource_type = "toolkit"
    external_url = factory.Sequence(lambda n: f"https://library.example.org/resource-{n}")
    publication_year = 2021
    locale = factory.LazyFunction(Locale.get_default)
    live = True

    class Meta:
        model = "resources.Resource"


class WebinarSeriesFactory(factory.django.DjangoModelFactory):
    title = "What Works"
    slug = "what-works"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = "webinars.WebinarSeries"
        django_get_or_create = ("slug", "locale")


class WebinarFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"What Works webinar {n}")
    series = factory.SubFactory(WebinarSeriesFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=30))
    video_url = "https://video.example.org/what-works"
    locale = factory.LazyFunction(Locale.get_default)
    live = True

    class Meta:
        model = "webinars.Webinar"


class EventFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Coordination meeting {n}")
    kind = "coordination-meeting"
    mode = "in-person"
    city = "Erbil"
    governorate = "erbil"
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=6))
    locale = factory.LazyFunction(Locale.get_default)
    live = True

    class Meta:
        model = "events.Event"
