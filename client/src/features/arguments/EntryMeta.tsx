import type { EntryView } from '@samskap/shared/arguments';
import { useTranslation } from 'react-i18next';

/** Who wrote an entry as screens may say it: the role, and the name only where names are shown. */
export function useAuthorLabel(): (entry: EntryView) => string {
  const { t } = useTranslation();
  return (entry) => {
    const role =
      entry.authorRole === 'facilitator'
        ? t('arguments.author.facilitator')
        : t(`workshop.roles.${entry.authorRole}`);
    return entry.authorName
      ? t('arguments.author.withName', { name: entry.authorName, role })
      : role;
  };
}

/** The line under an entry: author, supports, merged duplicates, and whether it waits. */
export function EntryMeta({ entry }: { readonly entry: EntryView }) {
  const { t } = useTranslation();
  const author = useAuthorLabel();
  return (
    <p className="entry-meta">
      <span className="entry-meta__author">{author(entry)}</span>
      {entry.status === 'visible' && (
        <span className="entry-meta__supports" data-testid="entry-supports">
          {t('arguments.entry.supports', { count: entry.supports })}
        </span>
      )}
      {entry.mergedCount > 0 && (
        <span>{t('arguments.entry.merged', { count: entry.mergedCount })}</span>
      )}
      {entry.mine && <span className="entry-tag">{t('arguments.entry.mine')}</span>}
      {entry.status === 'pending' && (
        <span className="entry-tag entry-tag--pending" data-testid="entry-pending">
          {t('arguments.entry.pending')}
        </span>
      )}
    </p>
  );
}
