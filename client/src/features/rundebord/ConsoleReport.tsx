import { Button, Heading, Select, Textfield } from '@digdir/designsystemet-react';
import type { RundebordView } from '@samskap/shared/rundebord';
import type { LiveState } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { rundebordAction } from './api';
import { RundebordError } from './RundebordError';

interface Props {
  readonly state: LiveState;
  readonly token: string;
  readonly view: RundebordView;
  readonly headingLevel: 3 | 4;
}

/** A table's secretary: any participant seated there, or none. */
function SecretaryPicker({
  state,
  token,
  view,
  tableId,
  tableName,
}: Omit<Props, 'headingLevel'> & { readonly tableId: string; readonly tableName: string }) {
  const { t } = useTranslation();
  const selectId = useId();
  const action = useAsyncAction();
  const seated = state.participants.filter((p) => p.tableId === tableId);
  const current = view.tables.find((x) => x.tableId === tableId)?.secretaryId ?? '';
  return (
    <div className="rt-secretary">
      <label htmlFor={selectId}>{t('rundebord.console.secretary', { table: tableName })}</label>
      <Select
        id={selectId}
        data-size="sm"
        value={current}
        disabled={action.busy}
        onChange={(e) =>
          void action.run(() =>
            rundebordAction(state.workshop.id, token, {
              type: 'secretary.set',
              tableId,
              participantId: e.target.value === '' ? null : e.target.value,
            }),
          )
        }
      >
        <option value="">{t('rundebord.console.noSecretary')}</option>
        {seated.map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName ?? t(`workshop.roles.${p.role}`)}
          </option>
        ))}
      </Select>
      <RundebordError error={action.error} />
    </div>
  );
}

/** Report-back: step through tables on the projector, the talking timer, the floor. */
export function ConsoleReport({ state, token, view, headingLevel }: Props) {
  const { t } = useTranslation();
  const action = useAsyncAction();
  const [seconds, setSeconds] = useState(String(view.report.talkSeconds));
  const act = (a: Parameters<typeof rundebordAction>[2]) =>
    void action.run(() => rundebordAction(state.workshop.id, token, a));
  const running = view.report.runningSince !== null;
  return (
    <section className="rt-console-report" aria-label={t('rundebord.console.report')}>
      <Heading level={headingLevel} data-size="xs">
        {t('rundebord.console.report')}
      </Heading>
      <ul className="rt-console-tables">
        {state.workshop.tables.map((table) => {
          const info = view.tables.find((x) => x.tableId === table.id);
          const shown = view.report.tableId === table.id;
          const floor = view.floorTableId === table.id;
          return (
            <li key={table.id} className="rt-console-table" data-shown={shown}>
              <strong>{table.name}</strong>{' '}
              <span>{t('rundebord.overview.cards', { count: info?.cardCount ?? 0 })}</span>
              {info?.summary ? <p className="rt-console-table__summary">{info.summary}</p> : null}
              <div className="button-row">
                <Button
                  type="button"
                  variant={shown ? 'primary' : 'secondary'}
                  aria-pressed={shown}
                  disabled={action.busy}
                  onClick={() => act({ type: 'report.show', tableId: shown ? null : table.id })}
                >
                  {t('rundebord.console.showTable', { table: table.name })}
                </Button>
                <Button
                  type="button"
                  variant={floor ? 'primary' : 'secondary'}
                  aria-pressed={floor}
                  disabled={action.busy}
                  onClick={() => act({ type: 'floor.give', tableId: floor ? null : table.id })}
                >
                  {t('rundebord.console.giveFloor', { table: table.name })}
                </Button>
              </div>
              <SecretaryPicker
                state={state}
                token={token}
                view={view}
                tableId={table.id}
                tableName={table.name}
              />
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          disabled={action.busy || view.report.tableId === null}
          onClick={() => act({ type: 'report.timer', running: !running })}
        >
          {running ? t('rundebord.console.stopTimer') : t('rundebord.console.startTimer')}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          disabled={action.busy || view.report.tableId === null}
          onClick={() => act({ type: 'report.show', tableId: null })}
        >
          {t('rundebord.console.overview')}
        </Button>
        {view.floorTableId !== null && (
          <Button
            type="button"
            variant="tertiary"
            disabled={action.busy}
            onClick={() => act({ type: 'floor.give', tableId: null })}
          >
            {t('rundebord.console.takeFloor')}
          </Button>
        )}
      </div>
      <form
        className="rt-talk-seconds"
        onSubmit={(e) => {
          e.preventDefault();
          act({ type: 'report.talkSeconds', seconds: Number(seconds) });
        }}
      >
        <Textfield
          label={t('rundebord.console.talkSeconds')}
          type="number"
          inputMode="numeric"
          min={30}
          max={3600}
          value={seconds}
          onChange={(e) => setSeconds(e.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={action.busy}>
          {t('rundebord.console.save')}
        </Button>
      </form>
      <RundebordError error={action.error} />
    </section>
  );
}
