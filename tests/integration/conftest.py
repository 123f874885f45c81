import pytest
from django.db import connection

from tests.conftest import skip_or_fail


@pytest.fixture
def postgres(transactional_db):
    """Integration tests need the real thing: PostgreSQL row locks and constraints under concurrency."""
    if connection.vendor != "postgresql":
        skip_or_fail("needs PostgreSQL: run with DATABASE_URL=postgres://… (make test does)")
