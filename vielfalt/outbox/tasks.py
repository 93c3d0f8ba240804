from django_tasks import task

from .sending import send_one


@task()
def send_mail_task(mail_id: int) -> int:
    """Try one outbox mail; returns 1 when it was sent."""
    return send_one(mail_id).sent
