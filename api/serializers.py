from django.db import models
from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from quizzes import clock, scheduling
from quizzes.choices import presented_choices
from quizzes.models import Card, Deck, ImportJob, Learner, QuizAnswer, ReviewLog


class StrictBooleanField(serializers.BooleanField):
    """JSON true or false only: DRF's own also takes 0, 1, "yes" and "on", which the schema does not allow."""

    def to_internal_value(self, data):
        if isinstance(data, bool):
            return data
        self.fail("invalid", input=data)


class JSONModelSerializer(serializers.ModelSerializer):
    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.BooleanField: StrictBooleanField,
    }


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, in one sentence")
    errors = serializers.DictField(required=False, help_text="For invalid input: the messages per field")


class RegisterSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=128, write_only=True, style={"input_type": "password"})


class CredentialsSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=128, write_only=True, style={"input_type": "password"})


class AccountSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()


class ApiIndexSerializer(serializers.Serializer):
    name = serializers.CharField()
    description = serializers.CharField()
    api = serializers.URLField(help_text="This index")
    docs = serializers.URLField(help_text="Swagger UI")
    schema = serializers.URLField(help_text="The OpenAPI schema")
    admin = serializers.URLField(help_text="Authoring, for staff")
    health = serializers.URLField(help_text="Database and broker status")


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField()


class DeckSerializer(JSONModelSerializer):
    card_count = serializers.SerializerMethodField(help_text="Cards in the deck that are not retired")

    class Meta:
        model = Deck
        fields = ["slug", "title", "description", "published", "desired_retention", "card_count", "updated_at"]
        read_only_fields = ["updated_at"]
        extra_kwargs = {"desired_retention": {"min_value": 0.7, "max_value": 0.99}}

    def get_card_count(self, deck) -> int:
        # Lists annotate the count in their one query; a deck just created or changed counts it here.
        counted = getattr(deck, "card_count", None)
        return counted if counted is not None else deck.cards.filter(retired=False).count()


class StudyCardSerializer(serializers.ModelSerializer):
    """A card as a learner sees it before answering: `back` is null for auto-graded kinds (the answer
    stays hidden) and `choices` is empty for self-graded ones."""

    back = serializers.SerializerMethodField()
    choices = serializers.SerializerMethodField()

    class Meta:
        model = Card
        fields = ["id", "kind", "section", "front", "back", "choices"]

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_back(self, card) -> str | None:
        return None if card.is_auto_graded else card.back

    def get_choices(self, card) -> list[str]:
        return presented_choices(kind=card.kind, choices=card.choices)


class AuthorCardSerializer(JSONModelSerializer):
    """Everything staff edit; a hand edit marks the card so imports never overwrite it."""

    deck = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Card
        fields = [
            "id",
            "deck",
            "key",
            "kind",
            "section",
            "front",
            "back",
            "choices",
            "answer",
            "explanation",
            "retired",
            "edited_by_staff",
        ]
        read_only_fields = ["key", "edited_by_staff"]

    def validate(self, attrs):
        kind = attrs.get("kind", getattr(self.instance, "kind", None))
        choices = attrs.get("choices", getattr(self.instance, "choices", []))
        answer = attrs.get("answer", getattr(self.instance, "answer", ""))
        if not isinstance(choices, list) or not all(isinstance(c, str) and c.strip() for c in choices):
            raise serializers.ValidationError({"choices": "A list of non-empty strings."})
        if kind in Card.AUTO_GRADED:
            if len(choices) < 2 or len(set(choices)) != len(choices):
                raise serializers.ValidationError({"choices": "At least two distinct choices."})
            if answer not in choices:
                raise serializers.ValidationError({"answer": "The answer must be one of the choices."})
        return attrs


# A plain Serializer on purpose: this is the hottest response, and a ModelSerializer rebuilds its
# fields on every request.
class StudyItemSerializer(serializers.Serializer):
    """A queued card with your state: `due` is null for a new card, `back` for auto-graded kinds."""

    id = serializers.IntegerField(source="card.id")
    kind = serializers.CharField(source="card.kind")
    section = serializers.CharField(source="card.section")
    front = serializers.CharField(source="card.front")
    back = serializers.SerializerMethodField()
    choices = serializers.SerializerMethodField()
    state = serializers.CharField(source="state_name")
    due = serializers.DateTimeField(allow_null=True)

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_back(self, item) -> str | None:
        return None if item.card.is_auto_graded else item.card.back

    def get_choices(self, item) -> list[str]:
        return item.choices  # shuffled for this presentation; answers are graded by value


