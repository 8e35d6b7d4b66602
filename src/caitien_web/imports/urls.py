"""URLs of the import flow (namespace ``imports``)."""

from django.urls import path

from caitien_web.imports import views

app_name = "imports"
urlpatterns = [
    path("", views.upload, name="upload"),
    path("<int:pk>/", views.review, name="review"),
    path("<int:pk>/rows/<int:number>/", views.row_edit, name="row_edit"),
    path("<int:pk>/rows/<int:number>/delete/", views.row_delete, name="row_delete"),
]
