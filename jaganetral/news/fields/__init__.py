"""One field, one room: the extractors :class:`~jaganetral.news.extract.NewsExtractor` combines.

Each module reads a :class:`~jaganetral.news.document.Document` (and, where a field depends on another,
that field's result) and returns its value with the reasons for it, so each can be tested alone:

============  ===========================================================================
module        field
============  ===========================================================================
actors        the people and bodies a case is about: names, positions, agencies, roles
region        the kabupaten/kota (or province) of the case or of the issuing authority
article_type  incident / advisory / sanction_outcome / other, from the story's structure
platforms     where the conduct happened or was published
actions       what was done, in the action vocabulary of the contract
dates         the day of the incident itself (not the day of the report)
candidates    who the conduct was for (configured candidates, named candidates, parties)
election      which election the article concerns
============  ===========================================================================
"""
