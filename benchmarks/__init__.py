"""Benchmarks of SmartAlex Desktop and its sandbox (not part of the shipped app)."""
