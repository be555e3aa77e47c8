"""Typed records passed between the pipeline's stages.

Every record that stands for something in the text carries ``start`` and
``end``: character offsets into :attr:`Article.text`, so that
``article.text[start:end]`` is the evidence for it. Records refer to each
other by position in their stage's tuple (``Mention.entity`` is an index into
``entities``, ``Quote.source`` an index into ``mentions``); the store turns
those positions into stable database ids.

Each derived record also carries ``rule``: a short phrase naming the cue or
pattern that produced it, so that a user who doubts a row can see why it is
there.
"""

from __future__ import annotations

from bisect import bisect_right

from attrs import field, frozen


@frozen
class Article:
    """One news article, as ingested.

    ``text`` is the normalised text that every offset indexes into; its first
    line is the headline. ``story`` names the story the input puts it in
    (``build --story``, or a JSON article's ``story``), whatever its content
    says; None lets the articles' content decide.
    """

    id: str
    text: str
    headline: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    timezone: str | None = None
    language: str | None = None
    source: str | None = None
    encoding: str = "utf-8"
    author: str | None = None
    story: str | None = None


@frozen
class Paragraph:
    """A block of text between blank lines (or a single line).

    ``kind`` is ``headline`` for the first line, ``caption`` for bylines,
    video captions and bulleted asides, ``body`` otherwise.
    """

    index: int
    start: int
    end: int
    kind: str


@frozen(cache_hash=True)
class Sentence:
    """A sentence of a paragraph (its hash is kept: stages use sentences as keys)."""

    index: int
    paragraph: int
    start: int
    end: int


