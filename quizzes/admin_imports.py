"""Import drafts in the admin: the review page of an upload, with Publish, Discard and conflict actions."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from quizzes.errors import RecallError
from quizzes.models import Deck, ImportDraft
from quizzes.services.import_drafts import import_conflict_resolve, import_draft_discard, import_draft_publish


def _differences(before: dict, after: dict) -> list[tuple[str, str, str]]:
    def shown(value):
        return " · ".join(value) if isinstance(value, list) else str(value)

    return [(name, shown(before.get(name)), shown(after[name])) for name in after if before.get(name) != after[name]]


@admin.register(ImportDraft)
class ImportDraftAdmin(admin.ModelAdmin):
    """Uploaded documents awaiting review: the preview of every change, then Publish or Discard."""

    list_display = ("source_name", "deck_slug", "status", "created_by", "created_at", "published_at")
    list_filter = ("status",)
    search_fields = ("source_name", "deck_slug")
    list_select_related = ("created_by",)

    def has_add_permission(self, request):
        return False  # drafts come from "Upload document" on the deck list

    def get_urls(self):
        def view(name, func):
            return path(
                f"<int:pk>/{name}/", self.admin_site.admin_view(require_POST(func)), name=f"quizzes_importdraft_{name}"
            )

        return [
            view("publish", self.publish_view),
            view("discard", self.discard_view),
            view("resolve", self.resolve_view),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        draft = get_object_or_404(ImportDraft, pk=object_id)
        if not self.has_view_or_change_permission(request, draft):
            raise PermissionDenied
        published = draft.status == ImportDraft.Status.PUBLISHED
        deck = Deck.objects.filter(slug=draft.deck_slug).first()
        conflicts = draft.report.get("conflicts", []) if published else draft.preview["conflicts"]["items"]
        for conflict in conflicts:
            conflict["choice"] = conflict.get("resolved") or draft.resolutions.get(conflict["key"])
            conflict["rows"] = _differences(conflict["mine"], conflict["theirs"])
        for update in draft.preview["updated"]["items"]:
            update["rows"] = _differences(update["before"], update["after"]) or [("retired", "yes", "no")]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Import of {draft.source_name} into {draft.deck_slug}",
            "draft": draft,
            "preview": draft.preview,
            "conflicts": conflicts,
            "deck": deck,
            # Publishing re-matches against the deck as it is then, so an older preview is only a guide.
            "stale": deck is not None
            and draft.status == ImportDraft.Status.PENDING
            and deck.documents.filter(imported_at__gt=draft.created_at).exists(),
            "can_change": self.has_change_permission(request, draft),
        }
        return TemplateResponse(request, "admin/quizzes/importdraft/review.html", context)

    def _act(self, request, pk, action, done: str):
        if not self.has_change_permission(request):
            raise PermissionDenied
        try:
            result = action()
        except RecallError as exc:
            self.message_user(request, str(exc), messages.ERROR)
        else:
            self.message_user(request, done.format(result=result), messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:quizzes_importdraft_change", args=[pk]))

    def publish_view(self, request, pk):
        return self._act(
            request, pk, lambda: import_draft_publish(draft_id=pk, user=request.user).summary(), "Published: {result}."
        )

    def discard_view(self, request, pk):
        return self._act(request, pk, lambda: import_draft_discard(draft_id=pk), "Discarded; nothing was changed.")

    def resolve_view(self, request, pk):
        key, take = request.POST.get("key", ""), request.POST.get("take", "")
        label = {"mine": "Kept your version", "document": "Took the document's version"}.get(take, "")
        return self._act(request, pk, lambda: import_conflict_resolve(draft_id=pk, key=key, take=take), label + ".")
