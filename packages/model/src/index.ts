/**
 * @atelier/model: the shape of a board's Yjs document and every operation on it.
 * Read CONTEXT.md first. Nothing outside this package touches a board's shared types directly.
 */
export {
  SCHEMA_VERSION,
  BoardKind,
  Locale,
  NoteCategory,
  Priority,
  RISK_FIELDS,
  ACTION_FIELDS,
  Limits,
  idSchema,
  personIdSchema,
  pointSchema,
  sizeSchema,
  authorSchema,
  colourSchema,
} from './schema.js'
export type {
  RiskField,
  RiskSheet,
  ActionField,
  ActionSheet,
  Point,
  Size,
  Rect,
  Author,
} from './schema.js'

export { AtelierModelError, ModelErrorCode, isModelError, ensureEnglishMessages } from './errors.js'
export type { InputIssue } from './errors.js'

export {
  initBoard,
  updateBoardMeta,
  getBoardMeta,
  isBoardInitialised,
  boardInputSchema,
  boardPatchSchema,
} from './board.js'
export type { BoardMeta, BoardInput, BoardPatch } from './board.js'
export { migrate, MIGRATIONS } from './migrations.js'
export type { Migration, MigrationResult } from './migrations.js'

export { NOTE_SIZE, CATEGORY_COLOURS, actionKey, dependencyKey } from './note-records.js'
export type { Note } from './note-records.js'
export {
  addNote,
  updateNote,
  setNoteText,
  moveNote,
  moveNotes,
  deleteNote,
  deleteNotes,
  getNote,
  listNotes,
  getNoteText,
  getNoteTextY,
  noteInputSchema,
  notePatchSchema,
  noteMoveSchema,
  riskSheetPatchSchema,
  actionSheetPatchSchema,
  updateActionSheet,
  getActionSheet,
} from './notes.js'
export type { NoteInput, NotePatch, NoteMove, ActionSheetPatch } from './notes.js'
export {
  roadmapPlacementOf,
  dependenciesOf,
  listDependencies,
  dependencyArrows,
  addDependency,
  removeDependency,
  listRoadmapActions,
} from './roadmap.js'
export type { RoadmapPlacement, RoadmapEntry } from './roadmap.js'

export {
  FrameKind,
  Lane,
  MIN_CELL,
  frameTemplates,
  gridShape,
  minFrameSize,
  RoadmapHorizon,
  RoadmapLead,
  ROADMAP_HORIZONS,
  ROADMAP_LEADS,
  horizonForPriority,
} from './templates.js'
export type {
  FrameTemplate,
  RoadmapFrameTemplate,
  RiskMatrixTemplate,
  ActionMatrixTemplate,
  NoteGridTemplate,
  Axis,
  Padding,
} from './templates.js'
export { LABELS, label, isRightToLeft } from './labels.js'
export type { LabelKey } from './labels.js'

export { getFrame, listFrames } from './frame-records.js'
export type { Frame } from './frame-records.js'
export {
  addFrame,
  moveFrame,
  resizeFrame,
  renameFrame,
  deleteFrame,
  frameOptionsSchema,
  frameBoxSchema,
} from './frames.js'
export type { FrameOptions, FrameBox } from './frames.js'

export {
  frameGrid,
  scoreAt,
  cellRect,
  cellCentre,
  cellFits,
  sameCell,
  frameCells,
  centreOf,
  slotInCell,
  frameCellSchema,
} from './geometry.js'
export type {
  FrameShape,
  FrameCell,
  RiskCell,
  ActionCell,
  LaneCell,
  RoadmapCell,
} from './geometry.js'
export {
  placementOf,
  placementsOf,
  placementAmong,
  frameAt,
  notesInCell,
  placeNoteInCell,
} from './placement.js'
export type { Placement } from './placement.js'
export { frameLayout, cellScore, scoreBand, ScoreBand } from './layout.js'
export type { FrameLayout, FrameLabel, FrameLabelRole } from './layout.js'

export { castVote, retractVote, votesFor, votesBy, voteCounts, listVotes } from './votes.js'
export type { Vote } from './votes.js'

export { Verdict, RESERVATION_LENGTH, noteOriginSchema } from './validation-records.js'
export type { NoteOrigin, Validation } from './validation-records.js'
export {
  validateNote,
  clearValidation,
  readValidation,
  rankForValidation,
  defaultPriority,
  validationInputSchema,
} from './validation-round.js'
export type { ValidationInput, ValidationCandidate } from './validation-round.js'

export {
  RECOMMENDATIONS_FIELD,
  getRecommendationsFragment,
  recommendationsText,
} from './recommendations.js'

export { observeBoard } from './observe.js'
export type { BoardChange } from './observe.js'
export { snapshotBoard } from './snapshot.js'
export { boardProblems } from './audit.js'
export type { BoardProblem, AuditScope } from './audit.js'
export type { BoardSnapshot } from './snapshot.js'
export { restoreBoard, RESTORED_MAPS, RESTORED_FRAGMENTS } from './restore.js'

export {
  FragmentNode,
  FragmentMark,
  RecommendationAttr,
  RecommendationLimits,
  DEFAULT_PRIORITY,
  actorSchema,
  recommendationInputSchema,
} from './recommendations-schema.js'
export type { RecommendationInput } from './recommendations-schema.js'
export { readRecommendations, citationCounts } from './recommendations-read.js'
export type { Recommendation } from './recommendations-read.js'
export { addRecommendation, newRecommendationId } from './recommendations-write.js'
export {
  COMMENTS_FIELD,
  COMMENT_LENGTH,
  CommentKind,
  addComment,
  resolveComment,
  listComments,
  observeComments,
  commentProblems,
  commentOptionsSchema,
} from './comments.js'
export type { Comment, CommentOptions } from './comments.js'

export {
  Role,
  writeScopeOf,
  NOTES_ROOT,
  FACILITATOR_NOTE_KEYS,
  isNoteCreationDefault,
  decidesNotes,
  noteCarriesDecision,
} from './scopes.js'
export type { WriteScope } from './scopes.js'

export {
  CONTROL_FIELD,
  VotingState,
  readControl,
  setControl,
  runningFor,
  pausedAt,
  resumedAt,
  remainingOf,
  observeControl,
  controlProblems,
  controlPatchSchema,
  scenarioRoundSchema,
  scenarioInjectShown,
} from './control.js'
export type { ScenarioRound } from './control.js'
export type { Control, ControlPatch, Phase, Timer } from './control.js'
export { MAX_VOTE_BUDGET, ballotSchema } from './control.js'
export type { Ballot } from './control.js'
export { WritingMode, writingSchema } from './control.js'
export type { Writing } from './control.js'
export { gatherSchema, isLocked } from './control.js'
export type { Gather } from './control.js'
export { openVoting, closeVoting, ballotVoteSchema } from './ballot.js'
export type { BallotVote } from './ballot.js'
export { MIN_GROUP_VOTERS, rankTallies, rankNotes, groupBreakdown } from './ranking.js'
export type { RankedNote, GroupedVote, GroupResult } from './ranking.js'
