"""Demo content for the page types: the CoP's home page and about pages in every language
the demo texts are written in. Declared through the plugin registry (see home/apps.py)."""

import json

from django.conf import settings
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationSource

from cms.demo import collect_catalogue, get_or_create_demo_image, publish_translation
from cms.plugins import DemoStep
from home.demo_content import ABOUT_PAGES, HOME
from home.models import HomePage, StandardPage

WAGTAIL_WELCOME_PAGE_TITLE = "Welcome to your new Wagtail site!"


def _paragraph(text):
    return f"<p>{text}</p>"


def _body(blocks, pages_by_key, image=None, image_alt=""):
    """The StreamField value (block type, value) list for the source language."""
    body = []
    if image is not None:
        body.append(("image", {"image": image, "alt_text": str(image_alt), "caption": ""}))
    for block_type, value in blocks:
        if block_type == "paragraph":
            body.append(("paragraph", _paragraph(value)))
        elif block_type == "call_to_action":
            body.append(
                (block_type, {**value, "page": pages_by_key.get(value["page"]), "url": None})
            )
        else:
            body.append((block_type, value))
    return body


def _source_home():
    return HomePage.objects.filter(locale=Locale.get_default()).first()


def _source_page(key):
    home = _source_home()
    slug = next(page["slug"] for page in ABOUT_PAGES if page["key"] == key)
    return StandardPage.objects.child_of(home).filter(slug=slug).first() if home else None


def create_home_page():
    """The source-language home page, made the default site's root (replacing Wagtail's
    placeholder welcome page)."""
    home = _source_home()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(
            title=HOME["title"], slug=HOME["slug"], intro=HOME["intro"], locale=Locale.get_default()
        )
        placeholder = Page.objects.filter(
            depth=2, slug=HOME["slug"], title=WAGTAIL_WELCOME_PAGE_TITLE, numchild=0
        ).first()
        if placeholder and placeholder.specific_class is Page:
            Site.objects.filter(root_page=placeholder).update(root_page=root)
            placeholder.delete()
        root.add_child(instance=home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def create_about_page(spec):
    """One source-language page under the home page, with a generated picture."""
    home = _source_home()
    page = _source_page(spec["key"])
    if page is not None:
        return page
    image = get_or_create_demo_image(f"Demo: {spec['title']}", seed=spec["key"])
    page = StandardPage(
        title=spec["title"],
        slug=spec["slug"],
        intro=spec["intro"],
        body=_body(spec["body"], {}, image=image, image_alt=spec["image_alt"]),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def publish_home_body():
    """The home page's body, which links to the about pages, so it comes after them."""
    home = _source_home()
    if home.body:
        return home
    pages = {spec["key"]: _source_page(spec["key"]) for spec in ABOUT_PAGES}
    home.body = _body(HOME["body"], pages)
    home.save_revision().publish()
    return home


def translate(instance_getter, content, locale_code):
    locale = Locale.objects.get(language_code=locale_code)
    instance = instance_getter()
    if not instance.has_translation(locale):
        publish_translation(instance, locale, collect_catalogue(content, locale_code))


def localize_page_links(locale_code):
    """Point the translated home page's links at the translated pages.

    wagtail-localize keeps page links of a translation pointing at the source page unless a
    translator overrides them; a translator would pick the translated page, so the demo does.
    """
    locale = Locale.objects.get(language_code=locale_code)
    home = _source_home()
    source = TranslationSource.objects.get_for_instance_or_none(home)
    changed = False
    for segment in OverridableSegment.objects.filter(
        source=source, context__path__endswith=".page"
    ):
        target = Page.objects.get(pk=segment.data).get_translation_or_none(locale)
        if target is None:
            continue
        override, created = SegmentOverride.objects.get_or_create(
            locale=locale, context=segment.context, defaults={"data_json": json.dumps(target.pk)}
        )
        changed = changed or created
    if changed:
        source.translations.get(target_locale=locale).save_target(publish=True)


def demo_steps():
    """The steps that load the home and about pages, source first, then each translation."""
    steps = [DemoStep("Home page", create_home_page)]
    steps += [
        DemoStep(f"Page: {spec['title']}", lambda spec=spec: create_about_page(spec))
        for spec in ABOUT_PAGES
    ]
    steps.append(DemoStep("Home page body", publish_home_body))
    for code in settings.CONTENT_LANGUAGE_CODES:
        if code == settings.LANGUAGE_CODE or not collect_catalogue(HOME, code):
            continue
        steps.append(
            DemoStep(f"Home page ({code})", lambda c=code: translate(_source_home, HOME, c))
        )
        steps += [
            DemoStep(
                f"Page: {spec['title']} ({code})",
                lambda spec=spec, c=code: translate(lambda: _source_page(spec["key"]), spec, c),
            )
            for spec in ABOUT_PAGES
        ]
        steps.append(DemoStep(f"Home page links ({code})", lambda c=code: localize_page_links(c)))
    return steps
