"""The story pages: what each one shows, read from the database and rendered.

Four pages: the story timeline (Datasette's home page), an event with its
evidence, a person with everything they said, and an article with every
statement highlighted. Each view reads through :mod:`provenance.pages.queries`
and renders a template shipped in this package; article text reaches the
templates only as escaped pieces from :mod:`provenance.pages.highlight`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from itertools import groupby
from typing import TYPE_CHECKING, Any

from datasette import Forbidden, NotFound, Request, Response
from markupsafe import Markup

from provenance.pages import queries
from provenance.pages.drawing import layout_timeline
from provenance.pages.highlight import (
    Highlight,
    Label,
    colour_class,
    render_highlighted,
    speaker_colours,
)
from provenance.pages.links import DATABASE_NAME, Links
from provenance.pages.queries import Row
from provenance.timeline import describe_time

if TYPE_CHECKING:
    from datasette.app import Datasette
    from datasette.database import Database

EVENT_TYPES = ("remark", "leak", "response", "defence", "attack", "report", "statement")
LINK_PHRASES = {
    ("before", True): "came before",
    ("before", False): "came after",
    ("simultaneous", True): "happened at the same time as",
    ("simultaneous", False): "happened at the same time as",
    ("responds_to", True): "responds to",
    ("responds_to", False): "is answered by",
    ("reports", True): "reports",
    ("reports", False): "is reported by",
}


def type_class(event_type: str | None) -> str:
    """The CSS class that colours an event type (``type-other`` for unknown types)."""
    return f"type-{event_type}" if event_type in EVENT_TYPES else "type-other"


def link_phrase(relation: str, outgoing: bool) -> str:
    """How a link reads from the event's side: "responds to", "came after" ..."""
    return LINK_PHRASES.get((relation, outgoing), relation.replace("_", " "))


def web_address(url: str | None) -> str | None:
    """An article's URL when it is a web address (never a ``javascript:`` or other link)."""
    return url if url and url.lower().startswith(("https://", "http://")) else None


async def allowed(datasette: Datasette, request: Request) -> bool:
    """Whether the visitor may see the provenance database.

    The one permission check of the pages (Datasette 1.0 renames it ``allowed``).
    """
    try:
        await datasette.ensure_permissions(
            request.actor, ["view-instance", ("view-database", DATABASE_NAME)]
        )
    except Forbidden:
        return False
    return True


async def story_database(datasette: Datasette, request: Request) -> Database:
    """The provenance database, or a 404/403 when it is not served or not visible."""
    if DATABASE_NAME not in datasette.databases:
        raise NotFound(f"No {DATABASE_NAME} database")
    if not await allowed(datasette, request):
        raise Forbidden(f"You may not view the {DATABASE_NAME} database")
    db = datasette.get_database(DATABASE_NAME)
    if not await queries.has_stories(db):
        raise NotFound(f"The {DATABASE_NAME} database has no stories")
    return db


async def requested(
    datasette: Datasette,
    request: Request,
    find: Callable[[Database, str], Awaitable[Row | None]],
    what: str,
) -> tuple[Database, Row]:
    """The database and the row the URL's ``id`` names, or a 404."""
    db = await story_database(datasette, request)
    row = await find(db, request.url_vars["id"])
    if row is None:
        raise NotFound(f"No such {what}")
    return db, row


def common(datasette: Datasette) -> dict[str, Any]:
    """What every story page's template uses."""
    return {
        "links": Links(datasette.urls),
        "type_class": type_class,
        "describe_time": describe_time,
    }


async def render(
    datasette: Datasette, request: Request, template: str, context: dict[str, Any]
) -> Response:
    html = await datasette.render_template(
        f"provenance/{template}",
        {**common(datasette), "database": DATABASE_NAME, **context},
        request=request,
        view_name=f"provenance-{template.removesuffix('.html')}",
    )
    return Response.html(html)


def quote_title(quote: Row) -> str:
    """Hover text of a highlighted statement: who, what kind, which cue."""
    title = f"{quote['speaker'] or 'unknown speaker'}: {quote['kind']} statement"
    return f"{title}, cue “{quote['cue']}”" if quote["cue"] else title


def quote_highlights(quotes: Iterable[Row], colours: dict[str, int]) -> Iterator[Highlight]:
    """Each statement, the words naming its speaker and its speech cue, as highlights."""
    for quote in quotes:
        colour = colours.get(quote["speaker_id"])
        yield Highlight(
            quote["start"],
            quote["end"],
            "quote",
            colour,
            title=quote_title(quote),
            anchor=f"q-{quote['id']}",
        )
        if quote["source_start"] is not None and quote["source_end"] is not None:
            yield Highlight(
                quote["source_start"],
                quote["source_end"],
                "source",
                colour,
                title=f"names the speaker: {quote['speaker'] or 'unknown'}",
            )
        if quote["cue_start"] is not None and quote["cue_end"] is not None:
            yield Highlight(
                quote["cue_start"], quote["cue_end"], "cue", title=f"speech cue: {quote['cue']}"
            )


def outermost(quotes: Sequence[Row]) -> list[Row]:
    """The statements not inside another statement (quotes in text order)."""
    found, reach = [], -1
    for quote in sorted(quotes, key=lambda q: (q["start"], -q["end"])):
        if quote["end"] > reach:
            found.append(quote)
            reach = quote["end"]
    return found


