from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from api.tokens import token_expired


class LearnerTokenAuthentication(TokenAuthentication):
    """DRF's token auth, loading the user's learner in the same query (every study endpoint needs
    it), and refusing a token older than API_TOKEN_TTL_DAYS."""

    def authenticate_credentials(self, key):
        model = self.get_model()
        try:
            token = model.objects.select_related("user__learner").get(key=key)
        except model.DoesNotExist:
            return super().authenticate_credentials(key)  # DRF's own error message
        if not token.user.is_active:
            return super().authenticate_credentials(key)
        if token_expired(token):
            token.delete()
            raise AuthenticationFailed("Token expired: log in again for a new one.")
        return token.user, token
