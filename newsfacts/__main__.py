"""`python -m newsfacts` runs the command-line tool."""

from newsfacts.cli import app

app()
