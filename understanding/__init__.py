"""Understanding students' messages: one step every message passes through (no Rasa imports)."""
