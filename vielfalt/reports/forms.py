from django import forms
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.vocabularies.models import LifePhase

from .models import ChainCell


class ChainCellForm(forms.Form):
    """Mark a life phase and topic of the chain as "does not apply", or unmark it."""

    life_phase = forms.ModelChoiceField(
        LifePhase.objects.filter(in_prevention_chain=True), label=_("Lebensphase")
    )
    forum = forms.ModelChoiceField(
        Forum.objects.public().exclude(status=Forum.Status.PROPOSED), label=_("Thema (Forum)")
    )
    does_not_apply = forms.BooleanField(
        label=_("Trifft in dieser Lebensphase nicht zu (keine Lücke)"), required=False
    )
    reason = forms.CharField(label=_("Begründung (öffentlich)"), max_length=300, required=False)

    def save(self) -> ChainCell | None:
        data = self.cleaned_data
        key = {"life_phase": data["life_phase"], "forum": data["forum"]}
        if not data["does_not_apply"]:
            ChainCell.objects.filter(**key).delete()
            return None
        cell, _created = ChainCell.objects.update_or_create(
            **key, defaults={"does_not_apply": True, "reason": data["reason"]}
        )
        return cell
