"""Tests of caitien.importers: readers, the shared mapping, golden samples."""
