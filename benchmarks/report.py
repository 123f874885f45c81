"""The benchmark's table and BENCHMARKS.md."""

from datetime import UTC, datetime
from pathlib import Path


def _rows(summary: dict, goals: dict) -> list[tuple[str, str, str, str]]:
    p99 = max(summary["p99_ms"].values())
    delivery = summary["delivery"]
    rows = [
        (
            "due queue vs floor",
            f"{summary['due_vs_floor']:.2f}",
            f"≥ {goals['due_vs_floor']}",
            summary["due_vs_floor"] >= goals["due_vs_floor"],
        ),
        (
            "review vs floor",
            f"{summary['review_vs_floor']:.2f}",
            f"≥ {goals['review_vs_floor']}",
            summary["review_vs_floor"] >= goals["review_vs_floor"],
        ),
        (
            "stats vs floor",
            f"{summary['stats_vs_floor']:.2f}",
            f"≥ {goals['stats_vs_floor']}",
            summary["stats_vs_floor"] >= goals["stats_vs_floor"],
        ),
        ("worst p99", f"{p99:.1f} ms", f"< {goals['p99_ms']:.0f} ms", p99 < goals["p99_ms"]),
        (
            f"sweep over {summary['sweep']['learners']:,} learners",
            f"{summary['sweep_seconds']:.2f} s",
            f"< {goals['sweep_seconds']:.0f} s",
            summary["sweep_seconds"] < goals["sweep_seconds"],
        ),
        (
            "delivery vs Telegram's 30/s",
            f"{summary['delivery_vs_limit']:.2f} (lost {delivery['lost']}, repeated {delivery['repeated']})",
            f"≥ {goals['delivery_vs_limit']}",
            summary["delivery_vs_limit"] >= goals["delivery_vs_limit"]
            and not delivery["lost"]
            and not delivery["repeated"],
        ),
        (
            f"import {summary['import_bytes'] / 1e6:.1f} MB",
            f"{summary['import_seconds']:.2f} s",
            f"< {goals['import_seconds']:.0f} s",
            summary["import_seconds"] < goals["import_seconds"],
        ),
        (
            "re-import unchanged",
            f"{summary['reimport_seconds']:.2f} s",
            f"< {goals['reimport_seconds']:.0f} s",
            summary["reimport_seconds"] < goals["reimport_seconds"],
        ),
        (
            f"Anki export, {summary['anki']['notes']:,} notes",
            f"{summary['anki_export_seconds']:.2f} s",
            f"< {goals['anki_export_seconds']:.0f} s",
            summary["anki_export_seconds"] < goals["anki_export_seconds"],
        ),
        (
            f"Anki import, {summary['anki']['notes']:,} notes",
            f"{summary['anki_import_seconds']:.2f} s",
            f"< {goals['anki_import_seconds']:.0f} s",
            summary["anki_import_seconds"] < goals["anki_import_seconds"],
        ),
        (
            f"generate a glossary of {summary['glossary']['terms']:,} terms",
            f"{summary['glossary_ms_per_term']:.1f} ms/term ({summary['glossary']['seconds']:.1f} s)",
            f"< {goals['glossary_ms_per_term']:.0f} ms/term",
            summary["glossary_ms_per_term"] < goals["glossary_ms_per_term"],
        ),
    ]
    return [(name, value, goal, "yes" if ok else "NO") for name, value, goal, ok in rows]


def _endpoint_rows(summary: dict) -> list[tuple]:
    floor = summary["rps"]["floor"]
    return [
        (
            name,
            f"{rps:.0f}",
            f"{rps / floor:.2f}",
            f"{summary['p50_ms'][name]:.1f}",
            f"{summary['p99_ms'][name]:.1f}",
            str(summary["queries"][name]),
            str(summary["errors"][name]),
        )
        for name, rps in summary["rps"].items()
    ]


def _table(header: tuple, rows: list[tuple]) -> str:
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows, strict=True)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"  # noqa: E731
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def render(summary: dict, goals: dict) -> str:
    endpoints = _table(
        ("endpoint", "req/s", "vs floor", "p50 ms", "p99 ms", "queries", "errors"), _endpoint_rows(summary)
    )
    results = _table(("measure", "result", "goal", "met"), _rows(summary, goals))
    return f"\n{endpoints}\n\n{results}\n\nweb worker RSS: {summary['rss_mb']} MB; took {summary['seconds']} s\n"


HISTORY_FILE = Path(__file__).with_name("history.md")


def write_markdown(path, summary: dict, goals: dict, machine: dict) -> None:
    data = summary["data"]
    text = f"""# Recall benchmarks

Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with `make bench` on {machine["cores"]} cores
({machine["cpu"]}), {machine["memory_gb"]} GB, Python {machine["python"]}, PostgreSQL {machine["postgresql"]}.

## How it runs

- Data, seeded with `COPY` into a fresh PostgreSQL database: {data["learners"]:,} learners, of whom
  {data["api_learners"]:,} study a {data["cards"]}-card deck ({data["review_states"]:,} review states,
  {data["review_logs"]:,} review logs); the others only receive reminders.
- Serving: gunicorn, production settings (`DJANGO_DEBUG=0`), 2 sync workers, Redis for cache and throttles.
- Load: ApacheBench (`ab`) in 4 processes, one connection and one learner (token auth) each, a fixed number
  of requests per endpoint; the endpoints are interleaved in each round so the ratios hold on a noisy machine.
  The floor is `GET /api/v1/ping/`: the same authentication and throttling, a constant body.
- Sweep: one real `reminder_sweep` over every learner, enqueueing to Redis.
- Delivery: real Celery worker processes send reminders to the Bot API double enforcing 30 messages a second
  overall and one a second per chat, answering 429 with `retry_after` beyond that.
- Import: a {summary["import_bytes"] / 1e6:.1f} MB Markdown document built from the seed, then imported again unchanged.

## Results

{_table(("endpoint", "req/s", "vs floor", "p50 ms", "p99 ms", "queries", "errors"), _endpoint_rows(summary))}

{_table(("measure", "result", "goal", "met"), _rows(summary, goals))}

Web worker resident memory after the load: {", ".join(f"{mb} MB" for mb in summary["rss_mb"])}.

{{HISTORY}}
## Reproduce

```sh
make bench        # this table, about {max(1, round(summary["seconds"] / 60))} minutes; writes BENCHMARKS.md
make bench-quick  # small data, under 2 minutes, prints only
```

Both need the PostgreSQL and Redis of a developer machine (127.0.0.1) and Debian's `apache2-utils` (`ab`).
"""
    path.write_text(text.replace("{HISTORY}", HISTORY_FILE.read_text().strip() + "\n"))
