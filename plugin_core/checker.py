"""``check()``: run every active rule over a message and build the report."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import cache
from operator import attrgetter
from typing import Any, NamedTuple, NoReturn
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from . import plugins
from .config import Config, check_timezone
from .errors import ConfigError, UsageError
from .message import Message
from .models import Audience, Channel, Finding, Kind, Report, Severity, trusted
from .rules import PhraseRule, Rule

GRADES = ((90, "A"), (80, "B"), (70, "C"), (60, "D"))
_POSITION = attrgetter("start", "end", "rule")  # the order of findings in a report
_Finder = Callable[[Message], Iterable[Finding]]


def check(
    text: str,
    *,
    kind: str = "apology",
    severity: str = "medium",
    channel: str = "email",
    audience: str | None = None,
    now: datetime | None = None,
    tz: str | None = None,
    config: Config | None = None,
    monthly_fee: float | None = None,
) -> Report:
    """Check one message an agent is about to send and return the report.

    ``audience`` and ``tz`` default to the configuration's (``customer`` and ``UTC``).
    ``now`` anchors relative times such as "tomorrow"; it defaults to the current time.
    ``monthly_fee`` (the customer's) lets the checker size money remedies against the policy.
    Raises UsageError for an unknown kind, severity, channel, audience or time zone.
    """
    if not isinstance(text, str):
        raise UsageError(f"text must be a string, got {type(text).__name__}")
    cfg = config or default_config()
    zone = tz or cfg.timezone
    try:
        check_timezone(zone)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    reader = audience or cfg.audience
    try:  # plain lookups: the names are nearly always valid
        chosen = _KINDS[kind], _SEVERITIES[severity], _CHANNELS[channel], _AUDIENCES[reader]
    except (KeyError, TypeError):  # not a name, or not even hashable
        _unknown_setting(kind, severity, channel, reader)
    message = Message(
        text,
        kind=chosen[0],
        severity=chosen[1],
        channel=chosen[2],
        audience=chosen[3],
        now=_aware(now, zone),
        tz=zone,
        config=cfg,
        monthly_fee=_fee(monthly_fee),
    )
    findings: list[Finding] = []
    active = _active(cfg)
    gate_words = message.tokens & active.gate_words  # a few words: each gate test is cheap
    for gate, find in active.finders:
        if gate is None or not gate.isdisjoint(gate_words):
            findings.extend(find(message))
    check_message = plugins.pm.hook.check_message
    if check_message.get_hookimpls():  # pluggy's call costs microseconds even with none
        for extra in check_message(message=message):
            findings.extend(extra or ())
    if cfg.levels or cfg.disable:
        findings = _apply_levels(findings, cfg)
    findings.sort(key=_POSITION)
    report = trusted(  # every value below comes from the checker itself
        Report,
        kind=message.kind,
        score=0,
        grade="F",
        components=dict(message.components),  # all ten, in order
        findings=findings,
        commitments=message.commitments,
    )
    score = _first_result(plugins.pm.hook.score_report, report=report, message=message)
    score = max(0, min(100, int(score if score is not None else 0)))
    # Straight into the fields (set already): pydantic's __setattr__ costs a microsecond each.
    report.__dict__.update(score=score, grade=grade_for(score))
    return report


def _first_result(hook: Any, **kwargs: Any) -> Any:
    """A ``firstresult`` hook's answer. With a single plain implementation (the built-in
    alone) it is called directly: pluggy's dispatch costs ~2 µs, a fiftieth of a check."""
    impls = hook.get_hookimpls()
    if len(impls) == 1 and not (impls[0].hookwrapper or impls[0].wrapper):
        return impls[0].function(*map(kwargs.__getitem__, impls[0].argnames))
    return hook(**kwargs)


def grade_for(score: int) -> str:
    """Letter grade for a 0-100 score: A 90+, B 80+, C 70+, D 60+, else F."""
    for floor, letter in GRADES:
        if score >= floor:
            return letter
    return "F"


def all_rules() -> list[Rule]:
    """Every rule registered by plugins, built-in first, sorted by id."""
    rules: dict[str, Rule] = {}

    def register(rule: Rule) -> None:
        if not isinstance(rule, Rule):
            raise TypeError(f"{rule!r} is not a rule (needs id, level, summary, find())")
        rules[rule.id] = rule

    plugins.pm.hook.register_rules(register=register)
    return sorted(rules.values(), key=lambda r: r.id)


def active_rules(cfg: Config) -> list[Rule]:
    """Registered rules less the disabled ones, with the team's extra phrases added."""
    return _active(cfg).rules


