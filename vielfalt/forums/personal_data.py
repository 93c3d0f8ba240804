"""Personal data of the forums app: memberships and requests to join
(see vielfalt.lib.personal_data)."""

from django.utils.translation import gettext_lazy as _

from vielfalt.lib.personal_data import Category, Subject

from .models import ForumMembership, ForumMembershipRequest


def erase(subject: Subject) -> int:
    """Delete the person's memberships (deleting the person would cascade to them anyway)."""
    if subject.person is None or subject.person.pk is None:
        return 0
    memberships = list(ForumMembership.objects.filter(person=subject.person))
    subject.note_erased(memberships)
    ForumMembership.objects.filter(pk__in=[m.pk for m in memberships]).delete()
    return len(memberships)


def erase_requests(subject: Subject) -> int:
    """Delete the person's requests to join forums."""
    if subject.person is None or subject.person.pk is None:
        return 0
    requests = list(ForumMembershipRequest.objects.filter(person=subject.person))
    subject.note_erased(requests)
    ForumMembershipRequest.objects.filter(pk__in=[r.pk for r in requests]).delete()
    return len(requests)


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
    ),
    Category(
        key="forums.membership_requests",
        name=_("Beitrittsanfragen für Foren"),
        data=_(
            "Person, Forum, Status der Anfrage, Sprache, Datum der Anfrage und der Entscheidung, wer entschieden hat"
        ),
        subjects=_("Personen, die um Aufnahme in ein Forum bitten"),
        purpose=_("Über die Aufnahme in ein Forum entscheiden und die Person benachrichtigen"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW"),
        recipients=_("Koordinierungsstelle; Moderierende des Forums"),
        retention=lambda: _("Bis zur Löschung der Person."),
        erase=erase_requests,
    ),
]
