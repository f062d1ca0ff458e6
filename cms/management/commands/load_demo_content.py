"""Load the demo content of every installed content plugin."""

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from cms.plugins import plugins_in_demo_order


class Command(BaseCommand):
    """Load each content plugin's demo content, in dependency order, with a progress bar.

    Idempotent: every step looks for what it would create first, so running the command again
    adds only what is missing. With ``--if-empty`` it does nothing when any plugin already has
    content (that is how ``make run`` calls it, so staff edits are never touched).
    """

    help = "Load the demo content of every installed content plugin (safe to re-run)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when any content plugin already has content.",
        )

    def handle(self, *args, if_empty=False, verbosity=1, **options):
        plugins = plugins_in_demo_order()
        if if_empty and any(
            model.objects.exists() for plugin in plugins for model in plugin.get_models()
        ):
            self.stdout.write("Content already exists: demo content not loaded.")
            return

        steps = [(plugin, step) for plugin in plugins for step in plugin.get_demo_steps()]
        progress = tqdm(
            steps, desc="Demo content", unit="step", file=self.stderr, disable=verbosity == 0
        )
        for plugin, step in progress:
            progress.set_postfix_str(f"{plugin.name}: {step.label}"[:60])
            # One transaction per step: an interrupted run leaves whole steps, and re-running
            # carries on where it stopped.
            with transaction.atomic():
                step.run()
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded ({len(steps)} steps)."))
