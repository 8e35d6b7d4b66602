"""Root URLs: login/logout, admin, plans, imports, API and static files."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from caitien_web import static_files
from caitien_web.api import api

admin.site.site_header = _("Caitien administration")
admin.site.site_title = _("Caitien administration")
admin.site.index_title = _("Organisations, users and plans")

urlpatterns = [
    path("dang-nhap/", auth_views.LoginView.as_view(), name="login"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("quan-tri/", admin.site.urls),
    path("api/", api.urls),
    path("imports/", include("caitien_web.imports.urls")),
    path("", include("caitien_web.plans.urls")),
    re_path(r"^static/(?P<path>.+)$", static_files.serve, name="static"),
]
