"""Storage: peewee models on one SQLite file, migrations, the search index and queries. No Qt."""
