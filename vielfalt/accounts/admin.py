from django.contrib import admin

from .models import User


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    list_display = ["email", "name", "is_active", "is_superuser", "last_login"]
    list_filter = ["is_active", "is_superuser"]
    search_fields = ["email", "name"]
    fields = ["email", "name", "is_active", "is_superuser", "last_login", "date_joined"]
    readonly_fields = ["last_login", "date_joined"]
