"""Outgoing mail: rendered at once, sent by a background task after the commit.

Mail is queued with ``transaction.on_commit`` so that nothing is sent for a
change that was rolled back; with the database task backend a failed send
stays visible as a failed task instead of breaking the request.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task


@task()
def send_mail_task(subject, body, recipients, reply_to=None):
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        reply_to=reply_to or None,
    )
    message.send()


def queue_mail(template_prefix, context, recipients, language=None, reply_to=None):
    """Render ``<prefix>_subject.txt`` and ``<prefix>_body.txt`` and send after commit.

    ``language`` renders the mail in the recipient's language (default: active one).
    """
    recipients = [r for r in recipients if r]
    if not recipients:
        return
    with translation.override(language or translation.get_language()):
        context = {
            "SITE_NAME": settings.SITE_NAME,
            "SITE_TOWN": settings.SITE_TOWN,
            "SITE_URL": settings.SITE_URL,
            **context,
        }
        subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
        body = render_to_string(f"{template_prefix}_body.txt", context)
    transaction.on_commit(
        lambda: send_mail_task.enqueue(subject, body, recipients, reply_to=reply_to)
    )
