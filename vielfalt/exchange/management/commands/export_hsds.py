"""Write all public offerings as Open Referral HSDS 3.0 JSON."""

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from vielfalt.exchange import hsds_export as hsds


class Command(BaseCommand):
    help = "Write the public offerings and their organizations as HSDS 3.0 JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", "-o", help="file to write (default: standard output)")

    def handle(self, *args: str, **options: Any) -> None:
        chunks = hsds.document_chunks(
            hsds.export_queryset().iterator(chunk_size=500),
            hsds.organisations_queryset().iterator(chunk_size=500),
        )
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8") as output:
                output.writelines(chunks)
        else:
            sys.stdout.writelines(chunks)
