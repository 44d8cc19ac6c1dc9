"""Build `newsfacts/resources/polarity_lexicon.json` from VADER's lexicon.

VADER (Hutto and Gilbert, ICWSM 2014; MIT licence) rates 7,500 English words and forms from
-4 (most negative) to +4 by the mean of ten raters. The stances stage takes the words whose
mean is at least `--threshold` from neutral as cues of support or opposition when they are
verbs acting on an actor ("Ted Cruz hammered Trump"), adjectives and nouns judging a target
inside a quote ("a betrayal"): how a word feels says which side its user is on when its
object is an actor or a policy. The hand-written `stance_cues.json` decides first.

Run it with the `vader_lexicon.txt` of the vaderSentiment package (3.3.2):

    pip download vaderSentiment==3.3.2 --no-deps -d /tmp/vader
    unzip -o /tmp/vader/vaderSentiment-3.3.2-py2.py3-none-any.whl -d /tmp/vader
    python scripts/build_polarity_lexicon.py /tmp/vader/vaderSentiment/vader_lexicon.txt
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "newsfacts" / "resources" / "polarity_lexicon.json"

# The MIT notice of the source, which the licence asks to keep with every copy.
NOTICE = (
    "VADER lexicon, vaderSentiment 3.3.2, https://github.com/cjhutto/vaderSentiment. "
    "The MIT License (MIT). Copyright (c) 2016 C.J. Hutto. Permission is hereby granted, free "
    "of charge, to any person obtaining a copy of this software and associated documentation "
    "files (the 'Software'), to deal in the Software without restriction, including without "
    "limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or "
    "sell copies of the Software, and to permit persons to whom the Software is furnished to do "
    "so, subject to the following conditions: The above copyright notice and this permission "
    "notice shall be included in all copies or substantial portions of the Software. THE "
    "SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED."
)

WORD = re.compile(r"[a-z][a-z-]*[a-z]")


def polar_words(lexicon: Path, threshold: float) -> dict[str, list[str]]:
    """The plain words of VADER's lexicon whose mean rating is `threshold` or more from 0."""
    table: dict[str, list[str]] = {"support": [], "oppose": []}
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        word, mean, *_ = line.split("\t")
        if not WORD.fullmatch(word):
            continue  # emoticons, abbreviations, words with digits
        value = float(mean)
        if value >= threshold:
            table["support"].append(word)
        elif value <= -threshold:
            table["oppose"].append(word)
    return {polarity: sorted(words) for polarity, words in table.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lexicon", type=Path, help="VADER's vader_lexicon.txt")
    parser.add_argument("--threshold", type=float, default=1.5)
    args = parser.parse_args()
    words = polar_words(args.lexicon, args.threshold)
    about = (
        "Words of support and opposition for the stances stage, read when the hand-written "
        "stance_cues.json has no entry: every plain word of VADER's lexicon whose mean "
        f"rating is at least {args.threshold} from neutral on its -4..+4 scale (built by "
        "scripts/build_polarity_lexicon.py). Word forms as VADER lists them, matched "
        "against a token's lower-case form and its lemma."
    )
    data = {"_about": about, "licence": NOTICE, "words": words}
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(words['support'])} support, {len(words['oppose'])} oppose")


if __name__ == "__main__":
    main()
