"""What a learner would get in Telegram for a card, for staff to check in the admin before it is sent."""

from bot import formatting, keyboards
from bot.actions import _card_view


def _buttons(markup) -> list[list[str]]:
    return [[button.text for button in row] for row in markup.inline_keyboard]


def telegram_preview(card) -> list[dict]:
    """The messages of one study turn, in order: the question, then (self-graded kinds) the revealed answer.

    Each is {"title", "html", "buttons"}; html is exactly what would be sent with parse_mode=HTML.
    """
    front = _card_view(card, choices=card.choices if card.is_auto_graded else ())
    messages = [
        {"title": "Question", "html": formatting.card_front(front), "buttons": _buttons(keyboards.card_front(front))}
    ]
    if not card.is_auto_graded:
        revealed = _card_view(card, with_answer=True)
        messages.append(
            {
                "title": "After “Show answer”",
                "html": formatting.card_with_answer(revealed),
                "buttons": _buttons(keyboards.ratings(revealed)),
            }
        )
    return messages
