from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path

from quizzes.admin_history import RetireReviewedOnDeleteMixin
from quizzes.errors import RecallError
from quizzes.forms import DocumentUploadForm
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
from quizzes.services.cards import new_manual_key
from quizzes.services.documents import document_import

CARD_CONTENT_FIELDS = ("front", "back", "choices", "answer", "explanation")


class ReadOnlyAdmin(admin.ModelAdmin):
    """History is evidence: staff may read it, never rewrite it."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class CardInline(admin.TabularInline):
    model = Card
    fields = ("kind", "front", "back", "answer", "retired", "edited_by_staff")
    readonly_fields = ("edited_by_staff",)
    extra = 0
    show_change_link = True
    classes = ["collapse"]


@admin.register(Deck)
class DeckAdmin(RetireReviewedOnDeleteMixin, admin.ModelAdmin):
    list_display = ("title", "slug", "published", "desired_retention", "updated_at")
    list_filter = ("published",)
    search_fields = ("title", "slug", "description")
    prepopulated_fields = {"slug": ("title",)}
    actions = ["publish", "unpublish"]
    inlines = [CardInline]

    def get_urls(self):
        upload = path("upload/", self.admin_site.admin_view(self.upload_view), name="quizzes_deck_upload")
        return [upload, *super().get_urls()]

    def upload_view(self, request):
        """Upload a Markdown document: create or update its deck and show the import report."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        context = {**self.admin_site.each_context(request), "title": "Upload document", "opts": self.opts}
        form = DocumentUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["document"]
            try:
                report = document_import(
                    deck_slug=form.cleaned_data["deck"],
                    title=form.cleaned_data["title"] or None,
                    content=upload.read(),
                    source_name=upload.name,
                    user=request.user,
                    dry_run=form.cleaned_data["dry_run"],
                )
            except RecallError as exc:
                form.add_error("document", str(exc))
            else:
                context["report"] = report
                deck = Deck.objects.filter(slug=report.deck).first()
                if deck:
                    cards = deck.cards.filter(retired=False)
                    context.update(deck=deck, card_count=cards.count(), preview=cards[:25])
                self.message_user(request, f"Imported into {report.deck}: {report.summary()}.", messages.SUCCESS)
        context["form"] = form
        return TemplateResponse(request, "admin/quizzes/deck/upload.html", context)

    @admin.action(description="Publish selected decks")
    def publish(self, request, queryset):
        count = queryset.update(published=True)
        self.message_user(request, f"Published {count} deck(s).", messages.SUCCESS)

    @admin.action(description="Unpublish selected decks")
    def unpublish(self, request, queryset):
        count = queryset.update(published=False)
        self.message_user(request, f"Unpublished {count} deck(s).", messages.SUCCESS)


@admin.register(Card)
class CardAdmin(RetireReviewedOnDeleteMixin, admin.ModelAdmin):
    list_display = ("front", "kind", "deck", "section", "retired", "edited_by_staff")
    list_filter = ("kind", "retired", "edited_by_staff", "deck", "section")
    search_fields = ("front", "back", "answer", "key")
    list_select_related = ("deck",)
    readonly_fields = ("key", "note", "generated_hash", "created_at", "updated_at")
    actions = ["retire", "restore"]
    fieldsets = (
        (None, {"fields": ("deck", "kind", "section", "front", "back", "choices", "answer", "explanation")}),
        ("Status", {"fields": ("retired", "edited_by_staff")}),
        ("Provenance", {"classes": ["collapse"], "fields": readonly_fields}),
    )

    def save_model(self, request, obj, form, change):
        # A hand correction must survive the next import of the document.
        if any(name in form.changed_data for name in CARD_CONTENT_FIELDS):
            obj.edited_by_staff = True
        if not obj.key:
            obj.key = new_manual_key()
        super().save_model(request, obj, form, change)

    @admin.action(description="Retire selected cards (hide from study)")
    def retire(self, request, queryset):
        self.message_user(request, f"Retired {queryset.update(retired=True)} card(s).", messages.SUCCESS)

    @admin.action(description="Restore selected cards to study")
    def restore(self, request, queryset):
        self.message_user(request, f"Restored {queryset.update(retired=False)} card(s).", messages.SUCCESS)


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
