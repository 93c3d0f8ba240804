"""Access checks for views that only coordinators may use."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse

from .requests import AuthenticatedRequest


def coordinator_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Anonymous visitors go to the login page; logged-in non-coordinators get 403.

    The second factor is asked for before the view runs, by
    ``accounts.second_factor.SecondFactorMiddleware``.
    """

    @wraps(view)
    @login_required
    def wrapper(request: AuthenticatedRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_coordinator:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
