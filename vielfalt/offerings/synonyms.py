"""Everyday words: groups of terms that mean the same help ("Begriffsgruppen").

Families and professionals name the same help differently ("Nachhilfe",
"Hausaufgabenhilfe", "tutoring"). Coordinators keep groups of such terms in
the back office, in any language; a query word (or phrase) that equals a
term of a group, after folding and stemming, also matches what every other
term of the group matches. A term of several words ("Deutsch als
Zweitsprache") matches where all its words occur.

The parsed groups are kept per worker, per build of the finder's index
(its ``token``): saving or deleting a group invalidates
that index, so every worker reloads the groups with its next search, and the
finder's cached searches (kept on the index) are dropped at once.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from . import facets
from .facets import current_index, invalidate
from .folding import normalise, stem, words

MAX_TERMS = 30
MAX_TERM_LENGTH = 60
MAX_WORDS = 5
_SEPARATORS = re.compile(r"[\n\r,;]+")


def split_terms(text):
    """The terms of ``text`` (one per line or separated by commas), spaces tidied, doubles left out."""
    terms, seen = [], set()
    for part in _SEPARATORS.split(text or ""):
        term = " ".join(part.split()).strip(" .\"'„“”")
        if term and normalise(term) not in seen:
            seen.add(normalise(term))
            terms.append(term)
    return terms


def match_terms(term):
    """The substrings a term is matched by, as for a query: its words' stems."""
    return tuple(stem(word) for word in words(term))


def compared(terms):
    """How terms are compared: stemmed once more, so that word forms meet.

    ("Deutschkurs" stems to "deutschkur", "Deutschkurse" to "deutschkurs";
    both compare as "deutschkur".)
    """
    return tuple(stem(term) for term in terms)


def term_key(term):
    """A term's key for comparison ("Hebammen" and "Hebamme" -> ("hebamm",))."""
    return compared(match_terms(term))


class SynonymGroup(models.Model):
    """Terms that stand for the same help, edited by the coordinators."""

    terms = models.TextField(
        _("Begriffe"),
        help_text=_(
            "Wörter, die für dieselbe Hilfe stehen, in jeder Sprache: jeder Begriff in eine "
            "eigene Zeile oder durch Kommas getrennt, zum Beispiel „Nachhilfe, "
            "Hausaufgabenhilfe, Lernhilfe, tutoring“. Wer nach einem der Begriffe sucht, "
            "findet die Angebote zu allen. Ein Begriff darf aus mehreren Wörtern bestehen "
            "(„Deutsch als Zweitsprache“); er passt dann zu Angeboten, die alle diese Wörter "
            "enthalten. Groß- und Kleinschreibung, Umlaute und Endungen spielen keine Rolle."
        ),
    )
    note = models.CharField(
        _("Notiz"),
        max_length=200,
        blank=True,
        help_text=_(
            "Nur für die Koordination sichtbar, zum Beispiel, wer die Gruppe vorgeschlagen hat."
        ),
    )
    updated = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        verbose_name = _("Begriffsgruppe")
        verbose_name_plural = _("Begriffsgruppen (Suchwörter)")
        ordering = ["terms"]

    def __str__(self):
        terms = self.term_list()
        shown = ", ".join(terms[:4])
        return f"{shown} …" if len(terms) > 4 else shown

    def term_list(self):
        return [line.strip() for line in self.terms.splitlines() if line.strip()]

    def clean(self):
        terms = split_terms(self.terms)
        errors = []
        for term in terms:
            if len(term) > MAX_TERM_LENGTH:
                errors.append(
                    ValidationError(
                        _("„%(term)s“ ist zu lang: höchstens %(limit)d Zeichen pro Begriff."),
                        params={"term": term[:MAX_TERM_LENGTH] + "…", "limit": MAX_TERM_LENGTH},
                    )
                )
            elif not any(len(word) > 1 for word in re.findall(r"[^\W\d_]+", term)):
                errors.append(
                    ValidationError(
                        _("„%(term)s“ enthält kein Wort: bitte Buchstaben verwenden."),
                        params={"term": term},
                    )
                )
            elif len(term.split()) > MAX_WORDS:
                errors.append(
                    ValidationError(
                        _("„%(term)s“ hat zu viele Wörter: höchstens %(limit)d pro Begriff."),
                        params={"term": term, "limit": MAX_WORDS},
                    )
                )
        if len(terms) > MAX_TERMS:
            errors.append(
                ValidationError(
                    _(
                        "Zu viele Begriffe: höchstens %(limit)d in einer Gruppe. Teilen Sie die Gruppe auf."
                    ),
                    params={"limit": MAX_TERMS},
                )
            )
        if len({term_key(term) for term in terms}) < 2:
            errors.append(
                ValidationError(
                    _(
                        "Eine Begriffsgruppe braucht mindestens zwei verschiedene Begriffe, "
                        "zum Beispiel „Nachhilfe“ und „Hausaufgabenhilfe“."
                    )
                )
            )
        if errors:
            raise ValidationError({"terms": errors})
        self.terms = "\n".join(terms)


@receiver(post_save, sender=SynonymGroup, dispatch_uid="synonyms-saved")
@receiver(post_delete, sender=SynonymGroup, dispatch_uid="synonyms-deleted")
def _groups_changed(**kwargs):
    global _cached
    _cached = None
    invalidate()  # the finder's cached searches were answered with the old groups


@dataclass
class Synonyms:
    """The groups, parsed: a term (compared) -> the terms of every group it is in (itself too)."""

    equivalents: dict = field(default_factory=dict)  # compared key -> members' match terms
    longest: int = 1  # the most words of one term
    terms: list = field(default_factory=list)  # every term as written, for the suggestions

    @classmethod
    def parse(cls, groups):
        synonyms = cls()
        for text in groups:
            terms = split_terms(text)
            members = {match_terms(term) for term in terms} - {()}
            for member in members:
                synonyms.equivalents.setdefault(compared(member), set()).update(members)
                synonyms.longest = max(synonyms.longest, len(member))
            synonyms.terms.extend(terms)
        return synonyms

    def units(self, stems):
        """``stems`` (a query's terms, in order) as units: each a list of alternatives.

        Longest terms first: "German course" is one unit when a group holds it.
        """
        found, position = [], 0
        while position < len(stems):
            for size in range(min(self.longest, len(stems) - position), 0, -1):
                literal = tuple(stems[position : position + size])
                members = self.equivalents.get(compared(literal))
                if members:
                    alternatives = [literal, *sorted(members - {literal})]
                    break
            else:
                size, alternatives = 1, [(stems[position],)]
            found.append(alternatives)
            position += size
        return found


_cached = None


def current_synonyms():
    """The coordinators' groups as of this worker's finder index (one query after a change)."""
    global _cached
    # The index find() has just checked (no query); else (a search outside the finder) a current one.
    token = (facets._current or current_index()).token
    cached = _cached
    if cached is not None and cached[0] == token:
        return cached[1]
    synonyms = Synonyms.parse(SynonymGroup.objects.values_list("terms", flat=True))
    _cached = (token, synonyms)
    return synonyms
