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

Grouping reads the dated articles in order of publication and compares each
only with those of the previous :data:`STORY_DAYS` days that share a key
with it (and with the undated ones), so it holds a few days of articles in
memory, not the whole database, and its work grows with the articles, not
with their pairs.
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import pairwise

import sqlite_utils
from attrs import evolve, frozen

from provenance.merge import StoryHeader, merge_entity_rows, merge_story, publication_key
from provenance.people import name_parts, same_person
from provenance.pipeline import parse_article
from provenance.records import Article, ParsedArticle
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


def read_headers(db: sqlite_utils.Database) -> list[ArticleTraits]:
    """Every stored article's id, headline, date, fingerprint and story, by id.

    People and wordings are left empty: :func:`read_traits` reads them, one
    article at a time.
    """
    return [
        ArticleTraits(
            id=row["id"],
            headline=row["headline"],
            published=row["published"],
            digest=row["digest"],
            story_name=row["story_name"],
            story_id=row["story_id"],
            people=frozenset(),
            quoted=(),
        )
        for row in db.query(
            "SELECT id, headline, published, digest, story_name, story_id FROM articles ORDER BY id"
        )
    ]


def read_traits(db: sqlite_utils.Database, header: ArticleTraits) -> ArticleTraits:
    """An article's traits, from the words of its own text.

    People are the full names the article's own mentions use, and wordings
    the texts of its quotations, so traits are the same however the
    article's story was linked.
    """
    people = {
        row["text"]
        for row in db.query(
            "SELECT m.text FROM mentions m JOIN entities e ON e.id = m.entity_id"
            " WHERE m.article_id = ? AND e.kind = 'person' AND m.form = 'name'",
            [header.id],
        )
        if name_parts(row["text"])[0] is not None
    }
    quoted = sorted(
        (row["start"], words(row["text"]))
        for row in db.query(
            "SELECT start, text FROM quotes WHERE article_id = ? AND kind != 'indirect'",
            [header.id],
        )
    )
    return evolve(header, people=frozenset(people), quoted=tuple(wording for _, wording in quoted))


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


class _Stories:
    """Articles joined into stories (a union-find over article ids)."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {item: item for item in ids}

    def root(self, item: str) -> str:
        while self.parent[item] != item:
            item = self.parent[item]
        return item

    def join(self, a: str, b: str) -> None:
        low, high = sorted((self.root(a), self.root(b)))
        self.parent[high] = low

    def compare(self, article: ArticleTraits, others: Iterable[ArticleTraits]) -> None:
        """Join ``article`` to each of ``others`` that reports the same leak."""
        for other in sorted({o.id: o for o in others}.values(), key=lambda o: o.id):
            if self.root(article.id) != self.root(other.id):
                a, b = sorted((article, other), key=lambda t: t.id)
                if same_story(a, b):
                    self.join(a.id, b.id)


class _KeyIndex:
    """Articles by the keys they could share with another article of their story."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[ArticleTraits]] = {}

    def add(self, traits: ArticleTraits) -> None:
        for key in _keys(traits):
            self.by_key.setdefault(key, []).append(traits)

    def remove(self, traits: ArticleTraits) -> None:
        for key in _keys(traits):
            members = self.by_key[key]
            members.remove(traits)
            if not members:
                del self.by_key[key]

    def sharing(self, traits: ArticleTraits) -> list[ArticleTraits]:
        return [other for key in _keys(traits) for other in self.by_key.get(key, ())]


def group_articles(db: sqlite_utils.Database) -> list[StoryPlan]:
    """Every story: named ones by name, the others by :func:`same_story`, sorted by id.

    Two articles are compared when they share a key (:func:`_keys`) and
    could be close enough in time; the stories are the groups so joined.
    """
    headers = read_headers(db)
    stories = _Stories(t.id for t in headers)
    named: dict[str, str] = {}
    for t in headers:
        if t.story_name is not None:
            stories.join(named.setdefault(t.story_name, t.id), t.id)
    unnamed = [t for t in headers if t.story_name is None]
    undated = _KeyIndex()
    for header in (t for t in unnamed if t.published is None):
        traits = read_traits(db, header)
        stories.compare(traits, undated.sharing(traits))
        undated.add(traits)
    recent: deque[tuple[date, ArticleTraits]] = deque()
    window = _KeyIndex()
    dated = sorted((t for t in unnamed if t.published), key=lambda t: (_day(t.published), t.id))
    for header in dated:
        traits = read_traits(db, header)
        day = _day(traits.published)
        assert day is not None
        while recent and recent[0][0] < day - timedelta(days=STORY_DAYS):
            window.remove(recent.popleft()[1])
        stories.compare(traits, window.sharing(traits) + undated.sharing(traits))
        recent.append((day, traits))
        window.add(traits)
    members: dict[str, list[ArticleTraits]] = {}
    for t in headers:
        members.setdefault(stories.root(t.id), []).append(t)
    plans = [_plan(group) for group in members.values()]
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
    stored = {row["id"]: row["digest"] for row in db.query("SELECT id, digest FROM stories")}
    linked = {row["id"]: row["story_id"] for row in db.query("SELECT id, story_id FROM articles")}
    return [
        plan
        for plan in group_articles(db)
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
    _write_story(db, merge_story(plan.header, articles), list(plan.article_ids))


@frozen
class StoryOfOne:
    """One article's rows as the story of its own it is until grouping joins it to others."""

    article_id: str
    digest: str
    rows: dict[str, list[dict[str, object]]]


def story_of_one(parsed: ParsedArticle) -> StoryOfOne:
    """An article linked as a story of its own: what :func:`relink` would write for it.

    A pure function of the article, so it can be computed in any process.
    """
    rows = rows_for(parsed)
    fingerprint = digest(rows)
    article = rows["articles"][0]
    article["digest"] = fingerprint
    alone = ArticleTraits(
        id=str(article["id"]),
        headline=str(article["headline"]),
        published=parsed.article.published,
        digest=fingerprint,
        story_name=parsed.article.story,
        story_id=None,
        people=frozenset(),
        quoted=(),
    )
    merged = merge_story(_plan([alone]).header, [rows])
    return StoryOfOne(alone.id, fingerprint, merged)


def save_story_of_one(db: sqlite_utils.Database, story: StoryOfOne) -> str:
    """Write an article as a story of its own, in one transaction.

    Returns ``added``, ``updated`` (the article was there with other rows,
    which are replaced) or ``unchanged`` (nothing was written). An article
    that stays alone is then already linked: a build relinks only the
    stories that grouping finds different from what is stored.
    """
    existing = list(db.query("SELECT digest FROM articles WHERE id = ?", [story.article_id]))
    if existing and existing[0]["digest"] == story.digest:
        return "unchanged"
    _write_story(db, story.rows, [story.article_id])
    return "updated" if existing else "added"


def _write_story(
    db: sqlite_utils.Database, merged: dict[str, list[dict[str, object]]], article_ids: list[str]
) -> None:
    """Replace the rows of these articles by a story's merged rows, in one transaction."""
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")
        delete_derived_rows(db, article_ids)
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
