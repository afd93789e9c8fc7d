"""What the office does: the rules and the named operations, in plain Python (no Qt)."""
