"""Import jobs in the admin: the page an upload waits on, with a progress bar, then its outcome."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from quizzes.models import Deck, ImportJob

# How often the page of an unfinished job reloads itself. A meta refresh rather than a script:
# the admin is headed for a Content-Security-Policy without 'unsafe-inline'.
REFRESH_SECONDS = 2
# Cards listed under a finished import's report; the link beside them opens all of them.
REPORT_CARDS = 25
# Conflicts and skipped blocks named on the page; the report's counts cover all of them.
REPORT_LIST = 200
# Asked by the page's own refresh: the uploader is waiting, so a finished draft opens at once.
FOLLOW = "follow"


def job_page_url(job: ImportJob, *, follow: bool = False) -> str:
    url = reverse("admin:quizzes_importjob_change", args=[job.pk])
    return f"{url}?{FOLLOW}=1" if follow else url


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    """Uploads queued for a worker: where each one is, and what it did."""

    list_display = ("source_name", "deck_slug", "status", "progress_bar", "stage", "created_by", "created_at")
    list_filter = ("status",)
    search_fields = ("source_name", "deck_slug")
    list_select_related = ("created_by",)

    def get_queryset(self, request):
        return super().get_queryset(request).defer("content")  # the upload itself, up to 2 MB per row

    @admin.display(description="Progress", ordering="progress")
    def progress_bar(self, job):
        return format_html('<progress max="100" value="{}">{}%</progress>', job.progress, job.progress)

    def has_add_permission(self, request):
        return False  # jobs come from "Upload document" on the deck list and the API

    def has_change_permission(self, request, obj=None):
        return False  # the worker writes a job; staff only watch it

    def change_view(self, request, object_id, form_url="", extra_context=None):
        job = self.get_object(request, unquote(object_id))
        if job is None:
            raise Http404(f"No import job {object_id}.")
        if not self.has_view_permission(request, job):
            raise PermissionDenied
        if job.draft_id and FOLLOW in request.GET:
            self.message_user(request, "Uploaded as a draft: review the changes, then publish.", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:quizzes_importdraft_change", args=[job.draft_id]))
        finished = job.status in ImportJob.FINISHED
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Import of {job.source_name} into {job.deck_slug}",
            "job": job,
            "finished": finished,
            "refresh_seconds": REFRESH_SECONDS,
            "refresh_url": job_page_url(job, follow=True),
            "report": job.report,
            "list_size": REPORT_LIST,
            "list_limit": f":{REPORT_LIST}",
        }
        if job.report and not job.report.get("dry_run"):
            deck = Deck.objects.filter(slug=job.report["deck"]).first()
            if deck is not None:
                cards = deck.cards.filter(retired=False).order_by("pk")
                context.update(deck=deck, card_count=cards.count(), cards=cards[:REPORT_CARDS])
        return TemplateResponse(request, "admin/quizzes/importjob/progress.html", context)
