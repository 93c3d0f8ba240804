from urllib.parse import urlencode

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from vielfalt.lib.admin_labels import LabelledFieldsAdmin


class VielfaltAdminSite(admin.AdminSite):
    """The back office: open to coordinators (and superusers) only."""

    site_header = gettext_lazy("Vielfalt – Verwaltung")
    site_title = gettext_lazy("Vielfalt – Verwaltung")
    index_title = gettext_lazy("Netzwerk verwalten")

    def register(self, model_or_iterable, admin_class=None, **options):
        """Register as Django does, with every field of the admin's forms named
        for assistive technology (vielfalt.lib.admin_labels)."""
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, LabelledFieldsAdmin):
            admin_class = type(
                admin_class.__name__,
                (LabelledFieldsAdmin, admin_class),
                {"__module__": admin_class.__module__, "__qualname__": admin_class.__qualname__},
            )
        super().register(model_or_iterable, admin_class, **options)

    def has_permission(self, request):
        user = request.user
        return user.is_active and getattr(user, "is_coordinator", False)

    def login(self, request, extra_context=None):
        """There is one login, the site's (allauth's, with its limits and second
        factor): this one only sends there. A password sent here by an old form
        is checked under the same limits (a failure counts), but never logs in."""
        next_url = request.POST.get("next") or request.GET.get("next") or ""
        if not url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            next_url = ""
        target = (
            reverse("account_login")
            + "?"
            + urlencode({"next": next_url or reverse("admin:index", current_app=self.name)})
        )
        if request.method == "POST" and request.POST.get("password"):
            self._count_attempt(request)
        return redirect(target)

    def _count_attempt(self, request):
        from allauth.account.adapter import get_adapter

        adapter = get_adapter(request)
        try:
            user = adapter.authenticate(
                request,
                email=request.POST.get("username", ""),
                password=request.POST.get("password", ""),
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return
        if user is None:
            messages.error(request, str(adapter.error_messages["email_password_mismatch"]))
        else:
            messages.info(request, _("Bitte melden Sie sich hier an."))
