"""The sandboxed Jinja2 environments drafts render in, one per escaping mode and search path.

Templates run in Jinja2's immutable sandbox with ``StrictUndefined`` and no globals: they can
print the facts and call the drafting filters, nothing else. A failure names the template file
and line.
"""

from __future__ import annotations

import re
import types
from typing import Any

import jinja2
from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .errors import TemplateError
from .escaping import FINALIZERS
from .facts import FILTERS
from .loader import Source

_ENVIRONMENTS: dict[tuple[str, tuple[str, ...]], jinja2.Environment] = {}


def environment(mode: str, sources: list[Source]) -> jinja2.Environment:
    """The sandboxed environment for an escaping ``mode`` (text, slack, html) and search path."""
    key = (mode, tuple(str(s.path) for s in sources))
    env = _ENVIRONMENTS.get(key)
    if env is None:
        env = ImmutableSandboxedEnvironment(
            loader=FileSystemLoader([s.path for s in sources]),
            undefined=StrictUndefined,
            autoescape=mode == "html",
            finalize=FINALIZERS.get(mode),
            keep_trailing_newline=False,
        )
        env.globals.clear()  # no range, cycler, joiner, lipsum, dict or namespace
        env.filters.update(FILTERS)
        _ENVIRONMENTS[key] = env
    return env


def render_template(env: jinja2.Environment, name: str, facts: dict[str, Any]) -> str:
    """Render one template; TemplateError naming the file and line on any failure."""
    try:
        return env.get_template(name).render(facts)
    except jinja2.TemplateNotFound as exc:
        assert isinstance(env.loader, FileSystemLoader)
        folders = ", ".join(str(p) for p in env.loader.searchpath)
        raise TemplateError(f"template {exc.name!r} not found (searched: {folders})") from None
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name or name}:{exc.lineno}"
        raise TemplateError(f"template {where}: {exc.message}") from None
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateError(
            f"template {_where(exc, name)} tried something the sandbox forbids: {exc}"
        ) from None
    except Exception as exc:  # a template's own failure: undefined name, bad filter, 1/0
        raise TemplateError(f"template {_where(exc, name)}: {exc}") from None


def _where(exc: BaseException, name: str) -> str:
    """``file:line`` of the innermost template frame in ``exc``'s traceback."""
    found = name
    tb: types.TracebackType | None = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


_TRAILING_SPACE_RE = re.compile(r"[ \t]+\n")
_LEADING_SPACE_RE = re.compile(r"\n[ \t]+")
_BLANK_LINES_RE = re.compile(r"\n{3,}")
_SPACES_RE = re.compile(r"(?<=\S)[ \t]{2,}")
_SPACE_BEFORE_STOP_RE = re.compile(r"(?<=\w) +(?=[.,;:!?](?:\s|$))")


def tidy(text: str) -> str:
    """Whitespace left by blocks that printed nothing: no trailing or doubled spaces, at most
    one blank line between paragraphs."""
    text = _TRAILING_SPACE_RE.sub("\n", text.strip())
    text = _LEADING_SPACE_RE.sub("\n", text)
    text = _SPACES_RE.sub(" ", text)
    text = _SPACE_BEFORE_STOP_RE.sub("", text)
    return _BLANK_LINES_RE.sub("\n\n", text)
