"""Where templates come from: team folders, then plugins, then the built-ins.

A template's name is its path inside a folder (``email/apology.j2``, ``blocks/impact.j2``);
the first folder in the search path that has the name wins, for whole templates and for the
blocks they include alike, so a team overrides one block by putting just that file in its
folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..config import Config
from .errors import TemplateError

PACKAGE_DIR = Path(__file__).resolve().parent.parent
TEMPLATE_SUFFIXES = (".j2",)


@dataclass(frozen=True)
class Source:
    """One folder in the search path, and where it came from: team, plugin or built-in."""

    origin: str
    path: Path


@dataclass(frozen=True)
class TemplateFile:
    """A template name, the file that wins for it and the files it hides."""

    name: str
    winner: Source
    hidden: list[Source] = field(default_factory=list)

    @property
    def file(self) -> Path:
        return self.winner.path / self.name


@cache
def builtin_dir(package_dir: Path = PACKAGE_DIR) -> Path:
    """The built-in templates: ``plugin_core/_templates`` in an installed wheel, else the
    repository's top-level ``templates/`` (a source checkout or an editable install)."""
    for candidate in (package_dir / "_templates", package_dir.parent / "templates"):
        if (candidate / "blocks").is_dir():
            return candidate
    raise TemplateError(
        f"built-in templates not found (looked in {package_dir / '_templates'} and "
        f"{package_dir.parent / 'templates'}); reinstall amends"
    )


def plugin_dirs() -> list[Path]:
    """Folders returned by plugins' ``template_dirs`` hooks, in hook-call order."""
    from ..plugins import pm  # loads plugins: not at import time (see plugin_core/__init__)

    found: list[Path] = []
    for result in pm.hook.template_dirs():
        for entry in result or ():
            found.append(Path(entry))
    return found


def search_path(config: Config) -> list[Source]:
    """Team folders (configuration), then plugin folders, then the built-ins."""
    sources = [Source("team", Path(p)) for p in config.template_dirs]
    sources += [Source("plugin", p) for p in plugin_dirs()]
    for source in sources:
        if not source.path.is_dir():
            raise TemplateError(
                f"{source.origin} template folder {source.path} does not exist "
                "or is not a folder"
            )
    sources.append(Source("built-in", builtin_dir()))
    return sources


def list_templates(config: Config) -> list[TemplateFile]:
    """Every template name in the search path with the file that wins for it."""
    by_name: dict[str, list[Source]] = {}
    for source in search_path(config):
        for file in sorted(source.path.rglob("*")):
            if file.is_file() and file.name.endswith(TEMPLATE_SUFFIXES):
                name = file.relative_to(source.path).as_posix()
                by_name.setdefault(name, []).append(source)
    return [
        TemplateFile(name, sources[0], sources[1:]) for name, sources in sorted(by_name.items())
    ]
