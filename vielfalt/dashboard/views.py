"""Mein Bereich: the dashboard and the invitation page."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from vielfalt.accounts.forms import InvitationForm
from vielfalt.accounts.invitations import accept_invitation, user_from_invitation
from vielfalt.accounts.requests import AuthenticatedRequest
from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.meetings.models import ActionItem


@login_required
def dashboard(request: AuthenticatedRequest) -> HttpResponse:
    person = request.user.linked_person
    memberships: list[ForumMembership] = []
    open_items: list[ActionItem] = []
    if person is not None:
        found = ForumMembership.objects.filter(person=person).select_related("forum")
        memberships = sorted(found, key=lambda m: (m.forum.position, m.forum.name))
        open_items = list(
            ActionItem.objects.open()
            .for_person(person)
            .select_related("meeting__forum")
            .order_by(F("due_on").asc(nulls_last=True), "pk")
        )
    all_forums = Forum.objects.all() if request.user.is_coordinator else []
    return render(
        request,
        "dashboard/dashboard.html",
        {
            "person": person,
            "memberships": memberships,
            "all_forums": all_forums,
            "open_items": open_items,
            "today": timezone.localdate(),
        },
    )


@never_cache
@sensitive_post_parameters("password1", "password2")
def invitation(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    user = user_from_invitation(uidb64, token)
    if user is None:
        return render(request, "dashboard/invitation_invalid.html", status=400)
    form = InvitationForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = accept_invitation(
            uidb64, token, form.cleaned_data["name"], form.cleaned_data["password1"]
        )
        if user is None:  # another use of the same link was quicker
            return render(request, "dashboard/invitation_invalid.html", status=400)
        login(request, user, backend="allauth.account.auth_backends.AuthenticationBackend")
        messages.success(
            request, _("Willkommen! Ihr Passwort ist gespeichert, Sie sind angemeldet.")
        )
        return redirect("dashboard:dashboard")
    return render(request, "dashboard/invitation.html", {"form": form, "invited_user": user})
