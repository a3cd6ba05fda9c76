"""The case: the form that collects a person's facts, the determination and its follow-ups, stored records."""
