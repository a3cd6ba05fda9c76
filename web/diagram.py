"""The cable's decision logic as an SVG flowchart, drawn from `web.data.logic()`.

The same rule data as `cable.mermaid()` (which docs/rules.md shows), laid out by hand in columns,
one per view, so that it renders offline with no JavaScript library. Every box carries the
clause id it belongs to (`data-clause`), so the page can light up the view the assistant cites.
"""

import textwrap
from xml.sax.saxutils import escape, quoteattr

from web.data import logic

WIDTH = 1000
MARGIN = 10
GAP = 14
COLUMNS = 5  # four views and the railway remark
COL_W = (WIDTH - 2 * MARGIN - (COLUMNS - 1) * GAP) / COLUMNS
FONT = 13
LINE = 17
PAD = 8
ARROW = 30  # vertical room for an arrow and its label
CHAR_W = 7.1  # a generous average advance for 13px sans-serif text, so lines never overflow

STYLE = """
.cable-diagram text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #1b1b1b; }
.cable-diagram .box { fill: #fff; stroke: #4d4d4d; stroke-width: 1.2; }
.cable-diagram .head .box { fill: #e8eef7; stroke: #27466e; }
.cable-diagram .head text { font-weight: 700; }
.cable-diagram .applies .box { fill: #e6f2e8; stroke: #256b34; stroke-width: 1.6; }
.cable-diagram .outcome .box { fill: #f7f1e3; stroke: #6b4f12; }
.cable-diagram .edge { fill: none; stroke: #4d4d4d; stroke-width: 1.3; }
.cable-diagram .label { font-size: 12px; font-style: italic; fill: #1b1b1b;
  paint-order: stroke; stroke: #fff; stroke-width: 5px; stroke-linejoin: round; }
.cable-diagram .note { font-size: 12px; fill: #3d3d3d; }
"""


def _wrap(text: str, width: float) -> list[str]:
    return textwrap.wrap(text, max(8, int((width - 2 * PAD) / CHAR_W))) or [""]


class _Canvas:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def box(self, x: float, y: float, w: float, lines: list[str], cls: str = "",
            clause: str | None = None, bold_first: bool = False) -> float:
        """A box with its top-left at (x, y); returns its height."""
        h = len(lines) * LINE + 2 * PAD
        attrs = f' class={quoteattr("node " + cls)}' + (f" data-clause={quoteattr(clause)}" if clause else "")
        self.parts.append(f"<g{attrs}>")
        self.parts.append(f'<rect class="box" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="6"/>')
        for i, line in enumerate(lines):
            weight = ' font-weight="700"' if bold_first and i == 0 else ""
            self.parts.append(f'<text x="{x + PAD:.1f}" y="{y + PAD + (i + 0.8) * LINE:.1f}"{weight}>'
                              f"{escape(line)}</text>")
        self.parts.append("</g>")
        return h

    def line(self, *points: tuple[float, float], arrow: bool = True) -> None:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        end = ' marker-end="url(#cable-arrow)"' if arrow else ""
        self.parts.append(f'<polyline class="edge" points="{path}"{end}/>')

    def label(self, x: float, y: float, text: str, anchor: str = "start") -> None:
        self.parts.append(f'<text class="label" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">'
                          f"{escape(text)}</text>")


def _col_x(i: int) -> float:
    return MARGIN + i * (COL_W + GAP)


