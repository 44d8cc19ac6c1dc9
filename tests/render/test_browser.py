"""The report opens in a real browser: headless Chromium draws it with no console error.

Needs the Debian packages `chromium` and `chromium-driver` (/usr/bin/chromium); skipped
with the reason when the browser is absent.
"""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import pytest
from rendered_html import HOSTILE, actor, hand_built_records, make_record

from newsfacts.models import ArticleRecord
from newsfacts.render import build_report

CHROMIUM = Path("/usr/bin/chromium")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WINDOW = (1280, 2400)
# A white page of this size compresses to a few kilobytes; a drawn report is far larger.
MIN_PNG_BYTES = 30_000

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="headless Chromium not installed: apt-get install -y chromium chromium-driver",
)


def screenshot(page: Path, png: Path, profile: Path) -> list[str]:
    """Open `page` in headless Chromium, save a screenshot; returns its console messages."""
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        f"--screenshot={png}",
        page.as_uri(),
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return [line for line in run.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def png_size(png: Path) -> tuple[int, int]:
    data = png.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_render_browser_console_errors_are_seen(tmp_path: Path) -> None:
    """The check below would notice a failing page: a broken script is reported."""
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><p>x</p><script>notDefined();</script>", encoding="utf-8")
    messages = screenshot(page, tmp_path / "broken.png", tmp_path / "profile")
    assert any("notDefined" in message for message in messages)


def test_render_browser_report_draws_without_console_errors(
    whyy_record: ArticleRecord, tmp_path: Path
) -> None:
    text = f"{HOSTILE} was named in the lawsuit."
    hostile = make_record(
        "hostile", text, actors=[actor(text, "a1", HOSTILE, "ORG", [HOSTILE])], title=HOSTILE
    )
    page = tmp_path / "report.html"
    page.write_text(build_report([whyy_record, *hand_built_records(), hostile]), encoding="utf-8")
    png = tmp_path / "report.png"
    messages = screenshot(page, png, tmp_path / "profile")
    assert messages == []
    assert png_size(png) == WINDOW
    assert png.stat().st_size > MIN_PNG_BYTES
