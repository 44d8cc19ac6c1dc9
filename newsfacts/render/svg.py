"""Inline SVG charts with no script and no external resource: a bar chart, a network.

Both are pure functions of their input with deterministic layouts, so the same records
always give the same picture (and tests can read the drawing's data attributes).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from newsfacts.render.markup import Html, element, join, shorten
from newsfacts.render.style import POLARITY_COLOURS

BAR_HEIGHT = 22
BAR_GAP = 6
BAR_LABEL_WIDTH = 260
BAR_WIDTH = 420
LABEL_CHARS = 38
FONT = "font-family: system-ui, sans-serif; font-size: 12px"


def bar_chart_svg(
    bars: Sequence[tuple[str, float]], *, title: str, unit: str = "", width: int = BAR_WIDTH
) -> Html:
    """A horizontal bar chart of (label, value) pairs, in the order given."""
    top = max((value for _, value in bars), default=0) or 1
    height = len(bars) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP
    full_width = BAR_LABEL_WIDTH + width + 140
    rows = [
        _bar(index, label, value, value / top * width, unit)
        for index, (label, value) in enumerate(bars)
    ]
    return element(
        "svg",
        join([element("title", title), *rows]),
        xmlns="http://www.w3.org/2000/svg",
        role="img",
        width=str(full_width),
        height=str(height),
        viewBox=f"0 0 {full_width} {height}",
        class_="nf-chart",
        style=FONT,
    )


def _bar(index: int, label: str, value: float, length: float, unit: str) -> Html:
    y = BAR_GAP + index * (BAR_HEIGHT + BAR_GAP)
    middle = str(y + BAR_HEIGHT / 2 + 4)
    shown = f"{value:,.0f}" if value >= 100 else f"{value:,.2f}".removesuffix(".00")
    return join(
        [
            element(
                "text",
                shorten(label, LABEL_CHARS),
                x=str(BAR_LABEL_WIDTH - 8),
                y=middle,
                text_anchor="end",
            ),
            element(
                "rect",
                element("title", f"{label}: {shown} {unit}".strip()),
                x=str(BAR_LABEL_WIDTH),
                y=str(y),
                width=f"{max(length, 1):.1f}",
                height=str(BAR_HEIGHT),
                fill="#4c78a8",
            ),
            element(
                "text", f"{shown} {unit}".strip(), x=f"{BAR_LABEL_WIDTH + length + 6:.1f}", y=middle
            ),
        ]
    )


@dataclass(frozen=True)
class Node:
    """A point of the network: an actor, or a target that is not an actor."""

    key: str
    label: str
    is_actor: bool


@dataclass(frozen=True)
class Edge:
    """Stances of one holder towards one target with one polarity, and how many there are."""

    holder: Node
    target: Node
    polarity: str
    count: int
    detail: str


NODE_SPACING = 24
MIN_RADIUS = 140
LABEL_ROOM = 250


def network_svg(nodes: Sequence[Node], edges: Sequence[Edge], *, title: str) -> Html:
    """Nodes on a circle (in the order given), edges as curved arrows through the middle,
    green for support and red for oppose; each edge carries its holder, target, polarity
    and count as data attributes and its stances as a tooltip."""
    radius = max(MIN_RADIUS, len(nodes) * NODE_SPACING / (2 * math.pi))
    centre = radius + LABEL_ROOM
    size = 2 * centre
    places = {node: _place(index, len(nodes), radius, centre) for index, node in enumerate(nodes)}
    drawn_edges = [_edge(edge, places, centre) for edge in edges]
    drawn_nodes = [_node(node, places[node], centre) for node in nodes]
    return element(
        "svg",
        join([element("title", title), _arrow_markers(), *drawn_edges, *drawn_nodes]),
        xmlns="http://www.w3.org/2000/svg",
        role="img",
        width=f"{size:.0f}",
        height=f"{size:.0f}",
        viewBox=f"0 0 {size:.0f} {size:.0f}",
        class_="nf-chart nf-network",
        style=FONT,
    )


def _place(index: int, count: int, radius: float, centre: float) -> tuple[float, float, float]:
    """(x, y, angle) of node `index` of `count`, the first at the top, going clockwise."""
    angle = 2 * math.pi * index / max(count, 1) - math.pi / 2
    return centre + radius * math.cos(angle), centre + radius * math.sin(angle), angle


def _node(node: Node, place: tuple[float, float, float], centre: float) -> Html:
    x, y, angle = place
    degrees = math.degrees(angle)
    on_left = math.cos(angle) < 0
    label_x = x + 10 * math.cos(angle)
    label_y = y + 10 * math.sin(angle)
    rotation = degrees + 180 if on_left else degrees
    shape = (
        element("circle", None, cx=f"{x:.1f}", cy=f"{y:.1f}", r="6", fill="#4c78a8")
        if node.is_actor
        else element(
            "rect", None, x=f"{x - 5:.1f}", y=f"{y - 5:.1f}", width="10", height="10", fill="#999"
        )
    )
    label = element(
        "text",
        shorten(node.label, LABEL_CHARS),
        x=f"{label_x:.1f}",
        y=f"{label_y:.1f}",
        dy="4",
        text_anchor="end" if on_left else "start",
        transform=f"rotate({rotation:.1f} {label_x:.1f} {label_y:.1f})",
        font_weight="bold" if node.is_actor else None,
    )
    return element(
        "g",
        join([element("title", node.label), shape, label]),
        class_="nf-node",
        data_label=node.label,
        data_actor="true" if node.is_actor else "false",
    )


def _edge(edge: Edge, places: dict[Node, tuple[float, float, float]], centre: float) -> Html:
    x1, y1, _ = places[edge.holder]
    x2, y2, _ = places[edge.target]
    # The control point pulls the curve towards the centre, so edges between close nodes
    # still bend and two opposite edges between one pair do not overlap.
    cx = centre + ((x1 + x2) / 2 - centre) * 0.25
    cy = centre + ((y1 + y2) / 2 - centre) * 0.25
    colour = POLARITY_COLOURS[edge.polarity]
    path = element(
        "path",
        element("title", edge.detail),
        d=f"M {x1:.1f} {y1:.1f} Q {cx:.1f} {cy:.1f} {x2:.1f} {y2:.1f}",
        fill="none",
        stroke=colour,
        stroke_width=f"{1.2 + math.log2(edge.count):.1f}",
        stroke_opacity="0.75",
        marker_end=f"url(#nf-arrow-{edge.polarity})",
    )
    return element(
        "g",
        path,
        class_="nf-edge",
        data_holder=edge.holder.label,
        data_target=edge.target.label,
        data_polarity=edge.polarity,
        data_count=str(edge.count),
    )


def _arrow_markers() -> Html:
    markers = [
        element(
            "marker",
            element("path", None, d="M 0 0 L 10 5 L 0 10 z", fill=colour),
            id=f"nf-arrow-{polarity}",
            viewBox="0 0 10 10",
            refX="16",
            refY="5",
            markerWidth="7",
            markerHeight="7",
            orient="auto-start-reverse",
        )
        for polarity, colour in POLARITY_COLOURS.items()
    ]
    return element("defs", join(markers))


def network_key() -> Html:
    """A one-line key to the network's colours and shapes."""
    keys = [
        element("span", "● actor", style="color: #4c78a8"),
        element("span", "■ target that is not an actor", style="color: #999"),
        element("span", "→ supports", style=f"color: {POLARITY_COLOURS['support']}"),
        element("span", "→ opposes", style=f"color: {POLARITY_COLOURS['oppose']}"),
    ]
    return element("p", join(keys, "   "), class_="nf-summary")
