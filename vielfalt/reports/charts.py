"""Small SVG charts computed on the server: the template draws what these return.

Each chart has a table beside it with the same numbers; colour is never the
only carrier of meaning (bars are labelled with their values).
"""

from dataclasses import dataclass
from typing import Any

BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_WIDTH = 260
CHART_WIDTH = 720


@dataclass
class Bar:
    label: str
    value: float
    shown: str
    y: int
    width: float


def bar_chart(items: list[tuple[str, float]], suffix: str = "") -> dict[str, Any]:
    """Horizontal bars: ``items`` are (label, value); the widest bar fills the chart."""
    top = max((value for _label, value in items), default=0) or 1
    room = CHART_WIDTH - LABEL_WIDTH - 60
    bars = [
        Bar(
            label=label,
            value=value,
            shown=f"{value:g}{suffix}",
            y=i * (BAR_HEIGHT + BAR_GAP),
            width=round(room * value / top, 1),
        )
        for i, (label, value) in enumerate(items)
    ]
    return {
        "bars": bars,
        "width": CHART_WIDTH,
        "height": max(len(bars) * (BAR_HEIGHT + BAR_GAP), BAR_HEIGHT),
        "label_width": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
        "text_y": BAR_HEIGHT - 6,
    }


def line_chart(months: list[str], series: list[tuple[str, list[int]]]) -> dict[str, Any]:
    """Lines over months, each labelled at its end with its name and last value."""
    width, height, left, right, top, bottom = 720, 320, 40, 210, 16, 30
    top_value = max((max(values) for _name, values in series if values), default=0) or 1
    steps = max(len(months) - 1, 1)

    def x(i: int) -> float:
        return round(left + (width - left - right) * i / steps, 1)

    def y(value: int) -> float:
        return round(top + (height - top - bottom) * (1 - value / top_value), 1)

    lines = []
    used: list[float] = []
    for index, (name, values) in enumerate(series):
        points = " ".join(f"{x(i)},{y(v)}" for i, v in enumerate(values))
        label_y = y(values[-1]) if values else float(top)
        while any(abs(label_y - other) < 13 for other in used):
            label_y += 13
        used.append(label_y)
        lines.append(
            {
                "name": name,
                "points": points,
                "last": values[-1] if values else 0,
                "label_x": x(len(values) - 1) + 6,
                "label_y": label_y + 4,
                "style": index % 7,
            }
        )
    ticks = [{"x": x(i), "label": month} for i, month in enumerate(months) if i % 3 == 0]
    return {
        "width": width,
        "height": height,
        "lines": lines,
        "ticks": ticks,
        "axis_y": height - bottom,
        "left": left,
        "top_value": top_value,
        "top": top,
    }
