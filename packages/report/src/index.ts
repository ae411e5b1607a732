/**
 * @atelier/report: the consultation report from the boards. `buildReport` reads the boards
 * through packages/model into a plain report model; `renderMarkdown`, `renderDocx` and
 * `renderXlsx` write it. Read CONTEXT.md first.
 */
export { buildReport } from './build.js'
export { normaliseText } from './cross-sector.js'
export {
  DisagreementKind,
  FEWER_THAN_3,
  participationSchema,
  reportInputSchema,
  reportOptionsSchema,
} from './model.js'
export type {
  CategoryNotes,
  CrossSector,
  Disagreement,
  ParticipationFigures,
  ParticipationInput,
  PeopleCount,
  RecurringPriority,
  Report,
  ReportBoardInput,
  ReportInput,
  ReportNote,
  ReportOptions,
  ReportPriority,
  ReportRecommendation,
  ReportScores,
  RoadmapAction,
  SessionReport,
  StatusCounts,
  SubgroupSynthesis,
  ThemeAcross,
} from './model.js'
export { CATEGORY_ORDER, MAIN_FINDINGS } from './session.js'
export { STRINGS, say } from './strings.js'
export type { StringKey } from './strings.js'
export { renderMarkdown } from './markdown.js'
export { renderDocx } from './docx.js'
export { SHEETS, renderXlsx } from './xlsx.js'
export type { SheetId } from './xlsx.js'
export { ReportFormat, REPORT_TYPES, renderReport } from './formats.js'
export {
  renderToolkitDocx,
  toolkitDocumentOptionsSchema,
  toolkitParticipantSchema,
} from './toolkit-document.js'
export type { ToolkitDocumentOptions, ToolkitParticipant } from './toolkit-document.js'
export { METHOD_KEYS, TOOLKIT_STRINGS, sayToolkit } from './toolkit-document-strings.js'
export { toolkitOutline } from './toolkit-outline.js'
export type { ToolkitBlock, ToolkitOutline } from './toolkit-outline.js'
export type { ToolkitStringKey } from './toolkit-document-strings.js'
