"""Reported (indirect) speech: what a speaker said, in the reporter's words.

"Kenney said his decision was based on months of conversations" is read from the clausal
complement of a reporting verb whose subject is the speaker; "The museum, Mr. Bush said,
celebrated ..." from the clause a parenthetical reporting verb interrupts; "According to X,
..." from the clause the phrase is attached to. Speech that is mostly a direct quote already
found is not repeated; a clause that holds a partial quote is kept, and becomes one mixed
fact with it (`quotes.quotations.mixed_speech`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from spacy.attrs import LEMMA, LOWER, TAG
from spacy.tokens import Doc, Span, Token

from newsfacts.extract.quotes.attribution import Attribution, Reported
from newsfacts.extract.quotes.frames import TIME_ENTITIES, subject_of
from newsfacts.extract.quotes.marks import QuotedSpan, SpanIndex, paragraph_ranges
from newsfacts.extract.quotes.reporting import ReportingLexicon
from newsfacts.extract.syntax import ACTIVE_SUBJECT, has_negation
from newsfacts.pipeline.doc import doc_text, in_boilerplate

MIN_REPORTED_WORDS = 3
MAX_CLIMB = 3
# A paragraph's opening name and colon: "Marco Rubio: ...", "Lewandowski: ...".
SPEAKER_LABEL = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}):[^\S\n]+(?=\S)")
SPEAKER_ENTITIES = {"PERSON", "ORG"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# Marks that join two sentences of the reporter's into one.
SENTENCE_JOINS = {":", ";"}
THING_REPORTERS = {"it", "which"}
# What a reporting verb without a clause of its own reports: its object ("announced new
# measures"), its infinitive ("urged voters to register") and what it names ("called it a
# disgrace").
OBJECT_CONTENT_DEPS = {"dobj", "xcomp", "oprd"}
# The words other than verbs that open reported speech: "according to X", "in a
# statement/report, X found ...".
ACCORDING, FINDING = "according", "in"


class QuotedChars:
    """Answers "is this offset inside a top-level quote, marks included?" by bisection."""

    def __init__(self, spans: list[QuotedSpan]) -> None:
        outer = sorted((span.open_at, span.outer_end) for span in spans if span.depth == 0)
        self._starts = [start for start, _ in outer]
        self._ends = [end for _, end in outer]

    def holds(self, char: int) -> bool:
        index = bisect_right(self._starts, char) - 1
        return index >= 0 and char < self._ends[index]


def reported_speech(doc: Doc, lexicon: ReportingLexicon, spans: list[QuotedSpan]) -> list[Reported]:
    """Every stretch of reported speech outside the quotes `spans`, in text order."""
    quoted = QuotedChars(spans)
    index = SpanIndex(spans)
    found = []
    for token in _report_anchors(doc, lexicon):
        if quoted.holds(token.idx):
            continue
        if reports_something(token, lexicon):
            if within_speech(token, lexicon):
                continue
            candidates = speech_of(token, lexicon)
        elif token.lower_ == ACCORDING:
            candidates = iter([according_content(token, lexicon)])
        elif token.lower_ == FINDING:
            candidates = iter([finding_content(token, lexicon)])
        else:
            continue
        reported = next(
            (r for r in candidates if r is not None and is_new_content(doc, r, index)), None
        )
        if reported is not None:
            found.append(reported)
    labelled = (r for r in labelled_speech(doc) if not quoted.holds(r.start))
    found.extend(r for r in labelled if is_new_content(doc, r, index))
    return sorted(found, key=lambda reported: reported.start)


def _report_anchors(doc: Doc, lexicon: ReportingLexicon) -> Iterator[Token]:
    """The tokens reported speech can hang from: the verbs `reports_something` holds for
    (a verb tag and a reporting lemma, `ReportingLexicon.lemma`), "according" and "in".
    Read from the Doc's arrays of tags, lower-case forms and lemmas, so no Token is made
    for the other words."""
    strings = doc.vocab.strings
    tags, lowers = doc.to_array(TAG).tolist(), doc.to_array(LOWER).tolist()
    lemmas = doc.to_array(LEMMA).tolist()
    verb_tags = {tag for tag in set(tags) if strings[tag].startswith("VB")}
    words = {strings[ACCORDING], strings[FINDING]}
    reporting: dict[tuple[int, int], bool] = {}
    for i, (tag, lower, lemma) in enumerate(zip(tags, lowers, lemmas, strict=True)):
        if lower in words:
            yield doc[i]
        elif tag in verb_tags:
            reports = reporting.get((lower, lemma))
            if reports is None:
                looked_up = lexicon.misread_lemmas.get(strings[lower]) or strings[lemma].lower()
                reports = reporting[lower, lemma] = looked_up in lexicon.reporting_lemmas
            if reports:
                yield doc[i]


def labelled_speech(doc: Doc) -> Iterator[Reported]:
    """A paragraph that opens with a name and a colon and goes on without quote marks, as
    headlines and interview transcripts give a speaker's words ("Roe: I Am Not Interested
    In The Job", "Matthews: Here's the irony of our time ..."): the rest of the paragraph
    is that speaker's. The label must be a name the model tagged as a person or an
    organisation, so "Update:" or "WASHINGTON:" is none."""
    text = doc_text(doc)
    for start, end in paragraph_ranges(text):
        match = SPEAKER_LABEL.match(text, start, end)
        label = doc.char_span(match.start(1), match.end(1)) if match else None
        if match is None or label is None or not _names_speaker(label):
            continue
        words = doc.char_span(match.end(), end, alignment_mode="contract")
        if words is not None:
            speech = _reported(list(words), Attribution("label", None, label[-1]))
            if speech is not None:
                yield speech


def _names_speaker(label: Span) -> bool:
    names = all(t.pos_ == "PROPN" for t in label)
    return names and any(t.ent_type_ in SPEAKER_ENTITIES for t in label)


def reports_something(token: Token, lexicon: ReportingLexicon) -> bool:
    """A verb of saying, naming or holding a view, or one that reports through a
    preposition ("called for")."""
    return token.tag_.startswith("VB") and lexicon.lemma(token) in lexicon.reporting_lemmas


def within_speech(verb: Token, lexicon: ReportingLexicon) -> bool:
    """True for a view ("Roe said he wants ...", "said they believe ...", "announced that
    they were meeting to discuss ...") held inside the clause another verb of saying
    reports: it is part of that speech, not speech of its own."""
    if not (lexicon.holds_view(verb) or lexicon.believes(verb)):
        return False
    node = verb
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:  # the root (`is` never holds: each `.head` is a new Token)
            return False
        speaking = lexicon.is_reporting(node.head) and not lexicon.believes(node.head)
        if node.dep_ == "ccomp" and speaking:
            return True
        node = node.head
    return False


def speech_of(verb: Token, lexicon: ReportingLexicon) -> Iterator[Reported | None]:
    """What a reporting verb may report, surest first: each clause it governs, the clause
    it interrupts, the object of its preposition ("called for"), its object. Each clause
    is tried because the parser also hangs from the verb a quote that ends the sentence
    before (“... a failed leader.” Roe, who ..., said he may campaign for him): that
    clause is the quote, the next one the speech."""
    for content in (child for child in verb.children if child.dep_ == "ccomp"):
        if not across_a_break(content, verb):
            yield complement_of(verb, content, lexicon)
    yield parenthetical_content(verb, lexicon)
    yield prepositional_content(verb, lexicon)
    yield object_content(verb, lexicon)


def across_a_break(content: Token, verb: Token) -> bool:
    """True for a clause the parser hung from a later verb over a colon or semicolon
    ("The story never ran; my editor argued the piece ...", "The stakes are high: Roe
    said ..."): it is the reporter's sentence before, not what the verb reports."""
    if content.i > verb.i:
        return False
    end = content.right_edge.i
    return any(t.text in SENTENCE_JOINS for t in verb.doc[end + 1 : verb.i])


def complement_of(verb: Token, content: Token, lexicon: ReportingLexicon) -> Reported | None:
    """The clause `content` a reporting verb with a speaker subject reports, without its
    "that". A clause that itself reports someone's speech ("the paper reported that the
    office said ...") is left to its own verb: the speaker is the one who said it, not the
    relay."""
    if has_negation(verb) or relays_speech(content, lexicon):
        return None
    if lexicon.reports_descriptions(verb) and not is_finite(content):
        return None
    subject = reporter_of(verb, lexicon)
    if subject is None:
        return None
    words = [t for t in content.subtree if not (t.dep_ == "mark" and t.head == content)]
    return _reported(words, Attribution("indirect", verb, subject))


def is_finite(clause: Token) -> bool:
    """A clause with a tensed verb or a "that" ("sees that the deal will fail"), not what
    a verb of perception shows happening ("saw the party take over the House")."""
    tensed = clause.tag_ in FINITE_TAGS
    return tensed or any(c.dep_ in {"aux", "auxpass", "mark"} for c in clause.children)


def object_content(verb: Token, lexicon: ReportingLexicon) -> Reported | None:
    """What a reporting verb without a clause reports through its object or infinitive:
    "the Treasury announced new measures that ...", "Roe urged voters to register", "Roe
    agreed to pay the bill". The person spoken to alone ("she told reporters") reports
    nothing, so an addressee verb needs an infinitive after its object."""
    if not lexicon.reports_objects(verb):
        return None
    content = [child for child in verb.children if child.dep_ in OBJECT_CONTENT_DEPS]
    if lexicon.addresses(verb) and not any(child.dep_ == "xcomp" for child in content):
        return None
    if not content or has_negation(verb):
        return None
    if lexicon.reports_descriptions(verb) and not any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    ):
        return None
    subject = reporter_of(verb, lexicon)
    if subject is None:
        return None
    words = [t for child in [*content, *_predicated(verb, content)] for t in child.subtree]
    return _reported(words, Attribution("indirect", verb, subject))


def _predicated(verb: Token, content: list[Token]) -> list[Token]:
    """What an object is reported as having, about or described as ("the poll showed Roe
    with a big lead", "denied any wrongdoing in the land deal", "proposed a steep levy
    last year on the dirtiest plants", "described the plan as a betrayal"): the verb's
    prepositional phrases after it, never a time ("on Tuesday")."""
    objects = [c for c in content if c.dep_ == "dobj"]
    if not objects:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.i > objects[-1].i
        and all(t.ent_type_ not in TIME_ENTITIES for t in c.subtree)
    ]


