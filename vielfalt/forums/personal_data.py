"""Personal data of the forums app: memberships (see vielfalt.lib.personal_data)."""

from django.utils.translation import gettext_lazy as _

from vielfalt.lib.personal_data import Category, Subject

from .models import ForumMembership


def erase(subject: Subject) -> int:
    """Delete the person's memberships (deleting the person would cascade to them anyway)."""
    if subject.person is None or subject.person.pk is None:
        return 0
    memberships = list(ForumMembership.objects.filter(person=subject.person))
    subject.note_erased(memberships)
    ForumMembership.objects.filter(pk__in=[m.pk for m in memberships]).delete()
    return len(memberships)


CATEGORIES = [
    Category(
        key="forums.memberships",
        name=_("Mitgliedschaften in Foren"),
        data=_("Person, Forum, Rolle (Moderation oder Mitglied), Beitrittsdatum"),
        subjects=_("Mitwirkende der Foren"),
        purpose=_("Arbeit in den Themenforen organisieren, Rechte der Moderierenden"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW"),
        recipients=_("Koordinierungsstelle; Moderierende des Forums"),
        retention=lambda: _("Bis zum Austritt aus dem Forum oder der Löschung der Person."),
        erase=erase,
    )
]
