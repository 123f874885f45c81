"""Thin async handlers: parse the update, await one action, format, reply."""
