"""URLs of the plans app (namespace ``plans``)."""

from django.urls import path

from caitien_web.plans import views

app_name = "plans"
urlpatterns = [
    path("", views.plan_list, name="list"),
    path("plans/new/", views.plan_create, name="create"),
    path("plans/<int:pk>/", views.plan_detail, name="detail"),
    path("plans/<int:pk>/header/", views.header_edit, name="header"),
    path("plans/<int:pk>/items/add/", views.item_add, name="item_add"),
    path("plans/<int:pk>/items/<int:item_pk>/", views.item_row, name="item_row"),
    path("plans/<int:pk>/items/<int:item_pk>/edit/", views.item_edit, name="item_edit"),
    path("plans/<int:pk>/items/<int:item_pk>/delete/", views.item_delete, name="item_delete"),
    path(
        "plans/<int:pk>/items/<int:item_pk>/move/<str:direction>/",
        views.item_move,
        name="item_move",
    ),
    path("plans/<int:pk>/findings/", views.findings, name="findings"),
    path("plans/<int:pk>/criterion/", views.criterion, name="criterion"),
    path("plans/<int:pk>/export/<str:fmt>/", views.export, name="export"),
    path("plans/<int:pk>/status/<str:action>/", views.change_status, name="status"),
    path("plans/<int:pk>/history/", views.history, name="history"),
    path("plans/<int:pk>/monitoring/", views.monitoring, name="monitoring"),
    path("plans/<int:pk>/source/", views.source_file, name="source"),
    path("p/<str:slug>/", views.public_plan, name="public"),
    path("p/<str:slug>/pdf/", views.public_pdf, name="public_pdf"),
]
