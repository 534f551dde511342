"""Import and export of real file formats (no Qt)."""