def legend(quotes: Iterable[Row], colours: dict[str, int]) -> list[dict[str, Any]]:
    """One entry per speaker of ``quotes``: name, entity id and colour class."""
    speakers: dict[str | None, dict[str, Any]] = {}
    for quote in quotes:
        speakers.setdefault(
            quote["speaker_id"],
            {
                "id": quote["speaker_id"],
                "name": quote["speaker"] or "unknown speaker",
                "colour": colour_class(colours.get(quote["speaker_id"])),
            },
        )
    return list(speakers.values())


async def home_context(datasette: Datasette, request: Request) -> dict[str, Any]:
    """The story timeline shown as the home page, or {} to leave the home page as it is."""
    if not await allowed(datasette, request):
        return {}
    db = datasette.get_database(DATABASE_NAME)
    if not await queries.has_stories(db):
        return {}
    stories = await queries.stories(db)
    chosen = next((s for s in stories if s["id"] == request.args.get("story")), None)
    story = chosen or (stories[0] if stories else None)
    if story is None:
        return {"story": None, "stories": []}
    events = await queries.story_events(db, story["id"])
    future = await queries.future_references(db, story["id"])
    return {
        "story": story,
        "stories": stories,
        "events": events,
        "future": future,
        "drawing": layout_timeline(events, future),
        "people": await queries.story_people(db, story["id"]),
        "articles": await queries.story_articles(db, story["id"]),
        "types": [t for t in EVENT_TYPES if any(e["type"] == t for e in events)],
    }


async def event_page(datasette: Datasette, request: Request) -> Response:
    """One event: who, whom, how, when and why, its statements and its evidence."""
    db, event = await requested(datasette, request, queries.event, "event")
    story = await queries.story_events(db, event["story_id"])
    position = [e["id"] for e in story].index(event["id"])
    quotes = await queries.event_quotes(db, event["id"])
    links = await queries.event_links(db, event["id"])
    times = await queries.event_times(db, event["id"])
    attestations = await queries.event_attestations(db, event["id"])
    article_ids = list(
        dict.fromkeys(
            [a["article_id"] for a in attestations]
            + [q["article_id"] for q in quotes]
            + [event["article_id"]]
        )
    )
    colours = speaker_colours(await queries.story_speakers(db, event["story_id"]))
    articles = []
    for article_id in article_ids:
        article = await queries.article(db, article_id)
        if article is None:
            continue
        highlights = [
            *(
                Highlight(a["start"], a["end"], "evidence", title="the text reporting this event")
                for a in attestations
                if a["article_id"] == article_id and a["start"] is not None
            ),
            *(
                Highlight(t["start"], t["end"], "time", title=f"time: {t['value']}; {t['rule']}")
                for t in times
                if t["article_id"] == article_id
            ),
            *quote_highlights([q for q in quotes if q["article_id"] == article_id], colours),
        ]
        if event["article_id"] == article_id and event["channel_start"] is not None:
            highlights.append(
                Highlight(
                    event["channel_start"],
                    event["channel_end"],
                    "channel",
                    title=f"channel: {event['channel']}",
                )
            )
        articles.append({**article, "html": render_highlighted(article["text"], highlights)})
    return await render(
        datasette,
        request,
        "event.html",
        {
            "event": event,
            "previous": story[position - 1] if position > 0 else None,
            "next": story[position + 1] if position + 1 < len(story) else None,
            "quotes": quotes,
            "links_of_event": [
                {**link, "phrase": link_phrase(link["relation"], bool(link["outgoing"]))}
                for link in links
            ],
            "articles": articles,
            "speakers": legend(quotes, colours),
            "colours": {k: colour_class(v) for k, v in colours.items()},
        },
    )


async def person_page(datasette: Datasette, request: Request) -> Response:
    """One person: every statement across articles, whom they answered, who answered them."""
    db, person = await requested(datasette, request, queries.entity, "person")
    statements = await queries.person_statements(db, person["id"])
    responses = await queries.person_responses(db, person["id"])
    events = await queries.person_events(db, person["id"])
    return await render(
        datasette,
        request,
        "person.html",
        {
            "person": person,
            "statement_count": len(statements),
            "by_article": [
                {"article": rows[0], "statements": rows}
                for rows in (
                    list(group) for _, group in groupby(statements, key=lambda r: r["article_id"])
                )
            ],
            "responded_to": [r for r in responses if r["later_actor_id"] == person["id"]],
            "responded_by": [r for r in responses if r["earlier_actor_id"] == person["id"]],
            "acted": [e for e in events if e["actor_id"] == person["id"]],
            "about": [e for e in events if e["target_id"] == person["id"]],
        },
    )


async def article_page(datasette: Datasette, request: Request) -> Response:
    """One article: its text with every statement highlighted and attributed, and its events."""
    db, article = await requested(datasette, request, queries.article, "article")
    quotes = await queries.article_quotes(db, article["id"])
    colours = speaker_colours(await queries.story_speakers(db, article["story_id"]))
    links = Links(datasette.urls)
    labels = [
        Label(
            q["end"],
            q["speaker"] or "unknown speaker",
            links.person(q["speaker_id"]) if q["speaker_id"] else None,
            colours.get(q["speaker_id"]),
        )
        for q in outermost(quotes)
    ]
    html: Markup = render_highlighted(article["text"], quote_highlights(quotes, colours), labels)
    return await render(
        datasette,
        request,
        "article.html",
        {
            "article": article,
            "web_address": web_address(article["url"]),
            "html": html,
            "quotes": quotes,
            "colours": {k: colour_class(v) for k, v in colours.items()},
            "speakers": legend(quotes, colours),
            "events": await queries.article_events(db, article["id"]),
        },
    )
