import { ambitionsModule } from '../ambitions';
import { argumentsModule } from '../arguments';
import { consentModule } from '../consent';
import { evalueringModule } from '../evaluering';
import { oppdragModule } from '../oppdrag';
import { planbehovModule } from '../planbehov';
import { rundebordModule } from '../rundebord';

/**
 * Every activity of the server, one line each ([AM1]). `composeApp()` builds them in this order
 * and mounts, reads and exports each through its module (the export file keeps this order of parts) (server/README, "Adding an activity").
 */
export const activityModules = [
  ambitionsModule,
  planbehovModule,
  consentModule,
  argumentsModule,
  oppdragModule,
  rundebordModule,
  evalueringModule,
] as const;
