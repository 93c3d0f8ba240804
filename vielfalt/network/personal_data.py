"""Personal data of the network app: people (see vielfalt.lib.personal_data)."""

from django.utils.translation import gettext_lazy as _

from vielfalt.lib.personal_data import Category, Subject


def erase(subject: Subject) -> int:
    """Delete the person; their forum memberships go with them (cascade)."""
    person = subject.person
    if person is None or person.pk is None:
        return 0
    subject.note_erased(person)
    person.delete()
    return 1


CATEGORIES = [
    Category(
        key="network.people",
        name=_("Personen im Netzwerk"),
        data=_(
            "Name, Organisation, Funktion, E-Mail-Adresse, Telefon, Rollen, interne Notizen; "
            "bei öffentlichem Kontakt Wortlaut und Zeitpunkt der Einwilligung"
        ),
        subjects=_("Mitwirkende der Organisationen im Netzwerk, Koordinierende"),
        purpose=_(
            "Zusammenarbeit im Netzwerk koordinieren; Ansprechpersonen öffentlich nennen, "
            "wenn die Person eingewilligt hat"
        ),
        legal_basis=_(
            "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW (Aufgabe der Kommune); "
            "öffentlicher Kontakt: Einwilligung, Art. 6 Abs. 1 lit. a DSGVO"
        ),
        recipients=_(
            "Koordinierungsstelle; Moderierende der Foren, in denen die Person Mitglied ist; "
            "öffentliche Kontakte: alle Besucherinnen und Besucher der Website"
        ),
        retention=lambda: _(
            "Bis die Person das Netzwerk verlässt und die Koordination sie löscht; "
            "der öffentliche Kontakt bis zum Widerruf der Einwilligung."
        ),
        erase=erase,
    )
]
