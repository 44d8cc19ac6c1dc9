"""The report's one script: tables sorted by a click on a heading and filtered by a search
box, the stance network filtered by name. It reads and reorders what the page already
holds (textContent only, never innerHTML), loads nothing, and is allowed by its hash in
the page's Content-Security-Policy, so no other script could run.
"""

from __future__ import annotations

import base64
import hashlib

REPORT_SCRIPT = """
(function () {
  "use strict";
  function sortKey(cell) {
    var text = cell ? cell.textContent.trim() : "";
    var number = text.replace(/,/g, "");
    return text !== "" && !isNaN(number) ? Number(number) : text.toLowerCase();
  }
  function compare(x, y) {
    if (typeof x !== typeof y) { return typeof x === "number" ? -1 : 1; }
    return x < y ? -1 : x > y ? 1 : 0;
  }
  function filterBox(label, before) {
    var box = document.createElement("input");
    box.type = "search";
    box.className = "nf-filter";
    box.placeholder = label;
    box.setAttribute("aria-label", label);
    before.parentNode.insertBefore(box, before);
    return box;
  }
  function sortable(table) {
    var body = table.tBodies[0];
    var headings = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headings, function (heading, column) {
      heading.tabIndex = 0;
      heading.classList.add("nf-sortable");
      function sort() {
        var ascending = heading.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headings, function (other) {
          other.removeAttribute("aria-sort");
        });
        heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = compare(sortKey(a.cells[column]), sortKey(b.cells[column]));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      heading.addEventListener("click", sort);
      heading.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });
    var box = filterBox("Filter rows", table);
    box.addEventListener("input", function () {
      var words = box.value.trim().toLowerCase();
      Array.prototype.forEach.call(body.rows, function (row) {
        row.hidden = words !== "" && row.textContent.toLowerCase().indexOf(words) === -1;
      });
    });
  }
  function filterableNetwork(svg) {
    var box = filterBox("Show the stances of (name)", svg);
    box.addEventListener("input", function () {
      var words = box.value.trim().toLowerCase();
      var lit = {};
      svg.querySelectorAll("g.nf-edge").forEach(function (edge) {
        var ends = [edge.getAttribute("data-holder"), edge.getAttribute("data-target")];
        var match = words === "" || ends.join(" ").toLowerCase().indexOf(words) !== -1;
        edge.classList.toggle("nf-dim", !match);
        if (match) { lit[edge.getAttribute("data-from")] = lit[edge.getAttribute("data-to")] = 1; }
      });
      svg.querySelectorAll("g.nf-node").forEach(function (node) {
        node.classList.toggle("nf-dim", words !== "" && !lit[node.getAttribute("data-key")]);
      });
    });
  }
  document.querySelectorAll("table.nf-table").forEach(sortable);
  document.querySelectorAll("svg.nf-network").forEach(filterableNetwork);
})();
"""

REPORT_SCRIPT_CSS = """
.nf-filter { display: block; margin: 0.6em 0 0.3em; padding: 0.2em 0.4em; min-width: 16em; }
th.nf-sortable { cursor: pointer; user-select: none; }
th[aria-sort="ascending"]::after { content: " \\25B2"; }
th[aria-sort="descending"]::after { content: " \\25BC"; }
.nf-network .nf-dim { opacity: 0.12; }
.nf-network text { paint-order: stroke; stroke: #fff; stroke-width: 3px; }
"""


def script_source_hash(script: str = REPORT_SCRIPT) -> str:
    """The CSP source that allows exactly this inline script: 'sha256-<base64 digest>'."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
