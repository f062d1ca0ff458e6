"""The base every content plugin's main model builds on: editors get what pages give them.

Drafts and live versions, revisions, scheduled publishing, moderation workflows, locking,
preview, translation and search come from Wagtail's own mixins, in the order Wagtail documents.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin


class LiveQuerySet(SearchableQuerySetMixin, models.QuerySet):
    """Queries that readers' code starts from: only what is live."""

    def live(self):
        return self.filter(live=True)


class EditorialContent(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """An editable, translatable, searchable piece of content managed as a snippet."""

    _revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="%(app_label)s_%(class)s"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = LiveQuerySet.as_manager()

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "cms/content_preview.html"

    def get_preview_context(self, request, mode_name):
        return {"object": self, "fields": self.preview_fields()}

    def preview_fields(self):
        """(label, value) pairs shown in the admin preview; plugins may override."""
        return [
            (field.verbose_name, getattr(self, field.name))
            for field in self._meta.get_fields()
            if getattr(field, "concrete", False)
            and not field.is_relation
            and field.name not in {"id", "translation_key", "latest_revision", "live_revision"}
            and not field.name.startswith(("has_", "locked", "first_published", "last_published"))
        ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
