"""Custody: who first put out a leaked medium the text gives no publisher.

"Audio of the meeting was posted on the Bluestem Brief's website on Monday;
KVRL aired it the next day": the text names who published the recording
only as the actor of a leak, never beside the recording itself. Once the
story's events are in order, the medium a remark came through, with no
publisher of its own, takes the actor of the story's earliest leak, so that
the remark, its medium and the chain of custody name who first made it
public. Where leaks by different actors share the earliest rank, the text
leaves open who was first, and the medium keeps no publisher.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from provenance.records import Channel, Event


def credit_first_publisher(
    channels: Sequence[Channel], events: Sequence[Event]
) -> tuple[Channel, ...]:
    """The channels, each remark's unpublished medium credited to the earliest leak's actor."""
    leaks = [e for e in events if e.type == "leak" and e.sequence is not None]
    if not leaks:
        return tuple(channels)
    earliest = min(e.sequence for e in leaks if e.sequence is not None)
    first = {e.actor for e in leaks if e.sequence == earliest}
    actor = next(iter(first))
    if len(first) != 1 or actor is None:
        return tuple(channels)
    media = {e.channel for e in events if e.type == "remark" and e.channel is not None}
    rule = "published first by the actor of the story's earliest leak"
    return tuple(
        evolve(c, publisher=actor, rule=f"{c.rule}; {rule}")
        if i in media and c.publisher is None and c.kind in ("recording", "document")
        else c
        for i, c in enumerate(channels)
    )
