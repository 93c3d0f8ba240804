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
