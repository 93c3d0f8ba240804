"""Who may see what of the reports: the public chain and "Was ist passiert?" are
open; the matrix, gaps, map, progress and the concept draft are the coordinators'."""

from functools import wraps

import rules
from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from vielfalt.forums.rules import is_coordinator

rules.add_perm("reports.view_reports", is_coordinator)
rules.add_perm("reports.change_chaincell", is_coordinator)
rules.add_perm("reports.change_conceptintroduction", is_coordinator)


def coordinators_only(view):
    """Anonymous visitors go to the login; everyone else but coordinators gets a 404."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.has_perm("reports.view_reports"):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped
