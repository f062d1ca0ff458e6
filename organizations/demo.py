"""Demo content for the member directory: the Community of Practice's 22 member organisations
and 24 local implementing partners, with generated logos, and Arabic and Sorani translations
where the demo texts have them. Declared through the plugin registry (see organizations/apps.py).

Organisations name topics of the resource library's taxonomy as focus areas. This plugin's demo
content loads before the library's (resources name their publishing organisation), so its first
steps are the library's own topic steps: the topics exist, translated, before any organisation
is created or translated.
"""

import html

from django.conf import settings
from wagtail.models import Locale

from cms.demo import collect_catalogue, get_or_create_demo_image, publish_translation
from cms.plugins import DemoStep
from organizations.demo_content import ORGANIZATIONS
from organizations.models import Organization, OrganizationGovernorate
from resources.demo import topic_steps

CHUNK_SIZE = 10  # organisations per step
LOGO_SIZE = 256


def _texts(spec):
    """Every text wagtail-localize extracts from one organisation."""
    return {"name": spec["name"], "description": spec["description"]}


def _source_organization(spec):
    return Organization.objects.filter(locale=Locale.get_default(), name=spec["name"]).first()


def create_organization(spec):
    """One organisation in the source language, published; found again by its name."""
    organization = _source_organization(spec)
    if organization is not None:
        return organization
    source = Locale.get_default()
    topic_model = Organization._meta.get_field("focus_areas").related_model
    logo = get_or_create_demo_image(
        f"Logo: {spec['name']}", seed=spec["domain"], width=LOGO_SIZE, height=LOGO_SIZE
    )
    organization = Organization(
        locale=source,
        name=spec["name"],
        kind=spec["kind"],
        description=f"<p>{html.escape(spec['description'], quote=False)}</p>",
        website=f"https://{spec['domain']}.example.org",
        logo=logo,
        contact_email=f"info@{spec['domain']}.example.org",
        member_since=spec["member_since"],
    )
    organization.focus_areas = list(
        topic_model.objects.filter(locale=source, slug__in=spec["focus_areas"])
    )
    organization.governorates = [
        OrganizationGovernorate(governorate=code) for code in spec["governorates"]
    ]
    organization.full_clean()
    organization.save()
    organization.save_revision().publish()
    return organization


def create_organizations(specs):
    for spec in specs:
        create_organization(spec)


def translate_organizations(specs, code):
    """Publish the translation into ``code`` of each organisation that has texts in it."""
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        return
    for spec in specs:
        catalogue = collect_catalogue(_texts(spec), code)
        organization = _source_organization(spec)
        if catalogue and not organization.has_translation(locale):
            publish_translation(organization, locale, catalogue)


def _chunks(specs):
    """(label, specs) for each run of CHUNK_SIZE organisations."""
    for start in range(0, len(specs), CHUNK_SIZE):
        chunk = specs[start : start + CHUNK_SIZE]
        yield f"Organisations {start + 1}-{start + len(chunk)}", chunk


def demo_steps():
    """The topics, the organisations in the source language, then each language's
    translations (only the chunks that have texts in that language)."""
    source = Locale.get_default().language_code
    steps = topic_steps()
    steps += [
        DemoStep(label, lambda chunk=chunk: create_organizations(chunk))
        for label, chunk in _chunks(ORGANIZATIONS)
    ]
    for code in settings.CONTENT_LANGUAGE_CODES:
        if code == source:
            continue
        steps += [
            DemoStep(
                f"{label} ({code})", lambda chunk=chunk, c=code: translate_organizations(chunk, c)
            )
            for label, chunk in _chunks(ORGANIZATIONS)
            if collect_catalogue([_texts(spec) for spec in chunk], code)
        ]
    return steps
