import type { SummaryDocument } from '@samskap/shared/outcome';
import { apiRequest } from '../../api/http';
import type { Language } from '../../i18n/languages';

/** The summary phase's content, in the reader's language, as this token may see it. */
export function fetchSummary(
  workshopId: string,
  token: string,
  language: Language,
): Promise<SummaryDocument> {
  return apiRequest(`/workshops/${encodeURIComponent(workshopId)}/summary?language=${language}`, {
    token,
  });
}
