from django.contrib import admin
from django.contrib.admin.apps import AdminConfig

# Recall's own pages first, in the order an author works; the plumbing (users, tokens, periodic tasks) after.
RECALL_FIRST = ["Deck", "Card", "ImportDraft", "ImportJob", "CardReport", "Document", "Learner", "Note"]


class RecallAdminSite(admin.AdminSite):
    # Review pages (card list, diffs) need the width more than a second copy of the app list.
    enable_nav_sidebar = False

    def get_app_list(self, request, app_label=None):
        apps = super().get_app_list(request, app_label)
        rank = {name: i for i, name in enumerate(RECALL_FIRST)}
        for app in apps:
            if app["app_label"] == "quizzes":
                app["models"].sort(key=lambda m: (rank.get(m["object_name"], len(rank)), m["name"]))
        return sorted(apps, key=lambda app: app["app_label"] != "quizzes")


class RecallAdminConfig(AdminConfig):
    """Installed in place of django.contrib.admin, so admin.site is a RecallAdminSite."""

    default_site = "quizzes.admin_site.RecallAdminSite"
