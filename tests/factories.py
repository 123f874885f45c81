import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from quizzes.models import Card, Deck, Learner, Note, ReviewState, Subscription


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("correct horse battery")


class LearnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Learner

    user = factory.SubFactory(UserFactory)


class DeckFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Deck

    slug = factory.Sequence(lambda n: f"deck-{n}")
    title = factory.Sequence(lambda n: f"Deck {n}")


class NoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Note

    deck = factory.SubFactory(DeckFactory)
    key = factory.Sequence(lambda n: f"note-{n}")
    extractor = "definitions"
    cue = factory.Sequence(lambda n: f"Term {n}")


class CardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Card

    deck = factory.SubFactory(DeckFactory)
    key = factory.Sequence(lambda n: f"card-{n}")
    kind = Card.Kind.BASIC
    front = factory.Sequence(lambda n: f"What is term {n}?")
    back = factory.Sequence(lambda n: f"Definition {n}")


class McqCardFactory(CardFactory):
    kind = Card.Kind.MCQ
    choices = ["alpha", "beta", "gamma", "delta"]
    answer = "gamma"
    back = "gamma"


class TrueFalseCardFactory(CardFactory):
    kind = Card.Kind.TRUE_FALSE
    choices = ["True", "False"]
    answer = "False"
    back = "False"


class ReviewStateFactory(factory.django.DjangoModelFactory):
    """A learner's card in review, with FSRS memory; `due` is when it falls due."""

    class Meta:
        model = ReviewState

    learner = factory.SubFactory(LearnerFactory)
    card = factory.SubFactory(CardFactory)
    deck = factory.SelfAttribute("card.deck")
    state = ReviewState.State.REVIEW
    stability = 3.0
    difficulty = 5.0
    due = factory.LazyFunction(timezone.now)


class SubscriptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscription

    learner = factory.SubFactory(LearnerFactory)
    deck = factory.SubFactory(DeckFactory)
