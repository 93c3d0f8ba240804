from django.shortcuts import render

from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation
from vielfalt.vocabularies.models import District

from .network_map import build_map


def network_map(request):
    """Public for organisations and forums; coordinators may add the people."""
    is_coordinator = request.user.has_perm("reports.view_reports")
    forums = Forum.objects.public().exclude(status=Forum.Status.PROPOSED)
    forum = forums.filter(slug=request.GET.get("forum", "")).first()
    district = District.objects.filter(slug=request.GET.get("district", "")).first()
    kind = request.GET.get("kind", "")
    if kind not in Organisation.Kind.values:
        kind = ""
    with_people = is_coordinator and request.GET.get("people") == "1"
    graph = build_map(
        forum=forum,
        kind=kind,
        district=district,
        public_only=not is_coordinator,
        with_people=with_people,
    )
    return render(
        request,
        "reports/network_map.html",
        {
            "graph": graph,
            "forums": forums,
            "forum": forum,
            "districts": District.objects.all(),
            "district": district,
            "kinds": Organisation.Kind.choices,
            "kind": kind,
            "is_coordinator": is_coordinator,
            "with_people": with_people,
        },
    )
