from django import forms
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
    """Add a person of the network by their exact e-mail address.

    Moderators need no list of everyone in the network (with their
    organisations, public or not) to add one person: the address they know
    finds that person and nobody else."""

    email = forms.EmailField(
        label=_("E-Mail-Adresse der Person"),
        help_text=_(
            "Die Adresse, unter der die Person im Netzwerk eingetragen ist. "
            "Eine Liste aller Personen gibt es hier zum Schutz ihrer Daten nicht."
        ),
    )
    role = forms.ChoiceField(
        label=_("Rolle"), choices=ForumMembership.Role.choices, initial=ForumMembership.Role.MEMBER
    )

    def __init__(self, forum, *args, **kwargs):
        self.forum = forum
        self.person = None
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "off"

    def clean_email(self):
        email = self.cleaned_data["email"]
        people = Person.objects.filter(email__iexact=email).order_by("pk")
        if not people:
            raise forms.ValidationError(
                _(
                    "Unter dieser Adresse ist niemand im Netzwerk eingetragen. Prüfen Sie die "
                    "Schreibweise; neue Personen nimmt die Koordination auf."
                ),
                code="unknown",
            )
        newcomers = [person for person in people if not self.is_member(person)]
        if not newcomers:
            raise forms.ValidationError(
                _("%(name)s ist schon in diesem Forum.") % {"name": people[0].name},
                code="member",
            )
        self.person = newcomers[0]
        return email

    def is_member(self, person):
        return ForumMembership.objects.filter(forum=self.forum, person=person).exists()

    def save(self):
        return ForumMembership.objects.create(
            forum=self.forum, person=self.person, role=self.cleaned_data["role"]
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
