"""Who runs an event: the coordinators and the event's organiser."""

import rules

from vielfalt.forums.rules import is_coordinator


@rules.predicate  # type: ignore[attr-defined,untyped-decorator]
def is_event_organiser(user, event) -> bool:  # type: ignore[no-untyped-def]
    if event is None or not user.is_authenticated or event.organiser_person_id is None:
        return False
    return bool(event.organiser_person.user_id == user.pk)


rules.add_perm(  # type: ignore[attr-defined]
    "events.organise_event", is_event_organiser | is_coordinator
)
rules.add_perm("events.record_feedback", is_coordinator)  # type: ignore[attr-defined]
