"""Storage: SQLAlchemy tables, the repository, Alembic migrations; SQLite (WAL) and PostgreSQL."""
