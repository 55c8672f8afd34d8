import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Only what the supplies charts draw: the modular import keeps the map series and the rest out of the bundle.
use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer])

/** Owns one chart on `element`: created on mount, redrawn when `option` changes, resized with the window, disposed. */
export function useChart(element: Ref<HTMLElement | null>, option: Ref<EChartsCoreOption | null>): void {
  let chart: ECharts | undefined
  const resize = () => chart?.resize()
  const draw = () => {
    if (!element.value || !option.value) return
    chart ??= init(element.value)
    chart.setOption(option.value, true)
  }
  onMounted(() => {
    draw()
    window.addEventListener('resize', resize)
  })
  watch(option, draw)
  onBeforeUnmount(() => {
    window.removeEventListener('resize', resize)
    chart?.dispose()
  })
}
