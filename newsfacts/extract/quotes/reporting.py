"""The reporting verbs and the words around them: which verbs say, name, address or state,
what a verb of saying reports, and which of its dependents are what it reports.

Shared by the attribution of quotes (`attribution`) and the reported-speech finder
(`reported`); the word lists are `resources/reporting_verbs.json`.
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Token

from newsfacts.extract.quotes.frames import according_source
from newsfacts.extract.quotes.marks import QUOTE_CHARS
from newsfacts.extract.syntax import NOMINAL_SUBJECTS, has_negation
from newsfacts.resources.lexicon import Lexicon, WordMap, Words

# Ways words may hang from a reporting verb without being what it reports: its subject, a
# prepositional phrase ("said on “Face the Nation”"), an adverb.
BLOCKED_PATH_DEPS = {"nsubj", "nsubjpass", "csubj", "prep", "agent", "npadvmod", "advmod"}
ADDRESSEE_DEPS = {"dobj", "dative", "iobj"}
# How the word that makes a verb one of saying hangs from it ("went on", "put it").
PARTICLE_DEPS = {"prt", "advmod", "dobj"}


class ReportingLexicon(Lexicon):
    """Reporting verbs and the words around them (see `reporting_verbs.json`)."""

    shipped = "reporting_verbs.json"

    verbs: Words
    naming_verbs: Words
    addressee_verbs: Words
    statement_verbs: Words
    statement_nouns: Words
    text_nouns: Words
    speech_nouns: Words
    document_nouns: Words
    trailing_verbs: Words
    phrasal_verbs: WordMap[Words]
    belief_verbs: Words
    clause_only_verbs: Words
    view_verbs: Words
    prepositional_verbs: WordMap[Words]
    misread_lemmas: WordMap[str]
    described_verbs: Words

    def lemma(self, token: Token) -> str:
        """The lemma a word is looked up by: the model's, except for the forms it misreads
        as another verb ("hopes" as "hop")."""
        return self.misread_lemmas.get(token.lower_) or token.lemma_.lower()

    @cached_property
    def reporting_lemmas(self) -> frozenset[str]:
        """The lemmas of every verb that reports something: those `is_reporting`,
        `holds_view`, `is_naming` and `reporting_prepositions` answer for."""
        prepositional = {
            verb for verb, prepositions in self.prepositional_verbs.items() if prepositions
        }
        return self.verbs | self.view_verbs | self.naming_verbs | prepositional

    def is_reporting(self, token: Token) -> bool:
        """A verb of saying ("said", "warned", "tweeted")."""
        return token.tag_.startswith("VB") and self.lemma(token) in self.verbs

    def holds_view(self, token: Token) -> bool:
        """A verb of stance, intent or expectation ("endorsed", "expects", "declined"):
        what it reports is a view, never the words of a quote."""
        return token.tag_.startswith("VB") and self.lemma(token) in self.view_verbs

    def reporting_prepositions(self, token: Token) -> frozenset[str]:
        """The prepositions through which a verb reports ("for" of "called for")."""
        if not token.tag_.startswith("VB"):
            return frozenset()
        return self.prepositional_verbs.get(self.lemma(token), frozenset())

    def addresses(self, token: Token) -> bool:
        """A verb whose object is the person spoken to ("told reporters")."""
        return self.lemma(token) in self.addressee_verbs

    def reports_objects(self, token: Token) -> bool:
        """A verb of saying whose object or infinitive is what it reports ("announced new
        measures"), unlike one whose transitive sense is no speech ("maintains a lead")."""
        return self.lemma(token) not in self.clause_only_verbs

    def reports_descriptions(self, token: Token) -> bool:
        """A verb whose object is what it reports only when described as something ("sees
        the deal as a betrayal"; "saw a surge in support" reports nothing)."""
        return self.lemma(token) in self.described_verbs

    def believes(self, token: Token) -> bool:
        """A verb of belief or finding ("believe", "show"): it reports a view, not words."""
        return self.lemma(token) in self.belief_verbs

    def credits_after(self, token: Token) -> bool:
        """A verb that credits the quote right before it: a verb of saying, or one that
        does only there ("“...,” the editorial read"), or with its particle ("went on")."""
        trailing = token.tag_.startswith("VB") and self.lemma(token) in self.trailing_verbs
        return trailing or self.is_reporting(token) or self.says_with_particle(token)

    def says_with_particle(self, token: Token) -> bool:
        """A verb that reports only with its particle or object word ("went on", "shot
        back", "pointed out", "as Roe put it"); the parser hangs the word as a particle,
        an adverb or an object."""
        if not token.tag_.startswith("VB"):
            return False
        words = self.phrasal_verbs.get(self.lemma(token), frozenset())
        return any(
            child.dep_ in PARTICLE_DEPS and child.lower_ in words for child in token.children
        )

    def is_naming(self, token: Token) -> bool:
        """A verb that quotes its object's words ("called it a “huge win”")."""
        return token.tag_.startswith("VB") and self.lemma(token) in self.naming_verbs

    def speaks(self, token: Token) -> bool:
        """A reporting or naming verb that is not negated."""
        said = self.is_reporting(token) or self.is_naming(token)
        return said and not has_negation(token)

    def states(self, token: Token) -> bool:
        """A verb of saying, or one whose object is a statement ("issued the following
        statement", "put out a statement"), not negated."""
        if has_negation(token):
            return False
        if self.is_reporting(token):
            return True
        return self.lemma(token) in self.statement_verbs and any(
            child.dep_ == "dobj" and child.lemma_.lower() in self.statement_nouns
            for child in token.children
        )

    def states_in(self, token: Token) -> bool:
        """A statement ("an email", "a video")."""
        return token.lemma_.lower() in self.statement_nouns

    def carries_words(self, token: Token) -> bool:
        """A statement or another thing made to carry words ("an ad", "a sign")."""
        return self.states_in(token) or token.lemma_.lower() in self.text_nouns

    def speech_owner(self, token: Token) -> Token | None:
        """X in "X’s claim that ...", "X’s statement"."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.speech_nouns:
            return None
        return next((child for child in token.children if child.dep_ == "poss"), None)

    def according_speaker(self, token: Token) -> Token | None:
        """X in "according to X"; but when X is a document and the clause it is attached to
        quotes words ("according to the report, Acme is “extremely disappointed”"), the
        clause's subject: the report relays Acme. A finding ("according to the poll, Roe
        leads") stays the document's."""
        source = according_source(token)
        if source is None or source.lemma_.lower() not in self.document_nouns:
            return source
        clause = token.head
        if not any(t.text in QUOTE_CHARS for t in clause.subtree):
            return source
        subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECTS), None)
        speaks = subject is not None and subject.pos_ in {"PROPN", "NOUN"}
        return subject if speaks else source

    def reports_through(self, verb: Token, child: Token) -> bool:
        """True when words hanging from `verb` through `child` are what the verb reports,
        not its subject, a prepositional phrase or the person spoken to ("told MSNBC’s")."""
        if child.dep_ in BLOCKED_PATH_DEPS:
            return False
        addressee = self.addresses(verb) and child.dep_ in ADDRESSEE_DEPS
        return not addressee
