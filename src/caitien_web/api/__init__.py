"""The JSON API (django-ninja, OpenAPI at /api/docs): session authentication, page permissions."""

from ninja import NinjaAPI
from ninja.security import django_auth

from caitien_web.imports.api import router as imports_router
from caitien_web.plans.api import router as plans_router

api = NinjaAPI(
    title="Caitien API",
    version="1",
    description="Kế hoạch cải tiến chất lượng: cùng quyền như các trang web (đăng nhập phiên).",
    auth=django_auth,
    urls_namespace="api",
)
api.add_router("/plans", plans_router)
api.add_router("/imports", imports_router)
