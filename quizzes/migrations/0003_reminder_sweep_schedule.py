"""Schedule the reminder sweep every 5 minutes in django-celery-beat, where staff can edit it in the admin."""

from django.db import migrations

TASK = "quizzes.tasks.sweep_reminders"
NAME = "Recall: sweep for due reminders"
PRUNE_TASK = "quizzes.tasks.prune_telegram_updates"
PRUNE_NAME = "Recall: forget old Telegram update ids"


def schedule(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    every_5_minutes, _ = IntervalSchedule.objects.get_or_create(every=5, period="minutes")
    PeriodicTask.objects.get_or_create(name=NAME, defaults={"task": TASK, "interval": every_5_minutes})
    daily, _ = IntervalSchedule.objects.get_or_create(every=1, period="days")
    PeriodicTask.objects.get_or_create(name=PRUNE_NAME, defaults={"task": PRUNE_TASK, "interval": daily})


def unschedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name__in=[NAME, PRUNE_NAME]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0002_learner_next_reminder_at"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(schedule, unschedule)]
