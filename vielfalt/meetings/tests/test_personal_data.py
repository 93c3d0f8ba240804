from vielfalt.meetings.forms import AttachmentForm
from vielfalt.meetings.models import ActionItem, Attachment
from vielfalt.privacy.erasure import erase_person, person_data
from vielfalt.privacy.registry import categories

from .test_attachments import PDF, SimpleUploadedFile


def test_meetings_declare_their_personal_data():
    assert "meetings.people" in {category.key for category in categories()}


def test_the_export_lists_the_persons_action_items(item, forum_member):
    data = person_data(forum_member.person)
    assert data["other"]["meetings.ActionItem"][0]["what"] == "Raum für Mai anfragen"


def test_erasure_takes_the_person_out_of_items_attachments_and_history(
    item, forum_member, meeting, moderator
):
    form = AttachmentForm(files={"file": SimpleUploadedFile("a.pdf", PDF)})
    assert form.is_valid()
    form.save(meeting, forum_member.person)
    ActionItem.objects.create(meeting=meeting, what="Anrufen", responsible_name="Fiona Forum")

    erase_person(forum_member.person)

    item.refresh_from_db()
    assert item.responsible is None
    assert item.responsible_label == "gelöschte Person"
    assert Attachment.objects.get().uploaded_by is None
    assert not ActionItem.objects.filter(responsible_name="Fiona Forum").exists()
    assert not ActionItem.history.filter(responsible_name="Fiona Forum").exists()
    assert not ActionItem.history.exclude(responsible_id=None).exists()
    assert meeting.action_items.count() == 2  # the meeting keeps its items
