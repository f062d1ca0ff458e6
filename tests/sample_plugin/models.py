from django.db import models
from wagtail.models import TranslatableMixin


class FieldNote(TranslatableMixin, models.Model):
    """A short note from the field: the smallest translatable content a plugin can own."""

    title = models.CharField(max_length=255)
    body = models.TextField(blank=True)

    class Meta(TranslatableMixin.Meta):
        pass

    def __str__(self):
        return self.title
