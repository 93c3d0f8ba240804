from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Max, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Lower
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vielfalt.lib import versions
from vielfalt.lib.compiled import CompiledQuery
from vielfalt.lib.forms import HONEYPOT_FIELD
from vielfalt.network.models import Person

from . import sections, services
from .forms import AddMemberForm, ForumDescriptionForm, MembershipRoleForm, RemoveMemberForm
from .models import Forum, ForumMembership, ForumMembershipRequest, Pledge
from .pledge_forms import PledgeForm

# Bumped by every change that the public forum pages show (vielfalt/pages/fragments.py):
# forums, memberships, people and organisations, the collection's entries.
PAGE_VERSION = "forums:pages"


def forum_list(request):
    def groups():  # called by the template on a miss of its cache only
        forums = list(Forum.objects.public())
        return [
            (status, label, found)
            for status, label in Forum.Status.choices
            if status != Forum.Status.CLOSED
            if (found := [f for f in forums if f.status == status])
        ]

    return render(request, "forums/forum_list.html", {"groups": groups, "page_key": list_key()})


# The forums' count, last change (a reactivation changes status with update(),
# which sends no signal) and version: the forum list's cache key.
_list_state = CompiledQuery(
    lambda: (
        Forum.objects.public()
        .order_by()
        .annotate(all=Value(1))
        .values("all")
        .annotate(
            count=Count("pk"), updated=Max("updated"), version=Max(versions.number(PAGE_VERSION))
        )
        .values_list("count", "updated", "version")
    )
)


def list_key():
    count, updated, version = _list_state.row() or (0, None, None)
    if not count:  # no row to read the version with
        version = versions.get(PAGE_VERSION)
    return f"{version}-{count}-{updated}"


# Is the forum public, and which rendering of its page is current: its version,
# status, last change and member count (memberships are also added by
# bulk_create, which sends no signal); and its confirmed pledges, shown live.
_page_state = CompiledQuery(
    lambda slug: (
        Forum.objects.public()
        .filter(slug=slug)
        .annotate(
            version=versions.number(PAGE_VERSION),
            member_count=Count("memberships"),
            pledge_count=Coalesce(
                Subquery(
                    Pledge.objects.confirmed()
                    .filter(forum=OuterRef("pk"))
                    .order_by()
                    .values("forum")
                    .annotate(count=Count("pk"))
                    .values("count")
                ),
                0,
            ),
        )
        .values_list("pk", "version", "status", "updated", "member_count", "pledge_count")
    ),
    "-slug-placeholder-",
)


def forum_detail(request, slug):
    state = _page_state.row(slug)
    if state is None:
        raise Http404
    pk, _version, status, _updated, member_count, pledge_count = state
    # What differs per visitor is rendered each time; the rest is cached
    # (forum_detail.html) and only a miss reads the forum and the rest.
    forum = SimpleLazyObject(lambda: Forum.objects.get(pk=pk))
    details = SimpleLazyObject(
        lambda: {
            "organisation_count": ForumMembership.objects.filter(
                forum_id=pk, person__organisation__isnull=False
            )
            .values("person__organisation")
            .distinct()
            .count(),
            "moderator_memberships": list(
                ForumMembership.objects.filter(forum_id=pk, role=ForumMembership.Role.MODERATOR)
                .select_related("person__organisation")
                .order_by("person__name")
            ),
        }
    )
    signed_in = request.user.is_authenticated
    return render(
        request,
        "forums/forum_detail.html",
        {
            "forum": forum,
            "slug": slug,
            "status": status,
            "member_count": member_count,
            "details": details,
            "page_key": "-".join(str(value) for value in state[:5]),
            "coordinators": Person.objects.public_coordinators(),
            "can_edit": signed_in and request.user.has_perm("forums.change_forum", forum),
            "can_view_members": signed_in and request.user.has_perm("forums.view_members", forum),
            "can_view_workspace": (
                signed_in and request.user.has_perm("forums.view_workspace", forum)
            ),
            # Public sections are the same for every visitor, so they are cached too.
            "parts": lambda: sections.parts(request, forum, sections.PUBLIC),
            **join_state(request, forum),
            **(
                pledge_state(request, forum, pledge_count) if status == Forum.Status.DORMANT else {}
            ),
        },
    )


