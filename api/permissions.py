from rest_framework.permissions import SAFE_METHODS, BasePermission


class IsStaffOrReadOnly(BasePermission):
    """Learners read; only staff author."""

    message = "Only staff can change decks and cards."

    def has_permission(self, request, view):
        return bool(
            request.user and request.user.is_authenticated and (request.method in SAFE_METHODS or request.user.is_staff)
        )
