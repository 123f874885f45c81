from django.db.models import Count, Q
from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.response import Response

from api.filters import CARD_FILTERS, CardFilter
from api.permissions import IsStaffOrReadOnly
from api.serializers import (
    AuthorCardSerializer,
    DeckSerializer,
    ProgressSerializer,
    QuizSerializer,
    QuizStartSerializer,
    StudyCardSerializer,
)
from api.views.common import errors, learner_of
from quizzes.exports import FORMATS, deck_export_file
from quizzes.models import Card, Deck
from quizzes.selectors import deck_progress, quiz_summary
from quizzes.services.cards import card_create, card_delete, card_update, deck_delete
from quizzes.services.quizzes import quiz_start


class FileDownloadNegotiation(DefaultContentNegotiation):
    """`?format=` names the file to download here, not one of DRF's renderers; errors stay JSON."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


@extend_schema_view(
    list=extend_schema(responses={200: DeckSerializer(many=True), **errors(400, 404)}),
    retrieve=extend_schema(responses={200: DeckSerializer, **errors(404)}),
    create=extend_schema(responses={201: DeckSerializer, **errors(400, 403)}),
    update=extend_schema(responses={200: DeckSerializer, **errors(400, 403, 404)}),
    partial_update=extend_schema(responses={200: DeckSerializer, **errors(400, 403, 404)}),
    destroy=extend_schema(responses={204: None, **errors(403, 404, 409)}),
)
class DeckViewSet(viewsets.ModelViewSet):
    """Decks: learners see published ones; staff see and author all."""

    serializer_class = DeckSerializer
    permission_classes = [IsStaffOrReadOnly]
    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]+"

    def get_queryset(self):
        decks = Deck.objects.order_by("title")
        if self.action in ("list", "retrieve"):
            # Only these responses show the count; the nested actions just need the deck.
            decks = decks.annotate(card_count=Count("cards", filter=Q(cards__retired=False)))
        return decks if self.request.user.is_staff else decks.filter(published=True)

    def perform_destroy(self, instance):
        deck_delete(deck=instance)  # 409 when learners have reviewed its cards

    @extend_schema(parameters=[CARD_FILTERS], responses={200: StudyCardSerializer(many=True), **errors(400, 404)})
    @action(detail=True, methods=["get"], filter_backends=[], serializer_class=StudyCardSerializer)
    def cards(self, request, slug=None):
        """The deck's cards (staff also see retired ones and answers), filterable by kind, section and text."""
        deck = self.get_object()
        cards = Card.objects.filter(deck=deck).order_by("id")
        if not request.user.is_staff:
            cards = cards.filter(retired=False)
        filtered = CardFilter(request.query_params, queryset=cards)
        if not filtered.is_valid():
            raise ValidationError(filtered.errors)
        page = self.paginate_queryset(filtered.qs)
        serializer = AuthorCardSerializer if request.user.is_staff else StudyCardSerializer
        return self.get_paginated_response(serializer(page, many=True).data)

    @extend_schema(request=AuthorCardSerializer, responses={201: AuthorCardSerializer, **errors(400, 403, 404)})
    @cards.mapping.post
    def add_card(self, request, slug=None):
        """Staff: add a hand-written card to the deck."""
        deck = self.get_object()
        serializer = AuthorCardSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        card = card_create(deck=deck, **serializer.validated_data)
        return Response(AuthorCardSerializer(card).data, status=status.HTTP_201_CREATED)

    @extend_schema(responses={200: ProgressSerializer(many=True), **errors(400, 404)}, filters=False)
    @action(detail=True, methods=["get"], filter_backends=[])
    def progress(self, request, slug=None):
        """Per card: your state, due date, repetitions and lapses."""
        deck = self.get_object()
        page = self.paginate_queryset(deck_progress(learner=learner_of(request), deck=deck))
        return self.get_paginated_response(ProgressSerializer(page, many=True).data)

    @extend_schema(
        parameters=[OpenApiParameter("format", str, enum=FORMATS, default="json", description="the file to download")],
        responses={
            (200, "application/json"): OpenApiTypes.OBJECT,
            (200, "text/csv"): OpenApiTypes.STR,
            (200, "application/apkg"): OpenApiTypes.BINARY,
            **errors(400, 404),
        },
        filters=False,
    )
    @action(detail=True, methods=["get"], filter_backends=[], content_negotiation_class=FileDownloadNegotiation)
    def export(self, request, slug=None):
        """The deck as a file: JSON, CSV, or an Anki package (`apkg`) that Anki opens. Staff, and learners
        for decks they can study."""
        deck = self.get_object()
        exported = deck_export_file(deck=deck, format=request.query_params.get("format", "json"))
        response = HttpResponse(exported.content, content_type=exported.content_type)
        response["Content-Disposition"] = f'attachment; filename="{exported.filename}"'
        return response

    @extend_schema(request=QuizStartSerializer, responses={201: QuizSerializer, **errors(400, 404)}, filters=False)
    @action(detail=True, methods=["post"], filter_backends=[], permission_classes=[IsAuthenticated])
    def quizzes(self, request, slug=None):
        """Start a quiz of `size` multiple-choice and true/false questions (answers withheld)."""
        params = QuizStartSerializer(data=request.data)
        params.is_valid(raise_exception=True)
        session = quiz_start(learner=learner_of(request), deck_slug=slug, size=params.validated_data["size"])
        return Response(QuizSerializer(quiz_summary(session=session)).data, status=status.HTTP_201_CREATED)


@extend_schema_view(
    retrieve=extend_schema(responses={200: AuthorCardSerializer, **errors(403, 404)}),
    update=extend_schema(responses={200: AuthorCardSerializer, **errors(400, 403, 404)}),
    partial_update=extend_schema(responses={200: AuthorCardSerializer, **errors(400, 403, 404)}),
    destroy=extend_schema(responses={204: None, **errors(403, 404, 409)}),
)
class CardViewSet(
    mixins.RetrieveModelMixin, mixins.UpdateModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet
):
    """Staff: read, correct or delete one card. A correction is kept across re-imports; a card
    learners have reviewed cannot be deleted (409), only retired."""

    serializer_class = AuthorCardSerializer
    queryset = Card.objects.select_related("deck")
    permission_classes = [IsAdminUser]

    def perform_update(self, serializer):
        serializer.instance = card_update(card=serializer.instance, **serializer.validated_data)

    def perform_destroy(self, instance):
        card_delete(card=instance)
