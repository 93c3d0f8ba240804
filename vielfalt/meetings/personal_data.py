"""Personal data of meetings: who is responsible for an action item, who uploaded
an attachment, who created a meeting, and who changed what (the history)
(see vielfalt.lib.personal_data).

Erasure keeps the meetings and their action items (they belong to the forum)
and takes the person out of them: an action item then names a "gelöschte
Person", and the history keeps the change without the name or login.
"""

from django.utils.translation import gettext_lazy as _

from vielfalt.lib.personal_data import Category, Subject

from .models import ActionItem, Attachment, Meeting


def erase(subject: Subject) -> int:
    """Take the person out of action items, attachments, meetings and their history."""
    touched = 0
    person = subject.person
    if person is not None and person.pk is not None:
        items = list(ActionItem.objects.filter(responsible=person))
        subject.note_erased(items)
        touched += ActionItem.objects.filter(responsible=person).update(
            responsible=None, responsible_name=""
        )
        touched += ActionItem.history.filter(responsible_id=person.pk).update(
            responsible_id=None, responsible_name=""
        )
        touched += Attachment.objects.filter(uploaded_by=person).update(uploaded_by=None)
        touched += Meeting.objects.filter(created_by=person).update(created_by=None)
        touched += Meeting.history.filter(created_by_id=person.pk).update(created_by_id=None)
    if subject.names:
        # Free-text names that are this person's (someone outside the forum at the time).
        touched += ActionItem.objects.filter(responsible_name__in=subject.names).update(
            responsible_name=""
        )
        touched += ActionItem.history.filter(responsible_name__in=subject.names).update(
            responsible_name=""
        )
    # The author of a change is kept as a bare user id: once the login is
    # deleted, the history shows "gelöschte Person" (see meetings.history).
    return touched


CATEGORIES = [
    Category(
        key="meetings.people",
        name=_("Personen in Forumstreffen"),
        data=_(
            "Zuständige Person einer Aufgabe (Mitglied oder Name), wer ein Treffen angelegt "
            "oder einen Anhang hochgeladen hat, wer wann was an Treffen und Aufgaben geändert hat"
        ),
        subjects=_("Mitglieder der Foren; in Aufgaben genannte Personen"),
        purpose=_("Treffen der Foren vorbereiten und festhalten, Aufgaben nachverfolgen"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW"),
        recipients=_("Mitglieder des Forums; Koordinierungsstelle"),
        retention=lambda: _(
            "Solange das Forum besteht; bei Löschung der Person wird ihr Name aus "
            "Aufgaben, Anhängen und dem Änderungsverlauf entfernt."
        ),
        erase=erase,
    ),
]
