"""The request type of views that only a signed-in user reaches.

Behind ``login_required`` (or a check of ``is_authenticated``), ``request.user``
is always a ``User``; annotating such a view's request as
``AuthenticatedRequest`` tells the type checker so. It changes nothing at run
time: Django still passes its ordinary ``HttpRequest``.
"""

from django.http import HttpRequest

from .models import User


class AuthenticatedRequest(HttpRequest):
    user: User
