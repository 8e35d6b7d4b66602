"""Caitien web application: the Django shell over the caitien core."""
