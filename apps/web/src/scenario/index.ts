/**
 * Serious-game scenario rounds: the panel every board, projector and phone shows while the
 * facilitator plays a scenario of the session's template, and the console's block that runs it.
 */
export { ScenarioPanel } from './ScenarioPanel.js'
export type { ScenarioPanelProps } from './ScenarioPanel.js'
export { ScenarioConsole } from './ScenarioConsole.js'
export type { ScenarioConsoleProps, ScenarioAction } from './ScenarioConsole.js'
export { scenarioView } from './reading.js'
export type { ScenarioView, InjectView } from './reading.js'
export { SCENARIO_NS, scenarioStrings, addScenarioStrings } from './strings.js'
