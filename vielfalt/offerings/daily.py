"""The offerings' part of ``manage.py daily``: the finder's table of words, rebuilt.

Saving an offering only adds words (``search_index.refresh_search_index``);
the nightly rebuild drops the words of offerings that were changed, hidden
or ended since, so that "Meinten Sie …?" never proposes a word that finds nothing.
"""

from __future__ import annotations

from typing import TextIO

from django.utils.translation import gettext as _

from .search_index import rebuild_search_words
from .search_words import SearchWord


def run(stdout: TextIO) -> None:
    rebuild_search_words()
    stdout.write(
        _("Angebote: %(count)d Suchwörter für „Meinten Sie …?“ neu gesammelt.")
        % {"count": SearchWord.objects.count()}
        + "\n"
    )
