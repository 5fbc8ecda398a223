import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartDataset,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js'
import { useEffect, useRef } from 'react'

// Only what bar charts need, so the bundle carries no other chart types.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)

export interface BarSeries {
  label: string
  values: number[]
  color: string
  stack?: string
}

/** A bar chart drawn by Chart.js on one canvas; new props update the chart in place instead of rebuilding it. */
export function BarChart({
  labels,
  series,
  horizontal = false,
  height = 240,
  testId,
}: {
  labels: string[]
  series: BarSeries[]
  horizontal?: boolean
  height?: number
  testId?: string
}) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const chart = useRef<Chart<'bar', number[], string> | null>(null)
  const datasets: ChartDataset<'bar', number[]>[] = series.map((s) => ({
    label: s.label,
    data: s.values,
    backgroundColor: s.color,
    stack: s.stack,
    borderRadius: 2,
  }))
  const stacked = series.some((s) => s.stack)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the chart is built once per orientation and stacking; its data is updated below
  useEffect(() => {
    chart.current = new Chart<'bar', number[], string>(canvas.current!, {
      type: 'bar',
      data: { labels, datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        scales: { x: { stacked }, y: { stacked } },
      },
    })
    return () => chart.current?.destroy()
  }, [horizontal, stacked])
  useEffect(() => {
    if (!chart.current) return
    chart.current.data.labels = labels
    chart.current.data.datasets = datasets
    chart.current.update()
  })
  return (
    <div className="chart" style={{ height }} data-testid={testId}>
      <canvas ref={canvas} />
    </div>
  )
}
