"""The run as one readable sequence of steps: read → parse → screen → attribute → judge → keep.

:func:`scan` (the contract's ``jaganetral scan``) and :func:`ingest` each read top to bottom as
numbered steps; every step is a function in its own module with typed input and output, and the
same steps serve the CLI, ``bench``, the web app and the Spark job (``jaganetral.scale``).
"""

from jaganetral.pipeline.command_ingest import FileResult, IngestReport, ingest
from jaganetral.pipeline.command_scan import ScanReport, scan
from jaganetral.pipeline.inputs import expand_inputs

__all__ = ["FileResult", "IngestReport", "ScanReport", "expand_inputs", "ingest", "scan"]
