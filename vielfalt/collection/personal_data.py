"""Personal data of the collection (see vielfalt.lib.personal_data): who created
an entry, who wrote an approach's update, and who made each recorded change.

Erasure keeps the entries, the updates and the history (they are the forum's
work, not the person's), but without the person: the author fields are
emptied and history records made by the person's login are marked so that
they show "gelöschte Person" once the login is deleted.
"""

from django.utils.translation import gettext_lazy as _

from vielfalt.lib.personal_data import Category, Subject

from . import triage_personal_data
from .history import ERASED_AUTHOR
from .models import ApproachUpdate, CrossCuttingNote, Entry


def erase_authorship(subject: Subject) -> int:
    touched = 0
    if subject.person is not None and subject.person.pk is not None:
        touched += Entry.objects.filter(created_by=subject.person).update(created_by=None)
        touched += ApproachUpdate.objects.filter(author=subject.person).update(author=None)
        touched += Entry.history.filter(created_by_id=subject.person.pk).update(created_by=None)
    if subject.user is not None and subject.user.pk is not None:
        for model in (Entry, CrossCuttingNote):
            touched += model.history.filter(history_user_id=subject.user.pk).update(
                history_user=None, history_change_reason=ERASED_AUTHOR
            )
    return touched


CATEGORIES = [
    Category(
        key="collection.authorship",
        name=_("Urheberschaft in der Sammlung der Foren"),
        data=_(
            "Wer einen Eintrag (Bestand, Bedarf, Lösungsansatz) angelegt, einen Fortschritt "
            "eingetragen oder einen Eintrag geändert hat, mit Datum der Änderung"
        ),
        subjects=_("Mitwirkende der Foren"),
        purpose=_("Nachvollziehen, wer in einem Forum was gesammelt und geändert hat"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW"),
        recipients=_("Koordinierungsstelle; Mitglieder des Forums"),
        retention=lambda: _(
            "Bis zur Löschung der Person; danach bleiben die Einträge und ihr Verlauf "
            "ohne Namen erhalten („gelöschte Person“)."
        ),
        erase=erase_authorship,
    ),
]

# The public suggestions and the triage decisions (who decided an impulse).
CATEGORIES += triage_personal_data.CATEGORIES
