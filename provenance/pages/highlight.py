"""Article text with spans highlighted, built so that no article text is read as markup.

The text is cut at every span boundary, each piece is escaped, and only
then wrapped in an element whose classes come from a fixed vocabulary;
hover titles, anchors and labels are escaped too. The pieces are flat
(never nested), so spans that overlap without nesting (a quote that runs
past the end of its sentence, say) still render, and every character
offset stays an offset into ``articles.text``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from attrs import frozen
from markupsafe import Markup, escape

PALETTE_SIZE = 8
ROLES = ("evidence", "channel", "time", "quote", "source", "cue")


@frozen
class Highlight:
    """A span of the text to mark: ``role`` is one of :data:`ROLES`.

    ``colour`` is the speaker's colour number (quotes and sources), ``title``
    the hover text, ``anchor`` an element id placed where the span starts.
    """

    start: int
    end: int
    role: str
    colour: int | None = None
    title: str | None = None
    anchor: str | None = None


@frozen
class Label:
    """A small attribution badge inserted at ``offset`` (after a quote)."""

    offset: int
    text: str
    href: str | None = None
    colour: int | None = None


def colour_class(colour: int | None) -> str:
    """The CSS class of a speaker colour; ``spk-none`` for an unknown speaker."""
    return "spk-none" if colour is None else f"spk-{colour % PALETTE_SIZE}"


def speaker_colours(speaker_ids: Iterable[str | None]) -> dict[str, int]:
    """Colour numbers for speakers, in order of first appearance."""
    colours: dict[str, int] = {}
    for speaker in speaker_ids:
        if speaker is not None and speaker not in colours:
            colours[speaker] = len(colours)
    return colours


def _innermost(spans: Sequence[Highlight]) -> Highlight | None:
    return min(spans, key=lambda h: h.end - h.start, default=None)


def _piece(text: str, active: Sequence[Highlight]) -> Markup:
    """One piece of text, escaped, wrapped in the classes of the spans covering it."""
    if not active:
        return escape(text)
    roles = sorted({h.role for h in active if h.role in ROLES}, key=ROLES.index)
    classes = [f"hl-{role}" for role in roles]
    spoken = _innermost([h for h in active if h.role in ("quote", "source")])
    if spoken is not None:
        classes.append(colour_class(spoken.colour))
    titled = _innermost([h for h in active if h.title])
    if titled is None:
        return Markup('<span class="{}">{}</span>').format(" ".join(classes), text)
    return Markup('<span class="{}" title="{}">{}</span>').format(
        " ".join(classes), titled.title, text
    )


def _label(label: Label) -> Markup:
    classes = f"who {colour_class(label.colour)}"
    if label.href is None:
        return Markup('<span class="{}">{}</span>').format(classes, label.text)
    return Markup('<a class="{}" href="{}">{}</a>').format(classes, label.href, label.text)


def render_highlighted(
    text: str, highlights: Iterable[Highlight], labels: Iterable[Label] = ()
) -> Markup:
    """``text`` as safe HTML, with every highlight marked and every label inserted.

    Spans outside the text or empty are ignored; a label sits before the
    text that starts at its offset, so a label at a quote's end follows it.
    """
    size = len(text)
    spans = [h for h in highlights if 0 <= h.start < h.end <= size]
    badges = [label for label in labels if 0 <= label.offset <= size]
    cuts = sorted(
        {0, size, *(h.start for h in spans), *(h.end for h in spans)}
        | {label.offset for label in badges}
    )
    starting: dict[int, list[Highlight]] = defaultdict(list)
    for span in spans:
        starting[span.start].append(span)
    placed: dict[int, list[Label]] = defaultdict(list)
    for label in badges:
        placed[label.offset].append(label)
    parts: list[Markup] = []
    active: list[Highlight] = []
    for index, cut in enumerate(cuts):
        active = [h for h in active if h.end > cut] + starting[cut]
        parts.extend(_label(label) for label in placed[cut])
        parts.extend(
            Markup('<span id="{}"></span>').format(h.anchor) for h in starting[cut] if h.anchor
        )
        if cut < size:
            parts.append(_piece(text[cut : cuts[index + 1]], active))
    return Markup("").join(parts)
