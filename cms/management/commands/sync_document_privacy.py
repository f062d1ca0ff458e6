"""Move document files in or out of private storage to match their collections' privacy."""

from django.core.management.base import BaseCommand, CommandError

from cms.document_privacy import sync_document_files


class Command(BaseCommand):
    """Put every document's file where its collection's privacy says.

    The admin does this by itself when a restriction changes or a document moves; this command
    repairs what a storage failure at that moment left behind (the log says when). Safe to
    re-run: documents already in place are not touched.
    """

    help = "Move document files to match their collections' view restrictions (safe to re-run)."

    def handle(self, *args, **options):
        report = sync_document_files()
        self.stdout.write(
            f"{len(report.made_private)} document files made private, "
            f"{len(report.made_public)} made public."
        )
        if report.failed:
            raise CommandError(
                f"{len(report.failed)} document files could not be moved (ids "
                f"{', '.join(map(str, report.failed))}); run the command again."
            )
