"""Realistic synthetic data for benchmarks and demos: nothing here is about real people.

Generators write files in the formats of contract.md (the ASN registry, and later activities)
quickly and deterministically for a seed, so measured figures can be reproduced.
"""

from jaganetral.synth.registry import generate_registry

__all__ = ["generate_registry"]
