"""Tests of caitien.frameworks."""
