"""The story pages: a Datasette plugin that publishes the provenance database as a story.

Registered through the ``datasette`` entry point, it adds four pages for
the database served as ``provenance`` and nothing for any other:

- ``/``: the story timeline, as Datasette's home page (with a story picker
  when there are several stories, and full-text search over what was said);
- ``/provenance/-/event/{id}``: an event, its statements and the article
  text with the supporting spans highlighted;
- ``/provenance/-/person/{id}``: everything one person said, whom they
  answered and who answered them;
- ``/provenance/-/article/{id}``: an article with every statement
  highlighted and attributed, and the events it supports.

Templates are in ``templates/`` and the stylesheet in ``static/``; the
pages use no script and nothing from outside the package.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from datasette import Request, hookimpl

from provenance.pages import views
from provenance.pages.links import DATABASE_NAME

if TYPE_CHECKING:
    from datasette.app import Datasette


@hookimpl
def register_routes() -> list[tuple[str, Callable[..., Any]]]:
    return [
        (rf"^/{DATABASE_NAME}/-/event/(?P<id>[^/]+)$", views.event_page),
        (rf"^/{DATABASE_NAME}/-/person/(?P<id>[^/]+)$", views.person_page),
        (rf"^/{DATABASE_NAME}/-/article/(?P<id>[^/]+)$", views.article_page),
    ]


@hookimpl
def extra_template_vars(
    view_name: str, request: Request | None, datasette: Datasette
) -> Callable[[], Awaitable[dict[str, Any]]] | dict[str, Any]:
    """On the home page, the story timeline (when the provenance database is served)."""
    if view_name != "index" or request is None or DATABASE_NAME not in datasette.databases:
        return {}

    async def story() -> dict[str, Any]:
        context = await views.home_context(datasette, request)
        return {"provenance": context, **views.common(datasette)} if context else {}

    return story
