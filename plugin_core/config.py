"""Team configuration: an ``amends.toml`` file plus ``AMENDS_*`` environment variables.

Precedence, highest first: explicit arguments (CLI flags), environment, file, defaults.

Example ``amends.toml``::

    disable = ["jargon"]
    max_grade = 9
    audience = "customer"
    timezone = "Europe/Berlin"
    fail_on = "warning"
    [levels]
    corporate-speak = "warning"
    [phrases]
    boilerplate-apology = ["sorry for the hassle"]
    [channel_limits]
    chat = 1000
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, PrivateAttr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import ConfigError
from .models import Audience, Channel, Level

CONFIG_FILENAME = "amends.toml"
DEFAULT_CHANNEL_LIMITS: dict[Channel, int] = {
    Channel.SMS: 280,
    Channel.SOCIAL: 280,
    Channel.SLACK: 3000,
}


class Config(BaseSettings):
    """Settings for checks (and, later, storage and integrations)."""

    model_config = SettingsConfigDict(env_prefix="AMENDS_", extra="forbid")

    disable: set[str] = Field(default_factory=set)
    levels: dict[str, Level] = Field(default_factory=dict)
    phrases: dict[str, list[str]] = Field(default_factory=dict)
    max_grade: float = Field(default=10.0, gt=0)
    audience: Audience = Audience.CUSTOMER
    timezone: str = "UTC"
    fail_on: Level = Level.WARNING
    channel_limits: dict[Channel, int] = Field(default_factory=dict)
    template_dirs: list[Path] = Field(default_factory=list)  # team draft templates (drafting)
    remediation_policy: Path | None = None  # team remediation policy TOML (see remediation)
    database_url: str | None = None  # SQLAlchemy URL; None: a SQLite file (see store)

    _rules_cache: dict[Any, Any] = PrivateAttr(default_factory=dict)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            check_timezone(value)
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        return value

    def channel_limit(self, channel: Channel) -> int | None:
        """Maximum characters for a channel, or None when it has no limit."""
        return self.channel_limits.get(channel, DEFAULT_CHANNEL_LIMITS.get(channel))


def check_timezone(name: str) -> ZoneInfo:
    """The zone for an IANA name such as ``Europe/Berlin``; ConfigError when unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"unknown time zone {name!r} (use an IANA name such as Europe/Berlin)"
        ) from None
    except TypeError:
        raise ConfigError(f"time zone must be a name, got {name!r}") from None


def find_config_file(path: Path | str | None = None) -> Path | None:
    """The config file to use: ``path``, else ``$AMENDS_CONFIG``, else ``./amends.toml``."""
    if path is not None:
        return Path(path)
    env = os.environ.get("AMENDS_CONFIG")
    if env:
        return Path(env)
    local = Path.cwd() / CONFIG_FILENAME
    return local if local.is_file() else None


def load_config(path: Path | str | None = None, **overrides: Any) -> Config:
    """Build the configuration from file, environment and ``overrides`` (None values ignored)."""
    file_path = find_config_file(path)
    values: dict[str, Any] = _read_toml(file_path) if file_path else {}
    if file_path:  # paths in the file are relative to the file
        if isinstance(values.get("remediation_policy"), str):
            values["remediation_policy"] = file_path.parent / values["remediation_policy"]
        if isinstance(values.get("template_dirs"), list):
            values["template_dirs"] = [file_path.parent / d for d in values["template_dirs"]]
    try:
        from_env = Config()
        values.update(from_env.model_dump(include=from_env.model_fields_set))
        values.update({k: v for k, v in overrides.items() if v is not None})
        return Config.model_validate(values)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        source = f" in {file_path}" if file_path else ""
        raise ConfigError(f"invalid setting {where}{source}: {err['msg']}") from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
