"""The retention jobs, run by ``manage.py daily``: delete what has outlived its period."""

from typing import TextIO

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import registry


def run(stdout: TextIO) -> None:
    names = {category.key: category.name for category in registry.categories()}
    with transaction.atomic():
        deleted = registry.purge(timezone.now())
    for key, count in deleted.items():
        text = _("Aufbewahrung %(name)s: %(count)d gelöscht.") % {
            "name": names[key],
            "count": count,
        }
        stdout.write(text + "\n")
