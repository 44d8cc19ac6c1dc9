"""An article as read from input, before extraction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from newsfacts.models.records import PublishedSource


class Article(BaseModel):
    """The text of one article and what is known about it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    text: str
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_source: PublishedSource = "none"
    url: str | None = None
    encoding: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)
