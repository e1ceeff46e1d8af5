"""Drafting: acknowledgments, apologies, updates and resolutions for every channel.

``draft(incident, kind=, channel=, tone=)`` renders the templates (team folders, then plugins'
``template_dirs``, then the built-ins in ``templates/``) for one channel and checks the result;
``draft_all`` does every channel from the same incident.
"""

from .errors import IncidentError, TemplateError
from .incident import Incident, Remediation, RemediationType, Status, Tone, required_fields
from .loader import TemplateFile, builtin_dir, list_templates
from .render import Draft, draft, draft_all

__all__ = [
    "Draft",
    "Incident",
    "IncidentError",
    "Remediation",
    "RemediationType",
    "Status",
    "TemplateError",
    "TemplateFile",
    "Tone",
    "builtin_dir",
    "draft",
    "draft_all",
    "list_templates",
    "required_fields",
]
