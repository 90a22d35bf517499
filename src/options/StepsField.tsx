/**
 * A setting with a few ordered values (text sizes, reading-aloud speeds) as a
 * slider over their steps, with the value shown beside it and given to
 * assistive technologies as text.
 */

/** The slider for `value` among `steps`; `shown` is the value as the page shows it. */
export function StepsField<V extends number>({
  id,
  name,
  label,
  steps,
  value,
  shown,
  onStep,
}: {
  id: string;
  name: string;
  label: string;
  steps: readonly V[];
  value: number;
  shown: string;
  onStep: (value: V) => void;
}) {
  const index = Math.max(0, steps.indexOf(value as V));
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="range"
        min={0}
        max={steps.length - 1}
        step={1}
        value={index}
        aria-valuetext={shown}
        onInput={(event) => {
          const step = steps[Number(event.currentTarget.value)];
          if (step !== undefined) onStep(step);
        }}
      />
      <output for={id}>{shown}</output>
    </div>
  );
}
