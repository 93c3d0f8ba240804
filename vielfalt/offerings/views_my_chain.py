""" "My chain": the family's page and its printable leaflet (PDF)."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode

from vielfalt.network.models import Person

from .my_chain import MyChainForm, build_chain

# The leaflet's look (WeasyPrint reads it; the site's CSP does not apply to a PDF).
# DejaVu Sans is installed with the system and has Latin, Cyrillic, Turkish and
# Arabic letters.
LEAFLET_CSS = """
@page { size: A4; margin: 16mm 15mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #444; } }
html { font-family: "DejaVu Sans", "Noto Sans", sans-serif; font-size: 10pt; color: #111; line-height: 1.4; }
html[dir="rtl"] { direction: rtl; }
h1 { font-size: 17pt; color: #083e48; margin: 0 0 4pt; }
h2 { font-size: 13pt; color: #083e48; margin: 12pt 0 4pt; border-bottom: 1.5pt solid #0b5563; padding-bottom: 2pt; }
h3 { font-size: 10.5pt; margin: 0 0 2pt; }
p { margin: 0 0 4pt; }
.leaflet-site { color: #444; margin-bottom: 8pt; }
.leaflet-answers { margin: 0 0 8pt; padding: 4pt 8pt; background: #f3f6f7; }
.leaflet-offerings { list-style: none; margin: 0; padding: 0; }
.leaflet-offerings li { margin: 0 0 6pt; padding-inline-start: 6pt; border-inline-start: 3pt solid #8a2c5b; break-inside: avoid; }
.leaflet-steps { margin: 0 0 6pt; padding-inline-start: 14pt; }
.ltr { direction: ltr; unicode-bidi: isolate; }
html[dir="rtl"] [lang="de"] { direction: ltr; unicode-bidi: isolate; text-align: right; }
.leaflet-mark { font-weight: bold; color: #1d6b34; }
.leaflet-contacts { list-style: none; margin: 0; padding: 0; }
.leaflet-contacts li { margin: 0 0 4pt; break-inside: avoid; }
.leaflet-url { font-size: 8.5pt; color: #444; }
"""


def _context(request: HttpRequest) -> tuple[MyChainForm, dict]:
    form = MyChainForm(request.GET or None)
    context: dict = {"form": form, "coordinators": Person.objects.public_coordinators()}
    if form.is_valid():
        chain = build_chain(form)
        query = urlencode({key: value for key, value in request.GET.items() if value})
        context.update(chain=chain, query=query)
        language = chain.language
        if language is not None and language.code != translation.get_language():
            # The page in the family's language, when the site speaks it.
            codes = {code for code, _name in settings.LANGUAGES}
            if language.code in codes:
                with translation.override(language.code):
                    context["in_language_url"] = f"{reverse('offerings:my_chain')}?{query}"
    return form, context


def my_chain(request: HttpRequest) -> HttpResponse:
    _form, context = _context(request)
    return render(request, "offerings/my_chain.html", context)


def leaflet_html(request: HttpRequest) -> str | None:
    """The leaflet as HTML, or None when the answers are incomplete."""
    form, context = _context(request)
    if not form.is_valid():
        return None
    context["page_url"] = request.build_absolute_uri(
        f"{request.path.removesuffix('leaflet.pdf')}?{context['query']}"
    )
    return render_to_string("offerings/my_chain_leaflet.html", context, request=request)


def my_chain_leaflet(request: HttpRequest) -> HttpResponse:
    from weasyprint import CSS, HTML

    html = leaflet_html(request)
    if html is None:
        # Incomplete answers: the page with the form says what is missing.
        return my_chain(request)
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf(
        stylesheets=[CSS(string=LEAFLET_CSS)]
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="meine-praeventionskette.pdf"'
    return response
