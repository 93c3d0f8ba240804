from django.contrib import messages
from django.core import signing
from django.db import transaction
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vielfalt.accounts.decorators import coordinator_required
from vielfalt.forums.models import Forum
from vielfalt.lib.forms import HONEYPOT_FIELD

from .forms import JoinForm
from .models import InterestRequest
from .ratelimit import address_lock, consume_join, join_limit_reached, mail_allowed


def join(request):
    if request.method == "POST":
        form = JoinForm(request.POST)
        if form.is_bot():
            # Same answer as a success, so that a bot learns nothing.
            return redirect("process:check_mail")
        if join_limit_reached(request):
            return _rate_limited(request, form)
        if form.is_valid():
            # The mail promises that unconfirmed data goes away; this keeps
            # the promise even where the daily purge command does not run.
            InterestRequest.objects.stale_unconfirmed().delete()
            with transaction.atomic():
                # Counted atomically: parallel submissions cannot pass the limit together.
                if not consume_join(request):
                    return _rate_limited(request, form)
                _save_once_per_address(form)
            return redirect("process:check_mail")
    else:
        form = JoinForm(initial={"forums": _preselected_forums(request)})
    return render(request, "process/join_form.html", _join_context(form))


def _rate_limited(request, form):
    return render(
        request, "process/join_form.html", _join_context(form, rate_limited=True), status=429
    )


def _save_once_per_address(form):
    """One open (unconfirmed) request per address: a second join with the same
    address updates it, and at most one confirmation mail goes out in a while.
    The address lock holds under parallel submissions."""
    email = form.cleaned_data["email"]
    with address_lock(email):
        existing = (
            InterestRequest.objects.filter(
                email__iexact=email, status=InterestRequest.Status.UNCONFIRMED
            )
            .order_by("created")
            .first()
        )
        if existing is not None:
            form.instance.pk, form.instance.created = existing.pk, existing.created
        interest = form.save()
        if mail_allowed(email):
            interest.send_confirmation_mail()
    return interest


def _join_context(form, rate_limited=False):
    return {"form": form, "rate_limited": rate_limited, "honeypot_field": HONEYPOT_FIELD}


def _preselected_forums(request):
    slug = request.GET.get("forum", "")
    return (
        list(Forum.objects.public().filter(slug=slug).values_list("pk", flat=True)) if slug else []
    )


def check_mail(request):
    return render(request, "process/check_mail.html")


def confirm(request, token):
    try:
        interest = InterestRequest.from_token(token)
    except signing.SignatureExpired:
        return render(request, "process/confirm_invalid.html", {"expired": True}, status=400)
    except signing.BadSignature:
        return render(request, "process/confirm_invalid.html", {"expired": False}, status=400)

    if interest.is_confirmed:
        return render(request, "process/confirmed.html", {"already": True})
    if request.method == "POST":
        # A click that lost a race against another one is a replay too.
        return render(request, "process/confirmed.html", {"already": not interest.confirm()})
    # Mail scanners fetch links: only the button (a POST) confirms.
    return render(request, "process/confirm.html", {"interest": interest})


@coordinator_required
def triage(request):
    requests = (
        InterestRequest.objects.awaiting_decision()
        .prefetch_related(Prefetch("forums", queryset=Forum.objects.order_by("position", "name")))
        .order_by("confirmed_at")
    )
    return render(request, "process/triage.html", {"requests": requests})


@require_POST
@coordinator_required
def accept(request, pk):
    interest = get_object_or_404(InterestRequest, pk=pk)
    if interest.accept(request.user):
        messages.success(
            request,
            _("%(name)s ist jetzt im Netzwerk. Eine Willkommens-Mail ist unterwegs.")
            % {"name": interest.name},
        )
    else:
        messages.warning(request, _already_decided(interest))
    return redirect("process:triage")


@require_POST
@coordinator_required
def decline(request, pk):
    interest = get_object_or_404(InterestRequest, pk=pk)
    if interest.decline(request.user):
        messages.success(
            request, _("Die Anfrage von %(name)s ist abgelehnt.") % {"name": interest.name}
        )
    else:
        messages.warning(request, _already_decided(interest))
    return redirect("process:triage")


def _already_decided(interest):
    if interest.status == InterestRequest.Status.UNCONFIRMED:
        return _(
            "Die Anfrage von %(name)s ist noch nicht bestätigt und kann nicht entschieden werden."
        ) % {"name": interest.name}
    return _(
        "Die Anfrage von %(name)s wurde schon entschieden (%(status)s). Es hat sich nichts geändert."
    ) % {"name": interest.name, "status": interest.get_status_display()}
