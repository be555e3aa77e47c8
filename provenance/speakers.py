"""Speakers: resolve roles and pronouns to people, and statements to speakers.

Sentences are read in order, keeping track of who spoke and who was the
subject of each. Then:

- a **pronoun** ("he", "his") is the subject of its own sentence when one
  comes before it, else the most recent speaker or subject of an earlier
  sentence of the same gender (captions are skipped);
- a **role** ("the shadow health secretary", "the Prime Minister") is the
  person the text already tied to that role (by apposition, a title before
  a name, or an earlier resolution); else, for roles one person holds at a
  time or that belong to someone ("his chief whip"), the most salient
  compatible person: a recent speaker or subject
  when the role is itself a subject, the most recent person otherwise. Never
  the owner of "his X", never the subject of the clause the role is the
  object of, never someone whose known role conflicts (a correspondent is
  not a minister);
- a **statement**'s speaker is the entity its source names, or the speaker
  of the statement it continues.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import takewhile

from attrs import evolve, frozen

from provenance.lexicon import (
    AGE_ROLE,
    CORPORATE_WORDS,
    DEPUTY_RANKS,
    DOCUMENTS,
    JOURNALISM_HEADS,
    KIN_NOUNS,
    MEDIUM_NOUNS,
    ORGANISATION_WORDS,
    PARTY_ADJECTIVES,
    PARTY_MEMBERS,
    PLAYER_POSITIONS,
    PREPOSITIONS,
    PRONOUNS,
    RECORDING_NOUNS,
    RECORDINGS,
    REMARK_NOUNS,
    ROLE_HEADS,
    SPOKESPERSON_HEADS,
    STANCE_OVER,
    UNIQUE_ROLE_HEADS,
    VOICE_IDENTIFIED,
    WHICH_CLAUSE,
)
from provenance.mentions import in_prepositional_phrase, noun_phrase_start, without_company_suffix
from provenance.records import Article, Entity, Mention, Paragraph, Quote, Segments

# The verbs that report what someone said.
REPORTING_VERBS = "said|says|told|tells|wrote|writes|added"
# A speech verb after a name, past an aside: "X, a member of the commission, told".
SPEAKS_AFTER = re.compile(
    # ("Gaspare Lo Monaco, 58, of the centrist Popolari, apologised": asides, commas and all.)
    rf"(?:,[^.;\"“”]{{1,140}}?,)?\s+(?:{REPORTING_VERBS}|apologi[sz]ed|admitted|insisted"
    r"|denied|defended|argued|called|urged|demanded)\b"
)
# "..., a fellow assembly member said Friday": the verb reporting the clause before.
REPORTING_AFTER = re.compile(rf"\s+(?:{REPORTING_VERBS})\b")
# "in which a city council deputy is heard": the subject of what a medium holds.
IN_WHICH_BEFORE = re.compile(r"\bin\s+which\s+$", re.IGNORECASE)
# What may open a sentence before the body it opens with: nothing, "The", or "The" and a
# description in lower case ("The student magazine Lijnrecht").
BODY_OPENING = re.compile(r"(?:[Tt]he(?:\s+[a-z][\w'’-]*){0,3})?")
# A sentence's subject that is a thing said or recorded, up to its passive verb.
# "commander's spokesman": a role someone holds for the one named before it.
POSSESSED_ROLE = re.compile(
    rf"['’]s\s+(?P<role>{'|'.join(sorted(ROLE_HEADS, key=len, reverse=True))})\b"
)
POSSESSED_KIN = re.compile(rf"['’]s\s+(?:{'|'.join(sorted(KIN_NOUNS))})\b")
THING_SUBJECT = re.compile(
    r"\s*(?:(?:the|this|that|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{RECORDINGS}|{DOCUMENTS}|{REMARK_NOUNS}|call|meeting|interview|speech|footage"
    r"|exchanges?|conversations?)"
    r"|it|they)(?:,[^,;]{1,80},)?\s*$",
    re.IGNORECASE,
)
# A passive verb and "by" right before its agent: "was recorded by", "had been sent by".
PASSIVE_BY = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    # ("was picked up by": a verb with its particle)
    r"(?:\w+ed|made|written|taken|sent|shot|given|seen|caught|heard|shown)"
    r"(?:\s+(?:up|out|down|on))?\s+by\s+$",
    re.IGNORECASE,
)
VOICE_NAMED_AS = re.compile(VOICE_IDENTIFIED)
# "..., two days after the council's webcast caught him calling": the object of a verb
# of catching on record, saying something.
CAUGHT_OBJECT = re.compile(r"\b(?:caught|recorded|filmed|captured|heard)\s+$", re.IGNORECASE)
SAYING_NEXT = re.compile(r"\s+\w+ing\b")
INDEFINITE = re.compile(r"(?:an?|one|another)\s", re.IGNORECASE)
# "did not say who made it", "declined to comment": a body that spoke without saying.
UNSAID = re.compile(
    r"\b(?:(?:did|does|has|have|would)\s+not|didn['’]t|declined\s+to)\s+"
    r"(?:say|comment|mention|disclose|reveal|specify|explain)\b",
    re.IGNORECASE,
)
# Verbs of taking a side about someone: whom they name is not who speaks.
STANCE_LEMMAS = frozenset(
    "defend back support attack criticise criticize slam blast condemn accuse praise demand"
    " urge".split()
)
# A body's answer told with nothing said yet: "The ministry responded on Monday night."
REACTED = re.compile(
    r"\s+(?:(?:\w+ly|also|later)\s+)?(?:responded|reacted|replied|answered|hit\s+back)"
    r"(?=\s+(?:on|late|early|later|yesterday|the\s+(?:following|next)"
    r"|today|within|hours|minutes|quickly|swiftly|that\s+(?:day|morning|afternoon|evening|night))"
    r"\b|\s*[.,;])",
    re.IGNORECASE,
)
# "Minister X's office": a person's office, which speaks for them.
OFFICE_AFTER = re.compile(r"['’]s\s+office\b")
# "the mayor's office", "mayor's office": a role's office, whoever holds it.
ROLE_OFFICE = re.compile(r"(?:[Tt]he\s+)?(?P<role>(?:[\w-]+\s+){0,2}[\w-]+)['’]s\s+office")
ORGANISATION_AFTER = re.compile(
    r"\s+(?:for|of|at|from)\s+(?:the\s+)?(?:(?:governing|ruling|opposition)\s+)?"
)
# "for the interior ministry": a body by its kind, in lower case, after a spokesperson.
UNNAMED_BODY_AFTER = re.compile(r"\s+for\s+the\s+(?P<words>(?:[a-z][\w-]*(?:\s+|$)){2,3})")
GENDERED_HEADS = {
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "king": "m",
    "queen": "f",
}


@frozen
class Speakers:
    """Mentions with their entities resolved, and statements with their speakers."""

    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]


# "board of directors", "board of trustees": a board and whom it is made of.
BOARD_MEMBERS = [
    ["of", members] for members in "directors trustees governors regents supervisors".split()
]


def _board_members(words: list[str]) -> bool:
    """Whether a body's words end in whom its board is made of ("board of directors")."""
    return len(words) > 2 and [w.lower() for w in words[-2:]] in BOARD_MEMBERS


# "congresswoman", "councilman", "assemblyperson": a member of that body.
MEMBER_COMPOUND = re.compile(r"\b(congress|council|assembly)(?:wo)?(?:man|person)\b")


def role_relation(a: str, b: str) -> str:
    """``same``, ``compatible``, ``conflict`` or ``neutral`` for two role strings.

    Roles with the same head (the word before "of", if any: "bishop of
    Tauranui") are compatible when one's modifiers include the other's
    ("leader", "Labour leader") and conflict otherwise ("health secretary",
    "foreign secretary"). Roles with different heads are
    compatible when they share a portfolio word ("shadow health secretary",
    "health spokesman"); a shared capitalised word is an affiliation, not a
    portfolio ("Labour leader", "Labour candidate"). A journalist's role
    conflicts with any other kind.
    """
    a, b = MEMBER_COMPOUND.sub(r"\1 member", a), MEMBER_COMPOUND.sub(r"\1 member", b)
    if a == b:
        return "same"
    a_words, b_words = _head_last(a.split()), _head_last(b.split())
    a_head, b_head = a_words[-1], b_words[-1]
    if (a_head in JOURNALISM_HEADS) != (b_head in JOURNALISM_HEADS):
        return "conflict"
    a_mods = {SAME_DOMAIN.get(w, w) for w in a_words[:-1]}
    b_mods = {SAME_DOMAIN.get(w, w) for w in b_words[:-1]}
    if b_head in KINDS_OF.get(a_head, ()) or a_head in KINDS_OF.get(b_head, ()):
        return "compatible"  # "the lawmaker" and "senator"
    if a_head == b_head:
        if (a_mods ^ b_mods) & DEPUTY_RANKS and a_head not in GRADED_HEADS:
            # "the conductor" is not "the assistant conductor": a deputy's is another office
            # (but a vice admiral is "the admiral").
            return "neutral"
        if a_mods <= b_mods or b_mods <= a_mods:
            return "compatible"
        return "conflict"
    if "member" in (a_head, b_head):
        # "a union member" is none of the union's officers ("the union chair").
        return "neutral"
    # Not "of" ("chief of staff", "controller of budget" share no portfolio), nor a rank
    # ("chief executive" and "chief technology officer" are two offices).
    shared_portfolio = {m for m in a_mods & b_mods if m.islower() and m not in NO_PORTFOLIO}
    # The shadow trade secretary is not the trade minister (but may be the party's
    # trade spokesman).
    shadowed = ("shadow" in a_mods) != ("shadow" in b_mods)
    office = b_head if "shadow" in a_mods else a_head
    if shared_portfolio and shadowed and office in GOVERNMENT_OFFICES:
        return "neutral"
    return "compatible" if shared_portfolio else "neutral"


