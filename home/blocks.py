"""StreamField blocks for page bodies."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.embeds import stored_embed

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    """A section heading at level 2, 3 or 4."""

    text = blocks.CharBlock(label=_("Text"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")


class ImageBlock(blocks.StructBlock):
    """An image with the alt text that describes it, and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        max_length=255,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=255, required=False)

    def get_api_representation(self, value, context=None):
        image = value["image"]
        return {
            "image": {
                "id": image.pk,
                "title": image.title,
                "width": image.width,
                "height": image.height,
                "url": image.file.url,
            }
            if image
            else None,
            "alt_text": value["alt_text"],
            "caption": value["caption"],
        }

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation and who said it."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), max_length=255, required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")


class CallToActionBlock(blocks.StructBlock):
    """A short invitation with a button that leads to a page or an external URL."""

    title = blocks.CharBlock(label=_("Title"), max_length=255)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External URL"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an external URL for the button, not both.")
            if not value.get("page"):
                message = _("Choose a page or enter an external URL for the button.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value

    def get_api_representation(self, value, context=None):
        page = value.get("page")
        return {
            "title": value["title"],
            "text": value["text"],
            "button_label": value["button_label"],
            "page": {"id": page.pk, "title": page.title, "url": page.url} if page else None,
            "url": value.get("url") or None,
        }

    class Meta:
        icon = "pick"
        label = _("Call to action")


class AchievementBlock(blocks.StructBlock):
    """One key figure, such as "85" with the label "resources in the library"."""

    figure = blocks.CharBlock(label=_("Figure"), max_length=20)
    label = blocks.CharBlock(label=_("Label"), max_length=255)

    class Meta:
        icon = "pick"
        label = _("Achievement")


class KeyAchievementsBlock(blocks.StructBlock):
    """A heading and a list of key figures with their labels."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=255)
    items = blocks.ListBlock(AchievementBlock(), label=_("Achievements"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Key achievements")


class EmbedWithCaptionBlock(blocks.StructBlock):
    """A video or other oEmbed content, from its URL."""

    embed = EmbedBlock(label=_("URL"), help_text=_("For example a YouTube or Vimeo link."))
    caption = blocks.CharBlock(label=_("Caption"), max_length=255, required=False)

    def get_api_representation(self, value, context=None):
        # Only what publishing stored (cms.embeds): reading EmbedValue.html would ask the
        # provider over the network while the reader waits.
        url = value["embed"].url if value["embed"] else None
        stored = stored_embed(url)
        return {
            "url": url,
            "html": stored.html if stored else None,
            "provider": stored.provider_name if stored else None,
            "caption": value["caption"],
        }

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "home/blocks/embed.html"


class BodyBlock(blocks.StreamBlock):
    """The blocks an editor can put in a page body."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedWithCaptionBlock()
    key_achievements = KeyAchievementsBlock()
