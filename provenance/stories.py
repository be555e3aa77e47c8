"""Stories: which articles report the same leak, and linking each story's articles.

Two articles are about the same leak when they were published within
:data:`STORY_DAYS` days of each other (or either is undated) and either
quote the same words, at least :data:`MIN_SHARED_WORDS` of them (allowing
slicing, censoring, punctuation and drift: :mod:`provenance.wording`), or
name at least two of the same people (:mod:`provenance.people`) and quote
at least one same word or phrase. A story is every article reachable
through such pairs, so it does not depend on the order articles arrive in.
An article the input puts in a named story (``build --story``, or a JSON
article's ``story``) belongs to that story only, whatever its content says.

A story's id is derived from its content: from its name when it has one,
otherwise from its earliest published article (so a story of one article
keeps the id it had alone). Its fingerprint covers its articles' own
fingerprints; a build relinks only the stories whose fingerprint changed:
adding an article re-derives the story it joins, and no other.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date
from itertools import pairwise

import sqlite_utils
from attrs import frozen

from provenance.merge import StoryHeader, merge_entity_rows, merge_story, publication_key
from provenance.people import name_parts, same_person
from provenance.pipeline import parse_article
from provenance.records import Article
from provenance.store import CHILD_TABLES, delete_derived_rows, digest, row_id, rows_for
from provenance.wording import MIN_DRIFT, Words, compare, words

STORY_DAYS = 7
MIN_SHARED_WORDS = MIN_DRIFT
MIN_SHARED_PEOPLE = 2


@frozen
class ArticleTraits:
    """What grouping compares: an article's date, people and quoted wordings."""

    id: str
    headline: str
    published: str | None
    digest: str | None
    story_name: str | None
    story_id: str | None
    people: frozenset[str]
    quoted: tuple[Words, ...]


@frozen
class StoryPlan:
    """A story as grouping finds it: its header and its articles, earliest first."""

    header: StoryHeader
    article_ids: tuple[str, ...]


def read_traits(db: sqlite_utils.Database) -> list[ArticleTraits]:
    """The traits of every stored article, from the words of its own text.

    People are the full names the article's own mentions use, and wordings
    the texts of its quotations, so traits are the same however the
    article's story was linked.
    """
    people: dict[str, set[str]] = {}
    for row in db.query(
        "SELECT m.article_id, m.text FROM mentions m JOIN entities e ON e.id = m.entity_id"
        " WHERE e.kind = 'person' AND m.form = 'name'"
    ):
        if name_parts(row["text"])[0] is not None:
            people.setdefault(row["article_id"], set()).add(row["text"])
    quoted: dict[str, list[tuple[int, Words]]] = {}
    for row in db.query("SELECT article_id, start, text FROM quotes WHERE kind != 'indirect'"):
        quoted.setdefault(row["article_id"], []).append((row["start"], words(row["text"])))
    return [
        ArticleTraits(
            id=row["id"],
            headline=row["headline"],
            published=row["published"],
            digest=row["digest"],
            story_name=row["story_name"],
            story_id=row["story_id"],
            people=frozenset(people.get(row["id"], ())),
            quoted=tuple(wording for _, wording in sorted(quoted.get(row["id"], []))),
        )
        for row in db.query(
            "SELECT id, headline, published, digest, story_name, story_id FROM articles ORDER BY id"
        )
    ]


def _day(published: str | None) -> date | None:
    return date.fromisoformat(published[:10]) if published else None


def close_in_time(a: ArticleTraits, b: ArticleTraits) -> bool:
    """Published within :data:`STORY_DAYS` days of each other, or either undated."""
    day_a, day_b = _day(a.published), _day(b.published)
    return day_a is None or day_b is None or abs((day_a - day_b).days) <= STORY_DAYS


def shared_people(a: ArticleTraits, b: ArticleTraits) -> int:
    """How many people both articles name in full."""
    return len({name_parts(x)[1] for x in a.people for y in b.people if same_person(x, y)})


def shared_wording(a: ArticleTraits, b: ArticleTraits, enough: int) -> int:
    """The length, in words, of a quotation both articles carry: the longest, or the
    first found of at least ``enough`` words (0 for none)."""
    longest = 0
    for x in a.quoted:
        for y in b.quoted:
            size = min(len(x), len(y))
            if size > longest and compare(x, y) is not None:
                longest = size
                if longest >= enough:
                    return longest
    return longest


def same_story(a: ArticleTraits, b: ArticleTraits) -> bool:
    """Whether two articles (neither put in a named story) report the same leak."""
    if not close_in_time(a, b):
        return False
    people = shared_people(a, b) >= MIN_SHARED_PEOPLE
    wording = shared_wording(a, b, enough=1 if people else MIN_SHARED_WORDS)
    return wording >= MIN_SHARED_WORDS or (wording > 0 and people)


