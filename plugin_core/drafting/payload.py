"""What each channel's API takes besides the text: the e-mail's subject and HTML, Slack's
Block Kit blocks (built as data from the escaped text, never as templated JSON), the status
page's title and status."""

from __future__ import annotations

from typing import Any

import jinja2

from ..models import Channel
from .environment import environment, render_template
from .escaping import html_paragraphs
from .loader import Source

SLACK_SECTION_LIMIT = 3000  # characters in one Block Kit section
TITLE = "blocks/title.j2"
HTML_LAYOUT = "email/layout.html.j2"


def payload(
    channel: Channel,
    text: str,
    facts: dict[str, Any],
    env: jinja2.Environment,
    sources: list[Source],
) -> dict[str, Any]:
    """The payload for ``channel``: email ``{subject, text, html}``, slack ``{text, blocks}``,
    status ``{status, title, text}``, others ``{text}``."""
    if channel == Channel.EMAIL:
        subject = " ".join(render_template(env, TITLE, facts).split())
        html = render_template(
            environment("html", sources),
            HTML_LAYOUT,
            {**facts, "subject": subject, "paragraphs": html_paragraphs(text)},
        )
        return {"subject": subject, "text": text, "html": html}
    if channel == Channel.SLACK:
        return {"text": text, "blocks": block_kit(text)}
    if channel == Channel.STATUS:
        title = " ".join(render_template(env, TITLE, facts).split())
        return {"status": facts["status"], "title": title, "text": text}
    return {"text": text}


def block_kit(text: str) -> list[dict[str, Any]]:
    """Block Kit blocks for already-escaped mrkdwn: one section per paragraph (split at line
    breaks when a paragraph is longer than a section allows)."""
    blocks: list[dict[str, Any]] = []
    for paragraph in text.split("\n\n"):
        for chunk in _chunks(paragraph.strip(), SLACK_SECTION_LIMIT):
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": chunk}})
    return blocks


def _chunks(paragraph: str, limit: int) -> list[str]:
    if not paragraph:
        return []
    chunks: list[str] = []
    current = ""
    for line in paragraph.split("\n"):
        while len(line) > limit:  # one enormous line: cut at the last space that fits
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            if current:
                chunks.append(current)
                current = ""
            chunks.append(line[:cut])
            line = line[cut:].lstrip()
        joined = f"{current}\n{line}" if current else line
        if len(joined) > limit:
            chunks.append(current)
            current = line
        else:
            current = joined
    if current:
        chunks.append(current)
    return chunks
