"""Import and export of real formats: marketplace CSV, generic CSV, vCard, iCalendar, backups (no Qt)."""
