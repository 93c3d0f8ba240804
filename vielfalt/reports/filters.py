"""Filters from a query string (slugs), shared by the lists behind the reports' numbers.

Unknown slugs are left out (the page says which filters apply), never an error.
"""

from urllib.parse import urlencode

from django.db.models import Exists, OuterRef

from vielfalt.collection.models import CrossCuttingNote, Entry
from vielfalt.forums.models import Forum
from vielfalt.offerings.models import Location
from vielfalt.vocabularies.models import CrossCuttingTheme, District, LifePhase, TargetGroup

VOCABULARIES = {
    "phase": LifePhase,
    "topic": Forum,
    "district": District,
    "group": TargetGroup,
    "theme": CrossCuttingTheme,
}


class ChainListFilter:
    """The chosen life phase, topic, district, target group and cross-cutting theme."""

    keys = ("phase", "topic", "district", "group", "theme")

    def __init__(self, data, keys=None):
        self.keys = tuple(keys or self.keys)
        wanted = {key: data.get(key, "").strip() for key in self.keys}
        self.chosen = {}
        for key, slug in wanted.items():
            if slug:
                obj = VOCABULARIES[key].objects.filter(slug=slug).first()
                if obj is not None:
                    self.chosen[key] = obj
        self.status = data.get("status", "").strip()
        if self.status not in Entry.Status.values:
            self.status = ""

    def only(self, *keys) -> "ChainListFilter":
        """A copy that keeps only the chosen values of ``keys`` (no status)."""
        narrowed = ChainListFilter({}, self.keys)
        narrowed.chosen = {key: obj for key, obj in self.chosen.items() if key in keys}
        return narrowed

    @property
    def status_label(self) -> str:
        return str(Entry.Status(self.status).label) if self.status else ""

    def __getitem__(self, key):
        return self.chosen.get(key)

    def query(self, **extra) -> str:
        params = {key: obj.slug for key, obj in self.chosen.items()}
        if self.status:
            params["status"] = self.status
        params.update({k: v for k, v in extra.items() if v})
        return urlencode(params)

    def apply(self, offerings):
        """Offerings: by life phase, topic, district (of a location) and target group."""
        if self["phase"]:
            offerings = offerings.filter(life_phases=self["phase"])
        if self["topic"]:
            offerings = offerings.filter(forums=self["topic"])
        if self["group"]:
            offerings = offerings.filter(target_groups=self["group"])
        if self["district"]:
            in_district = Location.objects.filter(
                offerings=OuterRef("pk"), district=self["district"]
            )
            offerings = offerings.filter(Exists(in_district))
        return offerings

    def apply_entries(self, entries):
        """Needs and approaches: the same, with the district of the entry and a
        cross-cutting theme that the entry considered."""
        if self["phase"]:
            entries = entries.filter(life_phases=self["phase"])
        if self["topic"]:
            entries = entries.filter(forum=self["topic"])
        if self["group"]:
            entries = entries.filter(target_groups=self["group"])
        if self["district"]:
            entries = entries.filter(districts=self["district"])
        if self["theme"]:
            considered = CrossCuttingNote.objects.filter(
                entry=OuterRef("pk"), theme=self["theme"], considered=True
            )
            entries = entries.filter(Exists(considered))
        if self.status:
            entries = entries.filter(status=self.status)
        return entries
