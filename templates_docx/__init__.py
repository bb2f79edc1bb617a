"""The .docx templates, shipped as package data so that a wheel finds them too."""

from pathlib import Path

TEMPLATES_DIR = Path(__file__).resolve().parent
