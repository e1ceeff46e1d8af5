"""Rules: the interface every rule meets, and data rules read from TOML files.

One TOML file describes one rule (see ``plugin_core/rules/*.toml``)::

    id = "boilerplate-apology"
    level = "warning"
    summary = "Generic regret that names nothing specific."
    message = "Why it hurts trust."
    suggestion = "What to write instead."
    phrases = ["{regret} for any {trouble}"]
    unless = ["..."]          # optional: phrases that, in the same sentence, silence the rule
    negatable = true          # optional: skip matches preceded by "not", "never", ...
    audiences = ["customer"]  # optional: only for these audiences
    [replacements]            # optional: safe replacement per matched phrase (lower case)
    "suboptimal" = "poor"
    [[examples]]              # each example is also a test case
    text = "We apologize for any inconvenience."
    flags = "We apologize for any inconvenience"   # omit when the rule must stay silent
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import RuleError
from .models import Audience, Finding, Level
from .phrases import PhraseIndex, PhrasePattern, compile_phrases

if TYPE_CHECKING:
    from .message import Message

RULES_DIR = Path(__file__).parent / "rules"
RULE_ID_RE = re.compile(r"^[a-z][a-z0-9-]*$")


class Example(BaseModel):
    """A message a rule must flag (``flags`` = the exact words) or leave alone."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    flags: str | None = None
    kind: str = "apology"
    severity: str = "medium"
    channel: str = "email"
    audience: str = "customer"


@runtime_checkable
class Rule(Protocol):
    """What the checker needs from a rule, whether it comes from data or code.

    A rule may also have a ``gate``: a frozenset of lower-case words (``Message.tokens``), one
    of which a message must hold for ``find`` to report anything; the checker then skips
    ``find`` for the other messages. None (or no attribute): always call ``find``.

    It may also have a ``batch``: a callable that takes every active rule with the same
    ``batch`` and returns one finder (``find`` and ``gate``) giving all their findings; the
    checker calls that once instead of each rule's ``find``. Rules that share work use it.
    """

    @property
    def id(self) -> str: ...

    @property
    def level(self) -> Level: ...

    @property
    def summary(self) -> str: ...

    @property
    def explanation(self) -> str: ...

    @property
    def examples(self) -> Sequence[Example]: ...

    def find(self, message: Message) -> Iterable[Finding]:
        """Yield the findings of this rule in one message."""
        ...


class _RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    level: Level
    summary: str
    message: str
    suggestion: str = ""
    explanation: str = ""
    phrases: list[str]
    unless: list[str] = []
    negatable: bool = True
    audiences: list[Audience] = []
    families: dict[str, list[str]] = {}
    replacements: dict[str, str] = {}
    examples: list[Example] = []


@dataclass(frozen=True)
class PhraseRule:
    """A rule defined by phrases, read from a TOML file."""

    id: str
    level: Level
    summary: str
    message: str
    suggestion: str
    explanation: str
    phrases: tuple[str, ...]
    unless: tuple[str, ...] = ()
    negatable: bool = True
    audiences: frozenset[Audience] = frozenset()
    families: Mapping[str, Sequence[str]] = field(default_factory=dict)
    replacements: Mapping[str, str] = field(default_factory=dict)
    examples: tuple[Example, ...] = ()
    source: Path | None = None

    def __post_init__(self) -> None:
        if not RULE_ID_RE.match(self.id):
            raise RuleError(f"rule id {self.id!r} must be lower-case words joined by '-'")
        families = {**vocabulary(), **self.families}
        try:
            pattern, gate = compile_phrases(self.phrases, families)
            unless = compile_phrases(self.unless, families)[0] if self.unless else None
        except RuleError as exc:
            where = f" in {self.source}" if self.source else ""
            raise RuleError(f"rule {self.id}{where}: {exc}") from None
        object.__setattr__(self, "_pattern", pattern)
        object.__setattr__(self, "_gate", gate)
        object.__setattr__(self, "_unless", unless)

    @property
    def gate(self) -> frozenset[str] | None:
        """The key words of the phrases (see ``Rule``), None when a phrase needs none."""
        return self._gate  # type: ignore[attr-defined]

    @property
    def batch(self) -> Callable[[Sequence[PhraseRule]], PhraseRules] | None:
        """``PhraseRules`` (see ``Rule``) when the phrases have key words; a subclass, which
        may find differently, is called on its own."""
        return PhraseRules if type(self) is PhraseRule and self.gate is not None else None

    def with_phrases(self, extra: Sequence[str]) -> PhraseRule:
        """A copy of this rule that also matches ``extra`` phrases (team configuration)."""
        return replace(self, phrases=self.phrases + tuple(extra))

    def find(self, message: Message) -> Iterable[Finding]:
        pattern: PhrasePattern = self._pattern  # type: ignore[attr-defined]
        if self.audiences and message.audience not in self.audiences:
            return ()
        if not pattern.may_match(message.norm):  # most rules stop here, at a set lookup
            return ()
        return self._findings(message, pattern)

    def _findings(self, message: Message, pattern: PhrasePattern) -> Iterator[Finding]:
        return self.findings_at(message, pattern.finditer(message.norm))

    def findings_at(self, message: Message, matches: Iterable[re.Match[str]]) -> Iterator[Finding]:
        """The findings of this rule's phrase ``matches`` in ``message.norm``: those not negated
        nor silenced by an ``unless`` phrase."""
        unless: PhrasePattern | None = self._unless  # type: ignore[attr-defined]
        for m in matches:
            start, end = m.span()
            if self.negatable and message.negated_before(start):
                continue
            if unless is not None:
                s_start, s_end = message.sentence_at(start)
                if unless.search(message.norm, s_start, s_end):
                    continue
            key = " ".join(m.group().lower().split())
            yield message.finding(
                self.id,
                self.level,
                start,
                end,
                self.message,
                self.suggestion,
                self.replacements.get(key),
            )


