from django import forms
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from vielfalt.network.models import Person

from .models import Forum, ForumMembership


class ForumDescriptionForm(forms.ModelForm):
    """What moderators may change about their forum: its description."""

    class Meta:
        model = Forum
        fields = ["description", "description_en"]
        labels = {
            "description": _("Beschreibung"),
            "description_en": _("Beschreibung auf Englisch (freiwillig)"),
        }
        help_texts = {
            "description": _("Worum geht es im Forum? Wer arbeitet mit? Kurze, einfache Sätze."),
            "description_en": _("Leer lassen, dann erscheint auf Englisch der deutsche Text."),
        }


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        if obj.organisation:
            return f"{obj.name} ({obj.organisation.name})"
        return obj.name


def moderators_left(membership, new_role):
    """How many moderators the forum keeps if ``membership`` gets ``new_role``
    (None: removed). Locks the other moderators' rows: call inside a transaction."""
    others = len(
        ForumMembership.objects.select_for_update()
        .filter(forum_id=membership.forum_id, role=ForumMembership.Role.MODERATOR)
        .exclude(pk=membership.pk)
    )
    return others + (1 if new_role == ForumMembership.Role.MODERATOR else 0)


class LastModeratorCheck:
    """Moderators cannot leave a forum without moderation; coordinators can."""

    last_moderator_message = _(
        "Das Forum braucht mindestens eine Moderation. Bestimmen Sie zuerst eine andere "
        "Person als Moderation."
    )

    def check_moderators_left(self, new_role):
        if self.acting_user.is_coordinator:
            return
        if self.membership.role == ForumMembership.Role.MODERATOR and not moderators_left(
            self.membership, new_role
        ):
            raise forms.ValidationError(self.last_moderator_message, code="last_moderator")


class AddMemberForm(forms.Form):
    person = PersonChoiceField(
        label=_("Person"),
        queryset=Person.objects.none(),
        empty_label=_("– Person auswählen –"),
        help_text=_("Personen aus dem Netzwerk, die noch nicht in diesem Forum sind."),
    )
    role = forms.ChoiceField(
        label=_("Rolle"), choices=ForumMembership.Role.choices, initial=ForumMembership.Role.MEMBER
    )

    def __init__(self, forum, *args, **kwargs):
        self.forum = forum
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = (
            Person.objects.exclude(forum_memberships__forum=forum)
            .select_related("organisation")
            .order_by(Lower("name"))
        )

    def save(self):
        return ForumMembership.objects.create(
            forum=self.forum,
            person=self.cleaned_data["person"],
            role=self.cleaned_data["role"],
        )


class MembershipRoleForm(LastModeratorCheck, forms.Form):
    role = forms.ChoiceField(label=_("Rolle"), choices=ForumMembership.Role.choices)

    def __init__(self, membership, acting_user, *args, **kwargs):
        self.membership = membership
        self.acting_user = acting_user
        super().__init__(*args, **kwargs)

    def clean_role(self):
        role = self.cleaned_data["role"]
        self.check_moderators_left(role)
        return role

    def save(self):
        self.membership.role = self.cleaned_data["role"]
        self.membership.save(update_fields=["role"])
        return self.membership


class RemoveMemberForm(LastModeratorCheck, forms.Form):
    def __init__(self, membership, acting_user, *args, **kwargs):
        self.membership = membership
        self.acting_user = acting_user
        super().__init__(*args, **kwargs)

    def clean(self):
        self.check_moderators_left(None)
        return super().clean()

    def save(self):
        self.membership.delete()
