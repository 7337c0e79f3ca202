import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  LinearScale,
  Tooltip,
  type Plugin,
} from 'chart.js';

// Only what the widget draws (tree-shaken: the whole of chart.js would double the page).
Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  LinearScale,
  Tooltip,
);

export { Chart };

/**
 * Categorical colours, each ≥ 3:1 against white (WCAG 1.4.11, non-text contrast; checked in
 * chart-setup.spec.ts with the platform's contrast rule), and a pattern per position so that no
 * reading depends on colour alone (legends and tables name every slice too).
 */
export const SERIES_COLOURS = [
  '#1d4f91',
  '#b34700',
  '#2e6b30',
  '#8a2c8f',
  '#a4161a',
  '#00727a',
  '#5c4b00',
  '#4a4f5c',
] as const;

export type PatternKind =
  'plain' | 'stripes' | 'dots' | 'cross' | 'horizontal' | 'vertical' | 'grid' | 'backslash';
export const PATTERNS: readonly PatternKind[] = [
  'plain',
  'stripes',
  'dots',
  'cross',
  'horizontal',
  'vertical',
  'grid',
  'backslash',
];

const SIZE = 10;

/** Draws one tile of `kind` (white marks on `colour`) on a 10×10 context. */
export function drawTile(ctx: CanvasRenderingContext2D, kind: PatternKind, colour: string) {
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, SIZE, SIZE);
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#ffffff';
  ctx.lineWidth = 2;
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  };
  if (kind === 'stripes' || kind === 'cross') {
    line(0, SIZE, SIZE, 0);
    line(-2, 2, 2, -2);
    line(SIZE - 2, SIZE + 2, SIZE + 2, SIZE - 2);
  }
  if (kind === 'backslash' || kind === 'cross') {
    line(0, 0, SIZE, SIZE);
  }
  if (kind === 'horizontal' || kind === 'grid') {
    line(0, SIZE / 2, SIZE, SIZE / 2);
  }
  if (kind === 'vertical' || kind === 'grid') {
    line(SIZE / 2, 0, SIZE / 2, SIZE);
  }
  if (kind === 'dots') {
    ctx.beginPath();
    ctx.arc(SIZE / 2, SIZE / 2, 2, 0, Math.PI * 2);
    ctx.fill();
  }
}

const tiles = new Map<string, HTMLCanvasElement | null>();

function tile(index: number): { canvas: HTMLCanvasElement | null; colour: string } {
  // Past 8 slices the colours shift, so that no two of the first 64 look alike.
  const colour = SERIES_COLOURS[(index + 3 * Math.floor(index / 8)) % SERIES_COLOURS.length]!;
  const kind = PATTERNS[index % PATTERNS.length]!;
  const key = `${colour}/${kind}`;
  if (!tiles.has(key)) {
    const canvas = document.createElement('canvas');
    canvas.width = SIZE;
    canvas.height = SIZE;
    const ctx = canvas.getContext('2d');
    if (ctx) {
      drawTile(ctx, kind, colour);
    }
    tiles.set(key, ctx ? canvas : null);
  }
  return { canvas: tiles.get(key) ?? null, colour };
}

/** The fill of the `index`-th slice or series: its colour with its pattern (colour alone without canvas). */
export function fillOf(
  index: number,
  ctx?: CanvasRenderingContext2D | null,
): CanvasPattern | string {
  const { canvas, colour } = tile(index);
  return (canvas && ctx?.createPattern(canvas, 'repeat')) || colour;
}

/** A CSS background for the legend swatch of the `index`-th slice, same pattern as the chart. */
export function swatchStyle(index: number): Record<string, string> {
  const { canvas, colour } = tile(index);
  let image = 'none';
  try {
    image = canvas ? `url(${canvas.toDataURL()})` : 'none';
  } catch {
    image = 'none';
  }
  return { backgroundColor: colour, backgroundImage: image };
}

/** Paints the background before the chart (a PNG export is not transparent). */
export const backgroundPlugin: Plugin = {
  id: 'odBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle =
      getComputedStyle(chart.canvas).getPropertyValue('--od-surface').trim() || '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};
