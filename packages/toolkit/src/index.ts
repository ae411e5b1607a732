/**
 * @atelier/toolkit: the consultation's methodology as data (session templates, agendas,
 * discussion guides, board layouts, risk sheets, serious-game scenarios, the roadmap template),
 * in French, Arabic and English, and the function that prepares a board from a template.
 * Read CONTEXT.md first.
 */
export { localizedSchema, localize } from './localized.js'
export type { Localized } from './localized.js'

export {
  SessionId,
  PhaseKind,
  Room,
  RiskSheetId,
  sessionIdSchema,
  phaseKindSchema,
  roomSchema,
  riskSheetIdSchema,
  questionSchema,
  phaseSchema,
  layoutFrameSchema,
  boardLayoutSchema,
  themeSchema,
  sessionRiskSchema,
  injectSchema,
  scenarioSchema,
  riskSheetSchema,
} from './schema.js'
export type {
  Question,
  Phase,
  LayoutFrame,
  BoardLayout,
  Theme,
  SessionRisk,
  Inject,
  Scenario,
  RiskSheetTemplate,
} from './schema.js'
export { sessionTemplateSchema, sessionIds } from './session-schema.js'
export type { SessionTemplate } from './session-schema.js'

export { riskSheets } from './risk-sheets.js'
export {
  sessionTemplates,
  getSessionTemplate,
  getRiskSheet,
  agendaMinutes,
  agendaSchedule,
  discussionGuide,
} from './sessions.js'

export {
  roadmapTemplate,
  roadmapTemplateSchema,
  horizonSchema,
  leadActorSchema,
  roadmapFieldSchema,
} from './roadmap.js'
export type { RoadmapTemplate, Horizon, LeadActor, RoadmapField } from './roadmap.js'

export { prepareBoard, boardTitle, boardSetupSchema } from './prepare-board.js'

export { ConductRuleId, codeOfConduct, codeOfConductSchema } from './conduct.js'
export type { CodeOfConduct } from './conduct.js'
export type { BoardDoc, BoardSetup } from './prepare-board.js'
export {
  ROADMAP_FRAME_ID,
  prepareRoadmapBoard,
  roadmapSetupSchema,
  roadmapTitle,
} from './prepare-roadmap.js'
export type { RoadmapSetup } from './prepare-roadmap.js'
