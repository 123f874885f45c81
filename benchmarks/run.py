"""`make bench` / `make bench-quick`: the API, the sweep, delivery and imports, measured in one run.

Uses the machine's PostgreSQL (a fresh `recall_bench` database) and Redis (db 14), serves
with gunicorn (production settings, 2 workers), loads with ApacheBench, and ends with one JSON line.
"""

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/recall_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
TELEGRAM_LIMIT = 30
CONNECTIONS = 4  # twice the web workers: each always has a request waiting
GOALS = {
    "due_vs_floor": 0.5,
    "review_vs_floor": 0.35,
    "stats_vs_floor": 0.5,
    "p99_ms": 50.0,
    "sweep_seconds": 2.0,
    "delivery_vs_limit": 0.9,
    "import_seconds": 10.0,
    "reimport_seconds": 5.0,
    "anki_export_seconds": 10.0,
    "anki_import_seconds": 10.0,
    "glossary_ms_per_term": 10.0,
}


def production_env() -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": "benchmark-only-" + "x7Qp2" * 10,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        # One throttle bucket per learner is still checked on every request; the rate is raised so
        # the load generator measures serving, not the throttle saying no.
        "THROTTLE_USER": "100000000/min",
        "LOG_LEVEL": "WARNING",
    }


def fresh_database():
    name = DATABASE_URL.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def synthetic_document(size_bytes: int) -> bytes:
    """The seed document repeated with renamed tools and sections, so every part makes new cards."""
    seed = (ROOT / "fixtures" / "virtualization.md").read_text()
    parts, i = [], 0
    while sum(map(len, parts)) < size_bytes:
        part = seed.replace("docker", f"dk{i}").replace("Docker", f"Dk{i}")
        parts.append(part.replace("## ", f"## Part {i} ").replace("#### ", f"#### Part {i} "))
        i += 1
    return "\n\n".join(parts).encode()[:size_bytes].rsplit(b"\n", 1)[0]


def synthetic_glossary(terms: int) -> str:
    """A glossary of `terms` bold entries with one-sentence glosses: every term is a definition
    whose distractors are drawn from its siblings, the costliest shape per byte."""
    words = [
        "vector", "matrix", "kernel", "buffer", "socket", "stream", "packet", "router", "cache", "queue", "stack",
        "heap", "graph", "node", "edge", "tensor", "tree", "hash", "token", "parser", "lexer", "shard", "replica",
        "index", "cursor", "schema", "trigger",
    ]  # fmt: skip
    pick = random.Random(terms).sample
    lines = ["# Glossary of Systems Terms", ""]
    for i in range(terms):
        a, b, c, d = pick(words, 4)
        lines += [f"**{a.title()} {b.title()} {i}**: a {c} that stores the {d} of each {b} used by the {a} layer.", ""]
    return "\n".join(lines)


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = (
        int(
            next(
                line.split()[1]
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            )
        )
        // 1024
        // 1024
    )
    with psycopg.connect(PG_ADMIN) as conn:
        pg = conn.execute("SHOW server_version").fetchone()[0]
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory,
        "python": platform.python_version(),
        "postgresql": pg,
        "os": platform.platform(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small data, under 2 minutes")
    parser.add_argument("--full", action="store_true", help="full data; writes BENCHMARKS.md")
    args = parser.parse_args()

    from benchmarks import load
    from benchmarks.seed import FULL, QUICK
    from tests.services_reachable import reachable

    size = QUICK if args.quick or not args.full else FULL
    label = "quick" if size is QUICK else "full"
    ab = load.ensure_ab()
    if not (reachable(PG_ADMIN) and reachable(REDIS_URL)):
        sys.exit("benchmark: needs PostgreSQL at 127.0.0.1:5432 and Redis at 127.0.0.1:6379")
    started = time.monotonic()
    env = production_env()
    os.environ.update(env)  # this process measures in-process parts against the same database

    print(
        f"Recall benchmark ({label}): {size.api_learners:,} API learners × {size.cards} cards, "
        f"{size.learners:,} learners in all",
        flush=True,
    )
    fresh_database()
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)

    import django

    django.setup()
    from benchmarks import measure_in_process as inproc
    from benchmarks.seed import seed

    t = time.perf_counter()
    data = seed(DATABASE_URL, size)
    seed_seconds = time.perf_counter() - t
    print(
        f"seeded {data['review_states']:,} review states and {data['review_logs']:,} review logs "
        f"in {seed_seconds:.1f}s",
        flush=True,
    )

    learners = [
        {"token": token, "card": data["basic_card_ids"][i % len(data["basic_card_ids"])]}
        for i, token in enumerate(data["tokens"][:CONNECTIONS])
    ]
    with load.Gunicorn(env) as server:
        results = load.measure(
            ab,
            server.url,
            requests=size.requests,
            connections=CONNECTIONS,
            learners=learners,
            rounds=1 if label == "quick" else 2,
        )
        rss = server.worker_rss_mb()
    queries = inproc.queries_per_request(data["tokens"][0])
    sweep = inproc.sweep_seconds(REDIS_URL)
    delivery = inproc.delivery_rate(env, size.deliveries, limit=TELEGRAM_LIMIT)
    imports = inproc.import_seconds(synthetic_document(size.document_bytes))
    glossary = inproc.generation_seconds(synthetic_glossary(size.glossary_terms))
    from benchmarks.anki_deck import anki_deck_seconds

    anki = anki_deck_seconds()

    floor = results["floor"].rps
    summary = {
        "run": label,
        "due_vs_floor": round(results["due"].rps / floor, 3),
        "review_vs_floor": round(results["review"].rps / floor, 3),
        "stats_vs_floor": round(results["stats"].rps / floor, 3),
        "delivery_vs_limit": round(delivery["rate"] / TELEGRAM_LIMIT, 3),
        "sweep_seconds": round(sweep["seconds"], 3),
        "import_seconds": round(imports["import"], 2),
        "reimport_seconds": round(imports["reimport"], 2),
        "anki_export_seconds": round(anki["export_seconds"], 2),
        "anki_import_seconds": round(anki["import_seconds"], 2),
        "anki": anki,
        "glossary_ms_per_term": round(1000 * glossary["seconds"] / size.glossary_terms, 2),
        "glossary": {"terms": size.glossary_terms, **glossary},
        "rps": {name: r.rps for name, r in results.items()},
        "p50_ms": {name: r.p50_ms for name, r in results.items()},
        "p99_ms": {name: r.p99_ms for name, r in results.items()},
        "queries": queries,
        "errors": {name: r.errors for name, r in results.items()},
        "rss_mb": rss,
        "sweep": sweep,
        "delivery": delivery,
        "import_bytes": imports["bytes"],
        "data": {
            "learners": size.learners,
            "api_learners": size.api_learners,
            "cards": size.cards,
            "review_states": data["review_states"],
            "review_logs": data["review_logs"],
        },
        "seconds": round(time.monotonic() - started, 1),
    }
    from benchmarks.report import render, write_markdown

    print(render(summary, GOALS))
    if label == "full":
        write_markdown(ROOT / "BENCHMARKS.md", summary, GOALS, machine())
        print("Wrote BENCHMARKS.md")
    print(json.dumps(summary, separators=(",", ":")))


if __name__ == "__main__":
    main()
