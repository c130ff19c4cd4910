import type { Page } from '@playwright/test';
import type { CreateWorkshopResponse, JoinRequest } from '@samskap/shared/workshop';
import { joinByApi } from './workshops';

/**
 * Seats a tablet in a workshop without going through the join form (a scenario about something
 * else): joins by the API, stores the credential where the app keeps it, opens the tablet page.
 */
export async function openTabletAs(
  page: Page,
  created: CreateWorkshopResponse,
  who: Omit<JoinRequest, 'code'>,
): Promise<void> {
  const joined = await joinByApi(page.request, { code: created.workshop.joinCode, ...who });
  // The app's own key (client/src/session/credentials.ts), set before any script of the page runs.
  await page.addInitScript(
    (credential) => {
      localStorage.setItem('samskap.participant', credential);
    },
    JSON.stringify({ workshopId: joined.workshopId, participantToken: joined.participantToken }),
  );
  await page.goto(`/w/${joined.workshopId}`);
}
