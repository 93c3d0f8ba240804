"""The coordinators' list of proposed topics, and their decision on each."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vielfalt.accounts.decorators import coordinator_required

from . import topics
from .models import TopicProposal
from .topic_forms import AnswerTopicForm, OpenTopicForm


@coordinator_required
def proposals(request):
    all_proposals = TopicProposal.objects.select_related("forum").order_by("-created")
    return render(
        request,
        "process/topic_proposals.html",
        {
            "open_proposals": [p for p in all_proposals if p.is_open],
            "decided_proposals": [p for p in all_proposals if not p.is_open],
        },
    )


@coordinator_required
def proposal_detail(request, pk):
    proposal = get_object_or_404(TopicProposal.objects.select_related("forum"), pk=pk)
    return render_detail(request, proposal)


def render_detail(request, proposal, open_form=None, answer_form=None, status=200):
    return render(
        request,
        "process/topic_proposal.html",
        {
            "proposal": proposal,
            "open_form": open_form or OpenTopicForm(initial={"name": proposal.title}),
            "answer_form": answer_form or AnswerTopicForm(),
        },
        status=status,
    )


def already_decided(request, proposal):
    messages.warning(
        request,
        _(
            "Über diesen Vorschlag wurde schon entschieden (%(status)s). Es hat sich nichts geändert."
        )
        % {"status": proposal.get_status_display()},
    )
    return redirect("process:proposal", pk=proposal.pk)


@require_POST
@coordinator_required
def proposal_open(request, pk):
    proposal = get_object_or_404(TopicProposal, pk=pk)
    if not proposal.is_open:
        return already_decided(request, proposal)
    form = OpenTopicForm(request.POST)
    if not form.is_valid():
        return render_detail(request, proposal, open_form=form, status=400)
    forum = topics.open_as_forum(proposal, request.user, **form.cleaned_data)
    if forum is None:
        return already_decided(request, proposal)
    messages.success(
        request,
        _("Das Forum %(name)s ist angelegt (%(status)s). Die Person ist per Mail informiert.")
        % {"name": forum.name, "status": forum.get_status_display()},
    )
    return redirect("process:proposals")


@require_POST
@coordinator_required
def proposal_answer(request, pk):
    proposal = get_object_or_404(TopicProposal, pk=pk)
    if not proposal.is_open:
        return already_decided(request, proposal)
    form = AnswerTopicForm(request.POST)
    if not form.is_valid():
        return render_detail(request, proposal, answer_form=form, status=400)
    if not topics.answer(proposal, request.user, form.cleaned_data["answer"]):
        return already_decided(request, proposal)
    messages.success(
        request,
        _("Ihre Antwort an %(name)s ist unterwegs.") % {"name": proposal.name},
    )
    return redirect("process:proposals")
