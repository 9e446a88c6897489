"""Namespace for the concurrency helpers (see concurrent.futures)."""
