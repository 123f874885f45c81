from django.contrib import admin
from django.urls import include, path

from api.health import healthz
from api.views.index import site_root
from bot.webhook import telegram_webhook

admin.site.site_header = "Recall authoring"
admin.site.site_title = "Recall"

urlpatterns = [
    path("", site_root, name="site-root"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("api.urls")),
    path("healthz", healthz, name="healthz"),
    path("telegram/webhook/", telegram_webhook, name="telegram-webhook"),
]

handler404 = "api.handlers.not_found"
handler500 = "api.handlers.server_error"
