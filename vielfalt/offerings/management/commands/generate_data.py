"""Fill the database with synthetic offerings, e.g. for the finder benchmark."""

import time

from django.core.management.base import BaseCommand, CommandError

from vielfalt.offerings import generate


class Command(BaseCommand):
    help = (
        "Creates synthetic organisations, locations and offerings (marked 'gen-'). "
        "--clear removes earlier generated data first, and only that."
    )

    def add_arguments(self, parser):
        parser.add_argument("--offerings", type=int, help="number of offerings (default 1000)")
        parser.add_argument(
            "--organisations", type=int, help="number of organisations (default 50)"
        )
        parser.add_argument("--seed", type=int, help="random seed, for repeatable content")
        parser.add_argument(
            "--clear", action="store_true", help="remove previously generated data first"
        )
        parser.add_argument("--batch-size", type=int, default=2000)

    def handle(self, *args, **options):
        offerings, organisations = options["offerings"], options["organisations"]
        if options["clear"]:
            started = time.perf_counter()
            counts = generate.clear()
            self.stdout.write(
                f"Removed {counts['offerings']} offerings, {counts['locations']} locations "
                f"and {counts['organisations']} organisations "
                f"in {time.perf_counter() - started:.1f} s."
            )
            if offerings is None and organisations is None:
                return
        offerings = 1000 if offerings is None else offerings
        organisations = 50 if organisations is None else organisations
        if offerings < 0 or organisations < 0:
            raise CommandError("Numbers must not be negative.")
        if offerings and not organisations:
            raise CommandError("Offerings need at least one organisation (--organisations).")
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1.")
        result = generate.generate(
            offerings,
            organisations,
            seed=options["seed"],
            batch_size=options["batch_size"],
            stdout=self.stdout,
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {result['offerings']} offerings, {result['locations']} locations "
                f"and {result['organisations']} organisations "
                f"in {result['timings']['total']:.1f} s."
            )
        )
