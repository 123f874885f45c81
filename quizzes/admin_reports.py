"""Learners' reports of bad cards in the admin: a filter and an inline for the card pages, and their own list."""

from django.contrib import admin

from quizzes.models import CardReport


class ReportedFilter(admin.SimpleListFilter):
    title = "reported by learners"
    parameter_name = "reported"

    def lookups(self, request, model_admin):
        return [("open", "Open reports"), ("any", "Ever reported"), ("none", "Never reported")]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.filter(open_reports__gt=0)
        if self.value() == "any":
            return queryset.filter(pk__in=CardReport.objects.values("card"))
        if self.value() == "none":
            return queryset.exclude(pk__in=CardReport.objects.values("card"))
        return queryset


class CardReportInline(admin.TabularInline):
    model = CardReport
    fields = ("created_at", "reason", "note", "learner", "resolved_at")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False
    verbose_name_plural = "Reports from learners"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("learner__user")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(CardReport)
class CardReportAdmin(admin.ModelAdmin):
    list_display = ("created_at", "reason", "short_note", "card", "learner", "resolved_at")
    list_filter = ("reason", ("resolved_at", admin.EmptyFieldListFilter))
    search_fields = ("note", "card__front")
    list_select_related = ("card", "learner__user")
    readonly_fields = ("card", "learner", "reason", "note", "created_at")

    @admin.display(description="Note")
    def short_note(self, report):
        return report.note[:100]

    def has_add_permission(self, request):
        return False
