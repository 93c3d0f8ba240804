from django.urls import path
from django.views.generic import TemplateView

app_name = "offerings"

# TEMPORARY: replaced by the finder.
urlpatterns = [path("angebote/", TemplateView.as_view(template_name="base.html"), name="finder")]
