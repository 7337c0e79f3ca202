import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  Tooltip,
  type ChartData,
} from 'chart.js';
import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue';
import { formatEuros } from './to-chart-data';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** chart.js lifecycle: created on mount, updated with its data, destroyed on unmount. */
export function useChart(canvas: Ref<HTMLCanvasElement | undefined>, data: () => ChartData<'bar'>) {
  let chart: Chart<'bar'> | undefined;
  const colour = () =>
    getComputedStyle(document.documentElement).getPropertyValue('--od-primary').trim() || '#3a5a9b';
  onMounted(() => {
    if (!canvas.value) {
      return;
    }
    chart = new Chart<'bar'>(canvas.value, {
      type: 'bar',
      data: data(),
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: 'y',
        datasets: { bar: { backgroundColor: colour() } },
        scales: { x: { ticks: { callback: (v) => formatEuros(Number(v)) } } },
        plugins: {
          tooltip: { callbacks: { label: (c) => formatEuros(Number(c.parsed.x)) } },
        },
      },
    });
  });
  watch(data, (d) => {
    if (chart) {
      chart.data = d;
      chart.update();
    }
  });
  onBeforeUnmount(() => chart?.destroy());
}
