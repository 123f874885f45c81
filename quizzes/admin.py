import json

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from api.serializers import StudyCardSerializer
from bot.previews import telegram_preview
from quizzes import admin_imports  # noqa: F401  (registers the import drafts' pages)
from quizzes.admin_history import RetireReviewedOnDeleteMixin
from quizzes.admin_import_jobs import job_page_url
from quizzes.admin_reports import CardReportInline, ReportedFilter
from quizzes.authoring import cards_with_health, deck_summary, decks_with_counts
from quizzes.errors import RecallError
from quizzes.exports import deck_export_file
from quizzes.forms import CHOICE_FIELDS, KIND_FIELDS, CardForm, DocumentUploadForm
from quizzes.models import (
    Card,
    Deck,
    Delivery,
    Document,
    Learner,
    Note,
    QuizAnswer,
    QuizSession,
    ReviewLog,
    ReviewState,
    Subscription,
)
from quizzes.services.card_reports import card_reports_resolve
from quizzes.services.cards import new_manual_key
from quizzes.services.import_jobs import import_job_enqueue

# Telegram's HTML has no attributes on these tags; everything else stays escaped in the preview.
TELEGRAM_TAGS = ("b", "i", "u", "s", "code", "pre")


class ReadOnlyAdmin(admin.ModelAdmin):
    """History is evidence: staff may read it, never rewrite it."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def _card_list_url(deck: Deck, **filters) -> str:
    query = "&".join(f"{k}={v}" for k, v in {"deck__id__exact": deck.pk, **filters}.items())
    return f"{reverse('admin:quizzes_card_changelist')}?{query}"


@admin.register(Deck)
class DeckAdmin(RetireReviewedOnDeleteMixin, admin.ModelAdmin):
    list_display = ("title", "slug", "published", "live_cards", "last_import", "desired_retention")
    list_filter = ("published",)
    search_fields = ("title", "slug", "description")
    prepopulated_fields = {"slug": ("title",)}
    actions = ["publish", "unpublish", "export_apkg"]
    fields = ("title", "slug", "description", "published", "desired_retention", "cards_overview")
    readonly_fields = ("cards_overview",)

    def get_queryset(self, request):
        return decks_with_counts(super().get_queryset(request))

    @admin.display(description="Live cards", ordering="live_cards")
    def live_cards(self, deck):
        return deck.live_cards

    @admin.display(description="Last import", ordering="last_import")
    def last_import(self, deck):
        return deck.last_import

    @admin.display(description="Cards")
    def cards_overview(self, deck):
        if not deck.pk:
            return "Upload a document or add cards once the deck is saved."
        summary = deck_summary(deck=deck)
        for kind in summary["kinds"]:
            kind["url"] = _card_list_url(deck, kind__exact=kind["kind"])
        worst = CardAdmin.list_display.index("lapse_rate") + 1
        context = {
            **summary,
            "deck": deck,
            "all_url": _card_list_url(deck),
            "live_url": _card_list_url(deck, retired__exact=0),
            "retired_url": _card_list_url(deck, retired__exact=1),
            "edited_url": _card_list_url(deck, edited_by_staff__exact=1),
            "reported_url": _card_list_url(deck, reported="open"),
            "worst_url": _card_list_url(deck, retired__exact=0, o=f"-{worst}"),
        }
        return mark_safe(render_to_string("admin/quizzes/deck/cards_overview.html", context))

    def get_urls(self):
        upload = path("upload/", self.admin_site.admin_view(self.upload_view), name="quizzes_deck_upload")
        return [upload, *super().get_urls()]

    def upload_view(self, request):
        """Queue an upload for a worker (a Markdown draft to review, or an import) and open its progress page."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = DocumentUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload, data = form.cleaned_data["document"], form.cleaned_data
            try:
                job = import_job_enqueue(
                    deck_slug=data["deck"],
                    title=data["title"] or None,
                    content=upload.read(),
                    source_name=upload.name,
                    user=request.user,
                    draft=not data["publish_now"],
                )
            except RecallError as exc:
                form.add_error("document", str(exc))
            else:
                return HttpResponseRedirect(job_page_url(job, follow=True))
        context = {**self.admin_site.each_context(request), "title": "Upload document", "opts": self.opts, "form": form}
        return TemplateResponse(request, "admin/quizzes/deck/upload.html", context)

    @admin.action(description="Publish selected decks")
    def publish(self, request, queryset):
        count = queryset.update(published=True)
        self.message_user(request, f"Published {count} deck(s).", messages.SUCCESS)

    @admin.action(description="Export the selected deck to Anki (.apkg)")
    def export_apkg(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "Select exactly one deck to export.", messages.ERROR)
            return None
        exported = deck_export_file(deck=queryset.get(), format="apkg")
        response = HttpResponse(exported.content, content_type=exported.content_type)
        response["Content-Disposition"] = f'attachment; filename="{exported.filename}"'
        return response

    @admin.action(description="Unpublish selected decks")
    def unpublish(self, request, queryset):
        count = queryset.update(published=False)
        self.message_user(request, f"Unpublished {count} deck(s).", messages.SUCCESS)


