"""Fill the database with synthetic offerings, e.g. for the finder benchmark."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from vielfalt.demo import generator as generate


class Command(BaseCommand):
    help = _(
        "Erzeugt erfundene Organisationen, Orte und Angebote (gekennzeichnet mit „gen-“), "
        "z. B. für Lasttests. --clear entfernt vorher erzeugte Daten, und nur diese."
    )

    def add_arguments(self, parser):
        parser.add_argument("--offerings", type=int, help=_("Anzahl der Angebote (sonst 1000)"))
        parser.add_argument(
            "--organisations", type=int, help=_("Anzahl der Organisationen (sonst 50)")
        )
        parser.add_argument("--seed", type=int, help=_("Startwert für wiederholbare Inhalte"))
        parser.add_argument(
            "--clear", action="store_true", help=_("vorher erzeugte Daten zuerst entfernen")
        )
        parser.add_argument("--batch-size", type=int, default=2000)

    def handle(self, *args, **options):
        offerings, organisations = options["offerings"], options["organisations"]
        if options["clear"]:
            started = time.perf_counter()
            counts = generate.clear()
            self.stdout.write(
                _(
                    "%(offerings)d Angebote, %(locations)d Orte und %(organisations)d "
                    "Organisationen entfernt in %(seconds).1f s."
                )
                % {**counts, "seconds": time.perf_counter() - started}
            )
            if offerings is None and organisations is None:
                return
        offerings = 1000 if offerings is None else offerings
        organisations = 50 if organisations is None else organisations
        if offerings < 0 or organisations < 0:
            raise CommandError(_("Die Anzahlen dürfen nicht negativ sein."))
        if offerings and not organisations:
            raise CommandError(
                _("Angebote brauchen mindestens eine Organisation (--organisations).")
            )
        if options["batch_size"] < 1:
            raise CommandError(_("--batch-size muss mindestens 1 sein."))
        result = generate.generate(
            offerings,
            organisations,
            seed=options["seed"],
            batch_size=options["batch_size"],
            stdout=self.stdout,
        )
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "%(offerings)d Angebote, %(locations)d Orte und %(organisations)d "
                    "Organisationen erzeugt in %(seconds).1f s."
                )
                % {**result, "seconds": result["timings"]["total"]}
            )
        )