class PhraseRules:
    """Phrase rules with gates searched as one (``PhraseIndex``): the checker calls this
    ``find`` instead of each rule's, with the same findings, one rule after another."""

    def __init__(self, rules: Sequence[PhraseRule]) -> None:
        self.rules = tuple(rules)
        self._index = PhraseIndex([rule._pattern for rule in self.rules])  # type: ignore[attr-defined]
        self.gate = self._index.keys
        self._skip: dict[Audience, frozenset[int]] = {}  # audience -> rules not for it

    def find(self, message: Message) -> list[Finding]:
        skip = self._skip.get(message.audience)
        if skip is None:
            skip = self._skip[message.audience] = frozenset(
                number
                for number, rule in enumerate(self.rules)
                if rule.audiences and message.audience not in rule.audiences
            )
        found: list[Finding] = []  # a list: most messages have none (see PhraseIndex)
        for number, matches in self._index.finditer(message.norm, skip):
            found.extend(self.rules[number].findings_at(message, matches))
        return found


def load_rule_file(path: Path) -> PhraseRule:
    """Read one rule file; raises RuleError naming the file and the problem."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        spec = _RuleFile.model_validate(data)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"cannot read rule file {path}: {exc}") from None
    except ValidationError as exc:
        raise RuleError(f"invalid rule file {path}: {_first_error(exc)}") from None
    return PhraseRule(
        id=spec.id,
        level=spec.level,
        summary=spec.summary,
        message=spec.message,
        suggestion=spec.suggestion,
        explanation=spec.explanation,
        phrases=tuple(spec.phrases),
        unless=tuple(spec.unless),
        negatable=spec.negatable,
        audiences=frozenset(spec.audiences),
        families=spec.families,
        replacements={" ".join(k.lower().split()): v for k, v in spec.replacements.items()},
        examples=tuple(spec.examples),
        source=path,
    )


def load_rule_pack(folder: Path | str) -> list[PhraseRule]:
    """Read every ``*.toml`` rule file in a folder (``vocab.toml`` excepted), sorted by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise RuleError(f"rule pack folder not found: {folder}")
    return [load_rule_file(p) for p in sorted(folder.glob("*.toml")) if p.name != "vocab.toml"]


@cache
def vocabulary() -> dict[str, list[str]]:
    """Word families shared by all data rules (``plugin_core/rules/vocab.toml``)."""
    path = RULES_DIR / "vocab.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {name: list(words) for name, words in data.get("families", {}).items()}


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}" if where else err["msg"]


@dataclass(frozen=True)
class CodeRule:
    """A rule whose matching needs code (grammar, structure, time); same interface as data.

    ``gate``: lower-case words one of which a message must hold for ``finder`` to be called
    by the checker; ``batch``: see ``Rule``.
    """

    id: str
    level: Level
    summary: str
    message: str
    finder: Callable[[CodeRule, Message], Iterable[Finding]]
    suggestion: str = ""
    explanation: str = ""
    examples: tuple[Example, ...] = ()
    gate: frozenset[str] | None = None
    batch: Callable[[Sequence[CodeRule]], Any] | None = None

    def find(self, message: Message) -> Iterable[Finding]:
        return self.finder(self, message)

    def at(self, message: Message, start: int, end: int, replacement: str | None = None) -> Finding:
        """A finding of this rule over ``message.text[start:end]``."""
        return message.finding(
            self.id, self.level, start, end, self.message, self.suggestion, replacement
        )


def code_rule(
    id: str,
    level: Level | str,
    summary: str,
    message: str,
    suggestion: str = "",
    explanation: str = "",
    examples: Sequence[dict[str, str] | Example] = (),
    gate: Iterable[str] | None = None,
) -> Callable[[Callable[[CodeRule, Message], Iterable[Finding]]], CodeRule]:
    """Decorator turning ``finder(rule, message)`` into a registered-ready CodeRule."""

    def wrap(finder: Callable[[CodeRule, Message], Iterable[Finding]]) -> CodeRule:
        return CodeRule(
            id=id,
            level=Level(level),
            summary=summary,
            message=message,
            finder=finder,
            suggestion=suggestion,
            explanation=explanation or (finder.__doc__ or "").strip(),
            examples=tuple(e if isinstance(e, Example) else Example(**e) for e in examples),
            gate=None if gate is None else frozenset(gate),
        )

    return wrap
