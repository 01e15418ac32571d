import { memo } from "react";
import type { QuestionLayer } from "../api/types";
import type { LinearScale } from "../shared/chart/scale";
import { formatClock, layerColorName } from "./kinds";
import type { ShownEvent } from "./queries";
import { bandHeight, bandY, plotBottom } from "./timelineLayout";

export interface Band {
  layer: number;
  from: number;
  to: number;
}

/** Layer 1 opens at 0; each constraint change opens the layer it names; each band runs to the next. */
export function layerBands(visible: readonly ShownEvent[], until: number): Band[] {
  const opens = new Map<number, number>([[1, 0]]);
  for (const event of visible) {
    if (event.kind === "constraint_change" && event.layer && !opens.has(event.layer)) opens.set(event.layer, event.at);
  }
  return [...opens.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([layer, from], index, all) => ({ layer, from, to: all[index + 1]?.[1] ?? Math.max(from, until) }));
}

interface LayerBandsProps {
  bands: Band[];
  x: LinearScale;
  layers: QuestionLayer[];
}

const sameBands = (a: Band[], b: Band[]) =>
  a.length === b.length &&
  a.every((band, i) => band.layer === b[i]?.layer && band.from === b[i]?.from && band.to === b[i]?.to);

/**
 * The layers as coloured bands behind the lanes, each named in the band at the top. Memoised on the bands'
 * values: a key press that opens no layer does not render them.
 */
export const LayerBands = memo(
  function LayerBands({ bands, x, layers }: LayerBandsProps) {
    return bands.map((band) => {
      const color = layerColorName(band.layer - 1);
      const w = Math.max(2, x(band.to) - x(band.from));
      const title = layers[band.layer - 1]?.title;
      return (
        <g key={band.layer} data-layer-band={band.layer}>
          <title>{`Layer ${band.layer}${title ? `: ${title}` : ""}, ${formatClock(band.from)}–${formatClock(band.to)}`}</title>
          <rect
            x={x(band.from)}
            y={bandY}
            width={w}
            height={plotBottom - bandY}
            fill={`var(--mantine-color-${color}-0)`}
            opacity={0.7}
          />
          <rect x={x(band.from)} y={bandY} width={w} height={bandHeight} fill={`var(--mantine-color-${color}-2)`} />
          {w > 40 ? (
            <text
              x={x(band.from) + 6}
              y={bandY + bandHeight / 2}
              dy="0.32em"
              fontSize={11}
              fontWeight={600}
              fill={`var(--mantine-color-${color}-9)`}
              aria-hidden
            >
              {`L${band.layer}${title && w > 120 ? ` ${title}` : ""}`.slice(0, Math.max(2, Math.floor(w / 7)))}
            </text>
          ) : null}
        </g>
      );
    });
  },
  (before, after) => before.x === after.x && before.layers === after.layers && sameBands(before.bands, after.bands),
);
