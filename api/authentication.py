from rest_framework.authentication import TokenAuthentication


class LearnerTokenAuthentication(TokenAuthentication):
    """DRF's token auth, loading the user's learner in the same query: every study endpoint needs it."""

    def authenticate_credentials(self, key):
        model = self.get_model()
        try:
            token = model.objects.select_related("user__learner").get(key=key)
        except model.DoesNotExist:
            return super().authenticate_credentials(key)  # DRF's own error message
        if not token.user.is_active:
            return super().authenticate_credentials(key)
        return token.user, token
