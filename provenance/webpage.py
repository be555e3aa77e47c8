"""Web pages: the article inside a saved HTML page, with trafilatura.

trafilatura finds the main text and leaves out navigation, adverts,
comments and tables; it is asked to favour precision, so that a page of
links or an empty script shell yields no text rather than its menus. It
also reads the headline, author, publication date (the original one, from
the page's metadata rather than dates in the text), site name and
canonical URL. It works on the string it is given and fetches nothing.

The text is rebuilt from trafilatura's document tree rather than its plain
text output, so that a paragraph stays one paragraph (separated from the
next by a blank line, as in a ``.txt`` article), list items become bulleted
paragraphs, and an inline ``<q>`` keeps its quotation marks, which the
quote finder needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:
    from lxml.etree import _Element

# Tags of trafilatura's document tree that hold blocks rather than running text.
CONTAINERS = frozenset({"list", "quote", "div"})
BLOCKS = frozenset({"p", "head", "item", "list", "quote", "div"})


@frozen
class WebPage:
    """What a page holds: its article text and the metadata it states."""

    text: str
    headline: str | None
    author: str | None
    published: str | None
    outlet: str | None
    url: str | None


# The dates a page may give itself. The date extractor's own bounds are 1995 and
# the machine's today: a page from an archive, or one dated ahead of the machine's
# clock (an outlet whose time zone is a day ahead), would lose its date, and the
# same page would read differently from one day to the next.
EARLIEST_DATE, LATEST_DATE = "1700-01-01", "9999-12-31"


class NoArticleText(ValueError):
    """Raised when a page has no main text to extract."""


def read_webpage(html: str) -> WebPage:
    """The article in an HTML page, or :class:`NoArticleText`.

    trafilatura is imported here, not with the module, because it takes as
    long to import as the rest of the command line put together.
    """
    import trafilatura
    from lxml.etree import LxmlError

    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "min_date": EARLIEST_DATE,
                "max_date": LATEST_DATE,
            },
        )
    except (AssertionError, ValueError, LxmlError) as error:
        # Markup broken enough to trip the extractor ("<body><html><script>" makes lxml
        # drop a script that has no parent): no text can be trusted from it.
        raise NoArticleText(f"the HTML could not be read ({type(error).__name__})") from error
    if document is None or document.body is None:
        raise NoArticleText("no article text found in the HTML")
    headline = _clean(document.title or "")
    paragraphs = [p for p in (_clean(b) for b in _blocks(document.body)) if p]
    if paragraphs and paragraphs[0] == headline:
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise NoArticleText("no article text found in the HTML")
    return WebPage(
        text="\n\n".join(paragraphs),
        headline=headline or None,
        author=_clean(document.author or "") or None,
        published=document.date or None,
        outlet=_clean(document.sitename or "") or None,
        url=document.url or None,
    )


def _blocks(element: _Element) -> Iterator[str]:
    """The running text of each paragraph, heading and list item under ``element``."""
    for child in element:
        if child.tag in CONTAINERS and any(grandchild.tag in BLOCKS for grandchild in child):
            yield from _blocks(child)
        elif child.tag == "item":
            yield "- " + _inline(child)
        else:
            yield _inline(child)


def _inline(element: _Element) -> str:
    """An element's text with its children's; line breaks kept, inline quotes marked."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag == "quote":
            parts.append(f"“{_inline(child)}”")
        else:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str) -> str:
    """Spaces collapsed within each line; blank lines dropped."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
