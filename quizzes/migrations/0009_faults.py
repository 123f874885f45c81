import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0006_drop_redundant_learner_indexes"),
    ]

    operations = [
        # When a worker claimed a reminder: a pending claim past REMINDER_CLAIM_TIMEOUT is resent.
        migrations.AddField(
            model_name="delivery",
            name="claimed_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        # Review history is append-only: a reviewed card cannot be deleted, only retired.
        migrations.AlterField(
            model_name="reviewlog",
            name="card",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT, related_name="review_logs", to="quizzes.card"
            ),
        ),
    ]
