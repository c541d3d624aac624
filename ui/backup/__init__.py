"""Backup now, Restore from backup, the automatic backups' hooks."""
