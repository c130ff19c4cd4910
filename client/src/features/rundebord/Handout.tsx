import { Details } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** The handout as text, or as a list when it is one item per line (such as the oppdrag list). */
export function Handout({ text }: { readonly text: string }) {
  const { t } = useTranslation();
  if (text.trim() === '') return null;
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^\s*[-•▪*]\s*/, '').trim())
    .filter((l) => l !== '');
  return (
    <Details className="rt-handout" data-testid="rt-handout">
      <Details.Summary>{t('rundebord.handout')}</Details.Summary>
      <Details.Content>
        {lines.length > 1 ? (
          <ul>
            {lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        ) : (
          <p>{text}</p>
        )}
      </Details.Content>
    </Details>
  );
}
