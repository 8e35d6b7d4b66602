"""Shared fixtures: where the project's shared material (seeds, fixtures, schema) lives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CAITIEN_SHARED_DIR", ROOT.parent / "shared"))
FIXTURES = SHARED / "fixtures"
SEED_TEXTS = SHARED / "seeds"
SAMPLES = ROOT / "tests" / "samples"


def fixture_truths() -> list[Path]:
    """Every truth file of ../shared/fixtures (seeds and samples)."""
    return sorted((FIXTURES / "seeds").glob("*.json")) + sorted(
        (FIXTURES / "samples").glob("*.json")
    )


@pytest.fixture
def shared() -> Path:
    """The ../shared folder beside the repository."""
    return SHARED
