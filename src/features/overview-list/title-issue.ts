/** An overview title as typed in Oversigter (rename, roll forward): its message code, if any. */
import { OVERVIEW_TITLE_MAX } from '../../domain/limits'

export function overviewTitleIssue(title: string): 'required' | 'overview-title-too-long' | null {
  const trimmed = title.trim()
  if (!trimmed) return 'required'
  return trimmed.length > OVERVIEW_TITLE_MAX ? 'overview-title-too-long' : null
}
