"""How the office's data is kept: peewee models, the connection, migrations and backups.

Nothing here knows about Qt or about the office's rules.
"""

from db.connection import close_database, database, open_database

__all__ = ["close_database", "database", "open_database"]
