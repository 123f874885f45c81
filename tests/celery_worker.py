"""A real Celery worker process, for the integration tests and the delivery benchmark."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_celery_worker(*, queue: str, concurrency: int, env: dict, loglevel: str = "WARNING", **popen):
    """A worker for `config` consuming only `queue`, without the cluster chatter (gossip, mingle,
    heartbeat) a lone worker does not need."""
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "config",
        "worker",
        "-Q",
        queue,
        "--pool",
        "prefork",
        "--concurrency",
        str(concurrency),
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        "--loglevel",
        loglevel,
    ]
    return subprocess.Popen(command, cwd=ROOT, env=env, **popen)
