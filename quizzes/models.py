import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q


class Deck(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    published = models.BooleanField(default=True)
    desired_retention = models.FloatField(default=0.9)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title


class Document(models.Model):
    """One imported version of a deck's source; every version is kept."""

    deck = models.ForeignKey(Deck, on_delete=models.CASCADE, related_name="documents")
    source_name = models.CharField(max_length=255)
    text = models.TextField()
    sha256 = models.CharField(max_length=64)
    report = models.JSONField(default=dict)
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    imported_at = models.DateTimeField(auto_now_add=True)
    # The bank generated from `text` and the generator that made it: importing the same text with the
    # same generator again reuses it. Kept on the latest version only.
    bank = models.BinaryField(null=True, blank=True, editable=False)
    generator = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["-imported_at", "-id"]

    def __str__(self):
        return f"{self.source_name} ({self.sha256[:8]})"


class Note(models.Model):
    """A fact extracted from a document. `key` survives re-imports."""

    deck = models.ForeignKey(Deck, on_delete=models.CASCADE, related_name="notes")
    key = models.CharField(max_length=64)
    section = models.CharField(max_length=500, blank=True)
    extractor = models.CharField(max_length=40)
    cue = models.TextField()
    fields = models.JSONField(default=dict)
    retired = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["deck", "key"], name="note_unique_key_per_deck")]

    def __str__(self):
        return self.cue[:80]


class Card(models.Model):
    class Kind(models.TextChoices):
        BASIC = "basic", "Basic"
        REVERSE = "reverse", "Reverse"
        CLOZE = "cloze", "Cloze"
        MCQ = "mcq", "Multiple choice"
        TRUE_FALSE = "true_false", "True or false"

    AUTO_GRADED = (Kind.MCQ, Kind.TRUE_FALSE)

    deck = models.ForeignKey(Deck, on_delete=models.CASCADE, related_name="cards")
    note = models.ForeignKey(Note, on_delete=models.CASCADE, related_name="cards", null=True, blank=True)
    key = models.CharField(max_length=64)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    section = models.CharField(max_length=500, blank=True)
    front = models.TextField()
    back = models.TextField(blank=True)
    choices = models.JSONField(default=list, blank=True)
    answer = models.TextField(blank=True, help_text="The correct choice for mcq, True/False for true_false.")
    explanation = models.TextField(blank=True)
    retired = models.BooleanField(default=False)
    # Set when staff change a card by hand, so a later import reports a
    # conflict instead of silently overwriting their correction.
    edited_by_staff = models.BooleanField(default=False)
    generated_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["deck", "key"], name="card_unique_key_per_deck")]
        indexes = [models.Index(fields=["deck", "retired", "id"], name="card_deck_active_idx")]

    def __str__(self):
        return f"[{self.kind}] {self.front[:70]}"

    @property
    def is_auto_graded(self):
        return self.kind in self.AUTO_GRADED

    @property
    def answer_text(self) -> str:
        """What answers the card: the chosen option of an auto-graded card, else its back."""
        return self.answer if self.is_auto_graded else self.back


class Learner(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learner")
    telegram_chat_id = models.BigIntegerField(null=True, blank=True, unique=True)
    timezone = models.CharField(max_length=64, default="UTC")
    reminder_time = models.TimeField(default=datetime.time(9, 0))
    new_cards_per_day = models.PositiveSmallIntegerField(default=20)
    reminders_enabled = models.BooleanField(default=True)
    # Set once the learner chooses decks: from then on only their subscriptions count, even none
    # (leaving the last deck must not bring every deck back, as having no subscriptions does at first).
    picked_decks = models.BooleanField(default=False)
    # The next instant this learner's daily reminder is due, kept by the reminder services so the
    # sweep is an indexed range scan instead of time-zone arithmetic over every learner.
    next_reminder_at = models.DateTimeField(null=True, blank=True)
    link_token = models.CharField(max_length=64, null=True, blank=True, unique=True)
    link_token_expires_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["next_reminder_at", "id"],
                name="learner_remindable_idx",
                condition=Q(reminders_enabled=True, telegram_chat_id__isnull=False),
            )
        ]

    def __str__(self):
        return str(self.user)