class DueQueueSerializer(serializers.Serializer):
    due_count = serializers.IntegerField()
    new_available = serializers.IntegerField()
    results = StudyItemSerializer(many=True, source="items")


class ReviewInputSerializer(serializers.Serializer):
    card = serializers.IntegerField(min_value=1)
    rating = serializers.ChoiceField(choices=list(scheduling.RATINGS), required=False)
    answer = serializers.CharField(max_length=500, required=False, trim_whitespace=False)

    def validate(self, attrs):
        if ("rating" in attrs) == ("answer" in attrs):
            raise serializers.ValidationError("Send either rating (self-graded cards) or answer (auto-graded cards).")
        return attrs


class RatingReviewSerializer(serializers.Serializer):
    """A self-graded card (basic, reverse, cloze): how well you remembered it."""

    card = serializers.IntegerField(min_value=1)
    rating = serializers.ChoiceField(choices=list(scheduling.RATINGS))


class AnswerReviewSerializer(serializers.Serializer):
    """An auto-graded card (mcq, true/false): the choice you picked."""

    card = serializers.IntegerField(min_value=1)
    answer = serializers.CharField(max_length=500, trim_whitespace=False)


# What ReviewInputSerializer accepts, as the schema can say it: one of the two bodies, never both.
REVIEW_INPUT = PolymorphicProxySerializer(
    component_name="ReviewInput",
    serializers=[RatingReviewSerializer, AnswerReviewSerializer],
    resource_type_field_name=None,
)


class ReviewSerializer(serializers.ModelSerializer):
    card = serializers.IntegerField(source="card_id")
    rating = serializers.SerializerMethodField()
    state = serializers.SerializerMethodField()
    next_due = serializers.DateTimeField(source="due_after")
    interval = serializers.SerializerMethodField()
    interval_seconds = serializers.SerializerMethodField()

    class Meta:
        model = ReviewLog
        fields = [
            "id",
            "card",
            "rating",
            "correct",
            "answer",
            "source",
            "state",
            "next_due",
            "interval",
            "interval_seconds",
            "reviewed_at",
            "correct_answer",
            "explanation",
        ]

    correct_answer = serializers.SerializerMethodField(
        help_text="The right choice for mcq and true/false cards; the back for self-graded ones"
    )
    explanation = serializers.CharField(source="card.explanation", help_text="Why the answer is right; may be empty")

    def get_correct_answer(self, log) -> str:
        return log.card.answer_text

    def get_rating(self, log) -> str:
        return scheduling.RATING_NAMES[log.rating]

    def get_state(self, log) -> str:
        return scheduling.STATE_NAMES[log.state_after]

    def get_interval(self, log) -> str:
        return scheduling.format_interval(log.due_after - log.reviewed_at)

    def get_interval_seconds(self, log) -> int:
        return round((log.due_after - log.reviewed_at).total_seconds())


class ProgressSerializer(serializers.Serializer):
    card = serializers.IntegerField(source="id")
    key = serializers.CharField()
    state = serializers.SerializerMethodField()
    due = serializers.DateTimeField(allow_null=True)
    reps = serializers.IntegerField(allow_null=True)
    lapses = serializers.IntegerField(allow_null=True)
    retired = serializers.BooleanField()

    def get_state(self, row) -> str:
        return scheduling.STATE_NAMES[row["state"]]

    def to_representation(self, row):
        data = super().to_representation(row)
        data["reps"] = data["reps"] or 0
        data["lapses"] = data["lapses"] or 0
        return data


class ForecastDaySerializer(serializers.Serializer):
    date = serializers.DateField()
    due = serializers.IntegerField()


class StatsSerializer(serializers.Serializer):
    reviews_today = serializers.IntegerField()
    reviews_30d = serializers.IntegerField()
    new_today = serializers.IntegerField(
        help_text="Cards first studied today, counted against new_limit; a quiz's first sightings are not counted"
    )
    new_limit = serializers.IntegerField(help_text="Your new cards per day (new_cards_per_day)")
    due_now = serializers.IntegerField()
    forecast = ForecastDaySerializer(many=True)
    retention_30d = serializers.FloatField(
        allow_null=True, help_text="Share of reviews of learned cards not rated again"
    )
    streak_days = serializers.IntegerField()


