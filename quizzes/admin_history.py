"""The admin's delete keeps learners' review history: a reviewed card is retired, a deck with
reviewed cards is unpublished and its cards retired; anything never reviewed is deleted as usual.

Mixed into the card and deck admins, so the authoring screens stay free to change while deleting
stays safe. (An inline's delete checkbox needs nothing: Django's inline formsets refuse to delete
an object whose deletion PROTECT forbids, with a form error naming the review log.)
"""

from django.contrib import messages

from quizzes.models import Card, Deck, ReviewLog
from quizzes.services.cards import card_delete_or_retire, deck_delete_or_retire

_RETIRED = "_recall_retired"


def has_reviews(obj: Card | Deck) -> bool:
    field = "card" if isinstance(obj, Card) else "card__deck"
    return ReviewLog.objects.filter(**{field: obj}).exists()


class RetireReviewedOnDeleteMixin:
    """For a ModelAdmin of Card or Deck."""

    def _delete_or_retire(self, request, obj) -> None:
        remove = card_delete_or_retire if isinstance(obj, Card) else deck_delete_or_retire
        outcome = remove(**{"card" if isinstance(obj, Card) else "deck": obj})
        if outcome == "retired":
            setattr(request, _RETIRED, [*getattr(request, _RETIRED, []), str(obj)])

    def get_deleted_objects(self, objs, request):
        """What the confirmation page lists: the unreviewed objects and their cascade, as usual;
        the reviewed ones as retired (they cascade nothing, so they need no delete permission on
        the read-only history they would otherwise take along)."""
        objs = list(objs)
        reviewed = [obj for obj in objs if has_reviews(obj)]
        unreviewed = [obj for obj in objs if obj not in reviewed]
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(unreviewed, request)
        note = "unpublished, its cards retired" if self.model is Deck else "retired"
        deleted += [
            f"{self.opts.verbose_name.capitalize()}: {obj} (learners reviewed it: {note}, not deleted)"
            for obj in reviewed
        ]
        return deleted, model_count, perms_needed, protected

    def delete_model(self, request, obj):
        self._delete_or_retire(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self._delete_or_retire(request, obj)
        self._report_retired(request)

    def response_delete(self, request, obj_display, obj_id):
        if self._report_retired(request):
            return self.response_post_save_change(request, None)
        return super().response_delete(request, obj_display, obj_id)

    def _report_retired(self, request) -> bool:
        retired = getattr(request, _RETIRED, [])
        if retired:
            what = "unpublished, with its cards retired" if self.model is Deck else "retired"
            names = ", ".join(f"“{name}”" for name in retired[:5]) + (" …" if len(retired) > 5 else "")
            self.message_user(
                request,
                f"Learners have reviewed {names}, so {len(retired)} item(s) were {what} instead of deleted: "
                "review history is never deleted.",
                messages.WARNING,
            )
            setattr(request, _RETIRED, [])
        return bool(retired)
