# The apps whose data coordinators may edit in full.
COORDINATED_APPS = {
    "accounts",
    "vocabularies",
    "network",
    "forums",
    "offerings",
    "process",
    "meetings",
    "pages",
    "collection",
}


class CoordinatorBackend:
    """Grants coordinators every permission on the network's own data."""

    def authenticate(self, request, **credentials):
        return None

    def has_perm(self, user_obj, perm, obj=None):
        if not getattr(user_obj, "is_coordinator", False):
            return False
        return perm.split(".", 1)[0] in COORDINATED_APPS

    def has_module_perms(self, user_obj, app_label):
        return getattr(user_obj, "is_coordinator", False) and app_label in COORDINATED_APPS
