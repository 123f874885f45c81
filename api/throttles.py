from rest_framework.throttling import AnonRateThrottle


class RegisterThrottle(AnonRateThrottle):
    """By client address: account creation is the cheapest thing to abuse."""

    scope = "register"


class TokenThrottle(AnonRateThrottle):
    """By client address, stricter than normal traffic: it guards against password guessing."""

    scope = "token"
