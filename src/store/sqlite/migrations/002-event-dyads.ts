/**
 * Migration 2: events reached from their actors. A query by source or target code starts from the
 * actors that hold the code (actors_country, actors_org) and needs the events of that actor in its
 * document: these indexes make that a lookup instead of a scan of the document's events.
 */
import type { Migration } from '../migrate.js';

export const eventDyads: Migration = {
  version: 2,
  name: 'event-dyads',
  sql: `
CREATE INDEX events_doc_source ON events(doc_id, source);
CREATE INDEX events_doc_target ON events(doc_id, target);
CREATE INDEX actors_country_actor ON actors(country, doc_id, actor_id);
CREATE INDEX actors_org_actor ON actors(org, doc_id, actor_id);
ANALYZE;
`,
};
