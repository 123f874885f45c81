from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.generics import ListAPIView, RetrieveAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from api.representations import due_queue_data, review_data
from api.serializers import REVIEW_INPUT, DueQueueSerializer, ReviewInputSerializer, ReviewSerializer, StatsSerializer
from api.views.common import errors, learner_of
from quizzes.errors import NotFound
from quizzes.models import Deck, ReviewLog
from quizzes.selectors import learner_reviews
from quizzes.services.reviews import review_record
from quizzes.stats import learner_stats
from quizzes.study_queue import due_queue

IDEMPOTENCY_HEADER = OpenApiParameter(
    "Idempotency-Key",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    description="Any unique string up to 100 characters; a retry with the same key and body records nothing "
    "new and returns the first response. The same key with a different body is a 422.",
)


class DueQueryParams(serializers.Serializer):
    deck = serializers.SlugField(required=False, max_length=80)
    limit = serializers.IntegerField(min_value=1, max_value=100, default=20)


class DueView(APIView):
    @extend_schema(parameters=[DueQueryParams], responses={200: DueQueueSerializer, **errors(400, 404)})
    def get(self, request):
        """The next cards to study: learning first, then due reviews, then new cards within today's limit."""
        # A plain dict: DRF treats an empty QueryDict value as "not given", but ?deck= is a mistake.
        params = DueQueryParams(data=request.query_params.dict())
        params.is_valid(raise_exception=True)
        deck = None
        if slug := params.validated_data.get("deck"):
            deck = Deck.objects.filter(slug=slug, published=True).first()
            if deck is None:
                raise NotFound(f"No published deck {slug!r}.")
        queue = due_queue(learner=learner_of(request), deck=deck, limit=params.validated_data["limit"])
        return Response(due_queue_data(queue))


class ReviewListView(ListAPIView):
    serializer_class = ReviewSerializer
    queryset = ReviewLog.objects.none()  # for the schema; requests use get_queryset

    def get_queryset(self):
        return learner_reviews(learner=learner_of(self.request))

    @extend_schema(responses={200: ReviewSerializer(many=True), **errors(400, 404)})
    def get(self, request, *args, **kwargs):
        """Your reviews, newest first."""
        return super().get(request, *args, **kwargs)

    @extend_schema(
        request=REVIEW_INPUT,
        parameters=[IDEMPOTENCY_HEADER],
        responses={201: ReviewSerializer, **errors(400, 404, 422)},
    )
    def post(self, request):
        """Answer a card: `rating` for basic, reverse and cloze cards; `answer` (a choice) for mcq and true/false.
        The reply carries the right answer and its explanation, so a client can show them after a wrong one."""
        data = ReviewInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        recorded = review_record(
            learner=learner_of(request),
            card=data.validated_data["card"],
            rating=data.validated_data.get("rating"),
            answer=data.validated_data.get("answer"),
            client_id=request.headers.get("Idempotency-Key"),
        )
        return Response(review_data(recorded.log), status=status.HTTP_201_CREATED)


class ReviewDetailView(RetrieveAPIView):
    serializer_class = ReviewSerializer
    queryset = ReviewLog.objects.none()

    def get_queryset(self):
        return learner_reviews(learner=learner_of(self.request))

    @extend_schema(responses={200: ReviewSerializer, **errors(404)})
    def get(self, request, *args, **kwargs):
        """One of your reviews; another learner's is a 404."""
        return super().get(request, *args, **kwargs)


class StatsView(APIView):
    @extend_schema(responses={200: StatsSerializer, **errors()})
    def get(self, request):
        """Reviews today, cards due now, a 7-day forecast, 30-day retention and your streak."""
        # Already plain JSON types; StatsSerializer documents the shape.
        return Response(learner_stats(learner=learner_of(request)))
