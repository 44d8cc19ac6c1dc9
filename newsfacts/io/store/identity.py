"""One identity per actor across the articles and runs of a store.

The rules are those of `render/merge.py`, made incremental: every actor of a stored
article leaves keys in `actor_keys`, and a new article's actor takes the `actors.id` its
own keys find.

- `name:P:<key>` / `name:O:<key>`: a canonical name or alias that travels between
  articles (`Member.forms`), for people (P) and for other actors (O); people only ever
  join people.
- `long:<letters>`: an acronym a full name can be shortened to ("ICE" for U.S.
  Immigration and Customs Enforcement, by `acronym_matches`'s rules), and `short:<letters>`
  for an acronym used as a name. An acronym joins the one actor its letters fit; if they
  fit several, it is ambiguous and joins none.

An actor whose keys find two stored actors joins them: the older (smaller) id stays.
The aliases file's rules (`AliasRules`) are kept in the store's `alias_rules`, so every
later run honours them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from newsfacts.errors import Errors, UsageError
from newsfacts.extract.actors.names import initials, is_acronym, name_key
from newsfacts.io.store.database import Database
from newsfacts.models.records import Actor
from newsfacts.render.merge import WORD_BREAK, Member, name_rules

SAME = "same"
DISTINCT = "distinct"


class AliasesFile(BaseModel):
    """The aliases file: `same` lists groups of names of one actor (merge what the rules
    kept apart), `distinct` names that name several actors (never join articles by them)."""

    model_config = ConfigDict(extra="forbid")

    same: list[list[str]] = []
    distinct: list[str] = []

    @classmethod
    def read(cls, path: Path) -> AliasesFile:
        try:
            return cls.model_validate_json(path.read_bytes())
        except (OSError, ValidationError) as error:
            raise UsageError(Errors.E315.format(path=path, detail=error)) from error


@dataclass(frozen=True)
class AliasRules:
    """The alias rules in force: a name key's group, and the keys that join nothing."""

    groups: dict[str, str]
    distinct: frozenset[str]

    @classmethod
    def load(cls, database: Database) -> AliasRules:
        rows = database.rows("SELECT key, rule, grp FROM alias_rules")
        return cls(
            groups={key: group for key, rule, group in rows if rule == SAME},
            distinct=frozenset(key for key, rule, _ in rows if rule == DISTINCT),
        )


def save_alias_rules(database: Database, aliases: AliasesFile) -> None:
    """Keep the file's rules in the store (a later rule on the same name replaces one)."""
    rows: list[tuple[str, str, str, str | None]] = []
    for names in aliases.same:
        rows.extend((name_key(name), name, SAME, name_key(names[0])) for name in names)
    rows.extend((name_key(name), name, DISTINCT, None) for name in aliases.distinct)
    for key, form, rule, group in rows:
        database.execute("DELETE FROM alias_rules WHERE key = ?", (key,))
        database.execute(
            "INSERT INTO alias_rules (key, form, rule, grp) VALUES (?, ?, ?, ?)",
            (key, form, rule, group),
        )


def actor_keys(actor: Actor, rules: AliasRules) -> tuple[set[str], set[str], set[str]]:
    """The (name keys, acronym keys to look up, keys to record) of one article's actor."""
    member = Member("", actor)
    kind = "P" if member.is_person else "O"
    names: set[str] = set()
    lookups: set[str] = set()
    recorded: set[str] = set()
    for form in member.forms(name_rules()):
        key = name_key(form)
        if not key or key in rules.distinct:
            continue
        group = rules.groups.get(key)
        names.add(f"name:same:{group}" if group else f"name:{kind}:{key}")
        if member.is_person:
            continue
        for letters in _acronym_letters(form):
            lookups.add(f"long:{letters}")
            recorded.add(f"short:{letters}")
        for letters in shortened_forms(form):
            lookups.add(f"short:{letters}")
            recorded.add(f"long:{letters}")
    for key in rules.groups:
        if key in {name_key(form) for form in [actor.name, *actor.aliases]}:
            names.add(f"name:same:{rules.groups[key]}")
    return names, lookups, recorded | names


def _acronym_letters(form: str) -> list[str]:
    """The acronym key of a form used as an acronym ("ICE", "ACLU of Colorado")."""
    words = form.split()
    if not is_acronym(words[0]):
        return []
    letters = words[0].replace(".", "").replace("&", "").upper()
    return [" ".join([letters, *(word.casefold() for word in words[1:])])]


def shortened_forms(form: str) -> set[str]:
    """Every acronym key `acronym_matches` accepts for the full name `form`: its initials,
    the initials less one word (at the start or inside), each with any tail of the name
    kept as words ("ACLU of Colorado")."""
    words = [word for word in WORD_BREAK.split(form) if word]
    skip = name_rules().acronym_skip
    found: set[str] = set()
    for tail_length in range(len(words) - 1):
        head = words[: len(words) - tail_length]
        tail = [word.casefold() for word in words[len(words) - tail_length :]]
        full = initials(head, skip)
        variants = {full}
        if len(full) >= 4:
            variants |= {full[:i] + full[i + 1 :] for i in range(len(full) - 1)}
        found |= {" ".join([v, *tail]) for v in variants if is_acronym(v)}
    return found


