"""``python -m plugin_core.cli`` runs the ``amends`` command."""

from . import main

main()
