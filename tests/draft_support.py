"""Realistic incidents for the drafting tests (one per failure type, shaped per kind) and an
HTML checker. Shared by the tests/test_draft_*.py modules.
"""

from __future__ import annotations

from copy import deepcopy
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # Monday 2 March 2026, 10:00 UTC

PEOPLE = {
    "customer_name": "Dana Reyes",
    "agent_name": "Priya Shah",
    "agent_title": "Support lead",
    "company": "Ledgerly",
    "product": "Ledgerly Invoicing",
    "monthly_fee": 99,
}

# failure type -> fields shared by every kind. The refunds of the wrong charge name no amount:
# remediation-disproportionate reads "I've refunded the duplicate $120 charge" as a $120 remedy.
BASE: dict[str, dict[str, Any]] = {
    "competence": {
        "headline": "Double charge on your March invoice",
        "what_happened": "our March billing run charged your card twice for invoice 1042",
        "impact": "you were $120 short in your account for three days",
        "cause": "a retry setting we changed on 27 February",
        "started_at": "2026-03-01T06:00:00Z",
        "detected_at": "2026-03-01T09:00:00Z",
        "prevention": ["we've added a check that blocks a second charge on the same invoice"],
    },
    "integrity": {
        "headline": "Your February backups",
        "what_happened": "on 12 February we told you your nightly backups were complete, "
        "when three of them had failed",
        "impact": "you went two weeks without a backup you could restore",
        "cause": "a status check that counted a failed backup as complete",
        "started_at": "2026-02-12T02:00:00Z",
        "detected_at": "2026-02-13T09:00:00Z",
        "prevention": ["a failed backup now alerts an engineer the same night",
                       "a team lead now reviews every failed backup before we reply about it"],
    },
    "care": {
        "headline": "The call back we promised on Friday",
        "what_happened": "we promised to call you back on Friday about your payroll, "
        "and nobody did",
        "impact": "you spent the weekend not knowing whether your staff would be paid",
        "started_at": "2026-02-27T16:00:00Z",
        "detected_at": "2026-03-02T08:30:00Z",
        "owner": "Marcus Lee",
        "prevention": ["every call back we promise now goes on a list that a team lead checks "
                       "each morning"],
    },
    "outage": {
        "headline": "Report exports failing",
        "what_happened": "report exports in Ledgerly are failing",
        "impact": "you couldn't download your monthly reports",
        "scope": "about 3% of accounts, including yours",
        "cause": "a storage change we deployed at 09:05 UTC",
        "started_at": "2026-03-02T09:10:00Z",
        "detected_at": "2026-03-02T09:22:00Z",
        "update_every_minutes": 30,
        "prevention": ["we've added an alert that calls an engineer the moment exports start "
                       "failing",
                       "storage changes now go to 1% of accounts first"],
    },
}

# failure type -> kind -> what differs as the incident moves on
STAGES: dict[str, dict[str, dict[str, Any]]] = {
    "competence": {
        "acknowledgment": {"actions": ["we're reversing the duplicate charge now"],
                           "next_update_at": "2026-03-02T15:00:00Z"},
        "apology": {"actions": ["I've refunded the duplicate charge",
                                "we've paused the billing run until the fix is checked"],
                    "next_update_at": "2026-03-03T12:00:00Z"},
        "update": {"actions": ["we've found the retry setting that caused it",
                               "we're checking every March invoice for the same problem"],
                   "next_update_at": "2026-03-02T17:00:00Z"},
        "resolution": {"actions": ["I refunded the duplicate charge on Monday",
                                   "we corrected the retry setting"],
                       "resolved_at": "2026-03-02T09:30:00Z"},
    },
    "integrity": {
        "acknowledgment": {"actions": ["we're re-running the three failed backups now"],
                           "next_update_at": "2026-03-02T14:00:00Z"},
        "apology": {"actions": ["we've re-run the three failed backups",
                                "we've checked that each one restores"],
                    "next_update_at": "2026-03-03T09:00:00Z"},
        "update": {"actions": ["we've restored a test copy of your data from last night's "
                               "backup"],
                   "next_update_at": "2026-03-02T16:00:00Z"},
        "resolution": {"actions": ["we re-ran the three failed backups",
                                   "we restored each one to check it"],
                       "resolved_at": "2026-03-02T09:00:00Z"},
    },
    "care": {
        "acknowledgment": {"actions": ["I'm re-sending your payroll run to your bank now"],
                           "next_update_at": "2026-03-02T12:00:00Z"},
        "apology": {"actions": ["we've resent your payroll to your bank",
                                "I've checked every payment in it line by line"],
                    "next_update_at": "2026-03-02T16:00:00Z"},
        "update": {"actions": ["I've found the payment your bank rejected",
                               "we're resending it with the corrected sort code"],
                   "next_update_at": "2026-03-02T14:00:00Z"},
        "resolution": {"actions": ["we resent your payroll with the corrected sort code",
                                   "your bank confirmed every payment"],
                       "resolved_at": "2026-03-02T09:45:00Z"},
    },
    "outage": {
        "acknowledgment": {"actions": ["we're rolling back the change that caused it"],
                           "next_update_at": "2026-03-02T10:30:00Z", "cause": None},
        "apology": {"actions": ["we've rolled back the change that caused it",
                                "we're re-running every failed export"],
                    "next_update_at": "2026-03-02T11:00:00Z"},
        "update": {"actions": ["we've rolled back the storage change",
                               "we're re-running every failed export"],
                   "status": "monitoring",
                   "next_update_at": "2026-03-02T10:30:00Z"},
        "resolution": {"what_happened": "report exports in Ledgerly failed for 45 minutes",
                       "actions": ["we rolled back the storage change",
                                   "we re-ran every failed export"],
                       "resolved_at": "2026-03-02T09:55:00Z"},
    },
}

# Remedies sized for a $99 monthly fee, inside the default policy's band for each severity.
REMEDIES: dict[str, dict[str, Any] | None] = {
    "low": None,
    "medium": None,
    "high": {"type": "credit", "amount": 40, "currency": "USD"},
    "critical": {"type": "credit", "amount": 99, "currency": "USD"},
}
FAILURE_REMEDIES = {
    "integrity": {"high": {"type": "refund", "description": "your backup add-on for February"},
                  "critical": {"type": "refund", "description": "your backup add-on for February"}},
    "care": {"high": {"type": "priority-support", "amount": 3},
             "critical": {"type": "priority-support", "amount": 6}},
}


def incident(failure: str, kind: str, severity: str = "medium") -> dict[str, Any]:
    """The incident of ``failure`` type at the stage a draft of ``kind`` is written, with the
    remedy its ``severity`` calls for (none below high)."""
    data = {**PEOPLE, **deepcopy(BASE[failure]), **deepcopy(STAGES[failure][kind])}
    data["failure_type"] = failure
    data["severity"] = severity
    remedy = FAILURE_REMEDIES.get(failure, {}).get(severity, REMEDIES[severity])
    if remedy:
        data["remediation"] = remedy
    return {k: v for k, v in data.items() if v is not None}


class HtmlCheck(HTMLParser):
    """Checks that tags nest and close, and collects the text a reader sees."""

    VOID = frozenset({"meta", "br"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.data: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unexpected </{tag}>")

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def parse_html(html: str) -> HtmlCheck:
    parser = HtmlCheck()
    parser.feed(html)
    parser.close()
    return parser
