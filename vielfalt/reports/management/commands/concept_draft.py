"""``manage.py concept_draft --output FILE``: the Integrationskonzept draft;
the format follows the file's suffix (.docx, .pdf, .html)."""

from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from vielfalt.reports.concept import build_concept, concept_forums
from vielfalt.reports.concept_documents import RENDERERS


class Command(BaseCommand):
    help = "Schreibt den Entwurf des Integrationskonzepts (DOCX, PDF oder HTML nach der Endung)."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="Datei: .docx, .pdf oder .html")
        parser.add_argument("--forums", default="", help="Kürzel der Foren, durch Kommas getrennt")
        parser.add_argument("--until", default="", help="Stichtag JJJJ-MM-TT (Standard: heute)")

    def handle(self, *args, output, forums, until, **options):
        path = Path(output)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in RENDERERS:
            raise CommandError("Die Endung muss .docx, .pdf oder .html sein.")
        try:
            cutoff = date.fromisoformat(until) if until else timezone.localdate()
        except ValueError as error:
            raise CommandError("--until erwartet ein Datum wie 2025-06-30.") from error
        slugs = [slug.strip() for slug in forums.split(",") if slug.strip()]
        chosen = concept_forums(slugs)
        unknown = set(slugs) - {forum.slug for forum in chosen}
        if unknown:
            raise CommandError(f"Unbekannte Foren: {', '.join(sorted(unknown))}")
        _content_type, render_document = RENDERERS[fmt]
        path.write_bytes(render_document(build_concept(chosen, cutoff)))
        self.stdout.write(f"{path} ({len(chosen)} Foren, Stand {cutoff.isoformat()})")
