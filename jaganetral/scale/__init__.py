"""``jaganetral spark scan`` and ``jaganetral findings import``: the scan pipeline on Apache Spark.

The same steps as :mod:`jaganetral.pipeline`, run by Spark (see docs/scale.md):

    1. read inputs      files named and below folders; big JSON Lines cut into parts   (plan)
    2. parse            each part, in ``mapInArrow``, by the ``sources/`` parsers        (steps.parse_parts)
    3. screen           each part with the registry rows its accounts need — a join on
                        exact account keys — through the cheap first pass              (steps.screen_part)
    4. attribute  ┐     per keyed group of what the screen kept (thread, group, place:
    5. judge      ┘     connected keys), in time order, with the registry rows its
                        names need — a join on name blocking keys                       (steps.judge_group)
    6. write            part files of findings, their evidence records, the run summary,
                        into a temporary folder renamed on success                      (output)

``jaganetral findings import`` (:mod:`.importing`) then keeps a run's findings in the store as
``scan`` would have. Nothing here imports PySpark at module level but :mod:`.job` and :mod:`.steps`
run by it, so the import command works without Spark.
"""
