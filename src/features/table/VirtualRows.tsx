/**
 * The rows of a table longer than VIRTUALISE_ABOVE: only those in view are in the DOM
 * (window virtualisation), with spacer rows above and below keeping the page's height.
 * In a chunk of its own (with @tanstack/react-virtual): a Bilag-sized table renders every
 * row and never needs it, so it stays out of the first load (see OverviewTable).
 */
import { useCallback, useLayoutEffect, useState, type ReactNode, type RefObject } from 'react'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import type { DisplayItem } from '../../domain/display-rows'
import { GROUP_ROW_ESTIMATE, LEAF_ROW_ESTIMATE } from './row-estimates'

export type Measure = ((node: Element | null) => void) | undefined

interface VirtualRowsProps {
  items: readonly DisplayItem[]
  /** The table body these rows are in: the window virtualiser counts from where it starts on the page. */
  bodyRef: RefObject<HTMLTableSectionElement | null>
  renderItem: (index: number, measure: Measure) => ReactNode
}

export function VirtualRows({ items, bodyRef, renderItem }: VirtualRowsProps) {
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const top = bodyRef.current ? bodyRef.current.getBoundingClientRect().top + window.scrollY : 0
    if (Math.abs(top - scrollMargin) > 1) setScrollMargin(top)
  }, [items.length, bodyRef, scrollMargin])
  // Stable while the items are the same: the virtualiser recomputes its measurements only when these change.
  const estimateSize = useCallback((index: number) => (items[index]?.kind === 'group' ? GROUP_ROW_ESTIMATE : LEAF_ROW_ESTIMATE), [items])
  const getItemKey = useCallback((index: number) => items[index]?.key ?? index, [items])
  // Two rows beyond the window each way: enough for smooth window scrolling; every extra row is
  // DOM built and laid out again on each filter keystroke and sort click.
  const virtualizer = useWindowVirtualizer({ count: items.length, estimateSize, overscan: 2, scrollMargin, getItemKey })
  const inView = virtualizer.getVirtualItems()
  const padTop = inView.length ? (inView[0]?.start ?? 0) - scrollMargin : 0
  const padBottom = inView.length ? virtualizer.getTotalSize() - ((inView[inView.length - 1]?.end ?? 0) - scrollMargin) : 0
  return (
    <>
      {padTop > 0 && <tr aria-hidden="true" className="spacer" style={{ height: padTop }} />}
      {inView.map((virtual) => renderItem(virtual.index, virtualizer.measureElement))}
      {padBottom > 0 && <tr aria-hidden="true" className="spacer" style={{ height: padBottom }} />}
    </>
  )
}
