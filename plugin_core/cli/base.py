"""What every ``amends`` command shares: one-line usage errors (exit 2) and reading input."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import click


class InputError(click.ClickException):
    """Bad usage or unreadable input: one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file: IO[Any] | None = None) -> None:
        message = " ".join(self.format_message().split())
        click.echo(f"amends: error: {message}", err=True, file=file)


class Cli(click.Group):
    """A group whose usage errors (bad option, bad choice) are one-line InputErrors."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as exc:
            raise one_line(exc) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            raise one_line(exc) from None


def one_line(exc: click.UsageError) -> InputError:
    hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
    return InputError(exc.format_message() + hint)


def choices(enum: Any) -> list[str]:
    """The values of an enum, for ``click.Choice``."""
    return [member.value for member in enum]


def parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"invalid --now {value!r}: use ISO 8601, e.g. 2026-03-02T10:00:00+00:00"
        ) from None


def read_input(source: str | None) -> str:
    """The text to check from a file or standard input; InputError when it can't be used."""
    if source is None or source == "-":
        stdin = sys.stdin.buffer
        if source is None and stdin.isatty():
            raise InputError("no message given: name a FILE, or pipe text in with '-'")
        name, data = "standard input", stdin.read()
    else:
        name, data = source, _read_file(Path(source))
    if b"\0" in data:
        raise InputError(f"{name} looks binary (it contains NUL bytes); give a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise InputError(f"{name} is empty: there is no message to check")
    return text


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"permission denied reading {path}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None