@frozen
class Segments:
    """Paragraphs and sentences of one article, in text order.

    ``starts`` holds each sentence's start offset, so that the sentence at an
    offset is found by bisection.
    """

    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    starts: tuple[int, ...] = field(init=False, repr=False, eq=False)

    @starts.default
    def _sentence_starts(self) -> tuple[int, ...]:
        return tuple(sentence.start for sentence in self.sentences)

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing ``offset`` (or the last one before it; the first if none)."""
        return self.sentences[max(bisect_right(self.starts, offset) - 1, 0)]


@frozen
class QuoteSpan:
    """Text between a pair of quotation marks.

    ``start``/``end`` exclude the marks. ``closed`` is false when the
    paragraph ended with the quote still open (the multi-paragraph
    convention, or a half-quoted paragraph); ``continues`` is true when this
    span reopens a quote left open by the previous paragraph. ``depth`` is 0
    for a top-level quote and 1 or more for a quote inside a quote. ``width``
    is the length of the closing mark (2 for the ``''`` some outlets use for
    double quotes, 0 when there is none).
    """

    start: int
    end: int
    open_at: int
    paragraph: int
    depth: int = 0
    closed: bool = True
    continues: bool = False
    width: int = 1

    @property
    def after(self) -> int:
        """The offset just past the closing mark (two characters for ``''``)."""
        return self.end + self.width


@frozen
class Mention:
    """One place where a person, organisation, outlet or place is referred to.

    ``form`` is one of ``name``, ``surname``, ``title``, ``role``,
    ``pronoun``. ``entity`` is the index of the entity it refers to, or None
    while (or if) it is unresolved. ``role`` holds the normalised role words
    of a title or role mention ("shadow health secretary").
    """

    start: int
    end: int
    text: str
    form: str
    kind: str
    rule: str
    entity: int | None = None
    in_quote: bool = False
    gender: str | None = None
    role: str | None = None
    possessor: int | None = None


@frozen
class Entity:
    """A person, organisation, outlet or place named in the article."""

    name: str
    kind: str
    gender: str | None = None
    roles: tuple[str, ...] = ()
    affiliation: str | None = None


@frozen
class Cue:
    """The words that signal a statement: a speech verb, "according to", a colon.

    ``frame`` says how the content relates to the cue: ``clause`` (X said
    that ...), ``as`` (X described it as "..."), ``according`` (according to
    X, ...), ``colon`` (X: "..."), ``dash`` ("..." — X), ``none`` (a cue with
    no content of its own, such as "backtracked").
    """

    start: int
    end: int
    text: str
    lemma: str
    frame: str


@frozen
class Quote:
    """One quoted or reported statement.

    ``kind`` is ``direct`` (a full utterance in quotation marks), ``partial``
    (a fragment in quotation marks inside the reporter's sentence) or
    ``indirect`` (reported speech). ``source`` is the index of the mention
    that names the speaker here; ``speaker`` the entity it resolves to.
    ``continues`` is the index of an earlier quote whose speaker this one
    shares when it names none of its own (a quote paragraph with no cue).
    """

    start: int
    end: int
    text: str
    kind: str
    paragraph: int
    rule: str
    cue: Cue | None = None
    source: int | None = None
    source_start: int | None = None
    source_end: int | None = None
    continues: int | None = None
    speaker: int | None = None
    speaker_rule: str | None = None
    channel: int | None = None
    event: int | None = None

    @property
    def spoken(self) -> bool:
        """Whether its content is someone's words, not the reporter's account of a stance.

        What follows a verb of stance ("backed the mayor straight away") is
        the reporter's description of an act, not something said.
        """
        return self.cue is None or self.cue.frame != "object"

    @property
    def narrated(self) -> bool:
        """Whether it is the reporter's own account, sourced "according to" someone."""
        return self.cue is not None and self.cue.frame == "according"


@frozen
class Channel:
    """How a statement reached the public, as the text states it."""

    kind: str
    name: str
    start: int
    end: int
    rule: str
    publisher: int | None = None
    reporter: int | None = None
    place: str | None = None
    leaked: bool = False


@frozen
class TimeExpression:
    """A time expression and the interval it stands for.

    ``value`` is in TIMEX3 form (``2019-12-10TAF``, ``2016``, ``P1W``,
    ``PAST_REF``). ``time_start``/``time_end`` are ISO 8601 strings at the
    granularity the text gives, both inclusive (a year is ``2016``/``2016``,
    an afternoon ``2019-12-10T12:00``/``2019-12-10T18:00``); both are None
    when the expression does not fix a date. ``modality`` is ``actual``,
    ``future`` (said of a time still to come) or ``hypothetical``.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str
    time_start: str | None = None
    time_end: str | None = None
    granularity: str | None = None
    modality: str = "actual"
    in_quote: bool = False


@frozen
class Event:
    """One thing that happened in the story.

    ``quotes`` are the indexes of the statements that make it up, ``time``
    the index of the time expression that dates it (with ``time_rule``
    saying how). ``sequence`` is the chronological rank (ties allowed), None
    for a happening outside the story's sequence (``background``,
    ``prospect``); ``narrative_index`` is the order in which the article
    first mentions it.
    """

    type: str
    actor: int | None
    start: int
    end: int
    summary: str
    rule: str
    target: int | None = None
    channel: int | None = None
    quotes: tuple[int, ...] = ()
    time: int | None = None
    time_rule: str | None = None
    narrative_index: int = 0
    sequence: int | None = 0


@frozen
class EventLink:
    """An ordering or causal link between two events, with its justification."""

    source: int
    target: int
    relation: str
    rule: str
    start: int | None = None
    end: int | None = None


@frozen
class OrderingConflict:
    """A cue that would order two events against stronger evidence, and so was not used.

    ``relation`` and ``rule`` are those of the link it would have made,
    ``start``/``end`` its justifying text, ``reason`` what it contradicts.
    """

    source: int
    target: int
    relation: str
    rule: str
    reason: str
    start: int | None = None
    end: int | None = None


@frozen
class ParsedArticle:
    """Everything the pipeline derived from one article."""

    article: Article
    segments: Segments
    quote_spans: tuple[QuoteSpan, ...]
    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    channels: tuple[Channel, ...]
    times: tuple[TimeExpression, ...]
    events: tuple[Event, ...]
    links: tuple[EventLink, ...]
    conflicts: tuple[OrderingConflict, ...] = ()
