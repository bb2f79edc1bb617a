"""The office's case file: models, storage, use cases and the command line."""


class CaseworkError(Exception):
    """Base of every error casework reports to a user; the message says what to fix."""
