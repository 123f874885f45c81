"""The project's shape: settings, deployment checks, compose file, layout."""

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parent.parent


def test_required_top_level_layout_exists():
    for name in [
        "manage.py",
        "config",
        "quizzes",
        "api",
        "bot",
        "fixtures",
        "tests",
        "docker-compose.yml",
        "Dockerfile",
        "Makefile",
        "README.md",
        ".ci/run",
        ".env.example",
    ]:
        assert (ROOT / name).exists(), name


def test_env_example_documents_every_setting_the_settings_read():
    settings_text = (ROOT / "config/settings.py").read_text()
    example = (ROOT / ".env.example").read_text()
    required = {
        "SECRET_KEY",
        "DJANGO_DEBUG",
        "ALLOWED_HOSTS",
        "DATABASE_URL",
        "REDIS_URL",
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_API_URL",
        "TELEGRAM_WEBHOOK_SECRET",
    }
    for name in required:
        assert f'"{name}"' in settings_text, f"settings do not read {name}"
        assert re.search(rf"^#? ?{name}=", example, re.M), f".env.example lacks {name}"


def test_deploy_check_passes_with_production_values():
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": "q8Zr1xN3-u7LmPv0WkTy5Hs2Bf9Jc4Eg6Da_oRiXnVbQlYpAtS",
        "ALLOWED_HOSTS": "recall.example.com",
    }
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env["DJANGO_DEBUG"] = "0"
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def _compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_defines_every_service_with_shared_definition():
    services = _compose()["services"]
    assert set(services) == {"db", "redis", "web", "worker", "beat", "bot"}
    for name in ["web", "worker", "beat", "bot"]:
        assert services[name]["build"] == ".", name
        assert services[name]["environment"]["REDIS_URL"].startswith("redis://")
    for name in ["db", "redis", "web"]:
        assert "healthcheck" in services[name]
    assert {"pgdata", "redisdata"} <= set(_compose()["volumes"])


def test_compose_commands_name_things_that_exist():
    services = _compose()["services"]
    commands = get_commands()
    for name in ["web", "worker", "beat", "bot"]:
        words = " ".join(services[name]["command"]).split()
        if "manage.py" in words:
            command = words[words.index("manage.py") + 1]
            assert command in commands, f"{name}: no management command {command}"
        if "gunicorn" in words:
            module = words[words.index("gunicorn") + 1]
            assert (ROOT / (module.replace(".", "/") + ".py")).exists()
        if "celery" in words:
            module = words[words.index("-A") + 1]
            __import__(f"{module}.celery").celery.app  # noqa: B018
    procfile = (ROOT / "Procfile").read_text()
    for line in procfile.splitlines():
        words = line.split(":", 1)[1].split()
        if "manage.py" in words:
            assert words[words.index("manage.py") + 1] in commands, line


def test_ci_runs_make_test_with_services_required():
    ci = (ROOT / ".ci/run").read_text()
    assert "make test" in ci and "RECALL_REQUIRE_SERVICES=1" in ci
