import { useElementSize } from "@mantine/hooks";

/**
 * Charts are drawn at the pixel width of their container (not scaled from a fixed viewBox), so labels keep
 * their size on a phone. Until the container has been measured, a reasonable default width is used.
 */
export function useChartWidth(fallback = 640) {
  const { ref, width } = useElementSize<HTMLDivElement>();
  return { ref, width: width > 0 ? Math.round(width) : fallback };
}
