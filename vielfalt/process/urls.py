from django.urls import path
from django.views.generic import TemplateView

app_name = "process"

# TEMPORARY: replaced by the join flow.
urlpatterns = [path("", TemplateView.as_view(template_name="base.html"), name="join")]
