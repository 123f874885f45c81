"""Inline keyboards and their callback data. Data is short ASCII (Telegram allows 1–64 bytes),
one prefix per action, parsed with anchored patterns."""

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.actions import EVERY_DECK, CardView, Scope
from bot.formatting import MAX_DECK_BUTTONS, RATING_LABELS, choices_fit_buttons, clip
from bot.sessions import MORE_NEW_CARDS, QUIZ_SIZE, DeckChoice, SessionEnd
from quizzes.choices import choice_key

# Card buttons end in :<deck>:<extra> when the session is not the default one (see actions.Scope).
SHOW = "show"  # show:<card>[:<deck>:<extra>]
RATE = "rate"  # rate:<card>:<a|h|g|e>[:<deck>:<extra>]
# pick:<card>:<choice key>[:<deck>:<extra>] (or <index> on buttons sent before choices were shuffled)
CHOOSE = "pick"
QUIZ = "quiz"  # quiz:<quiz>:<position>:<index>
QUIZ_START = "qz"  # qz:<deck>:<questions>
SUBSCRIBE = "sub"  # sub:<deck>:<0|1>
SETTING = "set"  # set:<t|n|p>:<value>
STUDY = "study"  # study[:<deck>]
MORE = "more"  # more:<deck>: more new cards than today's limit
REPORT = "report"  # report:<card> asks why; report:<card>:<w|u|t|o> records it

RATING_CODES = {"a": "again", "h": "hard", "g": "good", "e": "easy"}
REPORT_REASONS = {
    "w": ("wrong", "The answer is wrong"),
    "u": ("unclear", "Unclear"),
    "t": ("typo", "Typo"),
    "o": ("other", "Other"),
}
PATTERNS = {
    SHOW: re.compile(r"^show:(\d{1,12})(?::(\d{1,12}):(\d{1,2}))?$"),
    RATE: re.compile(r"^rate:(\d{1,12}):([ahge])(?::(\d{1,12}):(\d{1,2}))?$"),
    CHOOSE: re.compile(r"^pick:(\d{1,12}):(\d{1,2}|[0-9a-f]{8})(?::(\d{1,12}):(\d{1,2}))?$"),
    QUIZ: re.compile(r"^quiz:(\d{1,12}):(\d{1,3}):(\d{1,2})$"),
    QUIZ_START: re.compile(r"^qz:(\d{1,12}):(\d{1,2})$"),
    SUBSCRIBE: re.compile(r"^sub:(\d{1,12}):([01])$"),
    SETTING: re.compile(r"^set:([tnp]):([0-9:]{1,5})$"),
    STUDY: re.compile(r"^study(?::(\d{1,12}))?$"),
    MORE: re.compile(r"^more:(\d{1,12})$"),
    REPORT: re.compile(r"^report:(\d{1,12})(?::([wuto]))?$"),
}
REMINDER_TIMES = ["07:00", "09:00", "12:00", "18:00", "21:00"]
NEW_LIMITS = [5, 10, 20, 50]


def parse(data: str, kind: str) -> tuple[str, ...] | None:
    match = PATTERNS[kind].match(data or "")
    return match.groups() if match else None


def scope(deck: str | None, extra: str | None) -> Scope:
    """The session scope from the optional tail of a card button."""
    return Scope(deck=int(deck or 0), extra=int(extra or 0))


def _tail(scope: Scope) -> str:
    return f":{scope.deck}:{scope.extra}" if scope != EVERY_DECK else ""


def _button(text: str, data: str) -> InlineKeyboardButton:
    assert 1 <= len(data.encode()) <= 64, data  # a bug here would be a 400 from Telegram
    return InlineKeyboardButton(clip(text, 60), callback_data=data)


def _report_row(card: CardView) -> list[InlineKeyboardButton]:
    return [_button("⚑ Report", f"report:{card.id}")]


def card_front(card: CardView) -> InlineKeyboardMarkup:
    tail = _tail(card.scope)
    if not card.auto_graded:
        return InlineKeyboardMarkup([[_button("Show answer", f"show:{card.id}{tail}")], _report_row(card)])
    labels = card.choices if choices_fit_buttons(card.choices) else [str(i) for i in range(1, len(card.choices) + 1)]
    rows = [
        [_button(label, f"pick:{card.id}:{choice_key(choice)}{tail}")]
        for label, choice in zip(labels, card.choices, strict=True)
    ]
    return InlineKeyboardMarkup([*rows, _report_row(card)])


def report_reasons(card_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[_button(label, f"report:{card_id}:{code}")] for code, (_, label) in REPORT_REASONS.items()]
    )


def ratings(card: CardView) -> InlineKeyboardMarkup:
    row = [
        _button(
            f"{RATING_LABELS[name]} · {card.intervals.get(name, '')}".rstrip(" ·"),
            f"rate:{card.id}:{code}{_tail(card.scope)}",
        )
        for code, name in RATING_CODES.items()
    ]
    return InlineKeyboardMarkup([row[:2], row[2:], _report_row(card)])


def study_button() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button("Study now", STUDY)]])


def deck_choice(choice: DeckChoice, *, quiz: bool) -> InlineKeyboardMarkup:
    """One button per deck (the first MAX_DECK_BUTTONS); for study also "All my decks"."""
    decks = choice.decks[:MAX_DECK_BUTTONS]
    if quiz:
        rows = [[_button(title, f"qz:{pk}:{choice.size}")] for pk, title in decks]
    else:
        rows = [[_button("All my decks", STUDY)]] + [[_button(title, f"study:{pk}")] for pk, title in decks]
    return InlineKeyboardMarkup(rows)


def session_end(end: SessionEnd) -> InlineKeyboardMarkup | None:
    rows = []
    if end.more_new:
        rows.append([_button(f"{MORE_NEW_CARDS} more new cards", f"more:{end.scope.deck}")])
    if end.quiz_deck:
        rows.append([_button(f"Quiz: {QUIZ_SIZE} questions", f"qz:{end.quiz_deck}:{QUIZ_SIZE}")])
    return InlineKeyboardMarkup(rows) if rows else None


def quiz_choices(quiz_id: int, position: int, count: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(str(i + 1), f"quiz:{quiz_id}:{position}:{i}") for i in range(count)]])


def decks(items: list[dict]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                _button(
                    f"{'Unsubscribe' if d['subscribed'] else 'Subscribe'}: {d['title']}",
                    f"sub:{d['id']}:{0 if d['subscribed'] else 1}",
                )
            ]
            for d in items
        ]
    )


def _marked(label: str, current: bool) -> str:
    return f"✓ {label}" if current else label


def settings(data: dict) -> InlineKeyboardMarkup:
    """Presets, the current one ticked; other values are set by text (/settings time 07:30)."""
    times = [_button(_marked(t, t == data["reminder_time"]), f"set:t:{t}") for t in REMINDER_TIMES]
    limits = [_button(_marked(f"{n} new/day", n == data["new_cards_per_day"]), f"set:n:{n}") for n in NEW_LIMITS]
    pause = _button(
        "Pause reminders" if data["reminders_enabled"] else "Resume reminders",
        f"set:p:{0 if data['reminders_enabled'] else 1}",
    )
    return InlineKeyboardMarkup([times, limits, [pause]])
