from cms.plugins import DemoStep
from tests.sample_plugin.models import FieldNote


def create_note():
    FieldNote.objects.get_or_create(title="Notes from the Erbil coordination meeting")


def demo_steps():
    return [DemoStep("A field note", create_note)]