class Identities:
    """Finds or makes the `actors.id` of each article's actor, inside a write transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.rules = AliasRules.load(database)

    def resolve(self, actor: Actor) -> int:
        """The store's id for one article's actor, recording its keys for later articles."""
        names, lookups, recorded = actor_keys(actor, self.rules)
        owners, shown_names = self._owners_by_key(names | lookups | recorded)
        found = {owner for key in names for owner in owners.get(key, ())}
        for key in lookups:
            if len(owners.get(key, ())) == 1:
                found |= owners[key]
        if found:
            actor_id = min(found)
            self.join(actor_id, found - {actor_id})
            if is_acronym(shown_names[actor_id]) and not is_acronym(actor.name):
                self.database.execute(
                    "UPDATE actors SET name = ? WHERE id = ?", (actor.name, actor_id)
                )
            recorded = {key for key in recorded if actor_id not in owners.get(key, ())}
        else:
            actor_id = int(
                self.database.value(
                    "INSERT INTO actors (name, type) VALUES (?, ?) RETURNING id",
                    (actor.name, actor.type),
                )
            )
        self._record(actor_id, recorded)
        return actor_id

    def join(self, actor_id: int, others: Iterable[int]) -> None:
        """Make every article actor and key of `others` belong to `actor_id`."""
        for other in sorted(others):
            self.database.execute(
                "UPDATE article_actors SET actor_id = ? WHERE actor_id = ?", (actor_id, other)
            )
            keys = [key for (key,) in self.database.rows(_KEYS_OF, (other,))]
            self.database.execute("DELETE FROM actors WHERE id = ?", (other,))
            self._record(actor_id, keys)

    def apply_rules(self) -> None:
        """Bring the stored actors in line with the alias rules: join the actors a `same`
        group names, and give the article actors named by a `distinct` name back to the
        rules, one by one in article order."""
        self.rules = AliasRules.load(self.database)
        for group in sorted(set(self.rules.groups.values())):
            keys = [key for key, value in self.rules.groups.items() if value == group]
            owners = self._owners([f"name:{kind}:{key}" for key in keys for kind in "PO"])
            owners |= self._owners([f"name:same:{group}"])
            if owners:
                self.join(min(owners), owners - {min(owners)})
                self._record(min(owners), [f"name:same:{group}"])
        for key in sorted(self.rules.distinct):
            owners = self._owners([f"name:P:{key}", f"name:O:{key}"])
            if owners:
                self._reresolve(owners)

    def _reresolve(self, actor_ids: set[int]) -> None:
        marks = ", ".join("?" for _ in actor_ids)
        members = self.database.rows(
            f"SELECT article_id, local_id, name, type, aliases FROM article_actors "
            f"WHERE actor_id IN ({marks}) ORDER BY article_id, local_id",
            sorted(actor_ids),
        )
        # the actors are rebuilt from their members: park these on one of them meanwhile
        keep = min(actor_ids)
        self.join(keep, actor_ids - {keep})
        self.database.execute("DELETE FROM actor_keys WHERE actor_id = ?", (keep,))
        for article_id, local_id, name, type_, aliases in members:
            actor = Actor(
                id=local_id, name=name, type=type_, aliases=json.loads(aliases), salience=0
            )
            self.database.execute(
                "UPDATE article_actors SET actor_id = ? WHERE article_id = ? AND local_id = ?",
                (self.resolve(actor), article_id, local_id),
            )
        self.delete_orphans()

    def delete_orphans(self) -> None:
        """Drop actors no stored article names any more (their keys go with them)."""
        self.database.execute(
            "DELETE FROM actors WHERE NOT EXISTS "
            "(SELECT 1 FROM article_actors WHERE article_actors.actor_id = actors.id)"
        )

    def _owners_by_key(self, keys: set[str]) -> tuple[dict[str, set[int]], dict[int, str]]:
        """The actors holding each of `keys`, and the names they are shown by, in one
        query."""
        owners: dict[str, set[int]] = {}
        names: dict[int, str] = {}
        if keys:
            marks = ", ".join("?" for _ in keys)
            sql = (
                "SELECT actor_keys.key, actors.id, actors.name FROM actor_keys "
                f"JOIN actors ON actors.id = actor_keys.actor_id WHERE key IN ({marks})"
            )
            for key, actor_id, name in self.database.rows(sql, sorted(keys)):
                owners.setdefault(key, set()).add(int(actor_id))
                names[int(actor_id)] = name
        return owners, names

    def _owners(self, keys: Sequence[str] | set[str]) -> set[int]:
        if not keys:
            return set()
        marks = ", ".join("?" for _ in keys)
        sql = f"SELECT DISTINCT actor_id FROM actor_keys WHERE key IN ({marks})"
        return {int(actor_id) for (actor_id,) in self.database.rows(sql, sorted(keys))}

    def _record(self, actor_id: int, keys: Iterable[str]) -> None:
        rows = [(key, actor_id) for key in sorted(set(keys))]
        self.database.executemany(
            "INSERT INTO actor_keys (key, actor_id) VALUES (?, ?) ON CONFLICT DO NOTHING", rows
        )


_KEYS_OF = "SELECT key FROM actor_keys WHERE actor_id = ?"
