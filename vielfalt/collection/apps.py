from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CollectionConfig(AppConfig):
    name = "vielfalt.collection"
    label = "collection"
    verbose_name = _("Sammlung der Foren")

    def ready(self) -> None:
        from vielfalt.forums import sections

        from . import (
            overview,
            triage_admin,  # noqa: F401 (registers the impulses' admin)
        )
        from .suggestions import register_sections

        sections.register_tab(sections.Tab(_("Sammlung"), "collection:board", 20))
        sections.register_section(
            sections.Section("collection-public", sections.PUBLIC, 20, overview.public_section)
        )
        sections.register_section(
            sections.Section(
                "collection-workspace", sections.WORKSPACE, 20, overview.workspace_section
            )
        )
        register_sections()
