/**
 * The small picture on each choice button: "Aa" in the face for fonts, lines of
 * three lengths or spacings, a colour swatch for themes. Decorative only; the
 * button's accessible name says what it is.
 */
import type { ChoiceSetting } from '../setting-choices';

const widths = { narrow: 8, medium: 12, wide: 16 } as Record<string, number>;
const gaps = { compact: 3, normal: 4.5, loose: 6 } as Record<string, number>;

/**
 * Three lines as one path, stroked by reader.css: as separate lines the toolbar's
 * six icons were 24 elements and about 190 attributes to create on every open.
 */
function Lines({ width, gap }: { width: number; gap: number }) {
  const x = (20 - width) / 2;
  const line = `h${width}m${-width} ${gap}`;
  return (
    <svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={`M${x} ${10 - gap}${line}${line}h${width}`} />
    </svg>
  );
}

/** The icon for `value` of `setting`. */
export function ChoiceIcon({ setting, value }: { setting: ChoiceSetting; value: string }) {
  if (setting === 'fontFamily')
    return (
      <span aria-hidden="true" class={`glyph face-${value}`}>
        Aa
      </span>
    );
  if (setting === 'contentWidth') return <Lines width={widths[value] ?? 12} gap={4.5} />;
  if (setting === 'lineHeight') return <Lines width={12} gap={gaps[value] ?? 4.5} />;
  return <span aria-hidden="true" class={`swatch swatch-${value}`} />;
}
