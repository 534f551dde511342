"""Subcommands of the talentdesk command line, one module per family."""
