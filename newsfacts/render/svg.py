"""Inline SVG charts with no external resource: a bar chart, a stance network.

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
    """A point of the network: an actor, or a target that is not an actor. `label` is
    what the drawing shows, `name` the name the stances give."""

    key: str
    label: str
    name: str
    is_actor: bool


@dataclass(frozen=True)
class Edge:
    """Stances of one holder towards one target with one polarity, and how many there are."""

    holder: Node
    target: Node
    polarity: str
    count: int
    detail: str


# Three columns, left to right: who only holds stances, who holds and is a target, what is
# only a target; stances run rightwards. Labels sit on one side of their column, one row
# per node, so no two labels can meet: a row is taller than the text, and a column's
# label room wider than its longest label.
ROW = 20
NODE_LABEL_CHARS = 42
LABEL_ROOM = 310
EDGE_ROOM = 170
MARGIN = 24
LAYERS = ("holders", "both", "targets")
MAX_STROKE = 4.0
AVERAGE_CHAR = 6.6
AVERAGE_BOLD_CHAR = 7.2


@dataclass(frozen=True)
class Place:
    """Where a node is drawn, on which side its label goes, and where its outgoing edges
    start: past its label in the middle column, so that they do not run through it."""

    x: float
    y: float
    layer: str
    out_x: float

    @property
    def label_left(self) -> bool:
        return self.layer == "holders"


def network_svg(nodes: Sequence[Node], edges: Sequence[Edge], *, title: str) -> Html:
    """Nodes in columns by role (holders, holders that are also targets, targets), each
    column ordered so that edges cross little; edges as curves from holder to target,
    green for support and red for oppose. Each edge carries its holder, target, polarity
    and count as data attributes and its stances as a tooltip."""
    places = layered_places(nodes, edges)
    width = max((place.x for place in places.values()), default=0) + LABEL_ROOM + MARGIN
    height = max((place.y for place in places.values()), default=0) + ROW + MARGIN
    drawn_edges = [_edge(edge, places) for edge in edges]
    drawn_nodes = [_node(node, places[node]) for node in nodes]
    return element(
        "svg",
        join([element("title", title), _arrow_markers(), *drawn_edges, *drawn_nodes]),
        xmlns="http://www.w3.org/2000/svg",
        role="img",
        width=f"{width:.0f}",
        height=f"{height:.0f}",
        viewBox=f"0 0 {width:.0f} {height:.0f}",
        class_="nf-chart nf-network",
        style=FONT,
    )


def layered_places(nodes: Sequence[Node], edges: Sequence[Edge]) -> dict[Node, Place]:
    """Each node's column (by whether it holds stances, is their target, or both) and row:
    holders by their number of stances, then every later column by the mean row of the
    nodes that point at it (the barycentre rule that keeps crossings few)."""
    holds = {edge.holder for edge in edges}
    targeted = {edge.target for edge in edges}
    columns: dict[str, list[Node]] = {layer: [] for layer in LAYERS}
    for node in nodes:
        layer = "both" if node in holds and node in targeted else "holders"
        columns["targets" if node not in holds else layer].append(node)
    rows: dict[Node, float] = {node: index for index, node in enumerate(columns["holders"])}
    for layer in LAYERS[1:]:
        column = columns[layer]
        column.sort(key=lambda node: _barycentre(node, edges, rows, len(rows)))
        rows.update({node: index for index, node in enumerate(column)})
    used = [layer for layer in LAYERS if columns[layer]]
    places = {}
    for position, layer in enumerate(used):
        x = MARGIN + LABEL_ROOM + position * (LABEL_ROOM + EDGE_ROOM)
        for index, node in enumerate(columns[layer]):
            out_x = x + _label_width(node) + 14 if layer == "both" else x
            places[node] = Place(x=x, y=MARGIN + index * ROW, layer=layer, out_x=out_x)
    return places


def _label_width(node: Node) -> float:
    """About how wide the node's label is drawn (12px system-ui; bold for actors)."""
    shown = shorten(node.label, NODE_LABEL_CHARS)
    return len(shown) * (AVERAGE_BOLD_CHAR if node.is_actor else AVERAGE_CHAR)


def _barycentre(node: Node, edges: Sequence[Edge], rows: dict[Node, float], fallback: int) -> float:
    placed = [rows[edge.holder] for edge in edges if edge.target == node and edge.holder in rows]
    return sum(placed) / len(placed) if placed else fallback


def _node(node: Node, place: Place) -> Html:
    shape = (
        element("circle", None, cx=f"{place.x:.1f}", cy=f"{place.y:.1f}", r="5", fill="#4c78a8")
        if node.is_actor
        else element(
            "rect",
            None,
            x=f"{place.x - 4:.1f}",
            y=f"{place.y - 4:.1f}",
            width="8",
            height="8",
            fill="#999",
        )
    )
    label = element(
        "text",
        shorten(node.label, NODE_LABEL_CHARS),
        x=f"{place.x - 9 if place.label_left else place.x + 9:.1f}",
        y=f"{place.y:.1f}",
        dy="4",
        text_anchor="end" if place.label_left else "start",
        font_weight="bold" if node.is_actor else None,
        class_="nf-label",
    )
    return element(
        "g",
        join([element("title", node.label), shape, label]),
        class_="nf-node",
        data_key=node.key,
        data_label=node.label,
        data_layer=place.layer,
        data_actor="true" if node.is_actor else "false",
    )


def _edge(edge: Edge, places: dict[Node, Place]) -> Html:
    start, end = places[edge.holder], places[edge.target]
    if start.x == end.x:
        # holder and target in the middle column: a loop out to its left, where no label is
        bend = start.x - EDGE_ROOM * 0.5 - min(abs(end.y - start.y) * 0.1, EDGE_ROOM * 0.4)
        curve = f"C {bend:.1f} {start.y:.1f} {bend:.1f} {end.y:.1f}"
        begin = start.x
    else:
        begin = start.out_x
        middle = (begin + end.x) / 2
        curve = f"C {middle:.1f} {start.y:.1f} {middle:.1f} {end.y:.1f}"
    colour = POLARITY_COLOURS[edge.polarity]
    path = element(
        "path",
        element("title", edge.detail),
        d=f"M {begin:.1f} {start.y:.1f} {curve} {end.x:.1f} {end.y:.1f}",
        fill="none",
        stroke=colour,
        stroke_width=f"{min(1.2 + math.log2(edge.count), MAX_STROKE):.1f}",
        stroke_opacity="0.7",
        marker_end=f"url(#nf-arrow-{edge.polarity})",
    )
    return element(
        "g",
        path,
        class_="nf-edge",
        data_from=edge.holder.key,
        data_to=edge.target.key,
        data_holder=edge.holder.name,
        data_target=edge.target.name,
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
            markerUnits="userSpaceOnUse",
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