def _holds(heads: set[str], role: set[str], named: set[str]) -> bool:
    """Whether the words of a ``role`` hold one of a headline's role ``heads``, and no
    rank below it that the headline's ``named`` words lack (a military grade aside)."""
    graded = bool(heads & GRADED_HEADS)
    return bool(heads & role) and (graded or not (role - named) & DEPUTY_RANKS)


# Military heads whose grades ("vice admiral", "rear admiral") keep the short form.
GRADED_HEADS = frozenset(("admiral", "marshal"))


def _of_other_places(a: str, b: str) -> bool:
    """Whether two roles are one office of two places or bodies, each named ("Izmir
    mayor", "Sarnıçlı mayor"; not "Bishkek deputy" and "city council deputy")."""
    a_words, b_words = a.split(), b.split()
    # (A party is no place: "the Democratic mayor" may be the mayor of Chicago.)
    named_a = {w.lower() for w in a_words[:-1] if w[:1].isupper()} - PARTY_ADJECTIVES
    named_b = {w.lower() for w in b_words[:-1] if w[:1].isupper()} - PARTY_ADJECTIVES
    same_office = a_words[-1].lower() == b_words[-1].lower()
    return same_office and bool(named_a) and bool(named_b) and named_a.isdisjoint(named_b)


# Modifiers that name one domain: "the civic chief" is the municipal commissioner.
SAME_DOMAIN = {"civic": "municipal", "city": "municipal"}
# Offices a government holds, which a shadow office shadows.
GOVERNMENT_OFFICES = frozenset(("minister", "secretary"))
# Role heads that name a kind of office, with the offices of that kind.
KINDS_OF: dict[str, frozenset[str]] = (
    {
        generic: frozenset(
            "senator congressman congresswoman representative mp mep assemblyman assemblywoman "
            "mla mca msp mpp td legislator lawmaker".split()
        )
        for generic in ("lawmaker", "legislator")
    }
    | {
        # "the cleric" after "Bishop X": a member of the clergy, by title.
        generic: frozenset(
            "bishop archbishop cardinal pastor priest reverend imam sheikh rabbi vicar chaplain "
            "father apostle prophet".split()
        )
        for generic in ("cleric", "clergyman", "prelate", "churchman")
    }
    | {
        # "the conseller" after "the education minister": a Catalan-speaking region's
        # minister, by title.
        title: frozenset(["minister"])
        for title in ("conseller", "consellera")
    }
    # "the scribe" after "its General Secretary, X": West African papers' word for one.
    | {"scribe": frozenset(["secretary"])}
    | {
        # "the county boss", "the club boss": whoever heads the body.
        "boss": frozenset(
            "governor mayor president chairman chairwoman chairperson chair ceo leader premier "
            "director manager chief head owner commissioner executive secretary".split()
        )
    }
)
# Words for a rank among offices, which say nothing of an office's portfolio.
RANKS = frozenset(
    "chief deputy assistant associate senior junior acting interim vice executive first "
    "principal".split()
)
# What follows a role's head: "bishop of", "commissioner for", "spokesperson on", "adviser to".
HEAD_PREPOSITIONS = frozenset(("of", "for", "on", "to"))
# Levels of government: "regional minister" and "regional communications officer" share
# a region, not a portfolio.
LEVELS = frozenset("regional provincial national federal".split())
# Modifiers two roles may share without sharing a portfolio.
NO_PORTFOLIO = HEAD_PREPOSITIONS | RANKS | LEVELS
# "The lawyer for a suspended spokesman", "The mother of a pupil": a role held for or
# of another person, named by a role of their own.
ROLE_OF_ANOTHER = re.compile(r"\s+(?:for|of|to)\s+")
# A body's governing board or committee named with the body: "the supervisory board of
# the Wisłoujście Port Authority", "the executive committee of the Kerry County Board".
BODY_ORGAN = re.compile(
    r"(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:board|committee|council)(?:\s+of\s+directors)?"
    r"\s+of\s+the\s+(?:[A-Z][\w'’.&-]*\s+)*[A-Z][\w'’.&-]*"
)
REMARK_WORDS = re.compile(rf"\b(?:leaked|{REMARK_NOUNS})\b", re.IGNORECASE)
APOLOGY = re.compile(r"\bapologi[sz](?:ed|es|ing)\b", re.IGNORECASE)
RELATIVE_SUBJECT = re.compile(rf"\b{WHICH_CLAUSE}\s+$", re.IGNORECASE)
INDEFINITE_BEFORE = re.compile(r"\b(?i:a|an|one|another)\s+(?:[A-Z][\w'’-]*\s+)*$")


def _head_last(words: list[str]) -> list[str]:
    """A role's words with its head last: "bishop of tauranui" is a bishop whose
    modifiers are "of tauranui", "commissioner for works" a commissioner."""
    at = next((k for k, w in enumerate(words[1:-1], 1) if w in HEAD_PREPOSITIONS), None)
    if at is None:
        return words
    return [*words[: at - 1], *words[at:], words[at - 1]]


@frozen
class _Turn:
    """Who spoke in a sentence and who was its subject."""

    speakers: tuple[int, ...]
    subject: int | None


