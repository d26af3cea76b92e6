"""Sub-command groups of the ``jaganetral`` CLI, one module per group (news, evidence, web…).

Each module defines a Typer ``app`` (or plain command functions) and imports the stages it runs only
inside the commands, so ``jaganetral --help`` stays fast. :mod:`jaganetral.cli` mounts them.
"""
