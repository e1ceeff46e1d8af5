"""Adapters between platforms (Slack, helpdesks, HTTP) and the core; no business logic here."""
