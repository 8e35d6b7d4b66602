"""Tests of the caitien command line."""
