"""Background work for offerings: remind providers to confirm their details."""

import logging
from datetime import timedelta
from itertools import groupby

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from vielfalt.network.models import Person
from vielfalt.outbox.mail import queue_mail

from .models import Offering

logger = logging.getLogger(__name__)

# A provider who was asked is not asked again for this many days.
REMIND_AGAIN_AFTER_DAYS = 30


def offerings_to_remind(now=None):
    """Offerings due for confirmation whose provider was not asked recently."""
    now = now or timezone.now()
    asked_recently = Q(confirmation_requested_at__gte=now - timedelta(days=REMIND_AGAIN_AFTER_DAYS))
    return (
        Offering.objects.needing_confirmation(today=timezone.localdate(now))
        .exclude(asked_recently)
        .select_related("organisation")
        .order_by("organisation_id", "name", "pk")
    )


def recipients_by_organisation(organisation_ids):
    """Each organisation's address plus the login e-mails of its people."""
    accounts = (
        Person.objects.filter(
            organisation_id__in=organisation_ids, user__isnull=False, user__is_active=True
        )
        .order_by("pk")
        .values_list("organisation_id", "user__email")
    )
    result = {}
    for organisation_id, email in accounts:
        result.setdefault(organisation_id, []).append(email)
    return result


@task()
def notify_unconfirmed_offerings():
    """Send each provider ONE mail (to each of its addresses) listing its offerings
    that need a confirmation.

    Marks the offerings as requested, so that the next run within
    REMIND_AGAIN_AFTER_DAYS does not mail again. Returns the number of mails.
    """
    now = timezone.now()
    offerings = list(offerings_to_remind(now))
    accounts = recipients_by_organisation({o.organisation_id for o in offerings})
    manage_url = settings.SITE_URL + reverse("offerings:manage")
    mails = 0
    for organisation, group in groupby(offerings, key=lambda o: o.organisation):
        group = list(group)
        recipients = list(dict.fromkeys([organisation.email, *accounts.get(organisation.pk, [])]))
        recipients = [address for address in recipients if address]
        if not recipients:
            logger.warning(
                "No e-mail address for %s; %d offerings stay unconfirmed.",
                organisation.slug,
                len(group),
            )
            continue
        with transaction.atomic():
            queue_mail(
                "offerings/mail/confirm_reminder",
                {
                    "organisation": organisation,
                    "offerings": group,
                    "manage_url": manage_url,
                    "confirm_after_days": settings.OFFERING_CONFIRM_AFTER_DAYS,
                },
                recipients,
                language=settings.LANGUAGE_CODE,
            )
            Offering.objects.filter(pk__in=[o.pk for o in group]).update(
                confirmation_requested_at=now
            )
        mails += 1
    return mails
