"""Document assembly: a template and a context make a .docx (and a PDF via LibreOffice).

Imports neither Qt nor SQLAlchemy (checked by import-linter).
"""


class AssemblerError(Exception):
    """Base of every error assembly reports; the message says what to fix."""

    exit_code = 1