def prepositional_content(verb: Token, lexicon: ReportingLexicon) -> Reported | None:
    """What a verb reports through a preposition: "Roe called for a temporary ban on ...",
    "called on Congress to act", "talked about the economy"; the preposition itself is
    not reported, and an infinitive after its object is ("on Congress to act")."""
    prepositions = lexicon.reporting_prepositions(verb)
    marker = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in prepositions), None)
    if marker is None or has_negation(verb):
        return None
    subject = reporter_of(verb, lexicon)
    if subject is None:
        return None
    after = [c for c in verb.children if c.i > marker.i and c.dep_ in {"xcomp", "ccomp"}]
    words = [t for node in (marker, *after) for t in node.subtree if t.i != marker.i]
    return _reported(words, Attribution("indirect", verb, subject))


def parenthetical_content(verb: Token, lexicon: ReportingLexicon) -> Reported | None:
    """The clause a parenthetical "X said" interrupts ("The museum, Mr. Bush said, celebrated
    ..."; "The benefit, it says, would be $300"): the clause without the parenthetical."""
    if verb.dep_ != "parataxis" or has_negation(verb):
        return None
    subject = reporter_of(verb, lexicon)
    if subject is None:
        return None
    aside = {t.i for t in verb.subtree}
    words = [t for t in verb.head.subtree if t.i not in aside]
    return _reported(words, Attribution("indirect", verb, subject))