class Subscription(models.Model):
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="subscriptions")
    deck = models.ForeignKey(Deck, on_delete=models.CASCADE, related_name="subscriptions")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["learner", "deck"], name="subscription_unique_learner_deck")]

    def __str__(self):
        return f"{self.learner} → {self.deck}"


class ReviewState(models.Model):
    """The FSRS card of one learner for one card. No row means the card is new."""

    class State(models.IntegerChoices):
        # Values match fsrs.State so conversion is a cast.
        LEARNING = 1, "learning"
        REVIEW = 2, "review"
        RELEARNING = 3, "relearning"

    # Not indexed alone: the unique (learner, card) and (learner, due) indexes lead with it.
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="review_states", db_index=False)
    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="review_states")
    deck = models.ForeignKey(Deck, on_delete=models.CASCADE, related_name="+")
    state = models.PositiveSmallIntegerField(choices=State.choices)
    step = models.PositiveSmallIntegerField(null=True, blank=True)
    stability = models.FloatField(null=True, blank=True)
    difficulty = models.FloatField(null=True, blank=True)
    due = models.DateTimeField()
    last_review = models.DateTimeField(null=True, blank=True)
    reps = models.PositiveIntegerField(default=0)
    lapses = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["learner", "card"], name="reviewstate_unique_learner_card")]
        indexes = [
            models.Index(fields=["learner", "due"], name="reviewstate_learner_due_idx"),
            models.Index(fields=["due", "learner"], name="reviewstate_due_learner_idx"),
        ]

    def __str__(self):
        return f"{self.learner} · {self.card_id} · {self.get_state_display()}"


class ReviewLog(models.Model):
    """Append-only: one row per answer, never updated or deleted."""

    class Rating(models.IntegerChoices):
        AGAIN = 1, "again"
        HARD = 2, "hard"
        GOOD = 3, "good"
        EASY = 4, "easy"

    class Source(models.TextChoices):
        API = "api", "API"
        BOT = "bot", "Telegram"
        QUIZ = "quiz", "Quiz"

    # Not indexed alone: three indexes lead with it, and every review writes to each.
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="review_logs", db_index=False)
    # PROTECT: deleting a reviewed card (or its deck) by any path must fail rather than erase what
    # learners did; staff retire such cards instead (quizzes.services.cards).
    card = models.ForeignKey(Card, on_delete=models.PROTECT, related_name="review_logs")
    client_id = models.CharField(max_length=100)
    rating = models.PositiveSmallIntegerField(choices=Rating.choices)
    answer = models.TextField(blank=True)
    correct = models.BooleanField(null=True, blank=True)
    source = models.CharField(max_length=8, choices=Source.choices, default=Source.API)
    state_before = models.PositiveSmallIntegerField(null=True, blank=True)
    state_after = models.PositiveSmallIntegerField(choices=ReviewState.State.choices)
    due_after = models.DateTimeField()
    reviewed_at = models.DateTimeField()

    class Meta:
        ordering = ["-reviewed_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["learner", "client_id"], name="reviewlog_unique_client_id")]
        indexes = [
            models.Index(fields=["learner", "reviewed_at"], name="reviewlog_learner_time_idx"),
            # First sightings only, for "new cards today": the full index would walk every review of the day.
            models.Index(
                fields=["learner", "reviewed_at"],
                condition=Q(state_before__isnull=True),
                name="reviewlog_learner_new_idx",
            ),
        ]

    def __str__(self):
        return f"{self.learner} · {self.card_id} · {self.get_rating_display()}"


class ReviewDay(models.Model):
    """A learner's reviews on one of their local days, counted as they are recorded.

    Statistics read at most a year of these rows rather than every review: a heavy reviewer's
    stats cost what a light one's do. The day is the learner's local day when they answered;
    moving to another zone later does not move past days.
    """

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="review_days")
    day = models.DateField()
    reviews = models.PositiveIntegerField(default=0)
    recalled = models.PositiveIntegerField(default=0)  # of cards in review, answered hard or better
    attempts = models.PositiveIntegerField(default=0)  # of cards in review, any answer

    class Meta:
        constraints = [models.UniqueConstraint(fields=["learner", "day"], name="reviewday_unique_learner_day")]

    def __str__(self):
        return f"{self.learner} · {self.day} · {self.reviews}"


