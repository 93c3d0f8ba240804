"""Members keep their organisation's offerings current; coordinators all of them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vielfalt.network.models import Person

from ..models import Offering
from ..rules import user_organisation
from ..search import refresh_search_index
from ..text_forms import OfferingTextFormSet
from .forms import ManageFilterForm, NewLocationForm, OfferingForm, StatusForm

PAGE_SIZE = 25


def no_organisation(request, status=200):
    """Explain how a member gets linked to an organisation, with the coordinators' contact."""
    coordinators = Person.objects.public_coordinators()
    return render(
        request,
        "offerings/manage/no_organisation.html",
        {"coordinators": coordinators},
        status=status,
    )


@login_required
def manage(request):
    organisation = user_organisation(request.user)
    is_coordinator = request.user.is_coordinator
    if not is_coordinator and organisation is None:
        return no_organisation(request)

    offerings = Offering.objects.select_related("organisation").with_confirmation_mark()
    filter_form = None
    if is_coordinator:
        filter_form = ManageFilterForm(request.GET or None)
        offerings = filter_form.filter(offerings)
    else:
        offerings = offerings.filter(organisation=organisation)
    page = Paginator(offerings.order_by("name", "pk"), PAGE_SIZE).get_page(request.GET.get("seite"))
    return render(
        request,
        "offerings/manage/list.html",
        {
            "page": page,
            "organisation": organisation,
            "is_coordinator": is_coordinator,
            "filter_form": filter_form,
        },
    )


@login_required
def create(request):
    if not request.user.has_perm("offerings.add_offering"):
        if user_organisation(request.user) is None:
            return no_organisation(request, status=403)
        raise PermissionDenied
    return edit_offering(request, Offering())


def editable_offering_or_404(request, queryset, pk):
    """The offering if the user may change it; otherwise 404, as if it did not
    exist (a 403 would confirm that a draft of another organisation exists)."""
    offering = get_object_or_404(queryset, pk=pk)
    if not request.user.has_perm("offerings.change_offering", offering):
        raise Http404
    return offering


@login_required
def edit(request, pk):
    offering = editable_offering_or_404(
        request, Offering.objects.select_related("organisation"), pk
    )
    return edit_offering(request, offering)


def edit_offering(request, offering):
    """The form for a new or an existing offering; saving also confirms it."""
    fixed_organisation = None if request.user.is_coordinator else user_organisation(request.user)
    data = request.POST if request.method == "POST" else None
    initial = {"organisation": request.GET.get("organisation")} if offering.pk is None else {}
    form = OfferingForm(data, instance=offering, initial=initial, organisation=fixed_organisation)
    location_form = NewLocationForm(data)
    # A form posted without the translations part leaves the translations as they are.
    texts_data = data if data is not None and "texts-TOTAL_FORMS" in data else None
    texts = OfferingTextFormSet(texts_data, instance=offering, prefix="texts")
    texts_valid = texts.is_valid() if texts.is_bound else True

    if data is not None and all([form.is_valid(), location_form.is_valid(), texts_valid]):
        is_new = offering.pk is None
        with transaction.atomic():
            offering = form.save()
            if texts.is_bound:
                texts.instance = offering
                texts.save()
            location = location_form.save_for(offering.organisation)
            if location is not None:
                offering.locations.add(location)
            refresh_search_index([offering.pk])
        if is_new:
            messages.success(request, _("Das Angebot ist angelegt."))
        else:
            messages.success(request, _("Die Änderungen sind gespeichert und bestätigt."))
        return redirect("offerings:manage")

    return render(
        request,
        "offerings/manage/form.html",
        {"form": form, "location_form": location_form, "texts": texts, "offering": offering},
    )


@login_required
@require_POST
def change_status(request, pk):
    offering = editable_offering_or_404(request, Offering.objects.all(), pk)
    form = StatusForm(request.POST, offering=offering)
    if form.is_valid():
        messages.success(request, form.save())
    else:
        for error in form.errors.get("action", []):
            messages.error(request, error)
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(next_url)
    return redirect("offerings:manage")
