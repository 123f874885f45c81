from django import forms
from django.conf import settings
from django.core.validators import validate_slug

from quizzes.generation.text import normalise
from quizzes.models import Card

MAX_CHOICES = 6  # generated cards have four; declared one by one below, as ModelForm needs
CHOICE_FIELDS = [f"choice_{n}" for n in range(1, MAX_CHOICES + 1)]
# The fields each kind uses; the card form's script hides the others, and clean() ignores them.
KIND_FIELDS = {
    Card.Kind.BASIC: ["back"],
    Card.Kind.REVERSE: ["back"],
    Card.Kind.CLOZE: ["back"],
    Card.Kind.MCQ: [*CHOICE_FIELDS, "correct"],
    Card.Kind.TRUE_FALSE: ["truth"],
}
CLOZE_BLANK = "_____"


class DocumentUploadForm(forms.Form):
    document = forms.FileField(
        help_text="A Markdown file, an Anki package (.apkg) or a table (.csv/.tsv: front, back, tags); at most 2 MB."
    )
    deck = forms.CharField(
        max_length=80, validators=[validate_slug], help_text="Slug of the deck to create or update, e.g. docker-basics."
    )
    title = forms.CharField(max_length=200, required=False, help_text="Leave empty to keep the current title.")
    publish_now = forms.BooleanField(
        required=False,
        help_text="Skip the review: apply the import at once. By default the upload is a draft that learners "
        "do not see until you publish it.",
    )

    def clean_document(self):
        # Refused before it is read into memory; the worker's own check would come too late for that.
        upload, limit = self.cleaned_data["document"], settings.RECALL_MAX_DOCUMENT_BYTES
        if upload.size > limit:
            raise forms.ValidationError(f"The file is {upload.size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB.")
        return upload


class CardForm(forms.ModelForm):
    """One form for every kind: choices as separate inputs with one marked correct, true/false as a choice."""

    choice_1 = forms.CharField(required=False, label="Choice 1", max_length=300)
    choice_2 = forms.CharField(required=False, label="Choice 2", max_length=300)
    choice_3 = forms.CharField(required=False, label="Choice 3", max_length=300)
    choice_4 = forms.CharField(required=False, label="Choice 4", max_length=300)
    choice_5 = forms.CharField(required=False, label="Choice 5", max_length=300)
    choice_6 = forms.CharField(required=False, label="Choice 6", max_length=300)
    correct = forms.TypedChoiceField(
        choices=[(n, f"Choice {n}") for n in range(1, MAX_CHOICES + 1)],
        coerce=int,
        required=False,
        widget=forms.RadioSelect,
        label="Correct choice",
    )
    truth = forms.ChoiceField(
        choices=[("True", "True"), ("False", "False")],
        required=False,
        widget=forms.RadioSelect,
        label="The statement is",
    )

    class Meta:
        model = Card
        fields = ["deck", "kind", "section", "front", "back", "explanation", "retired"]
        widgets = {
            "front": forms.Textarea(attrs={"rows": 3, "cols": 80}),
            "back": forms.Textarea(attrs={"rows": 3, "cols": 80}),
            "explanation": forms.Textarea(attrs={"rows": 2, "cols": 80}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        card = self.instance
        if card.pk and card.kind == Card.Kind.MCQ:
            for name, choice in zip(CHOICE_FIELDS, card.choices, strict=False):
                self.initial[name] = choice
            picked = [n for n, c in enumerate(card.choices, start=1) if normalise(c) == normalise(card.answer)]
            self.initial["correct"] = picked[0] if picked else None
        if card.pk and card.kind == Card.Kind.TRUE_FALSE:
            self.initial["truth"] = card.answer

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if not (data.get("front") or "").strip():
            self.add_error("front", "The question (front) cannot be empty.")
        if kind == Card.Kind.MCQ:
            self._clean_choices(data)
        elif kind == Card.Kind.TRUE_FALSE:
            if data.get("truth") not in ("True", "False"):
                self.add_error("truth", "Choose whether the statement is True or False.")
            else:
                data["choices"], data["answer"], data["back"] = ["True", "False"], data["truth"], data["truth"]
        elif kind:
            if not (data.get("back") or "").strip():
                self.add_error("back", "The answer (back) cannot be empty.")
            if kind == Card.Kind.CLOZE and CLOZE_BLANK not in (data.get("front") or ""):
                self.add_error("front", f"A cloze card's front needs a blank ({CLOZE_BLANK}) where the answer goes.")
            data["choices"], data["answer"] = [], ""
        return data

    def _clean_choices(self, data):
        filled = {n: (data.get(name) or "").strip() for n, name in enumerate(CHOICE_FIELDS, start=1)}
        choices = [(n, text) for n, text in filled.items() if text]
        seen = {}
        for n, text in choices:
            if normalise(text) in seen:
                self.add_error(f"choice_{n}", f"Same as choice {seen[normalise(text)]}: each choice must differ.")
            seen.setdefault(normalise(text), n)
        if len(choices) < 2:
            self.add_error("choice_1", "A multiple-choice card needs at least two choices.")
        correct = data.get("correct")
        if not correct:
            self.add_error("correct", "Mark the correct choice.")
        elif not filled.get(correct):
            self.add_error("correct", f"The correct choice (choice {correct}) is empty: the answer must be a choice.")
        elif not self.errors:
            data["choices"] = [text for _, text in choices]
            data["answer"] = data["back"] = filled[correct]

    def _post_clean(self):
        # The derived values go on the instance before the model's own validation runs.
        for name in ("choices", "answer", "back"):
            if name in self.cleaned_data:
                setattr(self.instance, name, self.cleaned_data[name])
        super()._post_clean()

    @property
    def content_changed(self) -> bool:
        """Did staff change what a learner sees (not just retire it)? Derived fields count too."""
        card = self.instance
        before = getattr(self, "_before", None)
        return before is not None and before != (
            card.kind,
            card.front,
            card.back,
            card.choices,
            card.answer,
            card.explanation,
        )

    def full_clean(self):
        card = self.instance
        self._before = (
            (card.kind, card.front, card.back, list(card.choices), card.answer, card.explanation) if card.pk else None
        )
        super().full_clean()
