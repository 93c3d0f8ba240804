"""Events with their registrations, and the committees the network briefs."""

from .committees import Briefing, BriefingDocument, Committee
from .events import Event
from .registrations import ForumPreference, Registration

__all__ = [
    "Briefing",
    "BriefingDocument",
    "Committee",
    "Event",
    "ForumPreference",
    "Registration",
]
