-- Segments keep only modules this build has. Earlier builds let the console switch on modules that were never built
-- (billing, tasks): they did nothing, and a later build that adds one must not find it already switched on for
-- segments whose admins never chose it knowingly. The API now refuses any other module (400).
UPDATE segments
SET modules = ARRAY(
  SELECT module FROM unnest(modules) WITH ORDINALITY AS m(module, position)
  WHERE module IN ('documents', 'messages', 'tickets', 'knowledge_base')
  ORDER BY position
)
WHERE NOT modules <@ ARRAY['documents', 'messages', 'tickets', 'knowledge_base']::text[];