class _Active(NamedTuple):
    """The active rules, and what ``check()`` calls: each one's gate (see ``Rule``) and
    bound ``find``, and the words of all the gates."""

    rules: list[Rule]
    finders: tuple[tuple[frozenset[str] | None, _Finder], ...]
    gate_words: frozenset[str]


def _active(cfg: Config) -> _Active:
    # The key holds the hook implementations themselves (each holds its plugin), so a new
    # plugin can't reuse a dead one's id.
    key = tuple(plugins.pm.hook.register_rules.get_hookimpls())
    # The cache is a private attribute; read from pydantic's store, as ``cfg._rules_cache``
    # costs ~2 µs (a failed lookup, then pydantic's fallback).
    private = cfg.__pydantic_private__
    assert private is not None
    cache: dict[Any, _Active] = private["_rules_cache"]
    cached = cache.get(key)
    if cached is not None:
        return cached
    rules = all_rules()
    known = {r.id for r in rules}
    for setting in (cfg.disable, cfg.levels, cfg.phrases):
        unknown = sorted(set(setting) - known)
        if unknown:
            raise ConfigError(f"unknown rule id(s) in configuration: {', '.join(unknown)}")
    active: list[Rule] = []
    for rule in rules:
        if rule.id in cfg.disable:
            continue
        extra = cfg.phrases.get(rule.id)
        if extra:
            if not isinstance(rule, PhraseRule):
                raise ConfigError(f"rule {rule.id} is not phrase-based; phrases can't be added")
            rule = rule.with_phrases(extra)
        active.append(rule)
    # Rules with a ``batch`` are found together, one finder per batch (see ``Rule``).
    batches: dict[Any, list[Rule]] = {}
    called: list[Any] = []
    for rule in active:
        batch = getattr(rule, "batch", None)
        if batch is None:
            called.append(rule)
        else:
            batches.setdefault(batch, []).append(rule)
    called.extend(batch(members) for batch, members in batches.items())
    finders = tuple((getattr(rule, "gate", None), rule.find) for rule in called)
    gate_words = frozenset().union(*(gate for gate, _ in finders if gate is not None))
    cached = cache[key] = _Active(active, finders, gate_words)
    return cached


@cache
def default_config() -> Config:
    """Defaults plus ``AMENDS_*`` environment variables (no file): what ``check()`` uses."""
    try:
        return Config()
    except ValidationError as exc:
        raise ConfigError(
            f"invalid AMENDS_* environment setting: {exc.errors()[0]['msg']}"
        ) from None


def _apply_levels(findings: list[Finding], cfg: Config) -> list[Finding]:
    """``findings`` less the disabled rules', with the configured levels."""
    out = []
    for f in findings:
        if f.rule in cfg.disable:
            continue
        level = cfg.levels.get(f.rule)
        out.append(f.model_copy(update={"severity": level}) if level else f)
    return out


def _unknown_setting(kind: Any, severity: Any, channel: Any, audience: Any) -> NoReturn:
    """Raise the UsageError for the first of these settings that is not a known name."""
    for enum, value, what in (
        (Kind, kind, "kind"),
        (Severity, severity, "severity"),
        (Channel, channel, "channel"),
        (Audience, audience, "audience"),
    ):
        _choice(enum, value, what)
    raise AssertionError("every setting is known")


def _choice(enum: Any, value: Any, what: str) -> Any:
    member = _members(enum).get(value) if isinstance(value, str) else None
    if member is None:
        allowed = ", ".join(m.value for m in enum)
        raise UsageError(f"unknown {what} {value!r} (choose one of: {allowed})")
    return member


@cache
def _members(enum: Any) -> dict[str, Any]:
    """Value -> member of a string enum (a dict lookup is cheaper than calling the enum)."""
    return {m.value: m for m in enum}


_KINDS, _SEVERITIES, _CHANNELS, _AUDIENCES = map(_members, (Kind, Severity, Channel, Audience))


def _fee(monthly_fee: float | None) -> float | None:
    if monthly_fee is None:
        return None
    if (
        isinstance(monthly_fee, bool)
        or not isinstance(monthly_fee, int | float)
        or monthly_fee <= 0
    ):
        raise UsageError(f"monthly_fee must be a positive number, got {monthly_fee!r}")
    return float(monthly_fee)


def _aware(now: datetime | None, zone: str) -> datetime:
    """``now`` as an aware datetime; a naive one is read in the message's time zone."""
    if now is None:
        return datetime.now(UTC)
    if not isinstance(now, datetime):
        raise UsageError(f"now must be a datetime, got {type(now).__name__}")
    return now if now.tzinfo else now.replace(tzinfo=ZoneInfo(zone))
