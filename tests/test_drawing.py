"""The timeline drawing: one mark per event, ranks as columns, the future apart."""

from __future__ import annotations

from typing import Any

from provenance.pages.drawing import layout_timeline, shorten


def event(sequence: int, kind: str, time_start: str | None = None) -> dict[str, Any]:
    return {
        "id": f"{kind}-{sequence}",
        "type": kind,
        "sequence": sequence,
        "actor": "Ann Smith",
        "summary": f"Ann Smith: {kind}",
        "time_text": "on Monday" if time_start else None,
        "time_start": time_start,
        "time_end": time_start,
    }


def test_one_mark_per_event_and_one_column_per_rank() -> None:
    drawing = layout_timeline(
        [event(1, "remark"), event(2, "leak"), event(3, "defence"), event(3, "attack")]
    )
    assert [m.type for m in drawing.marks] == ["remark", "leak", "defence", "attack"]
    assert [c.sequence for c in drawing.columns] == [1, 2, 3]
    defence, attack = drawing.marks[2:]
    assert defence.x == attack.x and defence.y < attack.y
    assert drawing.marks[0].x < drawing.marks[1].x < defence.x
    assert max(m.y for m in drawing.marks) < drawing.axis_y < drawing.height


def test_columns_say_which_ranks_are_dated() -> None:
    drawing = layout_timeline(
        [event(1, "remark"), event(2, "response", "2024-05-06"), event(2, "attack", "2024-05-07")]
    )
    assert [(c.label, c.dated) for c in drawing.columns] == [
        ("undated", False),
        ("2024-05-06 / 2024-05-07", True),
    ]
    assert "on Monday (2024-05-06)" in drawing.marks[1].title


def test_references_to_the_future_are_drawn_after_the_axis() -> None:
    future = [{"text": "next week", "time_start": "2024-05-13", "speaker": "Ann Smith"}]
    drawing = layout_timeline([event(1, "remark")], future)
    assert drawing.future_x is not None and drawing.future_x > drawing.axis_end
    assert [(f.heading, f.caption) for f in drawing.future] == [("next week", "2024-05-13")]
    assert drawing.width > drawing.future_x
    assert layout_timeline([event(1, "remark")]).future_x is None


def test_long_names_are_cut_with_an_ellipsis() -> None:
    assert shorten("Anne-Marie Featherstonehaugh-Smith", 12) == "Anne-Marie…"
    assert shorten("Ann", 12) == "Ann"
