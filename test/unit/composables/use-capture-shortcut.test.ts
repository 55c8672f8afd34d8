import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useCaptureShortcut } from '@/composables/use-capture-shortcut'

const open = vi.fn()
const Host = defineComponent({
  setup() {
    useCaptureShortcut(open, () => true)
    return () => h('div', [h('input', { id: 'plain' }), h('div', { 'data-own-f2': '' }, [h('input', { id: 'grid' })])])
  },
})

function press(target: Element, cancelled = false) {
  const event = new KeyboardEvent('keydown', { key: 'F2', bubbles: true, cancelable: true })
  if (cancelled) target.addEventListener('keydown', (e) => e.preventDefault(), { once: true })
  target.dispatchEvent(event)
}

afterEach(() => open.mockClear())

describe('useCaptureShortcut', () => {
  it('opens the capture dialog on F2 from anywhere', () => {
    const wrapper = mount(Host, { attachTo: document.body })
    press(wrapper.find('#plain').element)
    expect(open).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('leaves F2 to a screen that owns it (the line list edits a cell with it) or has handled it', () => {
    const wrapper = mount(Host, { attachTo: document.body })
    press(wrapper.find('#grid').element)
    press(wrapper.find('#plain').element, true)
    expect(open).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