def reporter_of(verb: Token, lexicon: ReportingLexicon) -> Token | None:
    """Who reports the speech: the speaker subject of the verb, the noun a participle
    describes ("polls showing a tight race", or the one who issued a statement saying
    ...), or a thing named by a pronoun ("it declared that ...") or a relative one ("the
    report, which concluded that ...": the report): a report or an organisation states
    views of its own."""
    subject = subject_of(verb)
    if subject is not None:
        return subject
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return participle_reporter(verb.head, lexicon)
    own = next((c for c in verb.children if c.dep_ == ACTIVE_SUBJECT), None)
    if own is None or own.lower_ not in THING_REPORTERS:
        return None
    return verb.head if own.lower_ == "which" and verb.dep_ == "relcl" else own


def participle_reporter(noun: Token, lexicon: ReportingLexicon) -> Token | None:
    """Who speaks through a participle hung from `noun`: the noun itself ("recent polls
    showing ...", "pastors supporting Roe"), but for a statement ("issued a statement
    saying ...") the subject of the verb that issued it."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if lexicon.lemma(noun) in lexicon.statement_nouns:
        return subject_of(noun.head) if noun.dep_ == "dobj" else None
    return noun


def relays_speech(content: Token, lexicon: ReportingLexicon) -> bool:
    """True when a reported clause is itself a report of speech by a speaker named in it
    ("that the office said"); "said they think ..." and "said voters believe ..." are one
    speaker's speech, not a relay."""
    if not lexicon.is_reporting(content) or lexicon.believes(content):
        return False
    speaker = subject_of(content)
    named = speaker is not None and speaker.pos_ != "PRON"
    return named and any(child.dep_ == "ccomp" for child in content.children)


