-- The search index is built from the published versions a page at a time, in the order
-- of their article ids, so that the knowledge base's bodies are never all in memory. This
-- index finds each page where the last one ended.
CREATE INDEX kb_versions_published ON kb_versions (lang, article_id) WHERE status = 'published';
