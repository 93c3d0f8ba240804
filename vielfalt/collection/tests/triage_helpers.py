"""Impulses and entries for the triage tests."""

from vielfalt.collection.models import Entry, Impulse, Source


def make_impulse(forum, title="Mehr Sprachkurse am Abend", **extra):
    extra.setdefault("text", "Viele Eltern arbeiten tagsüber und können nur abends lernen.")
    extra.setdefault("source", Source.MEETING)
    extra.setdefault("status", Impulse.Status.OPEN)
    return Impulse.objects.create(forum=forum, title=title, **extra)


def make_entry(forum, title="Sprachcafé im Familienzentrum", kind=Entry.Kind.NEED, **extra):
    if kind == Entry.Kind.APPROACH:
        extra.setdefault("status", Entry.Status.IDEA)
    extra.setdefault("description", "Ein offenes Sprachcafé.")
    return Entry.objects.create(forum=forum, title=title, kind=kind, **extra)
