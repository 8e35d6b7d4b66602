"""URLs of the import flow (namespace ``imports``)."""

from django.urls import path

from caitien_web.imports import views

app_name = "imports"
urlpatterns = [
    path("", views.upload, name="upload"),
    path("<int:pk>/", views.review, name="review"),
]
