"""Create the superuser named in the environment, once."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    """Create a superuser from DJANGO_SUPERUSER_USERNAME and DJANGO_SUPERUSER_PASSWORD.

    Does nothing when the variables are unset or the user already exists, so ``make run`` can
    call it every time. An existing user's password is never changed.
    """

    help = "Create the superuser named by DJANGO_SUPERUSER_USERNAME/PASSWORD if it is missing."

    def handle(self, *args, **options):
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", "")
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD", "")
        if not username or not password:
            self.stdout.write("DJANGO_SUPERUSER_USERNAME/PASSWORD not set: no superuser created.")
            return
        user_model = get_user_model()
        if user_model.objects.filter(**{user_model.USERNAME_FIELD: username}).exists():
            self.stdout.write(f"Superuser {username!r} already exists.")
            return
        if len(password) < 8:
            raise CommandError("DJANGO_SUPERUSER_PASSWORD must be at least 8 characters long.")
        user_model.objects.create_superuser(
            username=username,
            email=os.environ.get("DJANGO_SUPERUSER_EMAIL", ""),
            password=password,
        )
        self.stdout.write(self.style.SUCCESS(f"Superuser {username!r} created."))