def _telegram_html(html: str) -> str:
    """Render Telegram's HTML as a browser would show it, allowing only its attribute-free tags."""
    safe = escape(html)
    for tag in TELEGRAM_TAGS:
        safe = safe.replace(f"&lt;{tag}&gt;", f"<{tag}>").replace(f"&lt;/{tag}&gt;", f"</{tag}>")
    return safe.replace("\n", "<br>")


@admin.register(Card)
class CardAdmin(RetireReviewedOnDeleteMixin, admin.ModelAdmin):
    form = CardForm
    list_display = (
        "short_front",
        "short_answer",
        "kind",
        "section",
        "edited",
        "retired",
        "reviews",
        "lapse_rate",
        "reports",
    )
    list_filter = (
        "kind",
        "retired",
        "edited_by_staff",
        ReportedFilter,
        ("note__extractor", admin.AllValuesFieldListFilter),
        "deck",
        "section",
    )
    search_fields = ("front", "back")
    list_select_related = ("deck",)
    list_per_page = 50
    readonly_fields = (
        "key",
        "note",
        "generated_hash",
        "created_at",
        "updated_at",
        "edited_by_staff",
        "learner_preview",
    )
    actions = ["retire", "restore", "publish_decks"]
    inlines = [CardReportInline]
    fieldsets = (
        (None, {"fields": ("deck", "kind", "section", "front", "back", *CHOICE_FIELDS, "correct", "truth")}),
        (None, {"fields": ("explanation",)}),
        ("Status", {"fields": ("retired", "edited_by_staff")}),
        ("What the learner sees", {"fields": ("learner_preview",)}),
        (
            "Provenance",
            {"classes": ["collapse"], "fields": ("key", "note", "generated_hash", "created_at", "updated_at")},
        ),
    )

    class Media:
        js = ("quizzes/admin/card_form.js",)
        css = {"all": ("quizzes/admin/authoring.css",)}

    def get_queryset(self, request):
        return cards_with_health(super().get_queryset(request))

    def get_fieldsets(self, request, obj=None):
        if obj is None:  # nothing to preview before the card exists
            return [fs for fs in self.fieldsets if "learner_preview" not in fs[1]["fields"]]
        return self.fieldsets

    def render_change_form(self, request, context, *args, **kwargs):
        # The script reads which fields each kind uses from here, so the rule lives in one place (forms.py).
        context["kind_fields"] = json.dumps({kind.value: names for kind, names in KIND_FIELDS.items()})
        return super().render_change_form(request, context, *args, **kwargs)

    @admin.display(description="Front", ordering="front")
    def short_front(self, card):
        return card.front[:120]

    @admin.display(description="Answer")
    def short_answer(self, card):
        return card.answer_text[:80]

    @admin.display(description="Edited", boolean=True, ordering="edited_by_staff")
    def edited(self, card):
        return card.edited_by_staff

    @admin.display(description="Reviews", ordering="health_reviews")
    def reviews(self, card):
        return card.health_reviews

    # Never-reviewed cards sort below every reviewed one when the worst come first (nulls flip with the order).
    @admin.display(description="Lapse rate", ordering=F("health_lapse_rate").asc(nulls_first=True))
    def lapse_rate(self, card):
        return "–" if card.health_lapse_rate is None else f"{card.health_lapse_rate:.0%}"

    @admin.display(description="Reports", ordering="open_reports")
    def reports(self, card):
        return card.open_reports or ""

    @admin.display(description="Preview")
    def learner_preview(self, card):
        messages_ = [{**m, "rendered": mark_safe(_telegram_html(m["html"]))} for m in telegram_preview(card)]
        api = json.dumps(StudyCardSerializer(card).data, indent=2, ensure_ascii=False)
        return mark_safe(render_to_string("admin/quizzes/card/preview.html", {"messages": messages_, "api": api}))

    def save_model(self, request, obj, form, change):
        # A hand correction must survive the next import of the document, and answers the reports about it.
        fixed = change and form.content_changed
        if fixed or not change:
            obj.edited_by_staff = True
        if not obj.key:
            obj.key = new_manual_key()
        super().save_model(request, obj, form, change)
        if fixed or (change and obj.retired and "retired" in form.changed_data):
            card_reports_resolve(card_ids=[obj.pk])

    def response_change(self, request, obj):
        if "_savenext" in request.POST:
            following = Card.objects.filter(deck_id=obj.deck_id, retired=False, pk__gt=obj.pk).order_by("pk").first()
            self.message_user(request, f"Saved “{obj.front[:60]}”.", messages.SUCCESS)
            if following is None:
                return HttpResponseRedirect(_card_list_url(obj.deck))
            return HttpResponseRedirect(reverse("admin:quizzes_card_change", args=[following.pk]))
        return super().response_change(request, obj)

    @admin.action(description="Retire selected cards (hide from study)")
    def retire(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        count = Card.objects.filter(pk__in=ids).update(retired=True)
        resolved = card_reports_resolve(card_ids=ids)
        self.message_user(request, f"Retired {count} card(s); closed {resolved} report(s).", messages.SUCCESS)

    @admin.action(description="Restore selected cards to study")
    def restore(self, request, queryset):
        count = Card.objects.filter(pk__in=queryset.values("pk")).update(retired=False)
        self.message_user(request, f"Restored {count} card(s).", messages.SUCCESS)

    @admin.action(description="Publish the decks of selected cards")
    def publish_decks(self, request, queryset):
        count = Deck.objects.filter(pk__in=queryset.values("deck")).update(published=True)
        self.message_user(request, f"Published {count} deck(s).", messages.SUCCESS)


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    list_display = ("cue", "extractor", "section", "deck", "retired")
    list_filter = ("extractor", "retired", "deck")
    search_fields = ("cue", "key", "section")
    readonly_fields = ("key", "deck", "section", "extractor", "cue", "fields", "created_at", "updated_at")


@admin.register(Document)
class DocumentAdmin(ReadOnlyAdmin):
    list_display = ("source_name", "deck", "sha256", "imported_by", "imported_at")
    list_filter = ("deck",)
    readonly_fields = ("deck", "source_name", "sha256", "report", "imported_by", "imported_at", "text")


class SubscriptionInline(admin.TabularInline):
    model = Subscription
    extra = 0


@admin.register(Learner)
class LearnerAdmin(admin.ModelAdmin):
    list_display = ("user", "telegram_chat_id", "timezone", "reminder_time", "reminders_enabled")
    list_filter = ("reminders_enabled", "timezone")
    search_fields = ("user__username", "telegram_chat_id")
    list_select_related = ("user",)
    readonly_fields = ("link_token", "link_token_expires_at", "created_at")
    inlines = [SubscriptionInline]


@admin.register(ReviewLog)
class ReviewLogAdmin(ReadOnlyAdmin):
    list_display = (
        "reviewed_at",
        "learner",
        "card",
        "rating",
        "correct",
        "source",
        "state_after",
        "due_after",
    )
    list_filter = ("rating", "source", "correct")
    search_fields = ("learner__user__username", "card__front")
    list_select_related = ("learner__user", "card")
    date_hierarchy = "reviewed_at"


@admin.register(ReviewState)
class ReviewStateAdmin(ReadOnlyAdmin):
    list_display = ("learner", "card", "state", "due", "reps", "lapses", "stability", "difficulty")
    list_filter = ("state",)
    search_fields = ("learner__user__username", "card__front")
    list_select_related = ("learner__user", "card")


class QuizAnswerInline(admin.TabularInline):
    model = QuizAnswer
    fields = ("position", "card", "answer", "correct", "answered_at")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(QuizSession)
class QuizSessionAdmin(ReadOnlyAdmin):
    list_display = ("id", "learner", "deck", "created_at", "finished_at")
    list_select_related = ("learner__user", "deck")
    inlines = [QuizAnswerInline]


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyAdmin):
    list_display = ("learner", "local_date", "status", "due_count", "attempts", "sent_at")
    list_filter = ("status", "local_date")
    list_select_related = ("learner__user",)
