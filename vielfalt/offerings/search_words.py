"""The words the public offerings contain: where "Meinten Sie …?" takes its suggestions from.

One row per folded word ("sprachkurs"), with a spelling to show
("sprachkurs", "müttercafé") and in how many offerings it occurs. Kept by
``search_index.refresh_search_index``: every refresh adds the words of the
refreshed public offerings (cheap, also for one offering), a refresh of all
offerings and the daily job (``offerings/daily.py``) rebuild the table, which
drops the words of offerings that have gone. On PostgreSQL a trigram GIN
index finds the nearest words (migration 0007).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

MIN_WORD_LENGTH = 3
MAX_WORD_LENGTH = 40


class SearchWord(models.Model):
    word = models.CharField(_("Wort (gefaltet)"), max_length=MAX_WORD_LENGTH, unique=True)
    spelling = models.CharField(_("Schreibweise"), max_length=MAX_WORD_LENGTH)
    count = models.PositiveIntegerField(_("Zahl der Angebote"), default=1)

    class Meta:
        verbose_name = _("Suchwort")
        verbose_name_plural = _("Suchwörter")

    def __str__(self):
        return self.spelling
