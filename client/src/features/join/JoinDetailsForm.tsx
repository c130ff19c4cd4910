import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import type { JoinLookupResponse, ParticipantRole } from '@samskap/shared/workshop';
import { WorkshopLimits, formatJoinCode } from '@samskap/shared/workshop';
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { ApiRequestError } from '../../api/http';
import { joinWorkshop } from '../../api/workshops';
import { navigate } from '../../app/router';
import { saveParticipant } from '../../session/credentials';

export interface JoinDetailsFormProps {
  readonly code: string;
  readonly workshop: JoinLookupResponse;
  /** Asks for a fresh lookup, after the server said a table filled up meanwhile. */
  onStale(): void;
}

const ROLES: readonly ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];
const AUTO = '';
const TABLE_CODES = new Set(['table_full', 'workshop_full', 'unknown_table']);

/** Past this many tables the choice is a list, so the form's button stays in view. */
const MANY_TABLES = 8;

type JoinTable = JoinLookupResponse['tables'][number];

function freeAt(table: JoinTable): number {
  return Math.max(0, table.capacity - table.seated);
}

/** Who is joining (optional name, role, optional party) and where they sit. No account. */
export function JoinDetailsForm({ code, workshop, onStale }: JoinDetailsFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const tableLabel = (table: JoinTable) =>
    freeAt(table) === 0
      ? t('join.details.tableFull', { name: table.name })
      : t('join.details.tableFree', { name: table.name, count: freeAt(table) });
  const alertRef = useRef<HTMLDivElement>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<ParticipantRole | null>(null);
  const [party, setParty] = useState('');
  const [tableId, setTableId] = useState(AUTO);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiRequestError | Error | null>(null);

  const nameLength = name.trim().length;
  const partyLength = party.trim().length;
  const nameError =
    nameLength > WorkshopLimits.displayNameMax
      ? t('join.details.nameTooLong', { max: WorkshopLimits.displayNameMax, length: nameLength })
      : undefined;
  const partyError =
    partyLength > WorkshopLimits.partyMax
      ? t('join.details.partyTooLong', { max: WorkshopLimits.partyMax, length: partyLength })
      : undefined;
  const roleError = submitted && role === null ? t('join.details.roleRequired') : undefined;
  const tableError =
    error instanceof ApiRequestError && TABLE_CODES.has(error.code)
      ? t(`errors.${apiErrorText(error).key}`)
      : undefined;
  const otherError = error !== null && tableError === undefined ? error : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    if (role === null || nameError || partyError) {
      document.querySelector<HTMLElement>(`#${CSS.escape(formId)} [aria-invalid="true"]`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const joined = await joinWorkshop({
        code,
        role,
        ...(nameLength > 0 ? { displayName: name.trim() } : {}),
        ...(partyLength > 0 ? { party: party.trim() } : {}),
        ...(tableId !== AUTO ? { tableId } : {}),
      });
      saveParticipant({ workshopId: joined.workshopId, participantToken: joined.participantToken });
      navigate(`/w/${joined.workshopId}`);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      setBusy(false);
      if (err instanceof ApiRequestError && TABLE_CODES.has(err.code)) {
        setTableId(AUTO);
        onStale();
      }
      queueMicrotask(() => alertRef.current?.focus());
    }
  }

  return (
    <form id={formId} noValidate className="join-details" onSubmit={(e) => void onSubmit(e)}>
      <Heading level={1} data-size="lg" tabIndex={-1}>
        {workshop.title}
      </Heading>
      <Paragraph>
        {t('join.details.lead', {
          municipality: workshop.municipality,
          date: workshop.date,
          code: formatJoinCode(code),
        })}
      </Paragraph>
      <Textfield
        label={t('join.details.nameLabel')}
        description={t('join.details.nameDescription', { max: WorkshopLimits.displayNameMax })}
        value={name}
        error={nameError}
        autoComplete="off"
        onChange={(e) => setName(e.target.value)}
      />
      <Fieldset>
        <Fieldset.Legend>{t('join.details.roleLegend')}</Fieldset.Legend>
        {ROLES.map((value) => (
          <Radio
            key={value}
            name="role"
            value={value}
            label={t(`workshop.roles.${value}`)}
            checked={role === value}
            aria-invalid={roleError !== undefined}
            onChange={() => setRole(value)}
          />
        ))}
        {roleError && <p className="field-error">{roleError}</p>}
      </Fieldset>
      <Textfield
        label={t('join.details.partyLabel')}
        value={party}
        error={partyError}
        autoComplete="off"
        onChange={(e) => setParty(e.target.value)}
      />
      {workshop.tables.length > MANY_TABLES ? (
        // Forty radio buttons would push the button below the fold: one list to pick from.
        <Field>
          <Label htmlFor={`${formId}-table`}>{t('join.details.tableLegend')}</Label>
          <Select
            id={`${formId}-table`}
            value={tableId}
            onChange={(e) => setTableId(e.target.value)}
          >
            <option value={AUTO}>{t('join.details.tableAuto')}</option>
            {workshop.tables.map((table) => (
              <option key={table.id} value={table.id} disabled={freeAt(table) === 0}>
                {tableLabel(table)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Fieldset>
          <Fieldset.Legend>{t('join.details.tableLegend')}</Fieldset.Legend>
          <Radio
            name="table"
            value={AUTO}
            label={t('join.details.tableAuto')}
            checked={tableId === AUTO}
            onChange={() => setTableId(AUTO)}
          />
          {workshop.tables.map((table) => {
            const free = freeAt(table);
            return (
              <Radio
                key={table.id}
                name="table"
                value={table.id}
                disabled={free === 0}
                label={tableLabel(table)}
                checked={tableId === table.id}
                onChange={() => setTableId(table.id)}
              />
            );
          })}
        </Fieldset>
      )}
      {(tableError !== undefined || otherError !== null) && (
        <Alert data-color="danger" ref={alertRef} tabIndex={-1} data-testid="join-error">
          <Heading level={2} data-size="xs">
            {t('join.details.errorTitle')}
          </Heading>
          <Paragraph>
            {tableError ??
              t(`errors.${apiErrorText(otherError).key}`, apiErrorText(otherError).values)}
          </Paragraph>
        </Alert>
      )}
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? t('join.details.busy') : t('join.details.submit')}
        </Button>
      </div>
    </form>
  );
}
