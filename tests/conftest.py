"""Shared fixtures: the real pipeline with the real model, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.models import ArticleRecord
from newsfacts.pipeline.extractor import Extractor

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED_TEXT = SAMPLES / "whyy-pars.txt"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def whyy_record(extractor: Extractor) -> ArticleRecord:
    """The record of the article newsfacts was designed around (WHYY, 2018-07-27)."""
    return extractor.extract(
        SEED_TEXT.read_text(encoding="utf-8"), published="2018-07-27", id="whyy-pars"
    )
