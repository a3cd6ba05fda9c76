"""Rasa-side storage plugins (referenced by module path in endpoints.yml)."""
