"""API tokens: one per user, fresh at every login, gone on logout, expiry or a password change."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from rest_framework.authtoken.models import Token


def token_issue(*, user) -> Token:
    """A new token for a login; the one before stops working (a login is a rotation)."""
    with transaction.atomic():
        Token.objects.filter(user=user).delete()
        return Token.objects.create(user=user)


def tokens_revoke(*, user) -> int:
    """Every token of the user stops working (logout, password change)."""
    deleted, _ = Token.objects.filter(user=user).delete()
    return deleted


def token_expired(token: Token, *, now=None) -> bool:
    ttl = settings.API_TOKEN_TTL_DAYS
    return bool(ttl) and token.created <= (now or timezone.now()) - timedelta(days=ttl)


def revoke_tokens_on_password_change(sender, instance, created, **kwargs):
    """post_save of the user model: set_password() keeps the raw password in `_password` until
    save() has run, so its presence here means the password just changed (admin form,
    `changepassword`, anything that calls set_password), and a stolen token must die with it."""
    if not created and getattr(instance, "_password", None) is not None:
        tokens_revoke(user=instance)
