"""Queryset steps shared by the providers' pages and the admin.

They would sit well on OfferingQuerySet; they live here while the models
belong to another part of the work.
"""

from django.db.models import Exists, OuterRef
from django.utils import timezone

from ..models import Offering


def with_confirmation_mark(offerings):
    """Annotate ``needs_confirmation`` with the model's own definition of it."""
    due = Offering.objects.needing_confirmation().filter(pk=OuterRef("pk"))
    return offerings.annotate(needs_confirmation=Exists(due))


def mark_confirmed(offerings):
    """The provider confirmed that the details are right: today, and no request pending."""
    return Offering.objects.filter(pk__in=offerings.values("pk")).update(
        last_confirmed=timezone.localdate(), confirmation_requested_at=None
    )


def set_status(offerings, status):
    return Offering.objects.filter(pk__in=offerings.values("pk")).update(status=status)
