from django.db import models
from django.utils.translation import gettext_lazy as _


class LimitCounter(models.Model):
    """The recent hits of one rate limit (see ``vielfalt.lib.limits``).

    A table of its own, not the cache: filling the cache must not erase a limit.
    """

    key = models.CharField(_("Schlüssel"), max_length=200, unique=True)
    hits = models.JSONField(_("Zeitpunkte"), default=list)
    expires = models.FloatField(_("läuft ab"), default=0, db_index=True)

    class Meta:
        verbose_name = _("Zähler einer Begrenzung")
        verbose_name_plural = _("Zähler von Begrenzungen")

    def __str__(self) -> str:
        return self.key


class DataVersion(models.Model):
    """A number that grows with every change of some data (see ``vielfalt.lib.versions``).

    Workers compare it with the number their in-memory copy was built from.
    A table of its own, not the cache: a culled cache entry would leave a
    worker answering from stale data, or make all of them rebuild at once.
    """

    key = models.CharField(_("Schlüssel"), max_length=100, unique=True)
    number = models.BigIntegerField(_("Stand"), default=0)

    class Meta:
        verbose_name = _("Datenstand")
        verbose_name_plural = _("Datenstände")

    def __str__(self) -> str:
        return f"{self.key}: {self.number}"
