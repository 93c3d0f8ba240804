from django.conf import settings

from .models import has_sign_language_video


def site(request):
    """The municipality's name, town and logo, for every template."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_TOWN": settings.SITE_TOWN,
        "SITE_LOGO": settings.SITE_LOGO,
        "SITE_DEMO": settings.SITE_DEMO,
        "SITE_LOGO_IS_URL": settings.SITE_LOGO.startswith(("http://", "https://", "/")),
        "SIGN_LANGUAGE_VIDEO": has_sign_language_video(),
        # Each named in its own language, untranslated (get_available_languages translates them).
        "SITE_LANGUAGES": settings.LANGUAGES,
    }
