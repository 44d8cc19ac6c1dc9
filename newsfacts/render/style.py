"""Colours and CSS shared by the record view and the corpus report.

Colours follow spaCy's displaCy palette, so a reader who knows displaCy reads ours at once.
Marks carry their colours as inline styles: notebook viewers that drop `<style>` blocks
(GitHub, some sanitisers) still show the highlights.
"""

from __future__ import annotations

ACTOR_COLOURS = {"PERSON": "#aa9cfc", "ORG": "#7aecec", "GPE": "#feca74", "GROUP": "#c887fb"}
KIND_COLOURS = {"actor": "#7aecec", "amount": "#e4e7d2", "date": "#bfe1d9", "quote": "#fff4c2"}
POLARITY_COLOURS = {"support": "#2e8540", "oppose": "#c0392b"}

MARK_STYLE = "background: {colour}; padding: 0.1em 0.25em; margin: 0 0.05em; border-radius: 0.3em"
QUOTE_STYLE = "background: {colour}; border-bottom: 2px solid #d4a800; padding: 0.1em 0"


def mark_style(kind: str, actor_type: str | None = None) -> str:
    """The inline style of a mark of `kind` (actors coloured by their type)."""
    if kind == "quote":
        return QUOTE_STYLE.format(colour=KIND_COLOURS["quote"])
    colour = ACTOR_COLOURS.get(actor_type or "", KIND_COLOURS[kind])
    return MARK_STYLE.format(colour=colour)


RECORD_CSS = """
.newsfacts-record { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
.newsfacts-record .nf-text { white-space: pre-wrap; line-height: 2.1; max-width: 52em;
  padding: 0.5em 0; }
.newsfacts-record .nf-meta { color: #555; font-size: 0.85em; }
.newsfacts-record .nf-legend { font-size: 0.85em; }
.newsfacts-record .nf-table { border-collapse: collapse; font-size: 0.85em; margin: 0.3em 0 1em; }
.newsfacts-record .nf-table th, .newsfacts-record .nf-table td { border-bottom: 1px solid #ddd;
  padding: 0.2em 0.6em; text-align: left; vertical-align: top; }
.newsfacts-record .nf-empty { color: #777; font-size: 0.85em; font-style: italic; }
.newsfacts-record h4 { margin: 0.8em 0 0.2em; }
"""

REPORT_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto;
  max-width: 72em; padding: 1em 2em 4em; color: #222; }
h1 { margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #eee; padding-bottom: 0.2em; margin-top: 2em; }
nav a { margin-right: 1em; }
.nf-table { border-collapse: collapse; font-size: 0.9em; margin: 0.5em 0 1em; }
.nf-table th, .nf-table td { border-bottom: 1px solid #ddd; padding: 0.25em 0.7em;
  text-align: left; vertical-align: top; }
.nf-table th { background: #f6f6f6; }
.nf-empty { color: #777; font-style: italic; }
.nf-chart { display: block; margin: 0.5em 0 1em; max-width: 100%; height: auto; }
.nf-article { border-top: 1px solid #ddd; margin-top: 2em; }
.nf-summary { color: #555; }
"""