def pledge_state(request, forum, pledge_count):
    """What a dormant forum's page shows about pledges to take it up."""
    signed_in = request.user.is_authenticated
    person = request.user.linked_person if signed_in else None
    return {
        "pledge_count": pledge_count,
        "own_pledge": (
            Pledge.objects.filter(forum=forum, person=person).first() if person else None
        ),
        "pledge_form": None if signed_in else PledgeForm(forum),
        "honeypot_field": HONEYPOT_FIELD,
        "can_reactivate": signed_in and request.user.has_perm("forums.reactivate_forum", forum),
    }


def workspace_forum_for(request, slug):
    """The forum of a workspace page: members and coordinators only; anyone
    else learns nothing about it (404, as for the member list)."""
    forum = get_object_or_404(Forum, slug=slug)
    if not request.user.has_perm("forums.view_workspace", forum):
        raise Http404
    return forum


@login_required
def forum_workspace(request, slug):
    """The members' overview of a forum: what the apps above forums contribute."""
    forum = workspace_forum_for(request, slug)
    return render(
        request,
        "forums/workspace.html",
        {
            "forum": forum,
            "active_tab": "forums:workspace",
            "parts": sections.parts(request, forum, sections.WORKSPACE),
            "can_edit": request.user.has_perm("forums.change_forum", forum),
        },
    )


def forum_for(request, slug, perm):
    """The forum named in the URL, if the user holds ``perm`` for it (else 403)."""
    forum = get_object_or_404(Forum, slug=slug)
    if not request.user.has_perm(perm, forum):
        raise PermissionDenied
    return forum


def after_change_url(forum):
    # Closed forums have no public page; send people back to the editing page.
    if forum.status == Forum.Status.CLOSED:
        return reverse("forums:edit", args=[forum.slug])
    return forum.get_absolute_url()


@login_required
def forum_edit(request, slug):
    forum = forum_for(request, slug, "forums.change_forum")
    form = ForumDescriptionForm(request.POST or None, instance=forum)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Die Beschreibung ist gespeichert."))
        return redirect(after_change_url(forum))
    return render(request, "forums/forum_edit.html", {"forum": forum, "form": form})


def members_forum_for(request, slug, perm="forums.manage_members"):
    """The forum of a members page. Who is no member (nor coordinator) learns
    nothing about its members: 404. Members without ``perm``: 403."""
    forum = get_object_or_404(Forum, slug=slug)
    if not request.user.has_perm("forums.view_members", forum):
        raise Http404
    if not request.user.has_perm(perm, forum):
        raise PermissionDenied
    return forum


@login_required
def forum_members(request, slug):
    forum = members_forum_for(request, slug, "forums.view_members")
    if not request.user.has_perm("forums.manage_members", forum):
        if request.method == "POST":
            raise PermissionDenied
        return render_members(request, forum)
    add_form = AddMemberForm(forum, request.POST or None)
    if request.method == "POST" and add_form.is_valid():
        with transaction.atomic():
            membership = add_form.save()
        messages.success(
            request,
            _("%(name)s ist jetzt im Forum (%(role)s).")
            % {"name": membership.person.name, "role": membership.get_role_display()},
        )
        return redirect("forums:members", slug=forum.slug)
    return render_members(request, forum, add_form=add_form)


def render_members(request, forum, add_form=None, failed=None, errors=None, status=200):
    """The members page; ``failed`` is the membership whose change was refused."""
    memberships = forum.memberships.select_related("person__organisation").order_by(
        "-role", Lower("person__name")
    )
    can_manage = request.user.has_perm("forums.manage_members", forum)
    pending = (
        forum.membership_requests.filter(status=ForumMembershipRequest.Status.PENDING)
        .select_related("person__organisation")
        .order_by("requested_at")
        if can_manage
        else ForumMembershipRequest.objects.none()
    )
    return render(
        request,
        "forums/forum_members.html",
        {
            "forum": forum,
            "can_manage": can_manage,
            "pending_requests": pending,
            "own_membership": next(
                (m for m in memberships if m.person.user_id == request.user.pk), None
            ),
            "memberships": memberships,
            "roles": ForumMembership.Role.choices,
            "add_form": add_form or AddMemberForm(forum),
            "failed_id": failed.pk if failed else None,
            "failed_errors": errors,
        },
        status=status,
    )


def change_membership(request, slug, membership_id, form_class, success_message):
    """Validate and save ``form_class`` for one membership of the forum, then report."""
    forum = members_forum_for(request, slug)
    membership = get_object_or_404(
        ForumMembership.objects.select_related("person"), pk=membership_id, forum=forum
    )
    with transaction.atomic():
        form = form_class(membership, request.user, request.POST)
        saved = form.is_valid()
        if saved:
            form.save()
    if not saved:
        return render_members(request, forum, failed=membership, errors=form.errors, status=400)
    messages.success(request, success_message(membership))
    return redirect(members_or_dashboard(request, forum))