def svg() -> str:
    data = logic()
    c = _Canvas()
    views_w = 4 * COL_W + 3 * GAP
    views_mid = MARGIN + views_w / 2

    # Case facts, then the scope question; "other" goes left, out of scope.
    y = MARGIN
    start_w = 2 * COL_W
    start_h = c.box(views_mid - start_w / 2, y, start_w, ["Case facts"], "head")
    scope_y = y + start_h + ARROW
    c.line((views_mid, y + start_h), (views_mid, scope_y))
    scope = data["scope"]
    scope_w = 2 * COL_W + GAP
    scope_lines = _wrap(scope["question"], scope_w)
    scope_h = c.box(views_mid - scope_w / 2, scope_y, scope_w, scope_lines, "question")
    out_w = COL_W - 2 * GAP
    out_lines = _wrap(scope["out_label"], out_w)
    out_h = len(out_lines) * LINE + 2 * PAD
    out_y = scope_y + scope_h / 2 - out_h / 2
    c.box(MARGIN, out_y, out_w, out_lines, "outcome")
    c.line((views_mid - scope_w / 2, scope_y + scope_h / 2), (MARGIN + out_w, scope_y + scope_h / 2))
    c.label(views_mid - scope_w / 2 - 4, scope_y + scope_h / 2 - 6, " / ".join(scope["out_answers"]), "end")

    # The in-scope answers fan out to the four views.
    top = scope_y + scope_h + ARROW + 10
    bus = top - 12
    c.line((views_mid, scope_y + scope_h), (views_mid, bus), arrow=False)
    c.label(views_mid + 6, scope_y + scope_h + 16, " / ".join(scope["in_answers"]))
    mids = [_col_x(i) + COL_W / 2 for i in range(COLUMNS)]
    c.line((mids[0], bus), (mids[3], bus), arrow=False)
    # The railway remark hangs off the case facts directly: it applies whatever the outcome.
    c.line((views_mid + start_w / 2, y + start_h / 2), (mids[4], y + start_h / 2), (mids[4], top))

    columns = [(v["clause_id"], v["title"], v["steps"], v["any_of"], f"View {v['view']} applies")
               for v in data["views"]]
    rail = data["railway"]
    columns.append((rail["clause_id"], rail["label"],
                    [{"question": rail["question"], "answer": rail["answer"]}], [],
                    f"{rail['label']} added, whatever the outcome"))

    # Lay out each column's questions; the final boxes line up below the longest column.
    ends, finals = [], []
    for i, (clause, title, steps, any_of, final) in enumerate(columns):
        x, mid = _col_x(i), mids[i]
        if i < 4:
            c.line((mid, bus), (mid, top))
        c.parts.append(f"<g data-clause={quoteattr(clause)} class=\"column\">")
        cy = top
        cy += c.box(x, cy, COL_W, _wrap(title, COL_W), "head", clause)
        pending: str | None = None
        for step in steps:
            c.line((mid, cy), (mid, cy + ARROW))
            if pending:
                c.label(mid, cy + 19, pending or "", "middle")
            cy += ARROW
            cy += c.box(x, cy, COL_W, _wrap(step["question"], COL_W), "question", clause)
            pending = step["answer"]
        if any_of:
            c.line((mid, cy), (mid, cy + ARROW))
            c.label(mid, cy + 19, pending or "", "middle")
            cy += ARROW
            lines = ["At least one:"]
            for step in any_of:
                lines += _wrap("\u2022 " + step["question"], COL_W)
            cy += c.box(x, cy, COL_W, lines, "question", clause, bold_first=True)
            pending = any_of[0]["answer"]
        c.parts.append("</g>")
        ends.append((cy, pending))
        finals.append(_wrap(final, COL_W))
    final_y = max(cy for cy, _ in ends) + ARROW
    heights = []
    for i, ((cy, pending), lines) in enumerate(zip(ends, finals, strict=True)):
        c.line((mids[i], cy), (mids[i], final_y))
        c.label(mids[i], cy + 19, pending or "", "middle")
        heights.append(c.box(_col_x(i), final_y, COL_W, lines, "applies", columns[i][0]))
    final_bottom = final_y + max(heights)

    # Which views apply decides the outcome, first match first.
    prec_y = final_bottom + ARROW + 10
    prec_bus = prec_y - 12
    for mid, h in zip(mids[:4], heights[:4], strict=True):
        c.line((mid, final_y + h), (mid, prec_bus), arrow=False)
    c.line((mids[0], prec_bus), (mids[3], prec_bus), arrow=False)
    c.line((views_mid, prec_bus), (views_mid, prec_y))
    lines = ["Which views apply? The first line that matches gives the outcome:"]
    lines += [f"{i}. {p['when']} \u2192 {p['label']}" if p["when"] != "otherwise"
              else f"Otherwise \u2192 {p['label']}" for i, p in enumerate(data["precedence"], 1)]
    prec_h = c.box(MARGIN, prec_y, views_w, lines, "outcome", bold_first=True)
    note_y = prec_y + prec_h + LINE + 4
    c.parts.append(f'<text class="note" x="{MARGIN}" y="{note_y:.1f}">'
                   "Any other answer, or none, to a question in a column: that view does not apply."
                   "</text>")
    height = note_y + PAD

    desc = ("A flowchart generated from the cable's rules. After the nationality question, each of the "
            "four views is checked by its own questions; the views that apply decide the outcome in a "
            "fixed order; the railway remark is added whenever the person asks for a free trip home. "
            "The same logic is listed as text on the page.")
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="cable-diagram" viewBox="0 0 {WIDTH} {height:.0f}" '
            f'width="{WIDTH}" height="{height:.0f}" role="img" aria-labelledby="cable-diagram-title '
            f'cable-diagram-desc">'
            '<title id="cable-diagram-title">How the cable decides a case</title>'
            f'<desc id="cable-diagram-desc">{escape(desc)}</desc>'
            f"<style>{STYLE}</style>"
            '<defs><marker id="cable-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
            'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#4d4d4d"/>'
            "</marker></defs>"
            f'<rect width="{WIDTH}" height="{height:.0f}" fill="#fff"/>')
    return head + "".join(c.parts) + "</svg>\n"
