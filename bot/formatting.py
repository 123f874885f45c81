"""Message text for Telegram's HTML parse mode. Pure functions: plain data in, safe HTML out.

Every piece of card text is escaped (the seed contains `<none>`); only Telegram's own
tags are emitted; every message stays within Telegram's 4096 characters.
"""

import re
from datetime import date
from html import escape, unescape

from bot.actions import CardView, Graded, NothingDue, QuizScore

MAX_MESSAGE = 4096
MAX_POLL_QUESTION = 300
MAX_POLL_OPTION = 100
MAX_POLL_EXPLANATION = 200
MAX_DECK_BUTTONS = 20  # Telegram allows 100 buttons; more than a screenful is no help anyway
RATING_LABELS = {"again": "Again", "hard": "Hard", "good": "Good", "easy": "Easy"}

COMMANDS = [
    ("study", "Study the cards that are due"),
    ("quiz", "Take a short quiz"),
    ("stats", "Your reviews, streak and retention"),
    ("decks", "Choose the decks you study"),
    ("settings", "Reminder time, time zone, new cards a day"),
    ("stop", "Pause reminders"),
    ("help", "What I can do"),
]


def clip(text: str, limit: int) -> str:
    """Shorten plain text (before escaping, so no entity or tag is ever cut in half)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def esc(text: str, limit: int = 1500) -> str:
    return escape(clip(text, limit), quote=False)


def code_or_text(text: str, limit: int = 1500) -> str:
    """Commands read best in monospace; multi-line ones as a block."""
    if "\n" in text:
        return f"<pre>{esc(text, limit)}</pre>"
    return esc(text, limit)


def _looks_like_command(text: str) -> bool:
    first = text.split(" ", 1)[0]
    return first in {"docker", "git", "kubectl", "tar", "ls", "cd", "npm", "pip", "apt", "sudo"} or "\n" in text


def _answer_text(text: str) -> str:
    return f"<code>{esc(text)}</code>" if _looks_like_command(text) and "\n" not in text else code_or_text(text)


def not_understood(text: str) -> str:
    """For plain text and unknown commands: what to send instead."""
    command = text.split(maxsplit=1)[0] if text.startswith("/") else ""
    head = f"I don't know {esc(command, 40)}." if command else "I only answer commands and buttons."
    return f"{head} Send /study to review your cards, /quiz for a short quiz, or /help to see everything."


def help_text() -> str:
    lines = ["<b>Recall</b> teaches you a question bank with spaced repetition.", ""]
    lines += [f"/{name} — {escape(description)}" for name, description in COMMANDS]
    lines += [
        "",
        "One deck: <code>/study docker</code>, <code>/quiz docker 10</code> (deck, then questions).",
        "Settings by text: <code>/settings zone Europe/Berlin</code>, <code>/settings time 07:30</code>, "
        "<code>/settings new 15</code>.",
    ]
    return "\n".join(lines)


def welcome(result: dict) -> str:
    if result["linked"]:
        head = f"Linked this chat to your account <b>{esc(result['username'], 100)}</b>."
    elif result["created"]:
        head = "Welcome to <b>Recall</b>!"
    else:
        head = "Welcome back!"
    decks = ", ".join(esc(d, 100) for d in result["decks"]) or "none yet"
    return f"{head}\nYou study: {decks}.\n\nSend /study to begin, or /help to see everything."


def card_front(card: CardView) -> str:
    lines = [f"<b>{esc(card.front)}</b>"]
    if card.auto_graded and not choices_fit_buttons(card.choices):
        lines.append("")
        lines += [f"{i}. {_answer_text(choice)}" for i, choice in enumerate(card.choices, start=1)]
    if card.due_count:
        lines.append(f"\n<i>{card.due_count} to go</i>")
    return "\n".join(lines)


def card_with_answer(card: CardView) -> str:
    text = f"<b>{esc(card.front)}</b>\n\n{_answer_text(card.back)}"
    if card.explanation:
        text += f"\n\n<i>{esc(card.explanation, 600)}</i>"
    return clip_html(text)


def graded(result: Graded) -> str:
    """The answered card: the question, the answer (kept in view, as it was when revealed), the result."""
    head = f"<b>{esc(result.front)}</b>\n\n"
    if result.correct is None:
        body = _answer_text(result.answer)
        if result.explanation:
            body += f"\n\n<i>{esc(result.explanation, 600)}</i>"
        body += f"\n\nRated <b>{RATING_LABELS[result.rating]}</b> · next in {result.interval}."
    elif result.correct:
        body = f"✅ Right: {_answer_text(result.answer)}\nNext in {result.interval}."
    else:
        body = f"❌ The answer is {_answer_text(result.answer)}\nNext in {result.interval}."
    if result.correct is not None and result.explanation:
        body += f"\n<i>{esc(result.explanation, 600)}</i>"
    return clip_html(head + body)


def deck_choice(choice, *, quiz: bool) -> str:
    """Above the deck buttons: why they are there. `choice` is a sessions.DeckChoice."""
    if not choice.decks:
        return "There are no decks to choose from yet. Pick decks with /decks."
    what = f"a quiz of {choice.size} questions" if quiz else "study"
    if choice.unknown:
        text = f"I don't know a deck called “{esc(choice.unknown, 100)}”. Pick one for {what}:"
    else:
        text = f"Which deck for {what}?"
    if len(choice.decks) > MAX_DECK_BUTTONS:
        command = "/quiz" if quiz else "/study"
        text += (
            f"\n<i>The first {MAX_DECK_BUTTONS} of {len(choice.decks)}; for another, send {command} and its name.</i>"
        )
    return text


def _duration(seconds: int) -> str:
    if seconds < 60:
        return "under a minute"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


def _when(moment, today) -> str:
    """A local moment as a learner says it: today at 18:00, tomorrow at 09:10, Thu 3 Dec at 09:10."""
    day = moment.date()
    if day == today:
        name = "today"
    elif (day - today).days == 1:
        name = "tomorrow"
    else:
        name = f"{moment:%a} {moment.day} {moment:%b}"
    return f"{name} at {moment:%H:%M}"


def session_end(end) -> str:
    """The summary when a study session runs out of cards. `end` is a sessions.SessionEnd."""
    cards = f"{end.cards}+" if not end.complete else str(end.cards)
    lines = [
        "🏁 <b>Session done</b>",
        f"Cards: <b>{cards}</b> · right on the first try: <b>{end.right_first_try}</b>",
        f"Time: <b>{_duration(end.seconds)}</b>",
    ]
    if end.next_due:
        lines.append(f"Next card due: <b>{_when(end.next_due, end.today)}</b> ({esc(end.zone, 64)} time)")
    else:
        lines.append("Nothing else is scheduled yet.")
    return "\n".join(lines)


def nothing_due(result: NothingDue, local_time: str | None) -> str:
    if result.next_due is None:
        return "Nothing to study yet. Pick decks with /decks."
    return f"🎉 All done for now. The next card is due at <b>{local_time}</b> ({esc(result.zone, 64)} time)."


def _day_name(day: str, index: int) -> str:
    if index < 2:
        return ("Today", "Tomorrow")[index]
    day = date.fromisoformat(day)
    return f"{day:%a} {day.day}"


def stats(data: dict) -> str:
    retention = f"{round(data['retention_30d'] * 100)}%" if data["retention_30d"] is not None else "—"
    week = "\n".join(f"{_day_name(day['date'], i)}: {day['due']}" for i, day in enumerate(data["forecast"]))
    return (
        "<b>Your progress</b>\n"
        f"Reviews today: <b>{data['reviews_today']}</b>\n"
        f"New cards today: <b>{data['new_today']}</b> of {data['new_limit']} (quizzes don't count)\n"
        f"Due now: <b>{data['due_now']}</b>\n"
        f"Streak: <b>{data['streak_days']}</b> day{'s' if data['streak_days'] != 1 else ''}\n"
        f"Retention (30 days): <b>{retention}</b>\n\n"
        f"<b>Due in the next 7 days</b>\n{week}"
    )


def decks(items: list[dict]) -> str:
    if not items:
        return "There are no decks yet."
    lines = ["<b>Decks</b> (tap to subscribe or unsubscribe)"]
    lines += [f"{'✅' if d['subscribed'] else '▫️'} {esc(d['title'], 200)}" for d in items]
    return "\n".join(lines)


def settings(data: dict) -> str:
    state = "on" if data["reminders_enabled"] else "paused"
    return (
        "<b>Settings</b>\n"
        f"Daily reminder: <b>{data['reminder_time']}</b> ({esc(data['timezone'], 64)}), {state}\n"
        f"New cards a day: <b>{data['new_cards_per_day']}</b>\n\n"
        "Change by text: <code>/settings time 07:30</code>, <code>/settings zone Europe/Berlin</code>, "
        "<code>/settings new 15</code>, <code>/settings pause</code> or <code>/settings resume</code>."
    )


def _cards(n: int, what: str = "") -> str:
    return f"{n} {what + ' ' if what else ''}{'card' if n == 1 else 'cards'}"


def reminder(counts) -> str:
    """ "12 cards due in Virtualization", "20 new cards waiting in Virtualization", or both; a total
    with a breakdown over several decks. `counts` is a reminders.ReminderCounts."""
    lines = []
    if counts.due:
        total = sum(n for _title, n in counts.due)
        if len(counts.due) == 1:
            lines.append(f"⏰ <b>{_cards(total)} due</b> in {esc(counts.due[0][0], 200)}.")
        else:
            parts = ", ".join(f"{n} in {esc(title, 100)}" for title, n in counts.due[:5])
            more = f" and {len(counts.due) - 5} more decks" if len(counts.due) > 5 else ""
            lines.append(f"⏰ <b>{_cards(total)} due</b>: {parts}{more}.")
    if counts.new:
        where = ", ".join(esc(title, 100) for title in counts.new_decks[:5])
        more = f" and {len(counts.new_decks) - 5} more decks" if len(counts.new_decks) > 5 else ""
        text = f"<b>{_cards(counts.new, 'new')} waiting</b>" + (f" in {where}{more}" if where else "") + "."
        lines.append(("🆕 " if counts.due else "⏰ ") + text)
    return "\n".join(lines)


def quiz_question(position: int, total: int, prompt: str, choices: list[str]) -> str:
    lines = [f"<b>Question {position} of {total}</b>", esc(prompt), ""]
    lines += [f"{i}. {esc(choice, 300)}" for i, choice in enumerate(choices, start=1)]
    return clip_html("\n".join(lines))


def quiz_feedback(correct: bool) -> str:
    return "✅ Right!" if correct else "❌ Not quite."


MAX_MISSED_SHOWN = 10


def quiz_score(score: QuizScore) -> str:
    """The score, then each question missed with its answer (the first ten; the rest are counted)."""
    lines = [f"🏁 Quiz finished: <b>{score.correct} of {score.total}</b> right."]
    if score.missed:
        lines += ["", "<b>To look at again</b>"]
        for prompt, answer in score.missed[:MAX_MISSED_SHOWN]:
            lines.append(f"• {esc(prompt, 300)}\n  → <b>{esc(answer, 300)}</b>")
        if len(score.missed) > MAX_MISSED_SHOWN:
            lines.append(f"…and {len(score.missed) - MAX_MISSED_SHOWN} more.")
    return clip_html("\n".join(lines))


def fits_poll(prompt: str, choices: list[str]) -> bool:
    return (
        len(prompt) <= MAX_POLL_QUESTION
        and all(1 <= len(c) <= MAX_POLL_OPTION for c in choices)
        and 2 <= len(choices) <= 12
    )


def choices_fit_buttons(choices: list[str]) -> bool:
    return all(len(c) <= 40 and "\n" not in c for c in choices)


def clip_html(html: str) -> str:
    """Last guard for the 4096 limit. Parts are escaped and clipped already; this never cuts a tag
    because it falls back to the plain text of the message."""
    if len(html) <= MAX_MESSAGE:
        return html
    return escape(clip(unescape(re.sub(r"<[^>]+>", "", html)), MAX_MESSAGE - 50), quote=False)
