"""The report opens in a real browser: headless Chromium draws it with no console error.

Needs the Debian packages `chromium` and `chromium-driver` (/usr/bin/chromium); skipped
with the reason when the browser is absent.
"""

from __future__ import annotations

import html
import json
import re
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest
from rendered_html import HOSTILE, actor, hand_built_records, make_record, stance

from newsfacts.models import ArticleRecord
from newsfacts.render import build_report
from newsfacts.render.corpus import NETWORK_NODES

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


# What the page reports about its own drawing, measured by the browser's layout (getBBox)
# rather than by the arithmetic that placed the labels.
MEASURE_SCRIPT = """<script>
(function () {
  var svg = document.querySelector("svg.nf-network");
  var boxes = Array.prototype.map.call(svg.querySelectorAll("g.nf-node text"), function (t) {
    var b = t.getBBox();
    return {label: t.textContent, x: b.x, y: b.y, width: b.width, height: b.height};
  });
  var table = document.querySelector("#articles table.nf-table");
  table.tHead.rows[0].cells[1].click();
  table.tHead.rows[0].cells[1].click();
  var sorted = Array.prototype.map.call(table.tBodies[0].rows, function (r) {
    return r.cells[1].textContent;
  });
  var box = table.previousElementSibling;
  box.value = "article-007";
  box.dispatchEvent(new Event("input"));
  var shown = Array.prototype.filter.call(table.tBodies[0].rows, function (r) {
    return !r.hidden;
  }).length;
  var search = svg.previousElementSibling;
  search.value = "Councillor Number000";
  search.dispatchEvent(new Event("input"));
  var lit = svg.querySelectorAll("g.nf-node:not(.nf-dim)").length;
  var out = document.createElement("pre");
  out.id = "nf-measure";
  out.textContent = JSON.stringify({
    nodes: svg.querySelectorAll("g.nf-node").length, boxes: boxes, sorted: sorted, shown: shown,
    lit: lit
  });
  document.body.appendChild(out);
})();
</script>"""
ARTICLES = 200
ORGANISATIONS = 12


def many_records(count: int) -> list[ArticleRecord]:
    """`count` articles in which a person of their own and two of a dozen shared
    organisations take stances on each other and on the article's own "budget"."""
    records = []
    for n in range(count):
        person = f"Councillor Number{n:03d}"
        first = f"Organisation Alpha{n % ORGANISATIONS:02d}"
        second = f"Organisation Alpha{(n * 5 + 1) % ORGANISATIONS:02d}"
        text = (
            f"{person} supports the budget. {first} opposes the budget. "
            f"{first} criticised {second}. {person} praised {second}."
        )
        records.append(
            make_record(
                f"article-{n:03d}",
                text,
                title=f"Budget vote number {n:03d} in the district",
                actors=[
                    actor(text, "a1", person, "PERSON", [person]),
                    actor(text, "a2", first, "ORG", [first]),
                    actor(text, "a3", second, "ORG", [second]),
                ],
                stances=[
                    stance(text, person, "support", "the budget", "supports", holder_id="a1"),
                    stance(text, first, "oppose", "the budget", "opposes", holder_id="a2"),
                    stance(
                        text, first, "oppose", second, "criticised", holder_id="a2", target_id="a3"
                    ),
                    stance(
                        text, person, "support", second, "praised", holder_id="a1", target_id="a3"
                    ),
                ],
            )
        )
    return records


def measured(page: Path, profile: Path) -> dict[str, Any]:
    """Open `page` with the measuring script added and read back what it wrote."""
    markup = page.read_text(encoding="utf-8")
    # The report's policy allows its own script only; the measuring one needs it lifted.
    markup = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", markup)
    probe = page.with_name("measured.html")
    probe.write_text(markup.replace("</body>", MEASURE_SCRIPT + "</body>"), encoding="utf-8")
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        f"--user-data-dir={profile}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        "--dump-dom",
        probe.as_uri(),
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    found = re.search(r'<pre id="nf-measure">(.*?)</pre>', run.stdout, re.S)
    assert found, run.stdout[-2000:]
    return dict(json.loads(html.unescape(found.group(1))))


def overlapping(boxes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Pairs of labels whose boxes share any area."""
    pairs = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart_x = a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
            apart_y = a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"]
            if not (apart_x or apart_y):
                pairs.append((a["label"], b["label"]))
    return pairs


def test_render_browser_network_of_200_articles_stays_readable(tmp_path: Path) -> None:
    records = many_records(ARTICLES)
    page = tmp_path / "report.html"
    page.write_text(build_report(records), encoding="utf-8")
    messages = screenshot(page, tmp_path / "report.png", tmp_path / "profile")
    assert messages == []
    found = measured(page, tmp_path / "profile")
    assert 0 < found["nodes"] <= NETWORK_NODES
    assert len(found["boxes"]) == found["nodes"]
    assert all(box["width"] > 0 and box["height"] > 0 for box in found["boxes"])
    assert overlapping(found["boxes"]) == []
    labels = [box["label"] for box in found["boxes"]]
    assert all(len(label.split()) > 1 for label in labels), labels
    ids = [record.id for record in records]
    assert found["sorted"] == sorted(ids, reverse=True)  # the Id heading, clicked twice
    assert found["shown"] == 1  # the articles table filtered to "article-007"
    # the network filtered to one councillor: they, their organisation and their budget
    assert found["lit"] == 3
