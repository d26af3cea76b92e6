"""jaganetral — keep ASN (civil servants) out of election campaigning.

The package is a one-directional pipeline; each subpackage is one stage::

    sources -> screen -> attribute -> judge -> evidence -> cases -> web / api / reports

Every stage depends only on :mod:`jaganetral.model` and on the stages before it.
"""

__version__ = "0.1.0"
