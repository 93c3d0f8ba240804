"""The reports' part of the demo: events for professionals, chain fields that do
not apply, the introduction of the Integrationskonzept draft."""

from django.utils.translation import gettext as _

from vielfalt.forums.models import Forum
from vielfalt.offerings.models import Offering
from vielfalt.reports.models import ChainCell, ConceptIntroduction
from vielfalt.vocabularies.models import LifePhase

from .offerings import PREFIX
from .wuerselen import CHAIN_CELLS_NOT_APPLYING, CONCEPT_INTRODUCTION

# Demo offerings for professionals (further training, a day conference):
# they do not count in the Präventionskette.
PROFESSIONAL_OFFERINGS = ["praeventionskette-fachtag", "interkulturelle-fortbildung"]


def load(stdout):
    professional = Offering.objects.filter(
        external_id__in=[f"{PREFIX}{key}" for key in PROFESSIONAL_OFFERINGS]
    ).update(for_professionals=True)
    phases = LifePhase.objects.in_bulk(field_name="slug")
    forums = Forum.objects.in_bulk(field_name="slug")
    cells = 0
    for phase, forum, reason in CHAIN_CELLS_NOT_APPLYING:
        if phase in phases and forum in forums:
            ChainCell.objects.update_or_create(
                life_phase=phases[phase],
                forum=forums[forum],
                defaults={"does_not_apply": True, "reason": reason},
            )
            cells += 1
    title, text = CONCEPT_INTRODUCTION
    introduction = ConceptIntroduction.objects.order_by("pk").first()
    if introduction is None:
        ConceptIntroduction.objects.create(title=title, text=text)
    else:
        introduction.title, introduction.text = title, text
        introduction.save()
    stdout.write(
        _(
            "Berichte: %(professional)d Angebote für Fachkräfte, %(cells)d Felder der "
            "Präventionskette, die nicht zutreffen, die Einleitung des Integrationskonzepts"
        )
        % {"professional": professional, "cells": cells}
    )
