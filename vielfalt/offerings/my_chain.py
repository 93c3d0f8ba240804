""" "My chain": a family's own Präventionskette from three answers.

The child's age (or the month of the pregnancy), the district and the family's
language choose the current and the next life phase of the chain and the
active public offerings of both, those in the family's district first, then
those in their language, then the rest of the town. Nothing is stored: the
answers are the query string of a shareable address.
"""

from dataclasses import dataclass, field

from django import forms
from django.db.models import BooleanField, Exists, OuterRef, QuerySet, Value
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from vielfalt.vocabularies.models import District, Language, LifePhase

from .models import Offering

PREGNANCY_MONTHS = range(1, 10)
MAX_AGE = 26
OFFERINGS_PER_PHASE = 12


def stage_choices() -> list[tuple[str, object]]:
    """The answers to "how old is your child?": the pregnancy months, then the years."""
    months = [
        (f"s{month}", _("Schwanger, %(month)d. Monat") % {"month": month})
        for month in PREGNANCY_MONTHS
    ]
    years = [
        (str(age), ngettext("%(age)d Jahr", "%(age)d Jahre", age) % {"age": age})
        for age in range(MAX_AGE + 1)
    ]
    return [
        ("", _("Bitte wählen")),
        (_("Schwangerschaft"), months),
        (_("Alter des Kindes"), years),
    ]


class MyChainForm(forms.Form):
    """The three questions (a GET form: the answers are the page's address)."""

    alter = forms.ChoiceField(label=_("Wie alt ist Ihr Kind?"), choices=())
    stadtteil = forms.ModelChoiceField(
        label=_("In welchem Stadtteil wohnen Sie?"),
        queryset=District.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("ganze Stadt"),
    )
    sprache = forms.ModelChoiceField(
        label=_("Welche Sprache sprechen Sie zu Hause?"),
        queryset=Language.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("keine Angabe"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["alter"].choices = stage_choices()
        self.fields["alter"].help_text = _(
            "Wenn Sie schwanger sind: der Monat der Schwangerschaft. Unter einem Jahr: 0 Jahre."
        )
        self.fields["sprache"].label_from_instance = language_label

    @property
    def pregnancy_month(self) -> int | None:
        stage = self.cleaned_data["alter"]
        return int(stage[1:]) if stage.startswith("s") else None

    @property
    def age(self) -> int | None:
        stage = self.cleaned_data["alter"]
        return None if stage.startswith("s") else int(stage)


def language_label(language: Language) -> str:
    """A language by its own name and, if that differs, by the reader's name for it."""
    native = language.native_name or language.label
    return native if native == language.label else f"{native} ({language.label})"


@dataclass
class ChainStep:
    phase: LifePhase
    is_next: bool
    offerings: list = field(default_factory=list)
    total: int = 0


@dataclass
class MyChain:
    steps: list[ChainStep]
    district: District | None
    language: Language | None
    pregnancy_month: int | None
    age: int | None

    @property
    def offerings(self) -> list:
        return [offering for step in self.steps for offering in step.offerings]


def chain_phases() -> list[LifePhase]:
    return list(LifePhase.objects.filter(in_prevention_chain=True))


def current_phase_index(phases: list[LifePhase], *, age: int | None) -> int | None:
    """The position of the phase for ``age`` in ``phases``; for a pregnancy (``age``
    None) the phase of the chain without ages, the one before birth."""
    for index, phase in enumerate(phases):
        if age is None:
            if phase.min_age is None:
                return index
        elif (
            phase.min_age is not None
            and phase.min_age <= age
            and (phase.max_age is None or age < phase.max_age)
        ):
            return index
    if age is not None:
        # The last phase of the chain also takes the age it ends with.
        for index, phase in enumerate(phases):
            if phase.max_age is not None and age == phase.max_age:
                return index
    return None


def offerings_for(
    phase: LifePhase, district: District | None, language: Language | None
) -> QuerySet[Offering]:
    """The running offerings for families of a phase (no events for professionals),
    near the family first, then in their language."""
    offerings = (
        Offering.objects.for_families()
        .filter(status=Offering.Status.ACTIVE, life_phases=phase)
        .with_details()
        .prefetch_related("texts")
    )
    if district is not None:
        nearby = Offering.locations.through.objects.filter(
            offering_id=OuterRef("pk"), location__district=district
        )
        offerings = offerings.annotate(is_near=Exists(nearby))
    else:
        offerings = offerings.annotate(is_near=Value(False, output_field=BooleanField()))
    if language is not None:
        spoken = Offering.languages.through.objects.filter(
            offering_id=OuterRef("pk"), language=language
        )
        offerings = offerings.annotate(in_language=Exists(spoken))
    else:
        offerings = offerings.annotate(in_language=Value(False, output_field=BooleanField()))
    return offerings.order_by("-is_near", "-in_language", "name", "pk")


def build_chain(form: MyChainForm) -> MyChain:
    """The family's chain from a valid form: the current phase and the next one."""
    age = form.age
    district = form.cleaned_data.get("stadtteil")
    language = form.cleaned_data.get("sprache")
    phases = chain_phases()
    index = current_phase_index(phases, age=age)
    steps = []
    if index is not None:
        for offset, phase in enumerate(phases[index : index + 2]):
            offerings = offerings_for(phase, district, language)
            shown = list(offerings[:OFFERINGS_PER_PHASE])
            steps.append(
                ChainStep(phase, is_next=offset == 1, offerings=shown, total=offerings.count())
            )
    return MyChain(steps, district, language, form.pregnancy_month, age)
