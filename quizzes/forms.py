from django import forms
from django.core.validators import validate_slug


class DocumentUploadForm(forms.Form):
    document = forms.FileField(
        help_text="A Markdown file, an Anki package (.apkg) or a table (.csv/.tsv: front, back, tags); at most 2 MB."
    )
    deck = forms.CharField(
        max_length=80, validators=[validate_slug], help_text="Slug of the deck to create or update, e.g. docker-basics."
    )
    title = forms.CharField(max_length=200, required=False, help_text="Leave empty to keep the current title.")
    dry_run = forms.BooleanField(required=False, help_text="Show the report without saving anything.")
