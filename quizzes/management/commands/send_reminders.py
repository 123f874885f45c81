from django.core.management.base import BaseCommand, CommandError
from kombu.exceptions import OperationalError

from quizzes.services.reminders import reminder_sweep
from quizzes.tasks import deliver_reminders


class Command(BaseCommand):
    help = "Run one reminder sweep now and queue the deliveries on the broker; print how many."

    def add_arguments(self, parser):
        parser.add_argument(
            "--ignore-schedule",
            action="store_true",
            help="skip each learner's reminder-time check (e.g. after an outage); still once a local day",
        )

    def handle(self, *args, ignore_schedule, **options):
        try:
            queued = reminder_sweep(enqueue=lambda ids: deliver_reminders.delay(ids), ignore_schedule=ignore_schedule)
        except OperationalError as exc:
            raise CommandError(f"The broker is unreachable: {exc}") from None
        self.stdout.write(f"Queued {queued} reminder deliveries.")
