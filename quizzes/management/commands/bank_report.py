import random
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quizzes.errors import RecallError
from quizzes.generation import generate
from quizzes.generation.lint import lint_cards
from quizzes.services.documents import decode_document


class Command(BaseCommand):
    help = (
        "Show what each Markdown document becomes: blocks seen, facts by extractor, cards by kind, "
        "skipped blocks by reason, the card lint (problems per rule), and a sample of cards in full with "
        "their lint problems, so a person can judge a bank in a minute."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Markdown files or folders of them")
        parser.add_argument("--sample", type=int, default=5, help="random cards printed in full per document")

    def handle(self, *args, paths, sample, **options):
        if sample < 0:
            raise CommandError("--sample must be 0 or more.")
        files = []
        for path in map(Path, paths):
            if path.is_dir():
                files.extend(sorted(p for p in path.glob("*.md") if p.name.lower() != "readme.md"))
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"No such file or folder: {path}")
        totals: Counter = Counter()
        for file in files:
            try:
                text = decode_document(file.read_bytes())
            except (RecallError, OSError) as exc:
                raise CommandError(f"{file}: {exc}") from None
            totals += self._report(file, text, sample)
        if len(files) > 1:
            self.stdout.write(
                f"== {len(files)} documents: {totals['blocks']} blocks, {totals['facts']} facts, "
                f"{totals['cards']} cards, {totals['skipped']} skipped blocks, "
                f"{totals['empty']} documents without cards, {totals['lint']} lint problems"
            )

    def _report(self, file: Path, text: str, sample: int) -> Counter:
        bank = generate(text, deck=file.stem)
        write = self.stdout.write
        skipped_blocks = [s for s in bank.skipped if s.block >= 0]
        write(f"== {file.name}")
        write(
            f"blocks: {bank.blocks} seen, {bank.accounted_blocks()} accounted for "
            f"({len({b for f in bank.facts for b in f.blocks})} with facts, {len(skipped_blocks)} skipped)"
        )
        if verdict := bank.verdict():
            write(verdict)
        write("facts: " + _counts(Counter(f.extractor for f in bank.facts)))
        write("cards: " + _counts(Counter(c.kind for c in bank.cards)))
        for reason, count in Counter(s.reason for s in bank.skipped).most_common():
            write(f"  skipped {count:>3} × {reason}")
        problems = lint_cards(bank.cards)
        write(
            f"lint: {len(problems)} problems" + (f" ({_counts(Counter(p.rule for p in problems))})" if problems else "")
        )
        by_card: dict[str, list[str]] = {}
        for problem in problems:
            by_card.setdefault(problem.card_key, []).append(f"{problem.rule}: {problem.detail}")
        for card in random.Random(file.name).sample(bank.cards, min(sample, len(bank.cards))):
            write(f"-- [{card.kind}] {card.section}")
            write(f"   Q: {card.front}")
            if card.choices and card.kind == "mcq":
                write(f"   options: {' | '.join(card.choices)}")
            write(f"   A: {card.back}")
            for problem in by_card.get(card.key, []):
                write(f"   lint: {problem}")
        write("")
        return Counter(
            blocks=bank.blocks,
            facts=len(bank.facts),
            cards=len(bank.cards),
            skipped=len(skipped_blocks),
            empty=not bank.cards,
            lint=len(problems),
        )


def _counts(counter: Counter) -> str:
    return ", ".join(f"{name} {count}" for name, count in counter.most_common()) or "none"
