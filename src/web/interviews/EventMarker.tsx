// The marks the timeline and the event list draw: one shape and colour per kind of event, and the code's.
import type { KindInfo } from "./kinds";

export function Marker({ info, x, y, size = 6 }: { info: KindInfo; x: number; y: number; size?: number }) {
  const fill = info.color;
  switch (info.shape) {
    case "square":
      return <rect x={x - size + 1} y={y - size + 1} width={2 * size - 2} height={2 * size - 2} fill={fill} />;
    case "diamond":
      return <path d={`M${x},${y - size}L${x + size},${y}L${x},${y + size}L${x - size},${y}Z`} fill={fill} />;
    case "triangle":
      return <path d={`M${x},${y - size}L${x + size},${y + size - 1}L${x - size},${y + size - 1}Z`} fill={fill} />;
    case "cross":
      return (
        <path
          d={`M${x - size + 1},${y - size + 1}L${x + size - 1},${y + size - 1}M${x + size - 1},${y - size + 1}L${x - size + 1},${y + size - 1}`}
          stroke={fill}
          strokeWidth={2.5}
        />
      );
    case "star": {
      const points = Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 === 0 ? size + 1 : (size + 1) / 2.2;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        return `${x + r * Math.cos(a)},${y + r * Math.sin(a)}`;
      });
      return <polygon points={points.join(" ")} fill={fill} stroke="white" strokeWidth={0.8} />;
    }
    case "bar":
      return <rect x={x - 1.5} y={y - size - 2} width={3} height={2 * size + 4} fill={fill} />;
    default:
      return info.kind === "praise" ? (
        <circle cx={x} cy={y} r={size - 1} fill="white" stroke={fill} strokeWidth={2.5} />
      ) : (
        <circle cx={x} cy={y} r={size - 1} fill={fill} />
      );
  }
}

/** A code snapshot: a page with lines on it. */
export function CodeMark({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect
        x={x - 5}
        y={y - 6}
        width={10}
        height={12}
        rx={1.5}
        fill="white"
        stroke="var(--mantine-color-cyan-8)"
        strokeWidth={1.5}
      />
      <path
        d={`M${x - 2.5},${y - 2}h5M${x - 2.5},${y + 1}h5M${x - 2.5},${y + 4}h3`}
        stroke="var(--mantine-color-cyan-8)"
        strokeWidth={1}
      />
    </g>
  );
}
