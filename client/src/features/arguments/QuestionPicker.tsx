import { Button } from '@digdir/designsystemet-react';
import type { Question } from '@samskap/shared/arguments';
import { useTranslation } from 'react-i18next';

export interface QuestionPickerProps {
  readonly questions: readonly Question[];
  readonly selectedId: string;
  readonly onSelect: (id: string) => void;
}

/** With more than one question, large buttons to switch between them (no swiping needed). */
export function QuestionPicker({ questions, selectedId, onSelect }: QuestionPickerProps) {
  const { t } = useTranslation();
  if (questions.length < 2) return null;
  return (
    <nav className="question-picker" aria-label={t('arguments.question.pick')}>
      {questions.map((q, index) => (
        <Button
          key={q.id}
          type="button"
          variant={q.id === selectedId ? 'primary' : 'secondary'}
          aria-pressed={q.id === selectedId}
          onClick={() => onSelect(q.id)}
        >
          {index + 1}. {q.text}
        </Button>
      ))}
    </nav>
  );
}
