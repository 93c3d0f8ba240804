from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest

from .models import User

# Fields that grant rights: only a superuser may change them, on any account.
RIGHTS_FIELDS = ["is_superuser", "groups", "user_permissions"]


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    """Coordinators keep accounts current; only superusers hand out rights.

    A coordinator who is not a superuser sees the rights but cannot change them,
    and sees a superuser's account read-only (so that they can neither take it
    over through its address nor lock it).
    """

    list_display = ["email", "name", "is_active", "is_superuser", "last_login"]
    list_filter = ["is_active", "is_superuser"]
    search_fields = ["email", "name"]
    fields = [
        "email",
        "name",
        "is_active",
        *RIGHTS_FIELDS,
        "last_login",
        "date_joined",
    ]
    filter_horizontal = ["groups", "user_permissions"]
    readonly_fields = ["last_login", "date_joined"]

    def get_readonly_fields(self, request: HttpRequest, obj: User | None = None) -> list[str]:
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly += RIGHTS_FIELDS
        return readonly

    def has_change_permission(self, request: HttpRequest, obj: User | None = None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: User | None = None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        # "Delete selected" checks permissions per model, not per account.
        if not request.user.is_superuser and queryset.filter(is_superuser=True).exists():
            raise PermissionDenied
        super().delete_queryset(request, queryset)
