import type { GapTemplate } from '@samskap/shared/doc-model';
import type { AmbitionsText } from './text';

/** The gap model's headings in the current language, B with the period's last year. */
export function gapTemplate(text: AmbitionsText, periodEnd: number): GapTemplate {
  return {
    now: text('template.now'),
    endOfPeriod: text('template.endOfPeriod', { year: periodEnd }),
    longTerm: text('template.longTerm'),
  };
}