class _Resolver:
    def __init__(
        self,
        article: Article,
        segments: Segments,
        mentions: Sequence[Mention],
        entities: Sequence[Entity],
        quotes: Sequence[Quote],
    ) -> None:
        self.text = article.text
        self.segments = segments
        self.mentions = list(mentions)
        self.entities = list(entities)
        self.quotes = list(quotes)
        self.bindings: dict[str, int] = {}
        self.turns: list[_Turn] = []
        captions = {p.index for p in segments.paragraphs if p.kind == "caption"}
        self.caption_sentences = {s.index for s in segments.sentences if s.paragraph in captions}

    def run(self) -> Speakers:
        mentions_in = self._by_sentence(m.start for m in self.mentions)
        quotes_in = self._by_sentence(q.cue.start if q.cue else q.start for q in self.quotes)
        for sentence in self.segments.sentences:
            inside = mentions_in[sentence.index]
            for i in inside:
                if self.mentions[i].entity is None:
                    self._resolve(i, sentence.index, inside)
            speakers = self._assign_speakers(quotes_in[sentence.index])
            subject = self._subject(inside)
            self.turns.append(
                _Turn(tuple(speakers), self._passive_agent(inside) if subject is None else subject)
            )
        self._headline_speakers()
        return Speakers(tuple(self.mentions), tuple(self.entities), tuple(self.quotes))

    def _headline_speakers(self) -> None:
        """ "Hospital chief told managers to 'clear the corridors'", "DWHL commissioner
        apologizes for 'gas money' remark": a headline's statement whose speaker no name
        resolved is the person the body gives that role ("chief executive Helen
        Strudwick"), or, for a role, a medium or no source at all, the person the body
        names most, when no one is named as often."""
        headlines = {p.index for p in self.segments.paragraphs if p.kind == "headline"}
        pending = [
            n for n, q in enumerate(self.quotes) if q.paragraph in headlines and q.speaker is None
        ]
        if not pending:
            return
        named = Counter(
            m.entity
            for m in self.mentions
            if m.entity is not None
            and not m.in_quote
            and self.segments.sentence_at(m.start).paragraph not in headlines
            and self._is_person(m.entity)
        )
        ranked = named.most_common(2)
        salient = (
            ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        )
        # ("PDU elder defends whip, says ...": whom a stance names speaks for no statement
        # of its source.)
        about_source: dict[tuple[int | None, int | None], set[int]] = {}
        for number in pending:
            quote = self.quotes[number]
            if quote.cue is not None and quote.cue.lemma in STANCE_LEMMAS:
                span = (quote.source_start, quote.source_end)
                about_source.setdefault(span, set()).update(self._named_in(quote))
        for number in pending:
            quote = self.quotes[number]
            if quote.kind == "indirect" and quote.text.lower().startswith("to "):
                continue  # "Minister faces calls to quit": what others ask of someone
            source = (
                self.text[quote.source_start : quote.source_end].lower()
                if quote.source_start is not None and quote.source_end is not None
                else ""
            )
            words = {w.strip(".,").removesuffix("'s").removesuffix("’s") for w in source.split()}
            # (Not the possessor's: "Ports police commander's spokesman" is a spokesman;
            # but "Police union president's voicemail to councilwoman" is the president's.)
            owned = POSSESSED_ROLE.search(source)
            kin = POSSESSED_KIN.search(source)  # ("Army commander's son says": the son's)
            roles = set() if kin else {owned["role"]} if owned else words & ROLE_HEADS
            # (Or called by the role in the body: "An opposition MP yesterday told ...".)
            # (Not a deputy's: "conductor" is no "assistant conductor".)
            called = {
                m.entity
                for m in self.mentions
                if m.form in ("role", "title")
                and m.entity is not None
                and self.segments.sentence_at(m.start).paragraph not in headlines
                and _holds(roles, {w.strip(".,").lower() for w in m.text.split()}, words)
            }
            holders = [
                i
                for i in named
                if i in called
                or any(_holds(roles, set(role.split()), words) for role in self.entities[i].roles)
            ]
            # ("Deputy premier" is the deputy premier, not the premier: all its role words.)
            whole = [
                i
                for i in holders
                if any(roles <= set(role.split()) for role in self.entities[i].roles)
            ]
            holders = whole if len(holders) > 1 and len(whole) == 1 else holders
            # "PDU elder defends whip", then "A founding member ... defended the party's
            # whip": the lede's statement by the same verb is the same one's.
            lede = self._lede_speaker(quote)
            about = about_source.get((quote.source_start, quote.source_end), set())
            if len(holders) == 1 and holders[0] not in about:
                speaker, rule = holders[0], "the body's holder of the headline's role"
            elif lede is not None and lede not in about:
                speaker, rule = lede, "the speaker of the lede's statement by the same verb"
            elif (
                salient is not None
                and salient not in about
                and (roles or words & MEDIUM_NOUNS or not source.strip())
            ):
                speaker, rule = salient, "the person the body names most"
            else:
                continue
            self.quotes[number] = evolve(
                quote, speaker=speaker, rule=f"{quote.rule}; headline: {rule}"
            )

    def _lede_speaker(self, quote: Quote) -> int | None:
        """The speaker of the first body paragraph's statement by the headline statement's
        verb, or by the verb of another statement with the same source ("defends whip,
        says ..."), when the headline names no one."""
        spans = (quote.source_start, quote.source_end)
        lemmas = {
            q.cue.lemma
            for q in self.quotes
            if q.paragraph == quote.paragraph
            and (q.source_start, q.source_end) == spans
            and q.cue is not None
            and q.cue.lemma in STANCE_LEMMAS
        }
        body = [p.index for p in self.segments.paragraphs if p.kind not in ("headline", "byline")]
        first = min(body, default=None)
        return next(
            (
                q.speaker
                for q in self.quotes
                if q.paragraph == first
                and q.cue is not None
                and q.cue.lemma in lemmas
                and q.speaker is not None
            ),
            None,
        )

    def _named_in(self, quote: Quote) -> set[int]:
        """The people a headline's statement is about: named in what it says, by name or
        by a role the text gives one of them ("defends whip")."""
        named = {
            m.entity
            for m in self.mentions
            if quote.start <= m.start < quote.end and m.entity is not None
        }
        words = {w.strip(".,'’").lower() for w in self.text[quote.start : quote.end].split()}
        roles = words & ROLE_HEADS
        return named | {
            i
            for i, e in enumerate(self.entities)
            if e.kind == "person" and any(roles & set(role.split()) for role in e.roles)
        }

    def _by_sentence(self, offsets: Iterable[int]) -> list[list[int]]:
        """For each sentence, the positions of the ``offsets`` that fall inside it, in order."""
        found: list[list[int]] = [[] for _ in self.segments.sentences]
        for position, offset in enumerate(offsets):
            sentence = self.segments.sentence_at(offset)
            if sentence.start <= offset < sentence.end:
                found[sentence.index].append(position)
        return found

    def _subject_like(self, index: int) -> bool:
        mention = self.mentions[index]
        if mention.in_quote or mention.kind != "person":
            return False
        if mention.form == "pronoun" and PRONOUNS[mention.text.lower()][1] != "subject":
            return False
        floor = self.segments.sentence_at(mention.start).start
        return not in_prepositional_phrase(self.text, mention, floor)

    def _subject(self, inside: list[int]) -> int | None:
        for i in inside:
            if self._subject_like(i) and self.mentions[i].entity is not None:
                return self.mentions[i].entity
        return None

    def _passive_agent(self, inside: list[int]) -> int | None:
        """ "The exchange was recorded by Julián Caraballo, an engineer ...": with no
        person for its subject, a passive sentence's agent is who it is about (and who
        "He posted a clip" next is)."""
        if not inside:
            return None
        start = self.segments.sentence_at(self.mentions[inside[0]].start).start
        if " by " not in self.text[start : self.mentions[inside[-1]].start]:
            return None  # (no agent without a "by" before a mention)
        for i in inside:
            mention = self.mentions[i]
            if (
                mention.entity is not None
                and not mention.in_quote
                and self._is_person(mention.entity)
                and (
                    passive := PASSIVE_BY.search(
                        self.text, max(0, mention.start - 40), mention.start
                    )
                )
                # (Of a thing: not "The 16-year-old player was dropped by coach Dale Cooper".)
                and THING_SUBJECT.match(
                    self.text, self.segments.sentence_at(mention.start).start, passive.start()
                )
            ):
                return mention.entity
        return None

    def _compatible_gender(self, entity: int, gender: str | None) -> bool:
        known = self.entities[entity].gender
        return gender is None or known is None or known == gender

    def _recent_turns(self, sentence_index: int) -> list[_Turn]:
        return [
            turn
            for number, turn in reversed(list(enumerate(self.turns[:sentence_index])))
            if number not in self.caption_sentences
        ]

    def _resolve(self, index: int, sentence_index: int, inside: list[int]) -> None:
        mention = self.mentions[index]
        if mention.form == "pronoun":
            found = self._pronoun(index, sentence_index, inside)
        else:
            found = self._role(index, sentence_index, inside)
        if found is not None:
            entity, rule = found
            self.mentions[index] = evolve(mention, entity=entity, rule=f"{mention.rule}: {rule}")

    def _pronoun(
        self, index: int, sentence_index: int, inside: list[int]
    ) -> tuple[int, str] | None:
        mention = self.mentions[index]
        caught = self._caught_after_someone(index, inside)
        if caught is not None:
            return caught, "the person named before it, whom an unnamed subject reacts to"
        for i in inside:
            if i >= index:
                break
            other = self.mentions[i]
            entity = other.entity
            if (
                entity is not None
                and self._subject_like(i)
                and self._is_person(entity)
                and self._compatible_gender(entity, mention.gender)
            ):
                return entity, "subject earlier in the sentence"
        for turn in self._recent_turns(sentence_index)[:6]:
            for speaker in turn.speakers:
                if self._is_person(speaker) and self._compatible_gender(speaker, mention.gender):
                    return speaker, "most recent speaker"
            if turn.subject is not None and self._compatible_gender(turn.subject, mention.gender):
                return turn.subject, "most recent subject"
        # "distanced himself from MEP Verena Stadlmayr after she was recorded": with no
        # subject or speaker before to refer to, the person named last before it.
        for i in reversed([i for i in inside if i < index]):
            entity = self.mentions[i].entity
            if (
                entity is not None
                and self._is_person(entity)
                and self._compatible_gender(entity, mention.gender)
            ):
                return entity, "person named earlier in the sentence"
        return None

    def _is_person(self, entity: int) -> bool:
        return self.entities[entity].kind == "person"

    def _caught_after_someone(self, index: int, inside: list[int]) -> int | None:
        """ "A state lawmaker called on the ombudsman to investigate Mayor X, two days
        after the council's webcast caught him calling ...": when the sentence's subject
        is someone not yet named ("A state lawmaker"), the one caught on record is the
        person it names last before, not that subject (but "Minister Y apologised to
        Premier Z after a microphone caught her calling ..." is the minister)."""
        mention = self.mentions[index]
        if mention.text.lower() not in ("him", "her") or not (
            CAUGHT_OBJECT.search(self.text, max(0, mention.start - 12), mention.start)
            and SAYING_NEXT.match(self.text, mention.end)
        ):
            return None
        before = [i for i in inside if i < index and self.mentions[i].entity is not None]
        subjects = [i for i in before if self._subject_like(i)]
        if not subjects or not INDEFINITE.match(self.mentions[subjects[0]].text):
            return None
        sentence = self.segments.sentence_at(mention.start)
        if APOLOGY.search(self.text, sentence.start, mention.start):
            return None  # "A Labour MP, Rachel Owens, has apologised to X, ... caught her"
        return next(
            (
                entity
                for i in reversed(before)
                if (entity := self.mentions[i].entity) is not None
                and i != subjects[0]
                and self._is_person(entity)
                and self._compatible_gender(entity, mention.gender)
            ),
            None,
        )

    def _role(self, index: int, sentence_index: int, inside: list[int]) -> tuple[int, str] | None:
        mention = self.mentions[index]
        role = mention.role or ""
        head = role.split()[-1] if role else ""
        if head in SPOKESPERSON_HEADS:
            represented = self._represented(mention)
            if represented is not None:
                # "The spokesperson said" after "a Sahyadri Bank spokesperson" speaks for
                # the same (not "the official", who may speak only for themselves).
                if head.startswith("spokes"):
                    self.bindings[head] = represented
                return represented, "a spokesperson speaks for whom they represent"
        if mention.text.split(" ", 1)[0].lower() in ("a", "an") or self._indefinite_title(mention):
            # "A Lakeview High School principal has been placed on leave": the story's
            # subject, introduced by role in the lede and named later with it.
            # ("... into an audio message in which a city council deputy is heard telling
            # officials ...": the subject of what the medium holds.)
            in_medium = IN_WHICH_BEFORE.search(self.text, max(0, mention.start - 12), mention.start)
            # ("X should get the chance to explain himself, a fellow assembly member said
            # Friday": the subject of the verb that reports the clause before it.)
            reporting = self.text.endswith(", ", 0, mention.start) and (
                REPORTING_AFTER.match(self.text, mention.end) is not None
            )
            first = self._is_first_subject(index, inside) or in_medium is not None
            opening = self._opens_story(sentence_index) and (first or reporting)
            if not opening:
                return None
            if not first:
                # Only one the next paragraph gives this role and has speak: not "..., a club
                # director said Sunday", then "Striker Marco Bellini scored twice", an
                # anonymous source never named.
                named = self._named_next(sentence_index, mention)
                held = named is not None and self._given_role_in_next(
                    sentence_index, named[0], role
                )
                fellow = self._fellow_of_apologist(sentence_index, mention)
                return named if held and not fellow else None
            known = self._holders(role)
            if in_medium is None and self._reacts_to_remark(sentence_index):
                # A lede about the remark's critic is not about its author, who may hold
                # the role too; a critic of another role may be named in the next paragraphs.
                # (Unless the next paragraph gives the one it names this role again: "A
                # member of the legislature called for ...", then "X, a member of the
                # legislature's commission, told reporters".)
                named = self._named_next(sentence_index, mention)
                if (
                    named is None
                    or self._fellow_of_apologist(sentence_index, mention)
                    or (
                        named[0] in known
                        and not self._given_role_in_next(sentence_index, named[0], role)
                    )
                ):
                    return None
                # (Nor one the text gives only other roles while another holds this one:
                # "A union representative ... has defended the head of its emergency
                # department", then "X, the chief physician who heads the department,".)
                others = self.entities[named[0]].roles
                unrelated = all(role_relation(role, r) in ("conflict", "neutral") for r in others)
                # (Only one named after the lede: not the remark's author, named in it.)
                later = [k for k in known if self._first_named_after(k, sentence_index)]
                if later and others and unrelated:
                    return None
                return self._given_role(role, named, sentence_index)
            if not known:
                return self._given_role(
                    role, self._named_next(sentence_index, mention), sentence_index
                )
            if len(known) > 1:
                # Of two councillors, the one the next paragraph names.
                named = self._named_in_next(sentence_index, known)
                if named is None:
                    return None
                known = [named]
            head = role.split()[-1]
            if all(
                role_relation(role, r) != "same" and r.split()[-1] != head
                for r in self.entities[known[0]].roles
            ):
                # "A school board member said ..." with Renée Castillo named next and "Board
                # President Gary Whitlock" only at the end: whom the next paragraph names.
                named = self._named_next(sentence_index, mention)
                if named is not None:
                    return self._given_role(role, named, sentence_index)
            return known[0], "the lede's subject, named later with this role"
        # "The 58-year-old said": the person the text gives that age, else the person
        # last named, as "the Queen Creek Republican" is after "Rep. Dale Hollister".
        if role == AGE_ROLE:
            aged, rule = self._of_age(mention.text.split()[-1].split("-")[0], mention.start)
            if aged is not None and rule is not None:
                return aged, rule
            return self._last_named(index, sentence_index, inside, "a person described by age")
        if head in PARTY_MEMBERS and mention.form == "title":
            return self._last_named(index, sentence_index, inside, "a party member by place")
        if role in self.bindings:
            return self.bindings[role], "same role as earlier"
        known = self._holders(role)
        # (Not "the City goalkeeper", of a side the text may not have named the player
        # with, nor "the rat catcher".)
        modifiers = mention.text.split()[1:-1]
        plain = not any(w[:1].isupper() or w.lower() in NOT_PLAYERS for w in modifiers)
        if not known and head in PLAYER_POSITIONS and mention.form != "title" and plain:
            # "the flanker said", of a player the text names by no position: sports
            # writing's epithet for the player just named (not a manager or a referee).
            last = self._last_named(index, sentence_index, inside, "a player known by position")
            if last is not None and self._plays(last[0]):
                return last
        opening = self._opens_story(sentence_index) and self._is_first_subject(index, inside)
        if len(known) == 1 and opening and self._loosely_held(role, known[0], mention):
            named = self._named_next(sentence_index, mention)
            if named is not None:
                return self._bind(role, *named)
        if len(known) == 1:
            return self._bind(role, known[0], "role the text gives this person")
        if not known and opening:
            named = self._named_next(sentence_index, mention)
            if named is not None:
                return self._bind(role, *named)
        if len(known) > 1 and self._opens_story(sentence_index):
            # "after the presiding judge was caught ...", with three judges in the story:
            # the one the lede's next paragraph names.
            next_named = self._named_in_next(sentence_index, known, subjects_only=True)
            if next_named is not None:
                return self._bind(role, next_named, "the one holder the next paragraph names")
        # "The Morning Mix co-host" before "Vale's co-host, Marcus Hill": a definite
        # role refers back to the one person given it so far.
        earlier = self._holders_before(role, mention.start)
        if len(known) > 1 and len(earlier) == 1:
            return self._bind(role, earlier[0], "role the text gave this person before")
        if head not in UNIQUE_ROLE_HEADS and mention.possessor is None:
            return None
        if not known and mention.in_quote:
            return None  # "was "the least the governor could do"": no one given the role
        excluded = self._excluded(index, inside)
        gender = GENDERED_HEADS.get(head)
        candidates = [
            entity
            for entity in self._salient(index, sentence_index, inside)
            if entity not in excluded
            and self._compatible_gender(entity, gender)
            and self._may_hold(role, self.entities[entity].roles)
        ]
        if not candidates:
            return None
        # Whoever was given the very role comes first, then a compatible one: "the
        # minister" is the fisheries minister before the prime minister.
        relations = [{role_relation(role, r) for r in self.entities[e].roles} for e in candidates]
        chosen = next(
            (
                entity
                for wanted in ("same", "compatible")
                for entity, related in zip(candidates, relations, strict=True)
                if wanted in related
            ),
            candidates[0],
        )
        return self._bind(role, chosen, "most salient compatible person")

    def _plays(self, entity: int) -> bool:
        """Whether a person holds no role but a player's ("captain", "winger")."""
        return all(role.split()[-1] in PLAYING_ROLES for role in self.entities[entity].roles)

    def _last_named(
        self, index: int, sentence_index: int, inside: list[int], what: str
    ) -> tuple[int, str] | None:
        """The person most salient before a mention that names no one new."""
        excluded = self._excluded(index, inside)
        named = [e for e in self._salient(index, sentence_index, inside) if e not in excluded]
        return (named[0], f"{what}: the person last named") if named else None

    def _indefinite_title(self, mention: Mention) -> bool:
        """ "one Commonwealth MP in the Aldous camp": a title after "one", "a" or
        "another" (and capitalised affiliations) names someone new."""
        before = self.text[max(0, mention.start - 40) : mention.start]
        found = INDEFINITE_BEFORE.search(before) if mention.form == "title" else None
        # Not "the One Nation Senator": a name, after "the".
        return found is not None and not before[: found.start()].rstrip().lower().endswith("the")

    def _named_in_next(
        self, sentence_index: int, known: list[int], subjects_only: bool = False
    ) -> int | None:
        """The one of ``known`` that the paragraph after a lede sentence names, if one
        (with ``subjects_only``, not after a preposition: not "heard by Judge Mary Holt")."""
        following = self._next_paragraph(sentence_index)
        named = {
            m.entity
            for m in self.mentions
            if following is not None
            and following.start <= m.start < following.end
            and m.entity in known
            and not m.in_quote
            and not (subjects_only and in_prepositional_phrase(self.text, m, following.start))
        }
        return named.pop() if len(named) == 1 else None

    def _loosely_held(self, role: str, entity: int, mention: Mention) -> bool:
        """Whether ``entity`` is given ``role`` only with an affiliation the mention lacks,
        and only later: the lede's "The president" is not "the coalition's president"
        named paragraphs on."""
        words = set(role.split())
        held = [r for r in self.entities[entity].roles if role_relation(role, r) != "neutral"]
        affiliated = all(any(w[:1].isupper() and w not in words for w in r.split()) for r in held)
        return affiliated and entity not in self._holders_before(role, mention.start)

    def _holders(self, role: str) -> list[int]:
        """The people the text gives ``role`` (or a compatible one, and none in conflict);
        of a graded rank, the one who holds it ungraded ("the admiral": Admiral Tony
        Radakin, not Vice Admiral Brad Cooper), when there is one."""
        found = [
            i
            for i, e in enumerate(self.entities)
            if e.kind == "person"
            and any(role_relation(role, r) in ("same", "compatible") for r in e.roles)
            # "the minister" (any minister) does not make the health minister prime minister.
            and not any(role_relation(role, r) == "conflict" for r in e.roles)
        ]
        head = role.split()[-1] if role else ""
        if len(found) > 1 and head in GRADED_HEADS:
            ungraded = [
                i
                for i in found
                if any(
                    r.split()[-1:] == [head] and not set(r.split()) & (DEPUTY_RANKS | {"rear"})
                    for r in self.entities[i].roles
                )
            ]
            return ungraded if len(ungraded) == 1 else found
        return found

    def _holders_before(self, role: str, offset: int) -> list[int]:
        """The people named with ``role`` (or a compatible one) before ``offset``."""
        found = {
            m.entity
            for m in self.mentions
            if m.start < offset
            and m.role
            and m.entity is not None
            and self._is_person(m.entity)
            and role_relation(role, m.role) in ("same", "compatible")
        }
        return sorted(found)

    def _fellow_of_apologist(self, sentence_index: int, mention: Mention) -> bool:
        """Whether a lede's "a fellow councillor" is followed by a paragraph in which the
        one it names apologises: the remark's author, whom the fellow is not."""
        following = self._next_paragraph(sentence_index)
        return (
            "fellow" in mention.text.lower().split()
            and following is not None
            and APOLOGY.search(self.text, following.start, following.end) is not None
        )

    def _first_named_after(self, entity: int, sentence_index: int) -> bool:
        """Whether the text first names ``entity`` after a sentence."""
        end = self.segments.sentences[sentence_index].end
        return all(m.start >= end for m in self.mentions if m.entity == entity)

    def _speaks_in(self, entity: int, start: int, end: int) -> bool:
        """Whether ``entity`` is named in ``text[start:end]`` as who speaks: before a
        speech verb, past an aside ("X, a member of the commission, told reporters"), or
        after a quotation ('"...," X said')."""
        return any(
            m.entity == entity
            and start <= m.start < end
            and (
                SPEAKS_AFTER.match(self.text, m.end) is not None
                or self.text.endswith((",” ", '," ', '," '), 0, m.start)
            )
            for m in self.mentions
        )

    def _given_role_in_next(self, sentence_index: int, entity: int, role: str) -> bool:
        """Whether the paragraph after a lede sentence gives ``entity`` a role of the
        same head as ``role``, in apposition to their name or as a title before it, and
        has them speak there ("Assembly Member Nels Fjelstad told the Ledger", not
        "Health Minister Jane Smith was recorded mocking ...")."""
        following = self._next_paragraph(sentence_index)
        head = role.split()[-1:]
        return (
            following is not None
            and self._speaks_in(entity, following.start, following.end)
            and any(
                m.entity == entity
                and following.start <= m.start < following.end
                and (m.role or "").split()[-1:] == head
                for m in self.mentions
            )
        )

    def _reacts_to_remark(self, sentence_index: int) -> bool:
        """ "A minister has called the leaked remarks "indefensible"": a lede about
        the remark's critic, not its author."""
        sentence = self.segments.sentences[sentence_index]
        if APOLOGY.search(self.text, sentence.start, sentence.end) is not None:
            return False  # "A trustee apologized for messages in which she mocked ...": its author
        return REMARK_WORDS.search(self.text, sentence.start, sentence.end) is not None

    def _next_paragraph(self, sentence_index: int) -> Paragraph | None:
        """The body paragraph after a lede sentence's, bylines and captions passed over
        (none after a headline: the lede that follows it is told apart elsewhere)."""
        paragraph = self.segments.sentences[sentence_index].paragraph
        if self.segments.paragraphs[paragraph].kind == "headline":
            return None
        following = next(
            (
                s
                for s in self.segments.sentences[sentence_index + 1 :]
                if s.paragraph != paragraph and s.index not in self.caption_sentences
            ),
            None,
        )
        return None if following is None else self.segments.paragraphs[following.paragraph]

    def _named_next(self, sentence_index: int, subject: Mention) -> tuple[int, str] | None:
        """ "The chair of the supporters' trust has said he recorded the call ...",
        then "Dave Pollitt told the Courier ...": a lede's subject known by a role no
        one is given is the person who opens the next paragraph, named there first
        (or the one after it, when the next names no one new: "The messages, which X
        sent ..."). Not when its role is of another's ("The lawyer for a suspended
        spokesman"): the next paragraph may open with either of them."""
        following = self._next_paragraph(sentence_index)
        if following is None:
            return None
        first = self._opened_by_new_name(following)
        if (
            first is not None
            and subject.role
            and any(
                m.entity == first and m.role and _of_other_places(subject.role, m.role)
                for m in self.mentions
            )
        ):
            return None  # "the Izmir mayor", then "X, the mayor of Sarnıçlı,": another mayor
        if any(
            m.kind == "person"
            and m.form == "role"
            and m.start > subject.end
            and ROLE_OF_ANOTHER.fullmatch(self.text, subject.end, m.start)
            for m in self.mentions
        ):
            # ("A senior adviser to the prefect ...", then "X, political adviser to Prefect
            # Y, ...": the one the text gives the subject's own role.)
            head = (subject.role or "").split()[-1:]
            named = next(
                (m for m in self.mentions if m.entity == first and m.start >= following.start),
                None,
            )
            apposed = (
                self.text[named.end + 2 : named.end + 60].split(".")[0].split()
                if named is not None and self.text.startswith(", ", named.end)
                else []
            )
            # (Not "X, whose lawyer has filed ...": a role of another's again.)
            fits = (
                first is not None
                and bool(head)
                and head[0] in apposed[:4]
                and apposed[:1] != ["whose"]
            )
            return (first, "the lede's subject, named next with its role") if fits else None
        if first is not None:
            return first, "the lede's subject, named first in the next paragraph"
        after = following.index + 1
        if self._names_someone_new(following) or after >= len(self.segments.paragraphs):
            return None
        first = self._opened_by_new_name(self.segments.paragraphs[after])
        if first is None:
            return None
        return first, "the lede's subject, named first in the paragraph after the next"

    def _opened_by_new_name(self, paragraph: Paragraph) -> int | None:
        """The person a paragraph opens by naming for the first time, if any: in its
        first sentence, or in the one that ends the quotation it opens with ('"... as
        a manager. He was asking them a question," Hon. X told ...')."""
        quoted = (
            q.end for q in self.quotes if q.kind == "direct" and 0 <= q.start - paragraph.start <= 1
        )
        opening = self.segments.sentence_at(max(quoted, default=paragraph.start))
        # "In a post on his Facebook page on Thursday, Eirik Hovland wrote": where and
        # when, before the subject.
        framed = OPENING_FRAME.match(self.text, paragraph.start, opening.end)
        begins = framed.end() if framed else paragraph.start
        told = [m for m in self.mentions if m.start >= begins and not m.in_quote]
        first = told[0] if told else None
        # "The deputy, Azamat Toktosun uulu, says ...": a role in apposition to the name.
        apposed = (
            first is not None
            and first.form == "role"
            and len(told) > 1
            and told[1].entity == first.entity
            and self.text[first.end : told[1].start] == ", "
        )
        if apposed:
            first = told[1]
        if (
            first is None
            or first.form != "name"
            or first.entity is None
            or not self._is_person(first.entity)
            or first.start >= opening.end
            or (not apposed and TITLES_BEFORE.fullmatch(self.text, begins, first.start) is None)
            or self._named_before(first)
        ):
            return None
        return first.entity

    def _named_before(self, mention: Mention) -> bool:
        """Whether the text named this person before (a headline's role may be theirs)."""
        return any(
            m.entity == mention.entity and m.form in ("name", "surname")
            for m in self.mentions
            if m.start < mention.start
        )

    def _names_someone_new(self, paragraph: Paragraph) -> bool:
        """Whether a paragraph names a person the text has not named before."""
        return any(
            paragraph.start <= m.start < paragraph.end
            and m.form == "name"
            and m.entity is not None
            and self._is_person(m.entity)
            and not self._named_before(m)
            for m in self.mentions
        )

    def _opens_story(self, sentence_index: int) -> bool:
        """Whether a sentence is the headline's first or the first body paragraph's first."""
        sentence = self.segments.sentences[sentence_index]
        paragraph = self.segments.paragraphs[sentence.paragraph]
        first_body = next((p.index for p in self.segments.paragraphs if p.kind == "body"), None)
        opening = (
            sentence_index == 0
            or self.segments.sentences[sentence_index - 1].paragraph != sentence.paragraph
        )
        return opening and (paragraph.kind == "headline" or paragraph.index == first_body)

    def _may_hold(self, role: str, roles: Sequence[str]) -> bool:
        """Whether someone with these known roles may hold ``role`` too: none of them
        conflicts, and someone known only in other offices (a general secretary) is
        not taken for the prime minister."""
        relations = [role_relation(role, r) for r in roles]
        if "conflict" in relations:
            return False
        return not relations or any(r in ("same", "compatible") for r in relations)

    def _represented(self, mention: Mention) -> int | None:
        """Whom a spokesperson speaks for.

        "a Treasury spokesman", "a spokeswoman for the minister".
        """
        after = ORGANISATION_AFTER.match(self.text, mention.end)
        limit = after.end() if after else mention.end
        for other in self.mentions:
            entity = other.entity
            if entity is None and other.role and mention.end <= other.start < limit + 1:
                # "a spokeswoman for the Foreign Minister": the one person with that title.
                holders = self._holders(other.role)
                entity = holders[0] if len(holders) == 1 else None
            if other is mention or entity is None:
                continue
            if mention.start <= other.start < mention.end and self._is_person(entity):
                continue
            if mention.start <= other.start < limit + 1:
                return entity
        unnamed = UNNAMED_BODY_AFTER.match(self.text, mention.end)
        words = unnamed["words"].split() if unnamed is not None else []
        head = next((k for k, w in enumerate(words) if k and w in ORGANISATION_WORDS), None)
        if head is not None:
            # "A spokesman for the interior ministry": a body the text never names.
            return self._organisation(["the", *words[: head + 1]])[0]
        return self._body_by_word(mention)

    def _body_by_word(self, mention: Mention) -> int | None:
        """ "a league spokesperson": the body named before whose name holds the word
        before the head ("the Dominion Women's Hockey League"); not "a police source",
        who speaks for no one."""
        words = mention.text.split()
        if len(words) < 2 or not words[-1].startswith("spokes"):
            return None
        word = words[-2]
        if not word.islower() or word not in ORGANISATION_WORDS:
            return None
        bodies = [
            m.entity
            for m in reversed(self.mentions)
            if m.start < mention.start
            and m.entity is not None
            and self.entities[m.entity].kind == "organisation"
        ]
        names = {entity: self.entities[entity].name.lower().split() for entity in bodies}
        # A name ending in the word (the league itself) before one merely holding it
        # (the league's players' association).
        ending = [e for e in bodies if names[e][-1] == word]
        holding = [e for e in bodies if word in names[e]]
        # "a company spokeswoman" after "Threadloom": a body whose name says it is no
        # other kind than a company.
        company = [
            e
            for e in bodies
            if word == "company" and ORGANISATION_WORDS.intersection(names[e]) <= CORPORATE_WORDS
        ]
        return next(iter(ending or holding or company), None)

    def _given_role(
        self, role: str, found: tuple[int, str] | None, sentence_index: int
    ) -> tuple[int, str] | None:
        """A lede's subject found by the role it opens with ("A Palermo city councillor
        ... said"), which the text thereby gives them: a later "the councillor" is them.
        Only the role's head: its other words may be a place's, which says nothing of
        another role ("a city council deputy" is no "city prosecutor"); and only when
        the next paragraph has them speak (not "X was recorded calling farmers "lazy"",
        whom an unnamed official's lede may be about)."""
        head = role.split()[-1] if role else ""
        following = self._next_paragraph(sentence_index)
        speaks = (
            found is not None
            and following is not None
            and self._speaks_in(found[0], following.start, following.end)
        )
        if found is not None and speaks and head and head not in self.entities[found[0]].roles:
            person = self.entities[found[0]]
            self.entities[found[0]] = evolve(person, roles=(*person.roles, head))
        return found

    def _bind(self, role: str, entity: int, rule: str) -> tuple[int, str]:
        self.bindings[role] = entity
        person = self.entities[entity]
        if role and role not in person.roles:
            self.entities[entity] = evolve(person, roles=(*person.roles, role))
        return entity, rule

    def _excluded(self, index: int, inside: list[int]) -> set[int]:
        """People a role cannot be: the owner of "his X", the subject it is the object of."""
        mention = self.mentions[index]
        excluded = set()
        if mention.possessor is not None and self.mentions[mention.possessor].entity is not None:
            excluded.add(self.mentions[mention.possessor].entity)
        # "notes in which the minister described ...": a relative clause's subject is
        # no argument of the verbs before it, and may be anyone named there.
        relative = RELATIVE_SUBJECT.search(self.text, max(0, mention.start - 16), mention.start)
        if not self._is_first_subject(index, inside) and relative is None:
            for i in inside:
                if i >= index:
                    break
                entity = self.mentions[i].entity
                if entity is not None and self._subject_like(i):
                    excluded.add(entity)
        return excluded

    def _is_first_subject(self, index: int, inside: list[int]) -> bool:
        if not self._subject_like(index):
            return False
        return not any(i < index and self._subject_like(i) for i in inside)

    def _salient(self, index: int, sentence_index: int, inside: list[int]) -> list[int]:
        """People in order of salience for the role at ``index``."""
        order: list[int] = []
        if self._is_first_subject(index, inside):
            for turn in self._recent_turns(sentence_index):
                for entity in (*turn.speakers, turn.subject):
                    if entity is not None and entity not in order and self._is_person(entity):
                        order.append(entity)
        position = self.mentions[index].start
        for mention in reversed(self.mentions):
            entity = mention.entity
            if entity is None or entity in order or not self._is_person(entity):
                continue
            if mention.start < position and not self._in_caption(mention):
                order.append(entity)
        return order

    def _in_caption(self, mention: Mention) -> bool:
        """A byline's reporter or a caption's subject is no one the story goes on to call
        "the president"."""
        return self.segments.sentence_at(mention.start).index in self.caption_sentences

    def _assign_speakers(self, numbers: list[int]) -> list[int]:
        """Give each statement of a sentence (its cue or first word there) its speaker."""
        speakers: list[int] = []
        for number in numbers:
            quote = self.quotes[number]
            if quote.speaker is not None:
                continue
            speaker, rule = self._speaker_of(quote)
            if speaker is not None:
                self.quotes[number] = evolve(quote, speaker=speaker, speaker_rule=rule)
                if speaker not in speakers:
                    speakers.append(speaker)
        return speakers

    def _speaker_of(self, quote: Quote) -> tuple[int | None, str | None]:
        source = self.mentions[quote.source] if quote.source is not None else None
        if source is not None:
            # "the prefect's office said", with the prefect named: the office speaks for him.
            holder = self._office_holder(source.text.split()) if source.entity is not None else None
            if holder is not None:
                return holder, f"'{source.text}' speaks for the one the text gives that role"
            if source.entity is not None:
                return source.entity, f"source '{source.text}'"
            if not OFFICE_AFTER.match(self.text, source.end):
                # ("The Bishkek mayor's office said": a holder no one names has an
                # office, which speaks as a body of its own; read below.)
                return None, None
        elif quote.continues is not None:
            previous = self.quotes[quote.continues]
            if previous.speaker is not None:
                return previous.speaker, "continues the previous speaker"
        if quote.source_start is not None and quote.source_end is not None:
            words = self.text[quote.source_start : quote.source_end].split()
            if [w.lower() for w in words] == ["the", "office"]:
                return self._principal(quote.source_start)
            if [w.lower() for w in words[1:]] == ["office"]:
                # "Late that night, his office issued a statement saying ...": the office
                # speaks for the one it is of.
                owner = next(
                    (
                        m.entity
                        for m in self.mentions
                        if m.start == quote.source_start and m.form == "pronoun"
                    ),
                    None,
                )
                if owner is not None:
                    return owner, f"'{' '.join(words)}' speaks for the one it is of"
            holder = self._office_holder(words)
            if holder is not None:
                return holder, f"'{' '.join(words)}' speaks for the one the text gives that role"
            part_of = PART_OF_A_BODY.fullmatch(" ".join(words))
            if part_of is not None and part_of["body"].split()[-1].lower() in ORGANISATION_WORDS:
                # "The press service of the Dushanbe city administration": the body.
                return self._organisation(part_of["body"].split())
            if BODY_ORGAN.fullmatch(" ".join(words)):
                # "the supervisory board of the Wisłoujście Port Authority": a body's board,
                # which speaks as a body of its own.
                return self._body_named(" ".join(words).removeprefix("the "), words)
            relative = next(
                (k for k, w in enumerate(words) if k > 1 and w.lower() in ("that", "which")), None
            )
            if relative is not None and words[relative - 1].lower() in ORGANISATION_WORDS:
                # "The union that represents the city's office staff": the body, by its
                # kind, that the relative clause says which of.
                return self._organisation(words[:relative])
            # (a board named with its members: "the X board of directors")
            head = words[-3] if _board_members(words) else words[-1] if words else ""
            if head.lower() in ORGANISATION_WORDS:
                opening = self._opens_story(self.segments.sentence_at(quote.start).index)
                return self._organisation(words, opening=quote.start if opening else None)
            owner = self._owning_body(words)
            if owner is not None:
                return owner, f"'{' '.join(words)}' speaks for the body that owns it"
            if words and words[-1].lower() in ISSUED_NOUNS:
                return self._issuer(quote, words[-1].lower())
            if words and words[-1].lower() in ("voice", "voices"):
                return self._most_named(quote)
            if [w.lower() for w in words] == ["it"]:
                return self._it(quote)
            aged = AGED.fullmatch(" ".join(words))
            if aged is not None:
                return self._of_age(aged["age"], quote.source_start)
            return self._author_of_medium(quote)
        return None, None

    def _office_holder(self, words: list[str]) -> int | None:
        """ "mayor's office insists" in a headline, with Mayor X named in the text: a
        role's office speaks for the one person the text gives that role."""
        office = ROLE_OFFICE.fullmatch(" ".join(words))
        *modifiers, role = office["role"].lower().split() if office is not None else [""]
        if role not in ROLE_HEADS:
            return None
        # (The mayor, not a deputy mayor: a rank makes another office; "the Regional
        # Minister's office" is of the regional minister.)
        holders = [
            i
            for i in self._holders(role)
            if any(
                role in r.split()
                and RANKS.isdisjoint(r.split())
                and all(m in r.split() for m in modifiers)
                for r in self.entities[i].roles
            )
        ]
        return holders[0] if len(holders) == 1 else None

    def _principal(self, before: int) -> tuple[int | None, str | None]:
        """ "the office said" after "Minister X's office said": an office speaks for the
        person whose office the text last named."""
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if mention.start >= before or mention.entity is None:
                continue
            if self._is_person(mention.entity) and OFFICE_AFTER.match(self.text, mention.end):
                return mention.entity, "'the office': of the person whose office was named"
        return None, None

    def _organisation(
        self, words: list[str], opening: int | None = None
    ) -> tuple[int | None, str | None]:
        """ "The state teachers' union", "Freedonia's foreign ministry": a definite
        phrase whose head names an organisation speaks for that organisation (a name
        before a description, "The Save X campaign group", by its name); a bare "the
        union" for the one organisation already named with that head."""
        first = words[0].lower()
        possessive = first.endswith(("'s", "’s", "s'", "s’"))
        if first != "the" and not possessive:
            return None, None
        named = words[1:] if first == "the" else words
        # "The Shams El-Qahira board of directors": whose members a board is, no place.
        checked = named[:-2] if _board_members(named) else named
        if any(w.lower() in PREPOSITIONS or not ORGANISATION_WORD.fullmatch(w) for w in checked):
            return None, None
        capitalised = list(takewhile(lambda w: w[:1].isupper(), named))
        described = named[len(capitalised) :]
        # "The Save Maes-y-Dderwen campaign group": the name, then what it is (not "the
        # Ohio teachers' union", whose last words are its name's own).
        if (
            capitalised
            and described
            and described[-1].lower() in DESCRIBED_BODIES
            and not possessive
            and not any("'" in w or "’" in w for w in described)
        ):
            named = capitalised
        head = named[-1].lower()
        if len(named) == 1:
            # (Not a bare "Charity" only a headline's "Charity row" made a body; but
            # "Police said ... The police said".)
            known = [
                i
                for i, e in enumerate(self.entities)
                if e.kind == "organisation"
                and (e.name.lower() != head or self._named_below_headline(i))
                and head
                in (without_company_suffix(e.name.lower()).split()[-1], e.name.lower().split()[-1])
            ]
            if not known:
                # "the Danish aid charity Kinship Water Alliance", then "the charity".
                known = self._bodies_described(head)
            if len(known) != 1:
                return None, None
            return known[0], f"'{' '.join(words)}': the {head} named before"
        name = " ".join(named)
        if named[-1].islower() and head not in PARTS_OF_BODIES:
            # "Umpires' guild says ...", then "The Lanka Match Officials' Guild": a body
            # described by its kind as the story opens is the one body the text names with
            # that kind after it; elsewhere, one whose name holds a word of the description
            # ("The teachers' union" after "The Polish Teachers' Union"; not "The national
            # teachers' union" after "European Union funding").
            first: dict[int, int] = {}
            for mention in self.mentions:
                if mention.entity is not None:
                    first.setdefault(mention.entity, mention.start)
            described = {w.lower().strip("'’") for w in named[:-1]}
            kind = [
                i
                for i, e in enumerate(self.entities)
                if e.kind == "organisation"
                and len(e.name.split()) > 1
                and e.name.split()[-1] == head.capitalize()
                and (
                    (opening is not None and first.get(i, opening) > opening)
                    or not described.isdisjoint(w.lower().strip("'’") for w in e.name.split())
                )
            ]
            if len(kind) == 1:
                return kind[0], f"'{' '.join(words)}': the one {head} the text names"
        if len(named) == 2 and name.islower() and head in PARTS_OF_BODIES:
            # "the league office": a part of the one body named with "League".
            bodies = [
                i
                for i, e in enumerate(self.entities)
                if e.kind == "organisation" and named[0] in e.name.lower().split()
            ]
            if len(bodies) == 1:
                return bodies[0], f"'{' '.join(words)}': part of the {named[0]} named before"
        return self._body_named(name, words)

    def _body_named(self, name: str, words: list[str]) -> tuple[int, str]:
        """The organisation of this name, known or new."""
        for index, entity in enumerate(self.entities):
            if entity.kind == "organisation" and entity.name.lower() == name.lower():
                return index, f"organisation '{' '.join(words)}'"
        self.entities.append(Entity(name, "organisation"))
        return len(self.entities) - 1, f"organisation '{' '.join(words)}'"

    def _named_below_headline(self, entity: int) -> bool:
        """Whether the text names an entity below its headline."""
        return any(
            m.entity == entity and self.segments.sentence_at(m.start).paragraph != 0
            for m in self.mentions
        )

    def _bodies_described(self, head: str) -> list[int]:
        """The organisations named right after a description with this head ("the
        Danish aid charity Kinship Water Alliance", "the charity, Kinship Water
        Alliance,")."""
        # (One noun phrase: not "told the board Acme Holdings was undervalued", an
        # addressee and a clause's subject.)
        described = re.compile(
            r"(?:\b(?P<told>told|telling|warned|asked|urged|informed|assured|reminded|advised)"
            rf"\s+)?\b(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(head)},?\s+$",
            re.IGNORECASE,
        )
        return sorted(
            {
                m.entity
                for m in self.mentions
                if m.entity is not None
                and m.form == "name"
                and self.entities[m.entity].kind == "organisation"
                and (found := described.search(self.text, max(0, m.start - 80), m.start))
                and not found["told"]
            }
        )

    def _owning_body(self, words: list[str]) -> int | None:
        """ "HopeBridge's global headquarters in Geneva": a part of a body (a word
        for one among the words) after the possessive of the one organisation
        named so; "the charity's headquarters", of the one charity named."""
        if len(words) > 2 and words[0].lower() == "the" and words[1].endswith(("'s", "’s")):
            if ORGANISATION_WORDS.isdisjoint(w.lower() for w in words[2:]):
                return None
            return self._organisation(["the", words[1][:-2]])[0]
        first = words[0] if words else ""
        if not first.endswith(("'s", "’s")) or ORGANISATION_WORDS.isdisjoint(
            w.lower() for w in words[1:]
        ):
            return None
        owner = first[:-2]
        found = [
            i
            for i, e in enumerate(self.entities)
            if e.kind in ("organisation", "outlet") and owner in e.name.split()
        ]
        return found[0] if len(found) == 1 else None

    def _it(self, quote: Quote) -> tuple[int | None, str | None]:
        """ "It called on the federation to act": "it" is what spoke last, in this
        sentence or the one before, when that was a body or a document (the union,
        the memo), not a person."""
        sentence = self.segments.sentence_at(quote.cue.start if quote.cue else quote.start)
        floor = self.segments.sentences[max(0, sentence.index - 1)].start
        earlier = [
            q
            for q in self.quotes
            if q.end > floor and q.start < quote.start and q.speaker is not None
        ]
        if not earlier:
            previous = self.segments.sentences[max(0, sentence.index - 1)]
            issued = ISSUED.search(self.text, previous.start, previous.end)
            if issued is not None and previous.index != sentence.index:
                # "The ministry issued a press release the next morning. It said ...":
                # what was issued speaks for who issued it.
                issuer = self._put_out_by(issued["noun"].lower(), previous.end)
                if issuer is not None:
                    return issuer, f"'it': the {issued['noun'].lower()} the sentence before issued"
            # "The magazine did not say who made it. It said ...", "Channel 9 aired the
            # footage on Sunday night. It said ...": the body the sentence before opened
            # with, saying nothing, or putting out a recording (which says nothing itself;
            # a report obtained may be what says it).
            bodies = [
                m
                for m in self.mentions
                if previous.start <= m.start < previous.end
                and m.entity is not None
                and previous.index != sentence.index
                and self.entities[m.entity].kind in ("outlet", "organisation")
            ]
            # "The ministry responded on Monday night. In a statement ..., it said": the
            # body told to have answered, with nothing said yet.
            reacted = next((m for m in bodies if REACTED.match(self.text, m.end)), None)
            if reacted is not None:
                return reacted.entity, "'it': the body the sentence before told answered"
            put_out = PUT_OUT_RECORDING.search(self.text, previous.start, previous.end)
            if not (UNSAID.search(self.text, previous.start, previous.end) or put_out):
                return None, None
            body = next(
                (
                    m.entity
                    for m in bodies
                    # (also "The student magazine Lijnrecht published the audio ...")
                    if BODY_OPENING.fullmatch(self.text[previous.start : m.start].strip())
                ),
                None,
            )
            return (
                (body, "'it': the body the sentence before opened with")
                if body is not None
                else (None, None)
            )
        last = max(earlier, key=lambda q: q.start)
        assert last.speaker is not None
        if (last.source_start, last.source_end) == (quote.source_start, quote.source_end):
            # "It also told executives that the airline could "recruit ..."": the words it
            # quotes inside what it said are its own.
            return last.speaker, "'it': the same source as the words around it"
        while last.source is None and last.continues is not None:
            # (a quotation split by "the memo says" speaks on in its second part)
            last = self.quotes[last.continues]
        said_by = (
            self.text[last.source_start : last.source_end].lower().split()
            if last.source_start is not None and last.source_end is not None
            else []
        )
        written = bool(said_by) and (said_by[-1] in MEDIUM_NOUNS or said_by[-1] in STATEMENT_NOUNS)
        if self._is_person(last.speaker) and not written:
            return None, None
        return last.speaker, "'it': the body or document that spoke last"

    def _of_age(self, age: str, before: int) -> tuple[int | None, str | None]:
        """ "the 58-year-old said": the person last named with that age ("Hollister, 58,")."""
        given = re.compile(rf",\s*{age}\b|\s\({age}\)")
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if mention.start >= before or mention.entity is None:
                continue
            if self._is_person(mention.entity) and given.match(self.text, mention.end):
                return mention.entity, f"'the {age}-year-old': the person named with that age"
        return None, None

    def _most_named(self, quote: Quote) -> tuple[int | None, str | None]:
        """ "The voice says ...": the voice on a leaked recording, whoever's it is said
        to be, is the person the story is about, the one named most before it, unless
        the text said whose it is ("a voice identified by the newspaper as Toledo's")."""
        identified = [
            m.entity
            for m in self.mentions
            if m.start < quote.start
            and m.entity is not None
            and self._is_person(m.entity)
            and (named := VOICE_NAMED_AS.search(self.text, max(0, m.start - 80), m.start))
            # "identified as Toledo's", "said to be that of Mr Ekanayake"
            and (self.text.startswith(("'s", "’s"), m.end) or named.group().endswith("of "))
        ]
        if identified:
            return identified[-1], "'the voice' is the one the text said was this person's"
        named = Counter(
            m.entity
            for m in self.mentions
            if m.start < quote.start
            and m.entity is not None
            and not m.in_quote
            and self._is_person(m.entity)
        )
        if not named:
            return None, None
        person = named.most_common(1)[0][0]
        return person, "'the voice' is of the person the story names most"

    def _issuer(self, quote: Quote, noun: str) -> tuple[int | None, str | None]:
        """ "In a statement, the club said ... "...," the statement said": a statement
        speaks for who was last said to speak in one (in this paragraph or the one
        before; or two before, when only they have spoken since: "In a statement, X
        described ... X said ... "...," the statement read"). "petitioned the
        commission ... "...," the petition read": the verb names it too."""
        since: set[int] = set()
        # ("In a press release ..., the commission said ... "...," the statement read".)
        names = "|".join(sorted(STATEMENT_NOUNS) if noun in STATEMENT_NOUNS else [noun])
        for earlier in sorted(self.quotes, key=lambda q: q.start, reverse=True):
            if earlier.start >= quote.start or earlier.paragraph < quote.paragraph - 2:
                continue
            anchor = earlier.cue.start if earlier.cue is not None else earlier.start
            sentence = self.segments.sentence_at(anchor)
            # "the federation issued a communiqué ... It said ...": or the sentence before.
            before = self.segments.sentences[max(sentence.index - 1, 0)]
            first = before if before.paragraph == sentence.paragraph else sentence
            told = re.search(
                rf"\b(?:{names})(?:s|ed)?\b", self.text[first.start : sentence.end], re.I
            )
            # (Two back only when it spoke in the paragraph between too: not across "The
            # union also issued a statement." or "Doctors staged a walkout.")
            near = earlier.paragraph >= quote.paragraph - 1 or (
                since == {earlier.speaker}
                and any(
                    q.paragraph == quote.paragraph - 1 and q.speaker == earlier.speaker
                    for q in self.quotes
                )
            )
            if earlier.speaker is not None and told is not None and near:
                return earlier.speaker, f"'the {noun}' speaks for who issued it"
            if earlier.speaker is not None:
                since.add(earlier.speaker)
        return None, None

    def _stance_about(self, over: re.Match[str]) -> int | None:
        """Whom a stance taken over a medium is about ("defends superintendent over
        email mocking ...": the email is the superintendent's), not who took it: the
        person named there, or the one holder of the role it names."""
        taker = self._person_before(over.start())
        for mention in self.mentions:
            in_about = over.start("about") <= mention.start < over.end("about")
            if in_about and mention.entity not in (None, taker) and self._is_person(mention.entity):  # type: ignore[arg-type]
                return mention.entity
        words = over["about"].split()
        head = words[-1].lower() if words else ""
        holders = [h for h in self._holders(head) if h != taker] if head in ROLE_HEADS else []
        return holders[0] if len(holders) == 1 else None

    def _person_before(self, position: int) -> int | None:
        """The first person named in the sentence before ``position``, outside quotes
        (by a role only one person holds, for a headline's role not yet resolved)."""
        sentence = self.segments.sentence_at(position)
        for mention in self.mentions:
            if mention.start >= position:
                break
            if mention.start < sentence.start or mention.in_quote:
                continue
            if mention.entity is not None and self._is_person(mention.entity):
                return mention.entity
            holders = self._holders(mention.role) if mention.role else []
            if mention.entity is None and len(holders) == 1:
                return holders[0]
        return None

    def _owner_at(self, position: int) -> int | None:
        """The person whose possessive opens a medium's words ("Vice-chancellor’s
        leaked voice note")."""
        for mention in self.mentions:
            if mention.start == position and mention.entity is not None:
                possessive = self.text[mention.end : mention.end + 2] in ("'s", "’s")
                return mention.entity if possessive and self._is_person(mention.entity) else None
        return None

    def _sent_by(self, noun: str) -> int | None:
        """The person the text says sent or wrote the medium it calls ``noun`` (a
        headline's "leaked memo" is told of later): the first named right after
        "by", titles and all."""
        pattern = re.compile(SENT_BY.format(noun=re.escape(noun)), re.IGNORECASE)
        for match in pattern.finditer(self.text):
            floor = match.end()
            named = next((m for m in self.mentions if m.start >= floor), None)
            if (
                named is not None
                and named.entity is not None
                and self._is_person(named.entity)
                and noun_phrase_start(self.text, named, floor) == floor
            ):
                return named.entity
        return None

    def _put_out_by(self, noun: str, before: int) -> int | None:
        """ "The collective ... posted an open letter on its Instagram account": who
        the text last says put out a medium it calls ``noun``, the subject of that
        sentence (a person or a body)."""
        pattern = re.compile(PUT_OUT_A.format(noun=re.escape(noun)), re.IGNORECASE)
        for found in reversed(list(pattern.finditer(self.text, 0, before))):
            sentence = self.segments.sentence_at(found.start())
            subject = next(
                (
                    m
                    for m in self.mentions
                    if sentence.start <= m.start < found.start()
                    and m.entity is not None
                    and not m.in_quote
                ),
                None,
            )
            # Not a news outlet that published it ("The news website Lighthouse Malta
            # published the four-page letter"): that leaked it; who wrote it speaks.
            if subject is not None and self.entities[subject.entity].kind != "outlet":  # type: ignore[index]
                return subject.entity
        return None

    def _author_of_medium(self, quote: Quote) -> tuple[int | None, str | None]:
        """ "The email also claimed ...": a document speaks for its author.

        The author is the person the sentence names before it ("The chairman
        apologised after a leaked email mocked ..."), else the person last
        quoted; unless what it says names that person: then it is about them,
        not by them. A recording ("Leaked video shows X ...") shows someone and
        is written by no one: it speaks for no one.
        """
        source = [
            w.strip(",")
            for w in self.text[quote.source_start : quote.source_end].lower().split()  # type: ignore[misc]
        ]
        # "text messages first reported by the Times": a medium's head noun comes
        # before its modifier.
        head = next((i for i, w in enumerate(source) if w in MEDIUM_MODIFIER_STARTS), len(source))
        if not head or source[head - 1] not in MEDIUM_NOUNS or source[head - 1] in RECORDING_NOUNS:
            return None, None
        sentence = self.segments.sentence_at(quote.source_start)  # type: ignore[arg-type]
        over = STANCE_OVER.search(self.text, sentence.start, quote.source_start)  # type: ignore[arg-type]
        if over is not None:
            # (Its author is whom the stance is about: unknown if no one the text names.)
            about = self._stance_about(over)
            rule = f"'{' '.join(source)}' belongs to the person the stance is about"
            return (about, rule) if about is not None else (None, None)
        subject = self._person_before(quote.source_start)  # type: ignore[arg-type]
        if subject is None:
            subject = self._owner_at(quote.source_start)  # type: ignore[arg-type]
        if subject is not None:
            return subject, f"'{' '.join(source)}' belongs to the person the sentence is about"
        writer = self._sent_by(source[head - 1])
        if writer is not None:
            return writer, f"'{' '.join(source)}' speaks for whom the text says sent it"
        poster = self._put_out_by(source[head - 1], quote.source_start)  # type: ignore[arg-type]
        if poster is not None:
            return poster, f"'{' '.join(source)}' speaks for whom the text says put it out"
        # "X defended her in a letter to the Speaker, saying ...", then "the letter said".
        author, rule = self._issuer(quote, source[head - 1])
        if author is None:
            author = next(
                (s for turn in reversed(self.turns) for s in turn.speakers if self._is_person(s)),
                None,
            )
            rule = f"'{' '.join(source)}' speaks for its author, the last person quoted"
        named = any(
            m.entity == author and quote.start <= m.start < quote.end for m in self.mentions
        )
        if author is None or named:
            return None, None
        return author, rule


