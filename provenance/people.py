"""People: which names in a story's articles belong to one person.

Each article already clusters its own mentions into people ("Mr Hale",
"the transport secretary" and "Robert Hale" are one entity there); across
articles, the names those entities carry are compared: the same surname
and compatible first names ("Rob" and "Robert", "Bill" and "William")
make one person, and a surname alone ("Hale", from an article that only
says "Mr Hale") joins the one person of that surname when there is
exactly one. The person's name is the fullest form any
article gives.
"""

from __future__ import annotations

from collections.abc import Iterable

from provenance.mentions import compatible_first_names


def name_parts(name: str) -> tuple[str | None, str]:
    """The first name (None for a surname alone) and the surname, lower case."""
    tokens = name.split()
    first = tokens[0].lower() if len(tokens) > 1 else None
    return first, tokens[-1].lower() if tokens else ""


def same_person(a: str, b: str) -> bool:
    """Whether two full names can name one person: one surname, compatible first names."""
    first_a, surname_a = name_parts(a)
    first_b, surname_b = name_parts(b)
    if surname_a != surname_b or first_a is None or first_b is None:
        return False
    return compatible_first_names(first_a, first_b)


def fullest(names: Iterable[str]) -> str:
    """The fullest form of a name: most words, then most letters, then the first alphabetically."""
    return min(names, key=lambda name: (-len(name.split()), -len(name), name))


def cluster_people(names: Iterable[str]) -> dict[str, str]:
    """Each person name mapped to the name of the person it belongs to.

    The result does not depend on the order of ``names``.
    """
    distinct = sorted(set(names))
    full = [name for name in distinct if name_parts(name)[0] is not None]
    parent = {name: name for name in full}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    for i, a in enumerate(full):
        for b in full[i + 1 :]:
            if same_person(a, b):
                parent[max(root(a), root(b))] = min(root(a), root(b))
    groups: dict[str, list[str]] = {}
    for name in full:
        groups.setdefault(root(name), []).append(name)
    canonical = {name: fullest(groups[root(name)]) for name in full}
    by_surname: dict[str, set[str]] = {}
    for name, person in canonical.items():
        by_surname.setdefault(name_parts(name)[1], set()).add(person)
    for name in distinct:
        if name in canonical:
            continue
        candidates = by_surname.get(name_parts(name)[1], set())
        canonical[name] = next(iter(candidates)) if len(candidates) == 1 else name
    return canonical
