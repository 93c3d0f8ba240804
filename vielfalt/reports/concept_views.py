from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .concept import build_concept, concept_forums
from .concept_documents import RENDERERS
from .concept_forms import ConceptDraftForm, ConceptIntroductionForm
from .models import ConceptIntroduction
from .rules import coordinators_only


@coordinators_only
def concept_draft(request):
    """The form, and with a valid choice the document as a download."""
    form = ConceptDraftForm(request.GET or None)
    if form.is_bound and form.is_valid():
        slugs = [forum.slug for forum in form.cleaned_data["forums"]]
        until = form.cleaned_data["until"]
        fmt = form.cleaned_data["format"]
        concept = build_concept(concept_forums(slugs), until)
        content_type, render_document = RENDERERS[fmt]
        response = HttpResponse(render_document(concept), content_type=content_type)
        response["Content-Disposition"] = (
            f'attachment; filename="integrationskonzept-{until.isoformat()}.{fmt}"'
        )
        return response
    introduction = ConceptIntroduction.objects.order_by("-updated", "-pk").first()
    return render(request, "reports/concept.html", {"form": form, "introduction": introduction})


@coordinators_only
@transaction.atomic
def concept_introduction(request):
    introduction = ConceptIntroduction.objects.order_by("-updated", "-pk").first()
    form = ConceptIntroductionForm(request.POST or None, instance=introduction)
    if request.method == "POST" and form.is_valid():
        introduction = form.save(commit=False)
        introduction.updated_by = request.user
        introduction.save()
        messages.success(request, _("Die Einleitung ist gespeichert."))
        return redirect("reports:concept")
    return render(request, "reports/concept_introduction.html", {"form": form})
