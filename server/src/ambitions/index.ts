import { defineActivity } from '../activities/module';
import { contentRoom } from '@samskap/shared/protocol';
import { ambitionsSection } from './outcome';
import { loadStoredDoc, readAmbitions } from './read';

/**
 * The plenary ambitions per focus area: written together in the shared document (synced, not
 * served), so this module has no routes or live section; it reads the stored document for the
 * outcome.
 */
export const ambitionsModule = defineActivity({
  key: 'ambitions',
  outcomeSection: ambitionsSection,
  create({ store }) {
    return {
      service: null,
      outcome: {
        async collect(workshopId, workshop) {
          return readAmbitions(await loadStoredDoc(store, contentRoom(workshopId)), workshop);
        },
      },
    };
  },
});

export { loadStoredDoc, readAmbitions, type AmbitionBlock, type AmbitionsOutcome } from './read';
