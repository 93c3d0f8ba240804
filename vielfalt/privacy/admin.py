"""Adds the actions on people (invite, export, erase) to the network's PersonAdmin.

The network app registers ``PersonAdmin`` without knowing about privacy; this
module sits above it and extends the registered instance, so the dependency
points upward only. The admin imports it after ``vielfalt.network.admin``
because INSTALLED_APPS lists privacy after network.
"""

from django.contrib import admin

from vielfalt.network.models import Person

from .admin_actions import erase_people, export_data, send_invitation

person_admin = admin.site.get_model_admin(Person)
person_admin.actions = [*(person_admin.actions or ()), send_invitation, export_data, erase_people]
# Adds the "send invitation" button to a person's page.
# django-stubs declares it a ClassVar; here the one registered instance gets it, on purpose.
person_admin.change_form_template = "privacy/admin/person_change_form.html"  # type: ignore[misc]
