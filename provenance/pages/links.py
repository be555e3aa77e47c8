"""URLs of the story pages and of Datasette's own pages for the provenance database.

Built through Datasette's URL helpers, so a server with a ``base_url``
setting links correctly; every id is percent-encoded.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from attrs import frozen

DATABASE_NAME = "provenance"
PLUGIN_NAME = "provenance"  # the distribution: Datasette mounts its static/ under this name


@frozen
class Links:
    """The links a page needs; ``urls`` is Datasette's ``datasette.urls``."""

    urls: Any

    def home(self, story: str | None = None) -> str:
        path = self.urls.instance()
        return f"{path}?{urlencode({'story': story})}" if story else str(path)

    def event(self, event_id: str) -> str:
        return str(self.urls.path(f"/{DATABASE_NAME}/-/event/{quote(event_id, safe='')}"))

    def person(self, entity_id: str) -> str:
        return str(self.urls.path(f"/{DATABASE_NAME}/-/person/{quote(entity_id, safe='')}"))

    def article(self, article_id: str, quote_id: str | None = None) -> str:
        path = str(self.urls.path(f"/{DATABASE_NAME}/-/article/{quote(article_id, safe='')}"))
        return f"{path}#q-{quote(quote_id, safe='')}" if quote_id else path

    def database(self) -> str:
        return str(self.urls.database(DATABASE_NAME))

    def table(self, name: str, **params: str) -> str:
        """A table, view or canned query page, with query-string parameters."""
        path = str(self.urls.table(DATABASE_NAME, name))
        return f"{path}?{urlencode(params)}" if params else path

    def json(self, name: str, **params: str) -> str:
        """The JSON rows of a table, view or canned query (``_shape=array``)."""
        path = str(self.urls.table(DATABASE_NAME, name, format="json"))
        return f"{path}?{urlencode({'_shape': 'array', **params})}"

    def static(self, name: str) -> str:
        return str(self.urls.static_plugins(PLUGIN_NAME, name))