def according_content(token: Token, lexicon: ReportingLexicon) -> Reported | None:
    """The clause "according to X" is attached to: what follows a leading phrase ("According
    to X, ..."), what precedes a trailing one ("..., according to X.")."""
    source = lexicon.according_speaker(token)
    if source is None:
        return None
    phrase = {t.i for t in token.subtree}
    sentence = token.sent
    leads = token.i == sentence.start
    side = [t for t in sentence if t.i not in phrase and (t.i > token.i) == leads]
    return _reported(side, Attribution("according", None, source))


def finding_content(token: Token, lexicon: ReportingLexicon) -> Reported | None:
    """The sentence a leading "In a poll, ..." or "In the report, ..." introduces: what the
    document found, as "according to the poll" would say; but in "In a statement, Roe
    condemned ..." Roe speaks, and her verb reports it."""
    if not (token.i == 0 or token.is_sent_start):
        return None  # asked before the sentence is made: most "in"s open none
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    sentence = token.sent
    if source.lemma_.lower() not in lexicon.document_nouns or reports_something(
        sentence.root, lexicon
    ):
        return None
    phrase = {t.i for t in token.subtree}
    after = token.doc[max(phrase) + 1] if max(phrase) + 1 < sentence.end else None
    if after is None or after.text != ",":
        return None
    side = [t for t in sentence if t.i not in phrase]
    return _reported(side, Attribution("according", None, source))


def _reported(tokens: list[Token], attribution: Attribution) -> Reported | None:
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if len(words) < MIN_REPORTED_WORDS:
        return None
    start = min(t.idx for t in words)
    end = max(t.idx + len(t) for t in words)
    return Reported(start, end, "indirect", attribution)


def is_new_content(doc: Doc, reported: Reported, index: SpanIndex) -> bool:
    """False for speech in boilerplate, and for speech that is mostly a direct quote."""
    if in_boilerplate(doc, reported.start, reported.end):
        return False
    length = reported.end - reported.start
    return index.quoted_chars(reported.start, reported.end) * 2 < length
