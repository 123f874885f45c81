"""Serving under load: gunicorn with production settings, ApacheBench in processes of its own, one run."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ENDPOINTS = {
    "floor": ("GET", "/api/v1/ping/"),
    "due": ("GET", "/api/v1/study/due/?limit=20"),
    "review": ("POST", "/api/v1/study/reviews/"),
    "stats": ("GET", "/api/v1/study/stats/"),
}


@dataclass
class LoadResult:
    endpoint: str
    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int


def ensure_ab() -> str:
    """ApacheBench (Debian's apache2-utils): a fixed number of requests, one timing line per request."""
    path = shutil.which("ab")
    if not path and os.geteuid() == 0:
        subprocess.run(["apt-get", "update", "-qq"], check=False)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "apache2-utils"],
            check=False,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
        path = shutil.which("ab")
    if not path:
        sys.exit("benchmark: ab is not installed (sudo apt-get install apache2-utils)")
    return path


class Gunicorn:
    def __init__(self, env: dict, port: int = 8765, workers: int = 2):
        self.env, self.port, self.workers = env, port, workers
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            "--log-level",
            "warning",
            "--backlog",
            "512",
        ]
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.__exit__()
        sys.exit("benchmark: gunicorn did not become healthy")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(20)

    def worker_rss_mb(self) -> list[float]:
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(self.process.pid)], capture_output=True, text=True)
        sizes = []
        for pid in out.stdout.split():
            status = Path(f"/proc/{pid}/status").read_text()
            kb = int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))
            sizes.append(round(kb / 1024, 1))
        return sizes


def run_ab(
    ab: str, url: str, endpoint: str, *, requests: int, connections: int, learners: list[dict], workdir: Path
) -> LoadResult:
    """`connections` ab processes in parallel, each one learner on one connection, `requests` in all.

    One learner per connection keeps the load realistic: learners do not race each other for
    the same rows. Throughput is requests over the longest process's run; latency percentiles
    are taken over every request of every process.
    """
    method, path = ENDPOINTS[endpoint]
    per_process = requests // connections
    processes = []
    for i, learner in enumerate(learners[:connections]):
        timings = workdir / f"{endpoint}-{i}.tsv"
        command = [
            ab,
            "-q",
            "-n",
            str(per_process),
            "-c",
            "1",
            "-g",
            str(timings),
            "-H",
            f"Authorization: Token {learner['token']}",
            "-H",
            "X-Forwarded-Proto: https",
        ]
        if method == "POST":
            body = workdir / f"{endpoint}-{i}.json"
            body.write_text(json.dumps({"card": learner["card"], "rating": "good"}))
            command += ["-p", str(body), "-T", "application/json"]
        processes.append((subprocess.Popen([*command, url + path], stdout=subprocess.PIPE, text=True), timings))
    latencies, errors, durations = [], 0, []
    for process, timings in processes:
        out, _ = process.communicate(timeout=600)
        # ab counts a body of another length as failed; answers differ in length, so only real failures count.
        failed = re.search(r"Connect: (\d+), Receive: (\d+), Length: \d+, Exceptions: (\d+)", out)
        non_2xx = re.search(r"Non-2xx responses:\s+(\d+)", out)
        errors += (sum(map(int, failed.groups())) if failed else 0) + (int(non_2xx.group(1)) if non_2xx else 0)
        # ab's own clock, in milliseconds; its -g file has start times in whole seconds only.
        durations.append(float(re.search(r"Time taken for tests:\s+([\d.]+) seconds", out).group(1)))
        latencies += [float(line.split("\t")[4]) for line in timings.read_text().splitlines()[1:]]
    latencies.sort()
    window = max(durations)  # the processes start together; the run lasts until the last one ends
    return LoadResult(
        endpoint=endpoint,
        requests=len(latencies),
        rps=len(latencies) / window,
        p50_ms=latencies[len(latencies) // 2],
        p99_ms=latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        errors=errors,
    )


def measure(ab: str, url: str, *, requests: int, connections: int, learners: list[dict], rounds: int) -> dict:
    """Interleave the endpoints round by round so a noisy moment hits them all alike."""
    runs: dict[str, list[LoadResult]] = {name: [] for name in ENDPOINTS}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for name in ENDPOINTS:  # warm-up: imports, connections, caches
            run_ab(ab, url, name, requests=100, connections=connections, learners=learners, workdir=workdir)
        for _ in range(rounds):
            for name in ENDPOINTS:
                runs[name].append(
                    run_ab(
                        ab, url, name, requests=requests, connections=connections, learners=learners, workdir=workdir
                    )
                )
    summary = {}
    for name, results in runs.items():
        summary[name] = LoadResult(
            endpoint=name,
            requests=sum(r.requests for r in results),
            rps=round(sum(r.rps for r in results) / len(results), 1),
            p50_ms=round(sorted(r.p50_ms for r in results)[len(results) // 2], 2),
            p99_ms=round(max(r.p99_ms for r in results), 2),
            errors=sum(r.errors for r in results),
        )
    return summary
