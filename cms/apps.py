from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """The core: settings, plugin registry, API router, health checks and shared machinery."""

    name = "cms"
    verbose_name = _("CoP CMS core")

    def ready(self):
        from django.db.models.signals import post_migrate

        from cms.languages import sync_content_locales_after_migrate

        post_migrate.connect(sync_content_locales_after_migrate, sender=self)

        from cms.admin_library import register_library_menu

        register_library_menu()

        from cms.translation_listing import use_annotated_translation_buttons

        use_annotated_translation_buttons()

        from cms.api.http_cache import connect_invalidation_signals

        connect_invalidation_signals()

        from cms.document_privacy import connect_signals

        connect_signals()

        from cms.embeds import connect_signals as connect_embed_signals

        connect_embed_signals()
