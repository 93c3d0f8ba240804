import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from vielfalt.meetings.forms import AttachmentForm
from vielfalt.meetings.models import Attachment

from .conftest import url

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def upload(client, meeting, name, content):
    return client.post(
        url(meeting, "anhaenge/neu/"), {"file": SimpleUploadedFile(name, content)}, follow=True
    )


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("Protokoll.pdf", PDF, "application/pdf"),
        ("Foto.png", PNG, "image/png"),
        (
            "Liste.docx",
            docx_bytes(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    ],
)
def test_a_moderator_attaches_allowed_files(
    moderator_client, moderator, meeting, name, content, kind
):
    response = upload(moderator_client, meeting, name, content)
    attachment = Attachment.objects.get()
    assert f"„{name}“ ist angehängt." in response.content.decode()
    assert attachment.content_type == kind
    assert attachment.original_name == name
    assert attachment.size == len(content)
    assert attachment.uploaded_by == moderator.person
    assert name not in attachment.file.name  # stored under a random name


def test_an_executable_renamed_pdf_is_refused(moderator_client, meeting, attachment_root):
    response = upload(moderator_client, meeting, "Protokoll.pdf", EXE)
    page = response.content.decode()
    assert "Geprüft wird der Inhalt der Datei, nicht ihr Name." in page
    assert not Attachment.objects.exists()
    assert not attachment_root.exists() or not any(attachment_root.rglob("*.*"))


def test_a_text_file_is_refused(moderator_client, meeting):
    upload(moderator_client, meeting, "notizen.pdf", b"nur Text")
    assert not Attachment.objects.exists()


def test_a_file_over_the_limit_is_refused(moderator_client, meeting, settings):
    settings.MEETINGS_ATTACHMENT_MAX_BYTES = 100
    response = upload(moderator_client, meeting, "gross.pdf", PDF + b"x" * 200)
    assert "erlaubt sind höchstens 100" in response.content.decode()
    assert not Attachment.objects.exists()


def test_files_are_stored_outside_media_root(moderator_client, meeting, settings):
    upload(moderator_client, meeting, "Protokoll.pdf", PDF)
    path = Attachment.objects.get().file.path
    assert path.startswith(str(settings.MEETINGS_ATTACHMENT_ROOT))
    assert not path.startswith(str(settings.MEDIA_ROOT))


def test_a_plain_member_may_not_upload(forum_member_client, meeting):
    response = forum_member_client.post(
        url(meeting, "anhaenge/neu/"), {"file": SimpleUploadedFile("a.pdf", PDF)}
    )
    assert response.status_code == 403
    assert not Attachment.objects.exists()


@pytest.fixture
def attachment(meeting, moderator):
    form = AttachmentForm(files={"file": SimpleUploadedFile("Protokoll März.pdf", PDF)})
    assert form.is_valid()
    return form.save(meeting, moderator.person)


def download_url(attachment):
    return url(attachment.meeting, f"anhaenge/{attachment.pk}/")


def test_members_download_it_as_an_attachment(client, forum_member, attachment):
    client.force_login(forum_member)
    response = client.get(download_url(attachment))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Protokoll" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("who", ["member", None])
def test_others_get_404_for_the_file(client, request, who, attachment):
    if who:
        client.force_login(request.getfixturevalue(who))
    response = client.get(download_url(attachment))
    assert response.status_code == 404
    assert b"%PDF" not in response.content


def test_the_file_is_not_found_under_another_forum(client, coordinator, attachment, other_forum):
    from vielfalt.conftest import pass_second_factor

    client.force_login(coordinator)
    pass_second_factor(client, coordinator)
    forged = f"/foren/sport-und-freizeit/treffen/{attachment.meeting.pk}/anhaenge/{attachment.pk}/"
    response = client.get(forged)
    assert response.status_code == 404
    assert b"%PDF" not in response.content


def test_the_detail_page_lists_the_attachment(moderator_client, attachment):
    page = moderator_client.get(url(attachment.meeting)).content.decode()
    assert "Protokoll März.pdf" in page
    assert download_url(attachment) in page


def test_a_moderator_deletes_an_attachment(
    moderator_client, attachment, django_capture_on_commit_callbacks
):
    path = Path(attachment.file.path)
    delete = url(attachment.meeting, f"anhaenge/{attachment.pk}/loeschen/")
    assert "endgültig gelöscht" in moderator_client.get(delete).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(delete, follow=True)
    assert "„Protokoll März.pdf“ ist gelöscht." in response.content.decode()
    assert not Attachment.objects.exists()
    assert not path.exists()


def test_a_plain_member_may_not_delete(forum_member_client, attachment):
    delete = url(attachment.meeting, f"anhaenge/{attachment.pk}/loeschen/")
    assert forum_member_client.post(delete).status_code == 403
    assert Attachment.objects.exists()
