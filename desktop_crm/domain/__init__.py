"""Business rules as plain Python: no Qt, no SQL, no I/O."""
