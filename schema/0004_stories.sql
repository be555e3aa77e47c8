-- Stories across articles. articles.story_name is the story an input put the
-- article in by name (build --story, or a JSON article's "story"); NULL lets
-- the content decide. stories.digest fingerprints the story's articles, so a
-- build relinks only the stories whose articles changed.
ALTER TABLE articles ADD COLUMN story_name TEXT;
ALTER TABLE stories ADD COLUMN digest TEXT;
