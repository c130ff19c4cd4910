import { Heading } from '@digdir/designsystemet-react';
import type { ArgumentsView, Conflict } from '@samskap/shared/arguments';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConflictRegisterProps {
  readonly view: Pick<ArgumentsView, 'conflicts' | 'entries' | 'questions'>;
  readonly headingLevel: 2 | 3 | 4;
  readonly size?: 'normal' | 'large';
  /** The console puts its editing controls under each conflict. */
  readonly renderControls?: (conflict: Conflict) => ReactNode;
}

/** Every disagreement marked between positions, how it is handled, and where it stands. */
export function ConflictRegister(props: ConflictRegisterProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { conflicts, entries, questions } = props.view;
  const positionText = (id: string) =>
    entries.find((e) => e.id === id)?.text ?? t('arguments.conflicts.hiddenPosition');
  const questionText = (id: string) => questions.find((q) => q.id === id)?.text ?? '';
  return (
    <section
      className="conflicts"
      data-size={props.size ?? 'normal'}
      aria-labelledby={headingId}
      data-testid="conflict-register"
    >
      <Heading
        level={props.headingLevel}
        data-size={props.size === 'large' ? 'md' : 'xs'}
        id={headingId}
      >
        {t('arguments.conflicts.heading')}
      </Heading>
      {conflicts.length === 0 ? (
        <p>{t('arguments.conflicts.empty')}</p>
      ) : (
        <ul className="conflicts__list">
          {conflicts.map((c) => (
            <li key={c.id} className="conflict" data-status={c.status} data-testid="conflict">
              <p className="conflict__description">{c.description}</p>
              {questions.length > 1 && (
                <p className="conflict__question">{questionText(c.questionId)}</p>
              )}
              <dl className="conflict__facts">
                <div>
                  <dt>{t('arguments.conflicts.between')}</dt>
                  <dd>
                    «{positionText(c.positionIds[0])}» ↔ «{positionText(c.positionIds[1])}»
                  </dd>
                </div>
                <div>
                  <dt>{t('arguments.conflicts.handlingLabel')}</dt>
                  <dd>
                    {c.handling === null
                      ? t('arguments.conflicts.noHandling')
                      : t(`arguments.conflicts.handling.${c.handling}`)}
                  </dd>
                </div>
                <div>
                  <dt>{t('arguments.conflicts.statusLabel')}</dt>
                  <dd>
                    <span className="conflict__status">
                      {t(`arguments.conflicts.status.${c.status}`)}
                    </span>
                  </dd>
                </div>
                {c.note !== '' && (
                  <div>
                    <dt>{t('arguments.conflicts.noteLabel')}</dt>
                    <dd>{c.note}</dd>
                  </div>
                )}
              </dl>
              {props.renderControls?.(c)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
