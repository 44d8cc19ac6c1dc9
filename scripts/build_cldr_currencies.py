"""Write `newsfacts/resources/cldr_currencies.json`, the currency table of the installed Babel.

The amounts stage reads the snapshot instead of every territory's CLDR locales (about a
second at each start) when the installed Babel is the release the snapshot was taken from;
under another release it builds the table itself. Run this after upgrading Babel:

    python scripts/build_cldr_currencies.py
"""

from __future__ import annotations

import json
from pathlib import Path

from newsfacts.extract.amounts.currencies import SNAPSHOT, build_from_cldr

OUT = Path(__file__).resolve().parents[1] / "newsfacts" / "resources" / SNAPSHOT


def _stable(value: object) -> object:
    """Sets as sorted lists and tables sorted by key, so a rebuild under the same Babel
    writes the same bytes."""
    if isinstance(value, list):
        return sorted(value)
    if isinstance(value, dict):
        return dict(sorted(value.items()))
    return value


def main() -> None:
    snapshot = build_from_cldr()
    data = json.loads(snapshot.model_dump_json(by_alias=True))
    data = {key: _stable(value) for key, value in data.items()}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = f"{len(snapshot.codes)} currencies, {len(snapshot.symbols)} symbols"
    print(f"{OUT}: {counts}, Babel {snapshot.babel}")


if __name__ == "__main__":
    main()
