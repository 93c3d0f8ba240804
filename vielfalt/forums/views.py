from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, render

from vielfalt.network.models import Person

from .models import Forum, ForumMembership


def moderators_prefetch():
    """The forum's moderators, with the organisation each works for."""
    return Prefetch(
        "memberships",
        queryset=ForumMembership.objects.filter(role=ForumMembership.Role.MODERATOR)
        .select_related("person__organisation")
        .order_by("person__name"),
        to_attr="moderator_memberships",
    )


def forum_list(request):
    forums = (
        Forum.objects.public()
        .annotate(member_count=Count("memberships"))
        .prefetch_related(moderators_prefetch())
    )
    groups = [
        (status, label, [f for f in forums if f.status == status])
        for status, label in Forum.Status.choices
        if status != Forum.Status.CLOSED
    ]
    groups = [group for group in groups if group[2]]  # so that the template can say "none yet"
    return render(request, "forums/forum_list.html", {"groups": groups})


def forum_detail(request, slug):
    forum = get_object_or_404(
        Forum.objects.public()
        .annotate(
            member_count=Count("memberships"),
            organisation_count=Count("memberships__person__organisation", distinct=True),
        )
        .prefetch_related(moderators_prefetch()),
        slug=slug,
    )
    return render(
        request,
        "forums/forum_detail.html",
        {
            "forum": forum,
            "coordinators": Person.objects.coordinators()
            .public_contacts()
            .select_related("organisation"),
            "can_edit": request.user.has_perm("forums.change_forum", forum),
        },
    )
