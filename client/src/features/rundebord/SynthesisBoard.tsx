import { Button, Heading, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import {
  RundebordLimits,
  type CardView,
  type RundebordView,
  type ThemeView,
} from '@samskap/shared/rundebord';
import type { LiveState } from '@samskap/shared/workshop';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsyncAction, type AsyncAction } from '../../ui/useAsyncAction';
import { rundebordAction } from './api';
import { RundebordError } from './RundebordError';

interface Props {
  readonly state: LiveState;
  readonly token: string;
  readonly view: RundebordView;
  readonly headingLevel: 3 | 4;
}

const DRAG_TYPE = 'application/x-samskap-card';

/** A card on the console: its table, a theme picker (the keyboard's way), hide; draggable. */
function SynthesisCard(props: {
  readonly card: CardView;
  readonly tableName: string;
  readonly themes: readonly ThemeView[];
  readonly action: AsyncAction;
  readonly act: (a: Parameters<typeof rundebordAction>[2]) => void;
}) {
  const { card, tableName, themes, action, act } = props;
  const { t } = useTranslation();
  const selectId = useId();
  return (
    <li
      className="rt-syn-card"
      data-hidden={card.hidden}
      data-top={card.top}
      data-testid="rt-syn-card"
      draggable={!card.hidden}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, card.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <p className="rt-syn-card__text">{card.text ?? t('rundebord.console.hidden')}</p>
      <p className="rt-syn-card__meta">
        <span className="rt-table-badge">{tableName}</span>
        {card.top && ` · ${t('rundebord.cards.top')}`}
      </p>
      {!card.hidden && (
        <div className="rt-syn-card__move">
          <label htmlFor={selectId} className="visually-hidden">
            {t('rundebord.themes.moveTo')}
          </label>
          <Select
            id={selectId}
            data-size="sm"
            value={card.themeId ?? ''}
            disabled={action.busy}
            onChange={(e) =>
              act({
                type: 'card.theme',
                cardId: card.id,
                themeId: e.target.value === '' ? null : e.target.value,
              })
            }
          >
            <option value="">{t('rundebord.themes.none')}</option>
            {themes.map((th) => (
              <option key={th.id} value={th.id}>
                {th.name}
              </option>
            ))}
          </Select>
        </div>
      )}
      <Button
        type="button"
        variant="tertiary"
        data-size="sm"
        disabled={action.busy}
        onClick={() => act({ type: 'card.hide', cardId: card.id, hidden: !card.hidden })}
      >
        {card.hidden ? t('rundebord.console.unhide') : t('rundebord.console.hide')}
      </Button>
    </li>
  );
}

/** The plenary synthesis: group the tables' cards into named themes by drag or by keyboard. */
export function SynthesisBoard({ state, token, view, headingLevel }: Props) {
  const { t } = useTranslation();
  const action = useAsyncAction();
  const [name, setName] = useState('');
  const [over, setOver] = useState<string | null>(null);
  const act = (a: Parameters<typeof rundebordAction>[2]) =>
    void action.run(() => rundebordAction(state.workshop.id, token, a));
  const tableName = (id: string) => state.workshop.tables.find((x) => x.id === id)?.name ?? id;
  const columns: Array<{ id: string | null; title: string; theme: ThemeView | null }> = [
    { id: null, title: t('rundebord.themes.ungrouped'), theme: null },
    ...view.themes.map((th) => ({ id: th.id, title: th.name, theme: th })),
  ];
  const drop = (themeId: string | null) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const cardId = e.dataTransfer.getData(DRAG_TYPE);
    if (cardId) act({ type: 'card.theme', cardId, themeId });
  };
  const sub = (headingLevel + 1) as 4 | 5;

  return (
    <section className="rt-synthesis" aria-label={t('rundebord.themes.heading')}>
      <Heading level={headingLevel} data-size="xs">
        {t('rundebord.themes.heading')}
      </Heading>
      <form
        className="rt-theme-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() === '') return;
          void action
            .run(() =>
              rundebordAction(state.workshop.id, token, { type: 'theme.add', name: name.trim() }),
            )
            .then((ok) => ok && setName(''));
        }}
      >
        <Textfield
          label={t('rundebord.themes.name')}
          value={name}
          maxLength={RundebordLimits.themeNameMax}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={action.busy || name.trim() === ''}>
          {t('rundebord.themes.add')}
        </Button>
      </form>
      <RundebordError error={action.error} />
      <div className="rt-syn-columns">
        {columns.map((col) => {
          const cards = view.cards.filter((c) =>
            col.id === null ? c.themeId === null : c.themeId === col.id,
          );
          return (
            <section
              key={col.id ?? 'none'}
              className="rt-syn-column"
              data-over={over === (col.id ?? '')}
              data-testid={col.id === null ? 'rt-ungrouped' : 'rt-theme'}
              aria-label={col.title}
              onDragOver={(e) => {
                if (e.dataTransfer.types.includes(DRAG_TYPE)) {
                  e.preventDefault();
                  setOver(col.id ?? '');
                }
              }}
              onDragLeave={() => setOver(null)}
              onDrop={drop(col.id)}
            >
              <Heading level={sub} data-size="2xs">
                {col.title}
              </Heading>
              {col.theme && (
                <ThemeHeader theme={col.theme} tableName={tableName} action={action} act={act} />
              )}
              {cards.length === 0 ? (
                <Paragraph data-size="sm">{t('rundebord.themes.drop')}</Paragraph>
              ) : (
                <ul className="rt-syn-list">
                  {cards.map((card) => (
                    <SynthesisCard
                      key={card.id}
                      card={card}
                      tableName={tableName(card.tableId)}
                      themes={view.themes}
                      action={action}
                      act={act}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

/** A theme's origins and points, with rename and remove. */
function ThemeHeader(props: {
  readonly theme: ThemeView;
  readonly tableName: (id: string) => string;
  readonly action: AsyncAction;
  readonly act: (a: Parameters<typeof rundebordAction>[2]) => void;
}) {
  const { theme, tableName, action, act } = props;
  const { t } = useTranslation();
  const [name, setName] = useState(theme.name);
  return (
    <div className="rt-theme-head">
      {theme.tableIds.length > 0 && (
        <p className="rt-theme-head__from">
          {t('rundebord.themes.from', { tables: theme.tableIds.map(tableName).join(', ') })}
        </p>
      )}
      {theme.points !== null && (
        <p className="rt-theme-head__points">
          {t('rundebord.points.points', { count: theme.points })}
        </p>
      )}
      <form
        className="rt-theme-rename"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() !== '')
            act({ type: 'theme.rename', themeId: theme.id, name: name.trim() });
        }}
      >
        <Textfield
          label={t('rundebord.themes.rename', { theme: theme.name })}
          data-size="sm"
          value={name}
          maxLength={RundebordLimits.themeNameMax}
          onChange={(e) => setName(e.target.value)}
        />
        <div className="button-row">
          <Button type="submit" variant="tertiary" data-size="sm" disabled={action.busy}>
            {t('rundebord.themes.renameSave')}
          </Button>
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            data-color="danger"
            disabled={action.busy}
            onClick={() => act({ type: 'theme.remove', themeId: theme.id })}
          >
            {t('rundebord.themes.remove', { theme: theme.name })}
          </Button>
        </div>
      </form>
    </div>
  );
}
