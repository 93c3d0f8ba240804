"""``manage.py load_demo``: the Würselen demo, safe to run again."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from vielfalt.demo.network import (
    DEMO_LOGINS,
    DEMO_PASSWORD,
    DEMO_TOTP_SECRET,
    demo_recovery_codes,
)

# The steps, in order: each module has a function ``load(stdout)`` that loads
# its part idempotently and writes one summary line. A later step may rely on
# what an earlier one created (people need organisations, memberships need
# people). A new app's demo goes into a module of vielfalt.demo, appended here.
STEPS = [
    "vielfalt.demo.vocabularies",
    "vielfalt.demo.network",
    "vielfalt.demo.forums",
    "vielfalt.demo.process",
    "vielfalt.demo.pages",
    "vielfalt.demo.offerings",
    "vielfalt.demo.offering_texts",
    "vielfalt.demo.synonyms",
    "vielfalt.demo.revival",
    "vielfalt.demo.meetings",
    "vielfalt.demo.collection",
    "vielfalt.demo.impulses",
    "vielfalt.demo.events",
    "vielfalt.demo.surveys",
    "vielfalt.demo.reports",
]


class Command(BaseCommand):
    help = _(
        "Lädt die Würselener Demo: Vokabulare, Organisationen, Personen, Foren, "
        "Prozessschritte, Seiten und drei Demo-Zugänge. Ein zweiter Lauf legt nichts "
        "doppelt an, setzt aber die Demo-Texte zurück."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            for step in STEPS:
                import_module(step).load(self.stdout)

        self.stdout.write(self.style.SUCCESS(_("Die Demo ist geladen.")))
        self.stdout.write("")
        self.stdout.write(_("Demo-Zugänge (es gibt sie nur in der Demo):"))
        for email, name, _organisation, position, _coordinator in DEMO_LOGINS:
            self.stdout.write(f"  {email}  –  {name}, {position}")
        self.stdout.write(_("Passwort für alle drei: %(password)s") % {"password": DEMO_PASSWORD})
        self.stdout.write(
            _(
                "Die Verwaltung fragt die Koordination nach einem zweiten Schritt: "
                "Schlüssel für eine Authenticator-App %(secret)s, oder einer dieser "
                "Wiederherstellungscodes (jeder einmal): %(codes)s"
            )
            % {"secret": DEMO_TOTP_SECRET, "codes": " ".join(demo_recovery_codes())}
        )
