"""The demo's everyday words: what families and professionals call the same help.

Each group lists the words of the offerings (``offerings.OFFERINGS``) beside
the words a family types, in German and in the English a newcomer uses, so
that "Schwangerschaftsberatung" finds the midwife consultations, "Nachhilfe"
the homework help and "swimming" the swimming courses. Coordinators edit
them in the back office (Begriffsgruppen). ``load()`` matches a group by its
first term, so loading twice duplicates nothing (and resets the terms).
"""

from django.db import transaction
from django.utils.translation import gettext as _

from vielfalt.offerings.folding import normalise
from vielfalt.offerings.synonyms import SynonymGroup

GROUPS = [
    "Schwangerschaftsberatung, Schwangerenberatung, Hebammensprechstunde, Hebammenberatung, Hebamme, midwife, pregnancy counselling",
    "Schwangerschaft, schwanger, Schwangere, pregnancy, pregnant, hamile",
    "Nachhilfe, Hausaufgabenhilfe, Hausaufgaben, Lernhilfe, Lernförderung, Lernbüro, tutoring, homework help, homework",
    "Deutschkurs, Sprachkurs, Integrationskurs, Deutsch lernen, Deutsch als Zweitsprache, German course, language course, German lessons, Almanca kursu",
    "Kita, Kindergarten, Kindertagesstätte, Kindertageseinrichtung, daycare, nursery",
    "Schwimmkurs, Schwimmen, Seepferdchen, swimming, swimming lessons, yüzme",
    "Elterncafé, Müttercafé, Elterntreff, Familiencafé, parents café, parent café",
    "Erziehungsberatung, Familienberatung, Elternberatung, parenting advice, family counselling",
    "Ausbildung, Ausbildungsplatz, Lehrstelle, apprenticeship, vocational training",
    "Job, Jobsuche, Arbeitsplatz, Arbeitssuche, employment, job search",
    "Sport, Bewegung, sports, exercise",
    "Beratung, Sprechstunde, counselling, counseling, advice, consultation",
    "Krabbelgruppe, Spielgruppe, Eltern-Kind-Gruppe, playgroup, toddler group, baby group",
    "Kinderarzt, Kinderärztin, paediatrician, pediatrician, children's doctor",
    "Schuldnerberatung, Schulden, debt advice, debts",
    "Wohnungsberatung, Wohnungssuche, housing, flat hunting",
    "Senioren, ältere Menschen, elderly, older people",
    "Geflüchtete, Flüchtlinge, refugees, refugee, Asyl, asylum",
    "Musik, music, Chor, choir",
]


@transaction.atomic
def load(stdout=None):
    """Create or update the demo's groups; returns how many there are."""
    existing = {}
    for group in SynonymGroup.objects.all():
        terms = group.term_list()
        if terms:
            existing[normalise(terms[0])] = group
    for text in GROUPS:
        first = normalise(text.split(",")[0].strip())
        group = existing.get(first) or SynonymGroup()
        group.terms = text
        group.full_clean()
        group.save()
    if stdout is not None:
        stdout.write(_("Begriffsgruppen: %(count)d für die Suche") % {"count": len(GROUPS)})
    return len(GROUPS)
