"""Tests of caitien.normalise, one file per kind of value."""
