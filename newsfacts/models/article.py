"""An article as read from input, before extraction."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from newsfacts.models.records import PublishedSource

LONE_SURROGATE = re.compile("[\ud800-\udfff]")


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
    author: str | None = None
    """The byline: who wrote the article, as the page or the object names them."""
    site_name: str | None = None
    """The publication: "Reuters", "DW.COM", as the page names itself."""
    encoding: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    """What reading noticed (an ambiguous date, say); the record's warnings start with it."""

    @field_validator("text", "title")
    @classmethod
    def _no_lone_surrogates(cls, value: str | None) -> str | None:
        """A lone surrogate (JSON may escape one: "\\ud800") is no character and cannot be
        written as UTF-8; each becomes U+FFFD, one character for one, so offsets hold."""
        return None if value is None else LONE_SURROGATE.sub("\ufffd", value)
