-- The article's author (byline), as the input states it: a sidecar's or
-- JSON object's "author", or the author an HTML page names in its metadata.
ALTER TABLE articles ADD COLUMN author TEXT;
