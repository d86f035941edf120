/** The numbered migrations, in order. Add a file NNN-name.ts and list it here; never edit a shipped one. */
import type { Migration } from '../migrate.js';
import { initial } from './001-initial.js';
import { eventDyads } from './002-event-dyads.js';

export const MIGRATIONS: readonly Migration[] = [initial, eventDyads];