class QuizStartSerializer(serializers.Serializer):
    size = serializers.IntegerField(min_value=1, max_value=50, default=5)


class QuizQuestionSerializer(serializers.ModelSerializer):
    question = serializers.IntegerField(source="position")
    kind = serializers.CharField(source="card.kind")
    prompt = serializers.CharField(source="card.front")
    your_answer = serializers.CharField(source="answer", allow_null=True)

    class Meta:
        model = QuizAnswer
        fields = ["question", "kind", "prompt", "choices", "your_answer", "correct"]


class QuizSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="session.id")
    deck = serializers.CharField(source="session.deck.slug")
    size = serializers.IntegerField()
    answered = serializers.IntegerField()
    correct = serializers.IntegerField()
    score = serializers.SerializerMethodField()
    finished = serializers.SerializerMethodField()
    questions = QuizQuestionSerializer(many=True)

    def get_score(self, summary) -> float:
        return round(summary["correct"] / summary["size"], 3) if summary["size"] else 0.0

    def get_finished(self, summary) -> bool:
        return summary["answered"] == summary["size"]


class QuizAnswerInputSerializer(serializers.Serializer):
    question = serializers.IntegerField(min_value=1)
    answer = serializers.CharField(max_length=500)


class QuizAnswerResultSerializer(serializers.ModelSerializer):
    question = serializers.IntegerField(source="position")
    correct_answer = serializers.CharField(source="card.answer_text")
    explanation = serializers.CharField(source="card.explanation")

    class Meta:
        model = QuizAnswer
        fields = ["question", "answer", "correct", "correct_answer", "explanation"]


class TelegramLinkSerializer(serializers.Serializer):
    url = serializers.URLField()
    expires_at = serializers.DateTimeField()


@extend_schema_field({"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$", "example": "09:00"})
class LocalTimeField(serializers.TimeField):
    """A wall-clock time in the learner's own zone, HH:MM (no offset: the zone is a separate setting)."""

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", input_formats=["%H:%M", "%H:%M:%S"], **kwargs)


@extend_schema_field({"type": "string", "enum": list(clock.zone_names()), "example": "Europe/Berlin"})
class TimeZoneField(serializers.CharField):
    """An IANA time zone name, like Europe/Berlin."""

    def __init__(self, **kwargs):
        super().__init__(max_length=64, help_text="An IANA time zone name, like Europe/Berlin", **kwargs)

    def to_internal_value(self, data):
        name = super().to_internal_value(data)
        if not clock.is_valid_zone(name):
            raise serializers.ValidationError(f"Unknown time zone {name[:64]!r}; use a name like Europe/Berlin.")
        return name


class LearnerSettingsSerializer(JSONModelSerializer):
    username = serializers.CharField(source="user.username", read_only=True)
    timezone = TimeZoneField(required=False)
    reminder_time = LocalTimeField(required=False)

    class Meta:
        model = Learner
        fields = ["username", "timezone", "reminder_time", "new_cards_per_day", "reminders_enabled", "telegram_chat_id"]
        read_only_fields = ["telegram_chat_id"]
        extra_kwargs = {"new_cards_per_day": {"min_value": 0, "max_value": 500}}


class DocumentUploadSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="Markdown, an Anki package (.apkg) or a table (.csv/.tsv); at most 2 MB")
    deck = serializers.SlugField(max_length=80)
    title = serializers.CharField(max_length=200, required=False)
    dry_run = serializers.BooleanField(default=False)


class ImportReportSerializer(serializers.Serializer):
    deck = serializers.CharField()
    added = serializers.IntegerField()
    updated = serializers.IntegerField()
    retired = serializers.IntegerField()
    unchanged = serializers.IntegerField()
    notes = serializers.IntegerField()
    conflicts = serializers.ListField(child=serializers.DictField())
    skipped = serializers.ListField(child=serializers.DictField())
    document_id = serializers.IntegerField(allow_null=True)
    dry_run = serializers.BooleanField()


class ImportJobSerializer(serializers.ModelSerializer):
    """A queued import: poll it until `status` is done (then `report` is set) or failed (then `error`)."""

    report = ImportReportSerializer(allow_null=True, read_only=True)
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = ImportJob
        fields = [
            "id",
            "deck_slug",
            "source_name",
            "dry_run",
            "status",
            "progress",
            "stage",
            "report",
            "error",
            "created_by",
            "created_at",
            "started_at",
            "finished_at",
        ]
