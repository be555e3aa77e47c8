"""Attribution: turn cues, sources and contents into statements.

For every sentence, the speech cues outside quotation marks are found from
the lexicon (:mod:`provenance.lexicon`). Each cue then gets:

- a **source**, the words that name the speaker: the nearest noun phrase to
  its left that is not the object of a preposition (``X said ...``), the one
  right after it when it follows a quote (``"...," said X``), the source of
  the cue it is coordinated with (``X was approached ... and insisted``,
  ``X said ..., saying ...``, ``before adding``), or, for a sentence that
  opens with a cue and no subject (``Adding that ...``), the previous
  speaker;
- a **content**: the quote right after it (``X said: "..."``, ``X said
  "..."``), the quote right before it (``"...," X said``), the quote it
  describes (``dismissed it as "..."``), or the reported clause after it
  (``X said (that) ...``), which ends where the next coordinated cue
  begins. A reported clause becomes an ``indirect`` statement, and every
  quote inside it a ``partial`` (or ``direct``) one with the same cue.

A quote that no cue claims continues the previous speaker when it opens its
paragraph (the multi-paragraph convention and follow-on quote paragraphs);
otherwise it is kept with no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve, frozen

from provenance.lexicon import (
    AS_VERBS,
    AUXILIARIES,
    BELIEF_VERBS,
    CLAUSE_VERBS,
    CONTENTLESS_VERBS,
    DETERMINERS,
    IRREGULAR_PAST,
    PHRASE_CUES,
    PREPOSITIONS,
    PRONOUNS,
)
from provenance.mentions import in_prepositional_phrase
from provenance.records import Article, Cue, Mention, Quote, QuoteSpan, Segments, Sentence
from provenance.tokens import WORD, words

PHRASES = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(PHRASE_CUES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
CONNECTIVE_ADVERBS = frozenset(
    ["also", "later", "then", "further", "again", "repeatedly", "quickly", "swiftly"]
)
SUBORDINATORS = frozenset(["before", "after", "while", "when", "by", "as"])
COORDINATORS = frozenset(["and", "but"])
RELATIVES = frozenset(["who", "which", "whom"])
NOT_AFTER_CUE = {
    "add": frozenset({"to"}),
    "call": frozenset({"for", "on", "off", "up", "out", "in"}),
    "continue": frozenset({"to"}),
    "post": frozenset({"a", "an", "the", "on", "in"}),
    "report": frozenset({"to", "for"}),
    "state": frozenset({"of"}),
    "answer": frozenset({"for"}),
    "demand": frozenset({"for"}),
}
ADDRESSEES = frozenset(
    [
        "reporters",
        "journalists",
        "him",
        "her",
        "them",
        "me",
        "us",
        "supporters",
        "viewers",
        "listeners",
        "readers",
        "colleagues",
        "lawmakers",
        "members",
        "voters",
        "delegates",
        "friends",
    ]
)
LEAD_IN = re.compile(r"[\s,:]*(?:that\b\s*)?", re.IGNORECASE)
SUBJECT_PRONOUN_KINDS = ("subject",)
SUBJECT_WORDS = frozenset(["he", "she", "they", "we", "i", "you", "it", "who", "which", "also"])


@frozen
class _Found:
    """A cue found in a sentence, before attribution."""

    cue: Cue
    lead_start: int
    joined: str | None


def _outside(spans: Sequence[QuoteSpan], position: int) -> bool:
    return not any(span.open_at <= position <= span.end for span in spans)


def _previous_words(text: str, floor: int, offset: int, count: int) -> list[re.Match[str]]:
    found = list(WORD.finditer(text, max(floor, offset - 80), offset))
    return found[-count:]


def _lemma_frame(word: str) -> tuple[str, str] | None:
    lowered = word.lower()
    if lowered in AS_VERBS:
        return AS_VERBS[lowered], "as"
    if lowered in CONTENTLESS_VERBS:
        return CONTENTLESS_VERBS[lowered], "none"
    if lowered in CLAUSE_VERBS:
        return CLAUSE_VERBS[lowered], "clause"
    return None


def find_cues(text: str, sentence: Sentence, spans: Sequence[QuoteSpan]) -> list[_Found]:
    """Speech cues of one sentence outside quotation marks, in order."""
    found: list[_Found] = []
    taken_until = sentence.start
    for match in PHRASES.finditer(text, sentence.start, sentence.end):
        if _outside(spans, match.start()):
            lemma, frame = PHRASE_CUES[match.group().lower()]
            cue = Cue(match.start(), match.end(), match.group(), lemma, frame)
            found.append(_Found(cue, *_lead(text, sentence, match.start())))
    for match in words(text, sentence.start, sentence.end):
        if match.start() < taken_until or not _outside(spans, match.start()):
            continue
        if any(f.cue.start <= match.start() < f.cue.end for f in found):
            continue
        word = match.group()
        lemma_frame = _lemma_frame(word)
        if lemma_frame is None:
            continue
        lemma, frame = lemma_frame
        if not _is_verb_use(text, sentence, match, lemma):
            continue
        cue = Cue(match.start(), match.end(), word, lemma, frame)
        found.append(_Found(cue, *_lead(text, sentence, match.start())))
    found.sort(key=lambda f: f.cue.start)
    return found


def _is_verb_use(text: str, sentence: Sentence, match: re.Match[str], lemma: str) -> bool:
    """Rule out nouns ("the claims"), capitalised names ("State") and particles."""
    word = match.group()
    at_start = text[sentence.start : match.start()].strip(" \"'“‘(•-–—") == ""
    if word[0].isupper() and not at_start:
        return False
    before = _previous_words(text, sentence.start, match.start(), 1)
    if before and before[0].group().lower() in DETERMINERS | {"to"}:
        return False
    after = WORD.search(text, match.end(), sentence.end)
    following = after.group().lower() if after else ""
    if following in NOT_AFTER_CUE.get(lemma, ()):
        return False
    if word.lower().endswith("ing") and following in PREPOSITIONS:
        return False
    previous = before[0].group() if before else ""
    if lemma in BELIEF_VERBS:
        return previous.lower() in PRONOUNS
    lowered = word.lower()
    if lowered == lemma or lowered in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
        return (
            _subject_before(previous)
            or following in ("that", "")
            or text[match.end() : match.end() + 2].strip()[:1] in (":", '"', "“", "'", "‘")
        )
    return True


def _subject_before(word: str) -> bool:
    """Whether a base or -s verb form can follow this word ("they say", "Smith says")."""
    lowered = word.lower()
    return (
        word[:1].isupper()
        or lowered in SUBJECT_WORDS
        or lowered in AUXILIARIES
        or (len(lowered) > 3 and lowered.endswith("s") and not lowered.endswith("ss"))
    )


def _lead(text: str, sentence: Sentence, cue_start: int) -> tuple[int, str | None]:
    """Where the words that join a cue to what precedes it begin, and how it joins.

    ``joined`` is ``coordinated`` (", and said", "before adding", ", saying"),
    ``relative`` (", who he labelled") or None (the cue has its own subject).
    """
    previous = _previous_words(text, sentence.start, cue_start, 3)
    lowered = [m.group().lower() for m in previous]
    cue_word = WORD.match(text, cue_start)
    participle = bool(cue_word) and cue_word.group().lower().endswith("ing")
    position = len(previous)
    while position and lowered[position - 1] in CONNECTIVE_ADVERBS:
        position -= 1
    if position and lowered[position - 1] in COORDINATORS | SUBORDINATORS:
        return previous[position - 1].start(), "coordinated"
    if position >= 2 and lowered[position - 2] in RELATIVES and lowered[position - 1] in PRONOUNS:
        start = previous[position - 2].start()
        return _back_over_comma(text, start), "relative"
    gap_start = previous[position - 1].end() if position else sentence.start
    if participle and "," in text[gap_start:cue_start]:
        return gap_start + text[gap_start:cue_start].index(","), "coordinated"
    if participle and not text[sentence.start : cue_start].strip(" \"'“‘"):
        return cue_start, "opening"
    return cue_start, None


def _back_over_comma(text: str, start: int) -> int:
    stripped = text[:start].rstrip()
    return len(stripped) - 1 if stripped.endswith(",") else start


def looks_like_clause(text: str, start: int, end: int, spans: Sequence[QuoteSpan]) -> bool:
    """Whether ``text[start:end]`` reads as a reported clause, not a noun phrase.

    A clause has a finite verb (an auxiliary, a past tense, an irregular
    past) or carries quoted words.
    """
    if any(start <= span.open_at < end for span in spans):
        return True
    for match in words(text, start, end):
        word = match.group().lower()
        if word in AUXILIARIES or word in IRREGULAR_PAST:
            return True
        if len(word) > 4 and word.endswith("ed"):
            return True
    return False


class _Attributor:
    """Attributes the statements of one article, sentence by sentence."""

    def __init__(
        self,
        article: Article,
        segments: Segments,
        spans: Sequence[QuoteSpan],
        mentions: Sequence[Mention],
    ) -> None:
        self.text = article.text
        self.segments = segments
        self.spans = [s for s in spans if s.depth == 0]
        self.mentions = mentions
        self.candidates = [
            i
            for i, m in enumerate(mentions)
            if not m.in_quote
            and m.kind in ("person", "organisation", "outlet")
            and (m.form != "pronoun" or PRONOUNS[m.text.lower()][1] in SUBJECT_PRONOUN_KINDS)
            and not _contained(m, mentions)
        ]
        self.quotes: list[Quote] = []
        self.claimed: set[int] = set()

    def run(self) -> tuple[Quote, ...]:
        paragraph_of = {p.index: p for p in self.segments.paragraphs}
        for sentence in self.segments.sentences:
            self._sentence(sentence)
        for number, span in enumerate(self.spans):
            if number not in self.claimed:
                self._unclaimed(number, span, paragraph_of)
        self.quotes.sort(key=lambda q: (q.start, q.kind != "indirect"))
        return tuple(self.quotes)

    def _sentence(self, sentence: Sentence) -> None:
        found = find_cues(self.text, sentence, self.spans)
        sources: list[tuple[int | None, int | None]] = []
        covered_until = sentence.start
        for position, item in enumerate(found):
            if item.cue.start < covered_until and item.joined is None:
                sources.append((None, None))
                continue
            later = found[position + 1 :]
            cut = next((f.lead_start for f in later if f.joined is not None), sentence.end)
            source, continues, source_rule = self._source(sentence, item, found[:position], sources)
            sources.append((source, continues))
            covered_until = self._content(sentence, item, cut, source, continues, source_rule)

    def _source(
        self,
        sentence: Sentence,
        item: _Found,
        earlier: list[_Found],
        earlier_sources: list[tuple[int | None, int | None]],
    ) -> tuple[int | None, int | None, str]:
        """(source mention, quote whose speaker it continues, rule)."""
        cue = item.cue
        if cue.frame == "according":
            after = self._right_candidate(cue.end, sentence.end)
            return after, None, "according to X"
        if item.joined == "coordinated":
            for previous, (source, continues) in zip(
                reversed(earlier), reversed(earlier_sources), strict=True
            ):
                if source is not None or continues is not None:
                    return source, continues, f"shares the subject of '{previous.cue.text}'"
            subject = self._subject(sentence, cue.start)
            if subject is not None:
                return subject, None, "subject of the sentence"
        left = self._left_candidate(sentence, cue.start)
        if left is not None:
            return left, None, "noun phrase before the cue"
        right = self._right_candidate(cue.end, sentence.end)
        if right is not None and self._after_quote(sentence, cue.start):
            return right, None, "noun phrase after the cue, after a quote"
        previous = self._last_attributed()
        if previous is not None and item.joined in ("opening", "coordinated"):
            return None, previous, "no subject: continues the previous speaker"
        return None, None, "no source found"

    def _content(
        self,
        sentence: Sentence,
        item: _Found,
        cut: int,
        source: int | None,
        continues: int | None,
        source_rule: str,
    ) -> int:
        """Emit the statements of one cue; return where its content ends."""
        text, cue = self.text, item.cue
        emit = _Emitter(self, sentence, cue, source, continues, source_rule)
        before = self._quote_just_before(sentence, cue, source)
        if before is not None:
            emit.quote(before, "quote before its attribution", direct=True)
        if cue.frame == "none":
            return cue.end
        if cue.frame == "according":
            return self._according(sentence, emit, cue)
        start = cue.end
        if cue.lemma == "tell":
            start = self._skip_addressee(start, cut)
        lead = LEAD_IN.match(text, start, cut)
        start = lead.end() if lead else start
        if cue.frame == "as":
            for number, span in enumerate(self.spans):
                if start <= span.open_at < cut and number not in self.claimed:
                    emit.quote(number, f"'{cue.lemma} ... as' + quote")
                    return span.end
            return cue.end
        opening = self._span_opening_at(start)
        if opening is not None:
            split = before is not None
            rule = "second half of a quote split by its cue" if split else "cue + quote"
            emit.quote(opening, rule, direct=split or self._direct_after_cue(opening))
            return self.spans[opening].end
        end = _trim_clause_end(text, start, cut)
        if end > start and looks_like_clause(text, start, end, self.spans):
            emit.indirect(start, end)
            for number, span in enumerate(self.spans):
                if start <= span.open_at < end and number not in self.claimed:
                    emit.quote(number, "quote inside reported speech")
            return end
        return cue.end

    def _according(self, sentence: Sentence, emit: _Emitter, cue: Cue) -> int:
        text = self.text
        before_end = _trim_clause_end(text, sentence.start, cue.start)
        if before_end - sentence.start > 8:
            start = sentence.start
            emit.indirect(start, before_end)
            return cue.end
        comma = text.find(",", cue.end, sentence.end)
        if comma >= 0:
            end = _trim_clause_end(text, comma + 1, sentence.end)
            start = comma + 1 + (len(text[comma + 1 : end]) - len(text[comma + 1 : end].lstrip()))
            if end > start:
                emit.indirect(start, end)
                return end
        return cue.end

    def _skip_addressee(self, start: int, cut: int) -> int:
        """After "told", step over who was told: "told the BBC", "told reporters"."""
        for index in self.candidates:
            mention = self.mentions[index]
            if start < mention.start <= start + 5 and mention.end <= cut:
                return mention.end
        word = WORD.search(self.text, start, cut)
        if word and word.start() <= start + 1 and word.group().lower() in ADDRESSEES:
            return word.end()
        return start

    def _span_opening_at(self, position: int) -> int | None:
        for number, span in enumerate(self.spans):
            if span.open_at in (position, position + 1) and number not in self.claimed:
                return number
        return None

    def _direct_after_cue(self, number: int) -> bool:
        span = self.spans[number]
        first = self.text[span.start : span.start + 1]
        before = self.text[: span.open_at].rstrip()
        return before.endswith(":") or not span.closed or first.isupper() or first.isdigit()

    def _quote_just_before(self, sentence: Sentence, cue: Cue, source: int | None) -> int | None:
        """The quote that ends right before "X said" / "said X" (with only the source between)."""
        for number, span in enumerate(self.spans):
            if number in self.claimed or not (sentence.start <= span.end <= cue.start):
                continue
            gap_start = span.end + 1
            gap = self.text[gap_start : cue.start]
            mention = self.mentions[source] if source is not None else None
            if mention is not None and gap_start <= mention.start and mention.end <= cue.start:
                gap = self.text[gap_start : mention.start] + self.text[mention.end : cue.start]
            if re.fullmatch(r"[\s,.!?—–-]*", gap):
                return number
        return None

    def _after_quote(self, sentence: Sentence, cue_start: int) -> bool:
        before = self.text[sentence.start : cue_start].rstrip(" ,")
        return before.endswith(('"', "”", "'", "’"))

    def _left_candidate(self, sentence: Sentence, cue_start: int) -> int | None:
        best = None
        for index in self.candidates:
            mention = self.mentions[index]
            if mention.start < sentence.start or mention.end > cue_start:
                continue
            if self._in_prepositional_phrase(mention, sentence):
                continue
            if not _outside(self.spans, mention.start):
                continue
            best = index
        return best

    def _right_candidate(self, start: int, end: int) -> int | None:
        for index in self.candidates:
            mention = self.mentions[index]
            if start <= mention.start <= start + 6 and mention.end <= end:
                return index
        return None

    def _subject(self, sentence: Sentence, before: int) -> int | None:
        for index in self.candidates:
            mention = self.mentions[index]
            if (
                sentence.start <= mention.start
                and mention.end <= before
                and not self._in_prepositional_phrase(mention, sentence)
                and _outside(self.spans, mention.start)
            ):
                return index
        return None

    def _in_prepositional_phrase(self, mention: Mention, sentence: Sentence) -> bool:
        return in_prepositional_phrase(self.text, mention, sentence.start)

    def _last_attributed(self) -> int | None:
        for number in range(len(self.quotes) - 1, -1, -1):
            quote = self.quotes[number]
            if quote.source is not None or quote.continues is not None:
                return number
        return None

    def _unclaimed(self, number: int, span: QuoteSpan, paragraphs: dict) -> None:
        text = self.text
        sentence = self.segments.sentence_at(span.open_at)
        opens_paragraph = paragraphs[span.paragraph].start == span.open_at
        previous = self._previous_in_paragraphs(span)
        if (span.continues or opens_paragraph) and previous is not None:
            rule = (
                "multi-paragraph quote continues"
                if span.continues
                else "quote paragraph with no cue continues the previous speaker"
            )
            quote = Quote(
                span.start,
                span.end,
                text[span.start : span.end],
                "direct",
                span.paragraph,
                rule,
                continues=previous,
            )
        else:
            kind = "direct" if not text[sentence.start : span.open_at].strip() else "partial"
            quote = Quote(
                span.start,
                span.end,
                text[span.start : span.end],
                kind,
                span.paragraph,
                "quote with no cue",
            )
        self.quotes.append(_trim(quote))
        self.claimed.add(number)
        self.quotes.sort(key=lambda q: q.start)

    def _previous_in_paragraphs(self, span: QuoteSpan) -> int | None:
        """The last attributed statement before ``span``, if in the previous paragraph(s).

        Captions between the two are skipped.
        """
        captions = {p.index for p in self.segments.paragraphs if p.kind == "caption"}
        best = None
        for number, quote in enumerate(self.quotes):
            if quote.start < span.start and (
                quote.source is not None or quote.continues is not None
            ):
                best = number
        if best is None:
            return None
        gap = range(self.quotes[best].paragraph + 1, span.paragraph)
        return best if all(p in captions for p in gap) else None


class _Emitter:
    """Writes the statements of one cue, all with the same source."""

    def __init__(
        self,
        owner: _Attributor,
        sentence: Sentence,
        cue: Cue,
        source: int | None,
        continues: int | None,
        source_rule: str,
    ) -> None:
        self.owner = owner
        self.sentence = sentence
        self.cue = cue
        self.source = source
        self.continues = continues
        self.source_rule = source_rule

    def _make(self, start: int, end: int, kind: str, paragraph: int, rule: str) -> Quote:
        source = self.owner.mentions[self.source] if self.source is not None else None
        return _trim(
            Quote(
                start,
                end,
                self.owner.text[start:end],
                kind,
                paragraph,
                f"{rule}; source: {self.source_rule}",
                self.cue,
                self.source,
                source.start if source else None,
                source.end if source else None,
                continues=self.continues,
            )
        )

    def quote(self, number: int, rule: str, direct: bool | None = None) -> None:
        span = self.owner.spans[number]
        if direct is None:
            direct = self.owner._direct_after_cue(number) and self._introduced(span)
        kind = "direct" if direct else "partial"
        self.owner.quotes.append(self._make(span.start, span.end, kind, span.paragraph, rule))
        self.owner.claimed.add(number)

    def _introduced(self, span: QuoteSpan) -> bool:
        """A capitalised quote is direct when a cue, colon or sentence start introduces it."""
        before = self.owner.text[self.sentence.start : span.open_at].rstrip()
        if not before or before.endswith(":"):
            return True
        last = _previous_words(self.owner.text, self.sentence.start, len(before), 1)
        return bool(last) and _lemma_frame(last[0].group()) is not None

    def indirect(self, start: int, end: int) -> None:
        paragraph = self.sentence.paragraph
        self.owner.quotes.append(
            self._make(start, end, "indirect", paragraph, f"'{self.cue.lemma}' + reported clause")
        )


def _contained(mention: Mention, mentions: Sequence[Mention]) -> bool:
    """True when another mention strictly encloses this one ("Labour" in "the Labour leader")."""
    return any(
        other is not mention
        and other.start <= mention.start
        and mention.end <= other.end
        and (other.end - other.start) > (mention.end - mention.start)
        for other in mentions
    )


def _trim_clause_end(text: str, start: int, end: int) -> int:
    """Drop trailing space, commas and the sentence's final stop from a clause."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.!?—–-"):
        end -= 1
    return end


def _trim(quote: Quote) -> Quote:
    """Drop a trailing comma or space inside the quotation marks."""
    end = quote.end
    while end > quote.start and (quote.text[end - quote.start - 1] in ", \n"):
        end -= 1
    start = quote.start
    while start < end and quote.text[start - quote.start].isspace():
        start += 1
    if (start, end) == (quote.start, quote.end):
        return quote
    return evolve(
        quote, start=start, end=end, text=quote.text[start - quote.start : end - quote.start]
    )


def attribute(
    article: Article, segments: Segments, spans: Sequence[QuoteSpan], mentions: Sequence[Mention]
) -> tuple[Quote, ...]:
    """Every direct, partial and indirect statement of the article, with cue and source."""
    return _Attributor(article, segments, spans, mentions).run()
