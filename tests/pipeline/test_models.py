"""The default model answers to its own name and its package's; E301 only when missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.errors import ModelNotFoundError
from newsfacts.pipeline.extractor import Extractor, load_model


def test_models_cli_model_en_core_web_sm_is_the_default(
    tmp_path: Path, extractor: Extractor
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Mayor Jim Kenney said the city will spend $5 million.\n")
    result = CliRunner().invoke(app, ["extract", str(article), "--model", "en_core_web_sm"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["extractor"]["model"] == extractor.info.model


def test_models_truly_missing_model_says_what_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match=r"^E301 spaCy model 'xx_no_such_model'"):
        load_model("xx_no_such_model")


def test_models_existing_but_broken_model_is_not_called_missing(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match=r"^E318") as error:
        load_model(str(tmp_path))
    assert "pip install" not in str(error.value)
