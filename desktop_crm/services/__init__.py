"""Use cases: each one a transaction that applies the domain rules to the database. No Qt."""
