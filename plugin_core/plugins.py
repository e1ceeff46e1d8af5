"""The plugin manager: built-ins first, then third-party plugins from entry points."""

from __future__ import annotations

import importlib

import pluggy

from . import hookspecs

DEFAULT_PLUGINS: tuple[str, ...] = (
    "plugin_core.default_plugins.phrase_rules",
    "plugin_core.default_plugins.language_checks",
    "plugin_core.default_plugins.structure_checks",
    "plugin_core.default_plugins.remediation_checks",
    "plugin_core.default_plugins.scoring",
)

pm = pluggy.PluginManager("amends")
pm.add_hookspecs(hookspecs)

for _name in DEFAULT_PLUGINS:
    pm.register(importlib.import_module(_name), name=_name)

pm.load_setuptools_entrypoints("amends")
