"""User-facing error classes. Each maps to one exit code and prints as one line."""
from __future__ import annotations


class FaieError(Exception):
    """Base: a problem the user can fix; ``str(exc)`` is the whole message."""

    exit_code = 1


class UsageError(FaieError):
    exit_code = 2


class InputError(FaieError):
    """Unreadable or malformed input: names the file and, where known, the line or byte."""

    exit_code = 3


class ConfigError(FaieError):
    """An invalid config: names the file, the key and what is allowed."""

    exit_code = 4


class ModelError(FaieError):
    """A model or resource file that is missing, truncated or not what it claims to be."""

    exit_code = 5


INTERNAL_EXIT_CODE = 70