# "The memo, dated 27 February, was sent by chief executive Declan Moriarty", "The
# memo, dated 28 April and signed by city manager X": who wrote a medium, named after
# a passive verb of writing, or its bare participle (the noun is put in front), or
# before the signature it bears.
SENT_BY = (
    r"\b{noun}\b[^.;\"“”]{{0,80}}?\b(?:(?:(?:was|were)\s+(?:(?:first|originally)\s+)?"
    r"(?:sent|written|drafted|authored|signed|circulated|posted)"
    r"|(?:sent|written|drafted|authored|signed))\s+by\s+"
    # "The memo, dated November 23 and bearing Mr Sahi's signature": whose it is.
    r"|(?:bearing|carrying)\s+(?=(?:[A-Z][\w.'’-]*\s+){{0,4}}[A-Z][\w'’-]*['’]s\s+signature\b))"
)


# "posted an open letter", "wrote a letter": a medium put out by the sentence's subject.
PUT_OUT_A = (
    r"\b(?:posted|published|wrote|issued|sent|released|penned|circulated)\s+"
    r"(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?{noun}\b"
)
# "issued a press release the next morning": a statement put out.
# An outlet putting out a recording: "published the audio", "aired the footage".
PUT_OUT_RECORDING = re.compile(
    r"\b(?:published|posted|aired|broadcast|played)\s+(?:(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{RECORDINGS})\b"
    r"(?![^.;]*\b(?:report|letter|memo|document|email|statement|audit|study)s?\b)"
    # ("published screenshots of the messages": pictures of them, which say nothing.)
    r"|(?:(?:the|its)\s+)?(?:screenshots|screengrabs|photographs|photos|images)\s+of\b)",
    re.IGNORECASE,
)
ISSUED = re.compile(
    r"\b(?:issued|released)\s+(?:an?|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>statement|release|communiqu[eé])\b",
    re.IGNORECASE,
)
# What makes a position's word someone's trade: "the rat catcher", "the dog catcher".
NOT_PLAYERS = frozenset("rat dog mole snake pest mouse bird".split())
# The roles of one who plays: a position, or the side's captain.
PLAYING_ROLES = PLAYER_POSITIONS | frozenset(("captain", "player", "skipper", "vice-captain"))
# "the 58-year-old": someone known by their age.
AGED = re.compile(r"the\s+(?P<age>\d{1,3})-year-old", re.IGNORECASE)
# What may open a paragraph before a name: quotation marks, and a title ("Lt.", "Dr").
# (after a quotation the name says: '"I meant the policy," Garrett Strahan said')
# A paragraph's opening words of where or when, before its subject.
OPENING_FRAME = re.compile(
    r"(?:In|On|At|During|Speaking|Writing|Interviewed|Later|Earlier)\b[^,.;:\"“”]{0,80},\s+"
    # ("In the letter, sent on Monday, Angharad Protheroe said": and an aside on it; not
    # "his agent, Tom Hale,", another's role in apposition to the name.)
    r"(?:(?!(?:his|her|their|its|the|a|an|our|my)\s)[a-z][^,.;:\"“”]{0,40},\s+)?"
)
TITLES_BEFORE = re.compile(r"(?:[\"“][^\"“”]+[,!?][\"”]\s+)?[\"'“‘]*(?:[A-Z][\w'’-]*\.?\s+)*")
# Parts of a body that speak for it ("the league office", "the party headquarters").
PARTS_OF_BODIES = frozenset("office headquarters leadership management secretariat".split())
# "The press service of the city administration", "the secretariat of the council".
PART_OF_A_BODY = re.compile(
    rf"(?i:the\s+)?(?i:press\s+(?:service|office)|{'|'.join(PARTS_OF_BODIES)})\s+of\s+"
    r"(?P<body>(?i:the)\s+.+)"
)
# Words that describe a body after its name ("the Save Maes-y-Dderwen campaign group").
DESCRIBED_BODIES = frozenset("group organisation organization network movement charity".split())
# What an organisation or a person issues in writing: "the statement said".
STATEMENT_NOUNS = frozenset("statement release communique communiqué rejoinder".split())
# The same, and what a body sends to ask something of another: "the petition read".
ISSUED_NOUNS = STATEMENT_NOUNS | {"petition"}
# A word of an organisation's descriptive name: a possessive, a modifier, a name.
ORGANISATION_WORD = re.compile(r"[\w'’.-]+")
MEDIUM_MODIFIER_STARTS = frozenset(
    "first later reported obtained published released seen posted by from in which that".split()
)


def resolve_speakers(
    article: Article,
    segments: Segments,
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    quotes: Sequence[Quote],
) -> Speakers:
    """Resolve every role and pronoun mention, then every statement's speaker."""
    return _Resolver(article, segments, mentions, entities, quotes).run()
