"""Escaping per channel, so that text from the incident is always data, never markup.

- Slack: ``&``, ``<`` and ``>`` become ``&amp;``, ``&lt;`` and ``&gt;`` (Slack's own rule), so
  ``<!channel>``, ``<@U123>`` and ``<https://x|y>`` show as typed and never ping or link.
  Applied to every ``{{ value }}`` a Slack template prints.
- HTML e-mail: the body is escaped as a whole (``markupsafe.escape``) and the layout template
  is rendered with autoescaping, so neither a customer's name nor a template's words are
  read as markup.
- Plain text (e-mail text, chat, SMS, social, status): nothing is markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from markupsafe import Markup, escape

_SLACK = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def slack_escape(text: str) -> str:
    """Text safe to put in a Slack ``mrkdwn`` or ``plain_text`` field."""
    return text.translate(_SLACK)


def _printable(value: Any) -> str:
    return "" if value is None else str(value)


def slack_finalize(value: Any) -> str:
    """Jinja ``finalize`` for Slack templates: every printed value is escaped."""
    return slack_escape(_printable(value))


def plain_finalize(value: Any) -> str:
    """Jinja ``finalize`` for plain-text templates: None prints as nothing."""
    return _printable(value)


FINALIZERS: dict[str, Callable[[Any], str]] = {
    "text": plain_finalize,
    "slack": slack_finalize,
}

_BULLET_RE = re.compile(r"^[-•*]\s+")


def html_paragraphs(text: str) -> list[Markup]:
    """Plain text as escaped HTML paragraphs: blank lines split paragraphs, lines starting
    with a bullet become a list, other line breaks become ``<br>``."""
    return [_paragraph(block) for block in text.split("\n\n") if block.strip()]


def _paragraph(block: str) -> Markup:
    parts: list[str] = []
    lines: list[str] = []
    items: list[str] = []
    for line in block.splitlines():
        bullet = _BULLET_RE.match(line)
        if bullet:
            if lines:
                parts.append(_lines(lines))
                lines = []
            items.append(f"<li>{escape(line[bullet.end():])}</li>")
        else:
            if items:
                parts.append("<ul>" + "".join(items) + "</ul>")
                items = []
            lines.append(line)
    if lines:
        parts.append(_lines(lines))
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    return Markup("\n".join(parts))


def _lines(lines: list[str]) -> str:
    return "<p>" + "<br>\n".join(str(escape(line)) for line in lines) + "</p>"
