import { ScatterChart } from 'echarts/charts'
import { GeoComponent, GraphicComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { init, registerMap, use, type ECharts } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { onBeforeUnmount, onMounted, shallowRef, type Ref } from 'vue'

// Only what the map uses: a geo component over a registered GeoJSON, scatters for point layers, title, tooltip,
// the point layers' legend and the level legend drawn as graphics. Registered once for the app.
use([GeoComponent, GraphicComponent, LegendComponent, TitleComponent, TooltipComponent, ScatterChart, CanvasRenderer])

const registered = new Map<string, object>()

/**
 * Registers a GeoJSON (no tiles, no internet) under a name the option's `geo.map` refers to. A name already
 * registered with the same object is left alone: ECharts parses a map anew on every registration, and the map's
 * names carry the layers' save time, so reopening the map reuses the parsed geometry.
 */
export function registerGeoJson(name: string, geoJson: object): void {
  if (registered.get(name) === geoJson) return
  registerMap(name, geoJson as Parameters<typeof registerMap>[1])
  registered.set(name, geoJson)
}

/**
 * One ECharts instance bound to an element: created on mount, resized with the element (a ResizeObserver, so a
 * collapsing sidebar or full-screen mode redraws it), disposed on unmount.
 */
export function useChart(element: Ref<HTMLElement | null>) {
  const chart = shallowRef<ECharts>()
  let observer: ResizeObserver | undefined

  onMounted(() => {
    if (!element.value) return
    chart.value = init(element.value, undefined, { renderer: 'canvas' })
    observer = new ResizeObserver(() => chart.value?.resize())
    observer.observe(element.value)
  })

  onBeforeUnmount(() => {
    observer?.disconnect()
    chart.value?.dispose()
    chart.value = undefined
  })

  /** A PNG of the current view (twice the screen's pixels, white behind), as a data URL. */
  function pngDataUrl(): string | undefined {
    return chart.value?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })
  }

  return { chart, pngDataUrl }
}
