"""Personal data of the offerings app: contact persons of offerings (see vielfalt.lib.personal_data)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from vielfalt.lib.personal_data import Category, Subject

from .models import Offering


def erase(subject: Subject) -> int:
    """Remove the person as contact of offerings: the offering stays, their contact data goes."""
    query = Q(pk__in=[])
    for email in subject.emails:
        query |= Q(contact_email__iexact=email)
    for name in subject.names:
        query |= Q(contact_name__iexact=name)
    offerings = list(Offering.objects.filter(query))
    for offering in offerings:
        offering.contact_name = ""
        offering.contact_email = ""
        offering.contact_phone = ""
        offering.save(update_fields=["contact_name", "contact_email", "contact_phone"])
    return len(offerings)


CATEGORIES = [
    Category(
        key="offerings.contacts",
        name=_("Ansprechpersonen von Angeboten"),
        data=_("Name, E-Mail-Adresse und Telefon der Ansprechperson eines Angebots"),
        subjects=_("Beschäftigte und Ehrenamtliche der Anbieter"),
        purpose=_("Interessierten zeigen, an wen sie sich bei einem Angebot wenden"),
        legal_basis=_(
            "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW; die Anbieter geben die "
            "Ansprechperson mit deren Einverständnis an"
        ),
        recipients=_(
            "Alle Besucherinnen und Besucher der Website; Nutzende von Exporten (CSV, HSDS)"
        ),
        retention=lambda: _(
            "Solange das Angebot veröffentlicht ist; die Anbieter ändern oder entfernen sie jederzeit."
        ),
        erase=erase,
    )
]
