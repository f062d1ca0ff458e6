from django.db import models
from wagtail.models import TranslatableMixin


class Term(TranslatableMixin, models.Model):
    """A glossary term and its definition."""

    term = models.CharField(max_length=255)
    definition = models.TextField()

    class Meta(TranslatableMixin.Meta):
        pass

    def __str__(self):
        return self.term