class QuizSession(models.Model):
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="quizzes")
    deck = models.ForeignKey(Deck, on_delete=models.CASCADE, related_name="quizzes")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Quiz {self.pk} · {self.deck}"


class QuizAnswer(models.Model):
    """A question of a quiz; `answer` stays empty until the learner answers."""

    session = models.ForeignKey(QuizSession, on_delete=models.CASCADE, related_name="questions")
    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField()
    choices = models.JSONField(default=list)
    answer = models.TextField(null=True, blank=True)
    correct = models.BooleanField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    telegram_poll_id = models.CharField(max_length=64, null=True, blank=True, unique=True)

    class Meta:
        ordering = ["session", "position"]
        constraints = [models.UniqueConstraint(fields=["session", "position"], name="quizanswer_unique_position")]

    def __str__(self):
        return f"Q{self.position} of quiz {self.session_id}"


class Delivery(models.Model):
    """One reminder per learner per local day; the row is claimed (committed) before sending."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        BLOCKED = "blocked", "Blocked by user"

    FINAL = (Status.SENT, Status.BLOCKED)

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="deliveries")
    local_date = models.DateField()
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    due_count = models.PositiveIntegerField(default=0)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # When a worker took it; a pending claim older than REMINDER_CLAIM_TIMEOUT is a worker that died.
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "deliveries"
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["learner", "local_date"], name="delivery_unique_learner_day")]

    def __str__(self):
        return f"{self.learner} · {self.local_date} · {self.status}"


class TelegramUpdate(models.Model):
    """Seen update ids, so a webhook retry or a replayed update acts once."""

    update_id = models.BigIntegerField(primary_key=True)
    received_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return str(self.update_id)


class ImportJob(models.Model):
    """One upload waiting for, or done by, a worker: imports can take long, so requests only queue them."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    FINISHED = (Status.DONE, Status.FAILED)

    deck_slug = models.CharField(max_length=80)
    title = models.CharField(max_length=200, blank=True)
    source_name = models.CharField(max_length=255)
    # The uploaded bytes, kept only until the worker has read them: the broker carries the id alone.
    content = models.BinaryField(blank=True)
    dry_run = models.BooleanField(default=False)
    # The admin's Markdown uploads become a draft to review rather than an import; the worker makes it.
    as_draft = models.BooleanField(default=False)
    draft = models.ForeignKey(
        "ImportDraft", null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs", editable=False
    )
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0, help_text="Percent done, 0 to 100.")
    stage = models.CharField(max_length=200, blank=True, help_text="What the worker is doing now.")
    report = models.JSONField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Import of {self.source_name} into {self.deck_slug} · {self.status}"


class CardReport(models.Model):
    """A learner saying a card is wrong or unclear; open until staff retire or fix the card."""

    class Reason(models.TextChoices):
        WRONG = "wrong", "The answer is wrong"
        UNCLEAR = "unclear", "The question is unclear"
        TYPO = "typo", "Typo"
        OTHER = "other", "Other"

    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="reports")
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="card_reports")
    reason = models.CharField(max_length=8, choices=Reason.choices)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["card", "resolved_at"], name="cardreport_card_open_idx")]

    def __str__(self):
        return f"{self.get_reason_display()} · card {self.card_id}"


class ImportDraft(models.Model):
    """An uploaded document waiting for review: the text and what importing it would change.

    Nothing in a deck changes until it is published; publishing runs the real import then.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Pending review"
        PUBLISHED = "published", "Published"
        DISCARDED = "discarded", "Discarded"

    deck_slug = models.SlugField(max_length=80)
    title = models.CharField(max_length=200, blank=True)
    source_name = models.CharField(max_length=255)
    text = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    preview = models.JSONField(default=dict)
    # Card key → "mine" or "document": how staff settled each conflict.
    resolutions = models.JSONField(default=dict, blank=True)
    report = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.source_name} → {self.deck_slug} ({self.get_status_display()})"
