import type { FocusArea } from '@samskap/shared/workshop';
import { useAmbitionsText } from './text';

export interface FocusAreaTabsProps {
  readonly focusAreas: readonly FocusArea[];
  readonly selected: string;
  readonly onSelect: (focusAreaId: string) => void;
}

/** One button per focus area (touch-sized, no dragging); the pressed one is shown. */
export function FocusAreaTabs({ focusAreas, selected, onSelect }: FocusAreaTabsProps) {
  const text = useAmbitionsText();
  if (focusAreas.length < 2) return null;
  return (
    <nav className="focus-area-tabs" aria-label={text('focusAreas')}>
      {focusAreas.map((area, i) => (
        <button
          key={area.id}
          type="button"
          className="focus-area-tabs__tab"
          aria-pressed={area.id === selected}
          onClick={() => onSelect(area.id)}
        >
          {i + 1}. {area.name}
        </button>
      ))}
    </nav>
  );
}