@login_required
@require_POST
def forum_member_role(request, slug, membership_id):
    return change_membership(
        request,
        slug,
        membership_id,
        MembershipRoleForm,
        lambda membership: (
            _("%(name)s hat jetzt die Rolle „%(role)s“.")
            % {"name": membership.person.name, "role": membership.get_role_display()}
        ),
    )


@login_required
@require_POST
def forum_member_remove(request, slug, membership_id):
    return change_membership(
        request,
        slug,
        membership_id,
        RemoveMemberForm,
        lambda membership: (
            _("%(name)s ist nicht mehr im Forum.") % {"name": membership.person.name}
        ),
    )


def members_or_dashboard(request, forum):
    # A moderator who gave up their own moderation may no longer see the page.
    if request.user.has_perm("forums.manage_members", forum):
        return reverse("forums:members", args=[forum.slug])
    return reverse("dashboard:dashboard")


def join_state(request, forum):
    """What the forum page offers the visitor: join, pending, or leave."""
    person = request.user.linked_person if request.user.is_authenticated else None
    if person is None:
        return {"person": None, "own_membership": None, "pending_request": None}
    return {
        "person": person,
        "own_membership": ForumMembership.objects.filter(forum=forum, person=person).first(),
        "pending_request": ForumMembershipRequest.objects.filter(
            forum=forum, person=person, status=ForumMembershipRequest.Status.PENDING
        ).first(),
    }


def person_or_refuse(request):
    person = request.user.linked_person
    if person is None:
        messages.error(
            request,
            _("Ihr Konto ist mit keiner Person im Netzwerk verbunden. Die Koordination hilft."),
        )
    return person


@login_required
@require_POST
def forum_join(request, slug):
    forum = get_object_or_404(Forum.objects.public(), slug=slug)
    person = person_or_refuse(request)
    if person is None:
        return redirect(forum.get_absolute_url())
    result = services.request_to_join(forum, person, request.LANGUAGE_CODE)
    text = {
        services.JoinResult.REQUESTED: _(
            "Ihre Anfrage ist gestellt. Die Moderation des Forums entscheidet darüber."
        ),
        services.JoinResult.ALREADY_PENDING: _(
            "Sie haben schon angefragt. Bitte haben Sie Geduld."
        ),
        services.JoinResult.ALREADY_MEMBER: _("Sie sind schon Mitglied in diesem Forum."),
        services.JoinResult.KEPT_AS_MEMBER: _(
            "Sie sind als Mitglied eingetragen. Wenn das Forum wieder startet, sind Sie dabei."
        ),
    }[result]
    messages.success(request, text)
    return redirect(forum.get_absolute_url())


@login_required
@require_POST
def forum_request_decide(request, slug, request_id):
    forum = members_forum_for(request, slug)
    membership_request = get_object_or_404(
        ForumMembershipRequest.objects.select_related("person", "forum"),
        pk=request_id,
        forum=forum,
    )
    decision = request.POST.get("decision")
    if decision not in ("accept", "decline"):
        messages.error(request, _("Bitte wählen Sie „Annehmen“ oder „Ablehnen“."))
        return redirect("forums:members", slug=forum.slug)
    accept = decision == "accept"
    if not services.decide(membership_request, accept, request.user.linked_person):
        messages.error(request, _("Über diese Anfrage wurde schon entschieden."))
    elif accept:
        messages.success(
            request,
            _("%(name)s ist jetzt Mitglied im Forum.") % {"name": membership_request.person.name},
        )
    else:
        messages.success(
            request,
            _("Die Anfrage von %(name)s ist abgelehnt.") % {"name": membership_request.person.name},
        )
    return redirect("forums:members", slug=forum.slug)


@login_required
def forum_leave(request, slug):
    forum = get_object_or_404(Forum, slug=slug)
    membership = ForumMembership.objects.filter(forum=forum, person__user=request.user).first()
    if membership is None:
        raise Http404
    if request.method == "POST" and services.leave(membership):
        messages.success(
            request,
            _("Sie sind aus dem Forum %(name)s ausgetreten.") % {"name": forum.label},
        )
        return redirect(after_change_url(forum))
    with transaction.atomic():
        last_moderator = services.is_last_moderator(membership)
    return render(
        request,
        "forums/forum_leave.html",
        {"forum": forum, "membership": membership, "last_moderator": last_moderator},
        status=400 if request.method == "POST" else 200,
    )
