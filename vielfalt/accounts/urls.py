from django.urls import path
from django.views.generic import TemplateView

app_name = "accounts"

# TEMPORARY: replaced by the accounts work.
urlpatterns = [path("start/", TemplateView.as_view(template_name="base.html"), name="dashboard")]
