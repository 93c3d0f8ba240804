# The browser layer's fixtures (headless Chromium, the demo) are shared with the pages app's.
from vielfalt.pages.tests.conftest import browser_page, chromium, demo  # noqa: F401
