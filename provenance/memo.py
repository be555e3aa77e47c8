"""Memos: keep the answers to questions one object is asked many times over.

A stage often asks the same question of one article again and again (the
noun phrase of a mention, the subject before a cue); :func:`memoised` keeps
each answer on the object that computed it, so it lives as long as that
article's work and no longer.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import Any, TypeVar

Answer = TypeVar("Answer")
# What a memo holds for a question not yet asked (None is an answer like any other).
UNASKED = object()


def memoised(method: Callable[..., Answer]) -> Callable[..., Answer]:
    """Answer each argument tuple once per object.

    Only for methods whose answer depends on their arguments and on what the
    object fixed when it was made, never on what it has done since.
    """
    name = f"_memo_{method.__name__}"

    @wraps(method)
    def answer(self: Any, *args: Hashable) -> Answer:
        memo = self.__dict__.get(name)
        if memo is None:
            memo = self.__dict__[name] = {}
        found = memo.get(args, UNASKED)
        if found is UNASKED:
            found = memo[args] = method(self, *args)
        return found  # type: ignore[no-any-return]

    return answer