def _keys(traits: ArticleTraits) -> set[str]:
    """Keys two articles of one story share: a surname named in full, or two quoted words."""
    keys = {f"person {name_parts(name)[1]}" for name in traits.people}
    for wording in traits.quoted:
        keys.update(f"words {a} {b}" for a, b in pairwise(wording))
    return keys


def group_articles(traits: Iterable[ArticleTraits]) -> list[StoryPlan]:
    """Every story: named ones by name, the others by :func:`same_story`, sorted by id."""
    found = sorted(traits, key=lambda t: t.id)
    parent = {t.id: t.id for t in found}

    def root(item: str) -> str:
        while parent[item] != item:
            item = parent[item]
        return item

    def join(a: str, b: str) -> None:
        low, high = sorted((root(a), root(b)))
        parent[high] = low

    by_key: dict[str, list[ArticleTraits]] = {}
    named: dict[str, str] = {}
    for t in found:
        if t.story_name is not None:
            join(named.setdefault(t.story_name, t.id), t.id)
            continue
        for key in _keys(t):
            by_key.setdefault(key, []).append(t)
    checked: set[tuple[str, str]] = set()
    for members in by_key.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if (a.id, b.id) not in checked and root(a.id) != root(b.id):
                    checked.add((a.id, b.id))
                    if same_story(a, b):
                        join(a.id, b.id)
    stories: dict[str, list[ArticleTraits]] = {}
    for t in found:
        stories.setdefault(root(t.id), []).append(t)
    plans = [_plan(members) for members in stories.values()]
    return sorted(plans, key=lambda plan: plan.header.id)


def _plan(members: list[ArticleTraits]) -> StoryPlan:
    ordered = sorted(members, key=lambda t: publication_key(t.published, t.id))
    name = ordered[0].story_name
    if name is not None:
        story_id, title = row_id("story", "named", name), name
    else:
        story_id, title = row_id("story", ordered[0].id), ordered[0].headline
    fingerprint = json.dumps(
        [story_id, title, sorted((t.id, t.digest or "") for t in members)], ensure_ascii=False
    )
    header = StoryHeader(story_id, title, hashlib.sha256(fingerprint.encode()).hexdigest()[:16])
    return StoryPlan(header, tuple(t.id for t in ordered))


def stale_stories(db: sqlite_utils.Database) -> list[StoryPlan]:
    """The stories whose articles changed since they were last linked."""
    traits = read_traits(db)
    stored = {row["id"]: row["digest"] for row in db.query("SELECT id, digest FROM stories")}
    linked = {t.id: t.story_id for t in traits}
    return [
        plan
        for plan in group_articles(traits)
        if stored.get(plan.header.id) != plan.header.digest
        or any(linked[a] != plan.header.id for a in plan.article_ids)
    ]


def stored_article(row: dict[str, object]) -> Article:
    """The article a stored row was made from, to be parsed again."""
    return Article(
        id=str(row["id"]),
        text=str(row["text"]),
        headline=str(row["headline"]),
        url=_text(row["url"]),
        outlet=_text(row["outlet"]),
        published=_text(row["published"]),
        timezone=_text(row["timezone"]),
        language=_text(row["language"]),
        source=_text(row["source"]),
        encoding=str(row["encoding"] or "utf-8"),
        author=_text(row["author"]),
        story=_text(row["story_name"]),
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def relink(db: sqlite_utils.Database, plan: StoryPlan) -> None:
    """Re-derive one story from its articles' texts and replace its rows, in one transaction."""
    marks = ", ".join("?" for _ in plan.article_ids)
    articles = []
    for row in db.query(f"SELECT * FROM articles WHERE id IN ({marks})", plan.article_ids):
        rows = rows_for(parse_article(stored_article(row)))
        rows["articles"][0]["digest"] = digest(rows)
        articles.append(rows)
    merged = merge_story(plan.header, articles)
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")
        delete_derived_rows(db, list(plan.article_ids))
        db["stories"].upsert_all(merged["stories"], pk="id")
        db["articles"].upsert_all(merged["articles"], pk="id")
        for entity in merged["entities"]:
            _merge_entity(db, entity)
        for table in CHILD_TABLES:
            if merged[table]:
                # Two cues may claim one statement: its row is written once, as when saved.
                db[table].insert_all(merged[table], replace=True)


def _merge_entity(db: sqlite_utils.Database, row: dict[str, object]) -> None:
    """Insert an entity, or merge it with the one another story already stored."""
    found = list(db.query("SELECT * FROM entities WHERE id = ?", [row["id"]]))
    db["entities"].upsert(
        merge_entity_rows(str(row["id"]), [*found, row]) if found else row, pk="id"
    )
