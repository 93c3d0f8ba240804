"""Pages for reviving a dormant forum: pledging (people of the network with
one button, the public with a form and a confirmation link) and the
coordinators' reactivation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from vielfalt.lib.forms import HONEYPOT_FIELD

from . import revival
from .models import Forum, Pledge
from .pledge_forms import PledgeForm
from .views import forum_for, person_or_refuse


def not_dormant_message():
    return _(
        "Dieses Forum ruht nicht. Zusagen zum Aufgreifen gibt es nur für ruhende Foren; "
        "es hat sich nichts geändert."
    )


def forum_pledge(request, slug):
    """The public's pledge form (also shown on the forum page); its POST."""
    forum = get_object_or_404(Forum.objects.public(), slug=slug)
    if not forum.is_dormant:
        messages.error(request, not_dormant_message())
        return redirect(forum.get_absolute_url())
    if request.user.is_authenticated:
        # People of the network pledge with the button on the forum page.
        return redirect(forum.get_absolute_url())
    form = PledgeForm(forum, request.POST or None)
    if request.method == "POST":
        if form.is_bot():
            return redirect("forums:pledge_check_mail")  # a bot learns nothing
        if revival.pledge_limit_reached(request):
            return render_pledge_form(request, forum, form, rate_limited=True)
        if form.is_valid():
            Pledge.objects.stale_unconfirmed().delete()
            with transaction.atomic():
                if not revival.consume_pledge(request):
                    return render_pledge_form(request, forum, form, rate_limited=True)
                revival.save_public_pledge(form.save())
            return redirect("forums:pledge_check_mail")
    return render_pledge_form(request, forum, form)


def render_pledge_form(request, forum, form, rate_limited=False):
    return render(
        request,
        "forums/pledge_form.html",
        {
            "forum": forum,
            "pledge_form": form,
            "honeypot_field": HONEYPOT_FIELD,
            "rate_limited": rate_limited,
        },
        status=429 if rate_limited else 200,
    )


@login_required
@require_POST
def forum_pledge_person(request, slug):
    """The one button for people of the network."""
    forum = get_object_or_404(Forum.objects.public(), slug=slug)
    person = person_or_refuse(request)
    if person is None:
        return redirect(forum.get_absolute_url())
    result = revival.pledge_as_person(forum, person, request.LANGUAGE_CODE)
    if result == revival.PledgeResult.NOT_DORMANT:
        messages.error(request, not_dormant_message())
    elif result == revival.PledgeResult.ALREADY:
        messages.info(request, _("Sie haben schon zugesagt. Danke!"))
    else:
        messages.success(
            request,
            _(
                "Danke! Ihre Zusage ist gezählt. Wenn das Forum wieder startet, "
                "bekommen Sie eine Mail."
            ),
        )
    return redirect(forum.get_absolute_url())


def pledge_check_mail(request):
    return render(request, "forums/pledge_check_mail.html")


def pledge_confirm(request, token):
    try:
        pledge = Pledge.from_token(token)
    except signing.SignatureExpired:
        return render(request, "forums/pledge_invalid.html", {"expired": True}, status=400)
    except signing.BadSignature:
        return render(request, "forums/pledge_invalid.html", {"expired": False}, status=400)
    if pledge.is_confirmed:
        return render_pledge_confirmed(request, pledge, already=True)
    if request.method == "POST":
        # A click that lost a race against another one is a replay too.
        return render_pledge_confirmed(request, pledge, already=not revival.confirm(pledge))
    # Mail scanners fetch links: only the button (a POST) confirms.
    return render(request, "forums/pledge_confirm.html", {"pledge": pledge})


def render_pledge_confirmed(request, pledge, already):
    return render(
        request,
        "forums/pledge_confirmed.html",
        {"pledge": pledge, "already": already},
        status=409 if already else 200,
    )


@login_required
def forum_reactivate(request, slug):
    """Coordinators bring a dormant forum back: a confirmation page, then one POST."""
    forum = forum_for(request, slug, "forums.reactivate_forum")
    if request.method == "POST":
        told = revival.reactivate(forum)
        if told is None:
            messages.warning(
                request,
                _("Das Forum %(name)s ruht nicht (mehr). Es hat sich nichts geändert.")
                % {"name": forum.label},
            )
        else:
            messages.success(
                request,
                ngettext(
                    "Das Forum %(name)s ist wieder aktiv. "
                    "%(count)d Person mit Zusage ist per Mail benachrichtigt.",
                    "Das Forum %(name)s ist wieder aktiv. "
                    "%(count)d Personen mit Zusage sind per Mail benachrichtigt.",
                    len(told),
                )
                % {"name": forum.label, "count": len(told)},
            )
        return redirect(forum.get_absolute_url())
    pledges = (
        Pledge.objects.confirmed()
        .filter(forum=forum)
        .select_related("person__organisation")
        .order_by("created")
    )
    return render(request, "forums/forum_reactivate.html", {"forum": forum, "pledges": pledges})
