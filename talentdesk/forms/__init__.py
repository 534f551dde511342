"""Modules generated from ui/*.ui by packaging/compile_forms.py."""
