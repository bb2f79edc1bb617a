"""The deadline engine: dates in, deadlines out, each with its legal reasoning.

Pure Python. Imports neither Qt nor SQLAlchemy nor docxtpl (checked by import-linter).
"""


class RulesError(Exception):
    """Base of every error the engine reports; the message says what to fix."""

    exit_code = 1
